/**
 * The homelab CLI with the real tools: its synth writes what `cdktf synth`
 * writes, byte for byte; it brings a real MinIO's state bucket into being
 * with versioning; and it drives real OpenTofu through plan, apply, status
 * and destroy of a small stack in dependency order; `up` with a bad model,
 * a missing credential or a service that does not answer ends with one
 * message and exit 1, having changed nothing it should not have.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { backup, unseal } from "../cli/backup";
import { ensureVersionedBucket, s3Request } from "../cli/s3";
import { fakeTofu, runCli } from "../testing/cli";
import { shippedRaw, writeModelDir } from "../testing/model";
import { readTree } from "../testing/synth";
import { MinioServer, startMinio } from "./servers";
import { REPO_ROOT, toolEnv, toolPath } from "./toolchain";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "homelab-cli-it-"));

test("homelab synth writes exactly what cdktf synth writes", () => {
  const a = path.join(tmp(), "a");
  const b = path.join(tmp(), "b");
  const fast = runCli(["--outdir", a, "synth"]);
  expect(fast.status).toBe(0);
  const cli = spawnSync(path.join(REPO_ROOT, "node_modules", ".bin", "cdktf"), ["synth", "--output", b], {
    cwd: REPO_ROOT,
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
    timeout: 300_000,
  });
  expect(cli.status).toBe(0);
  expect(readTree(a)).toEqual(readTree(b));
});

describe("the state bucket, against a real MinIO", () => {
  let minio: MinioServer;
  beforeAll(async () => {
    minio = await startMinio();
  });
  afterAll(async () => minio?.stop());

  test("is created with versioning once, and left alone after that", async () => {
    const target = {
      endpoint: minio.endpoint,
      region: "us-east-1",
      accessKeyId: minio.accessKey,
      secretAccessKey: minio.secretKey,
    };
    expect(await ensureVersionedBucket(target, "tofu-state")).toBe("created");
    expect(await ensureVersionedBucket(target, "tofu-state")).toBe("exists");
    const versioning = await s3Request(target, "GET", "/tofu-state", { versioning: "" });
    expect(versioning.body).toMatch(/<Status>Enabled<\/Status>/);
    // Independently of our own client: mc sees the bucket versioned.
    const mc = minio.mc(["version", "info", "local/tofu-state"]);
    expect(mc.stdout.toString()).toMatch(/versioning is enabled/i);
  });

  test("a bucket made without versioning gets it", async () => {
    expect(minio.mc(["mb", "local/plain"]).status).toBe(0);
    const target = {
      endpoint: minio.endpoint,
      region: "us-east-1",
      accessKeyId: minio.accessKey,
      secretAccessKey: minio.secretKey,
    };
    expect(await ensureVersionedBucket(target, "plain")).toBe("versioning enabled");
  });

  test("wrong credentials are an error that says so, and change nothing", async () => {
    const target = {
      endpoint: minio.endpoint,
      region: "us-east-1",
      accessKeyId: minio.accessKey,
      secretAccessKey: "wrong",
    };
    await expect(ensureVersionedBucket(target, "other")).rejects.toThrow(
      /answered 403 — are the MinIO root credentials right\?/,
    );
    expect(minio.mc(["ls", "local/other"]).status).not.toBe(0);
  });
});

describe("plan, apply, status and destroy with real OpenTofu", () => {
  // Two local-state stacks, the second reading the first's output: the
  // order comes from the manifest, as it does for the synthesized stacks.
  const out = tmp();
  const write = (name: string, config: object, deps: string[]) => {
    fs.mkdirSync(path.join(out, "stacks", name), { recursive: true });
    fs.writeFileSync(path.join(out, "stacks", name, "cdk.tf.json"), JSON.stringify(config, null, 2));
    return { name, workingDirectory: `stacks/${name}`, dependencies: deps };
  };
  const manifest = {
    version: "0.21.0",
    stacks: {
      one: write(
        "one",
        {
          terraform: { backend: { local: { path: "terraform.tfstate" } } },
          resource: { terraform_data: { a: { input: "first" } } },
          output: { a: { value: "${terraform_data.a.output}" } },
        },
        [],
      ),
      two: write(
        "two",
        {
          terraform: { backend: { local: { path: "terraform.tfstate" } } },
          data: { terraform_remote_state: { one: { backend: "local", config: { path: "../one/terraform.tfstate" } } } },
          resource: { terraform_data: { b: { input: "${data.terraform_remote_state.one.outputs.a}" } } },
        },
        ["one"],
      ),
    },
  };
  fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify(manifest));
  const env = { ...toolEnv(), HOMELAB_TOFU: toolPath("tofu") };
  const cwd = tmp();
  const cli = (...args: string[]) => runCli(["--outdir", out, ...args], { cwd, env });

  test("a plan before anything exists fails for the stack that reads missing state, and says why", () => {
    const r = cli("plan");
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/one\s+changes — Plan: 1 to add/);
    expect(r.stdout).toMatch(/two failed \(full log: .*two\.plan\.log\):\n\s+Error: /);
  });

  test("apply goes in dependency order, a second plan shows no changes, status says applied", () => {
    expect(cli("apply").status).toBe(0);
    const plan = cli("plan", "--detailed-exitcode");
    expect(plan.status).toBe(0);
    expect(plan.stdout).toMatch(/one\s+no changes/);
    expect(plan.stdout).toMatch(/two\s+no changes/);
    const status = JSON.parse(cli("status", "--json").stdout);
    expect(status.stacks).toEqual([
      { stack: "one", state: "applied" },
      { stack: "two", state: "applied" },
    ]);
  });

  test("destroy --yes goes in reverse order and leaves nothing; status says not applied", () => {
    const r = cli("destroy", "--yes");
    expect(r.status).toBe(0);
    expect(r.stderr.indexOf("two: destroy")).toBeLessThan(r.stderr.indexOf("one: destroy"));
    const status = JSON.parse(cli("status", "--json").stdout);
    expect(status.stacks.map((s: { state: string }) => s.state)).toEqual(["not applied", "not applied"]);
  });
});

describe("backup, against a real MinIO", () => {
  let minio: MinioServer;
  beforeAll(async () => {
    minio = await startMinio();
  });
  afterAll(async () => minio?.stop());

  test("copies every stack's state object as stored and OpenBao's init material sealed; a stack without state is skipped", async () => {
    const target = {
      endpoint: minio.endpoint,
      region: "us-east-1",
      accessKeyId: minio.accessKey,
      secretAccessKey: minio.secretKey,
    };
    await ensureVersionedBucket(target, "tofu-state");
    const work = tmp();
    const stateFile = path.join(work, "state");
    fs.writeFileSync(stateFile, '{"encrypted_data":"opaque","encryption_version":"v0"}');
    expect(minio.mc(["cp", stateFile, "local/tofu-state/base/terraform.tfstate"]).status).toBe(0);
    const init = JSON.stringify({ root_token: "s.root-token-of-the-test", unseal_keys_b64: ["key"] });
    const remote = {
      host: "127.0.0.1",
      run: async (command: string) => {
        expect(command).toBe("sudo cat /var/lib/homelab/secrets/openbao-init.json");
        return init;
      },
    };
    const passphrase = "backup passphrase of the test";
    const written = await backup({
      to: path.join(work, "backups"),
      passphrase,
      remote,
      secretsDir: "/var/lib/homelab/secrets",
      openbaoInit: "openbao-init.json",
      state: { target, bucket: "tofu-state", keys: ["base/terraform.tfstate", "kss/terraform.tfstate"] },
      now: new Date("2026-12-01T12:00:00Z"),
    });
    const dir = path.join(work, "backups", "2026-12-01T12-00-00-000Z");
    expect(written).toEqual([
      path.join(dir, "README.txt"),
      path.join(dir, "openbao-init.json.sealed"),
      path.join(dir, "state", "base", "terraform.tfstate"),
    ]);
    expect(fs.readFileSync(path.join(dir, "state", "base", "terraform.tfstate"), "utf8")).toBe(
      fs.readFileSync(stateFile, "utf8"),
    );
    const sealed = fs.readFileSync(path.join(dir, "openbao-init.json.sealed"), "utf8");
    expect(sealed).not.toContain("s.root-token-of-the-test");
    expect(unseal(sealed, passphrase).toString("utf8")).toBe(init);
    expect(fs.statSync(path.join(dir, "openbao-init.json.sealed")).mode & 0o777).toBe(0o600);
  });
});

describe("homelab up, as an operator runs it, when it cannot go on", () => {
  /**
   * `homelab up` in a namespace with only loopback: the shipped model's support VM is at
   * 10.69.50.10, and no probe of it may leave the machine. A namespace that cannot be made fails.
   */
  function upOffline(modelDir: string, env: Record<string, string>) {
    const cwd = tmp();
    const tofu = fakeTofu();
    const scrubbed = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("TF_VAR_")));
    const r = spawnSync(
      "unshare",
      ["-n", "--", process.execPath, path.join(REPO_ROOT, "bin", "homelab.js"), "up", "--wait", "2"],
      {
        cwd,
        encoding: "utf8",
        env: { ...scrubbed, HOMELAB_MODEL_DIR: modelDir, HOMELAB_TOFU: tofu.bin, ...env },
        timeout: 120_000,
      },
    );
    if (r.error) throw r.error;
    return { ...r, cwd, calls: tofu.calls() };
  }
  const secrets = { TF_VAR_state_passphrase: "an-operator-passphrase-1", TF_VAR_cloudflare_api_token: "token" };

  test("a bad model: the model's message, and no tofu run", () => {
    const raw = shippedRaw();
    raw.clusters.kss.master.ip = "not-an-ip";
    const r = upOffline(writeModelDir(raw), secrets);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/clusters\/kss\.yaml:\d+: master\.ip/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.calls).toEqual([]);
  });

  test("a missing credential: named with where it comes from, and no tofu run", () => {
    const r = upOffline(writeModelDir(shippedRaw()), { TF_VAR_cloudflare_api_token: "token" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /support needs credentials that could not be collected:\n\s+TF_VAR_state_passphrase: set TF_VAR_state_passphrase/,
    );
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.calls).toEqual([]);
  });

  test("the support VM's MinIO not answering: up stops after the support VM, saying what it waited for", () => {
    const r = upOffline(writeModelDir(shippedRaw()), secrets);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /the state backend https:\/\/minio\.\S+ was not ready after 2 s \(.*\) — check it, then run `homelab up` again/,
    );
    expect(r.stderr).not.toMatch(/^\s+at /m);
    // Only the support stack was applied (on local state); no other stack was touched.
    expect(r.calls.map((c) => c.split(" ").slice(0, 2).join(" "))).toEqual(["support init", "support apply"]);
    expect(fs.existsSync(path.join(r.cwd, ".state", "up.json"))).toBe(false);
  });
});
