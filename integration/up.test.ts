/**
 * `homelab up`'s bring-up against real servers: a support stack that starts
 * with local state, a real MinIO that gets the state bucket (versioned) and
 * then holds that state, and a stack after it that waits for a real OpenBao
 * to answer unsealed and gets its root token collected from the "support
 * VM". The VM is this machine's temporary directory here (no NixOS VM runs
 * in the slow tier); OpenTofu, the providers, MinIO and OpenBao are real.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Credentials } from "../cli/credentials";
import { CliError } from "../cli/errors";
import { Progress } from "../cli/progress";
import type { Remote } from "../cli/remote";
import { runStacks } from "../cli/run-stacks";
import { readStacks, StackInfo } from "../cli/stacks";
import { up } from "../cli/up";
import { REPO_ROOT } from "../testing/model";
import { MinioServer, OpenBaoServer, startMinio, startOpenBao } from "./servers";
import { toolEnv, toolPath } from "./toolchain";

let minio: MinioServer;
let bao: OpenBaoServer;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-up-"));
const outdir = path.join(work, "out");
const localState = path.join(work, "state", "support", "terraform.tfstate");
const vmSecrets = path.join(work, "vm-secrets");

beforeAll(async () => {
  [minio, bao] = await Promise.all([startMinio(), startOpenBao()]);
  fs.mkdirSync(vmSecrets);
  fs.writeFileSync(
    path.join(vmSecrets, "minio-root.env"),
    `MINIO_ROOT_USER=${minio.accessKey}\nMINIO_ROOT_PASSWORD=${minio.secretKey}\n`,
  );
  fs.writeFileSync(path.join(vmSecrets, "openbao-init.json"), JSON.stringify({ root_token: bao.token }));
});
afterAll(async () => {
  await Promise.all([minio?.stop(), bao?.stop()]);
  fs.rmSync(work, { recursive: true, force: true });
});

/** What `homelab synth` would write: the support stack (local or S3 state) and a stack reading it. */
function synth(localBootstrap: boolean): StackInfo[] {
  const s3 = (key: string) => ({
    s3: {
      bucket: "tofu-state",
      key,
      region: "us-east-1",
      endpoints: { s3: minio.endpoint },
      use_path_style: true,
      use_lockfile: true,
      skip_credentials_validation: true,
      skip_metadata_api_check: true,
      skip_region_validation: true,
      skip_requesting_account_id: true,
    },
  });
  const stacks = {
    support: {
      terraform: { backend: localBootstrap ? { local: { path: localState } } : s3("support/terraform.tfstate") },
      resource: { terraform_data: { vm: { input: "support-vm" } } },
      output: { support_ip: { value: "127.0.0.1" } },
    },
    base: {
      terraform: {
        backend: s3("base/terraform.tfstate"),
        required_providers: { vault: { source: "hashicorp/vault", version: "5.9.0" } },
      },
      provider: { vault: [{ address: bao.address }] },
      resource: {
        vault_kv_secret_v2: {
          probe: { mount: "secret", name: "homelab-up", data_json: JSON.stringify({ up: "yes" }) },
        },
      },
    },
  };
  const manifest: Record<string, object> = {};
  for (const [name, config] of Object.entries(stacks)) {
    fs.mkdirSync(path.join(outdir, "stacks", name), { recursive: true });
    fs.writeFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), JSON.stringify(config, null, 2));
    manifest[name] = { name, workingDirectory: `stacks/${name}`, dependencies: name === "base" ? ["support"] : [] };
  }
  fs.writeFileSync(path.join(outdir, "manifest.json"), JSON.stringify({ version: "0.21.0", stacks: manifest }));
  return readStacks(outdir);
}

/** The support VM, as far as `up` sees it: files read with sudo over SSH. `down` makes it not answer. */
function vm(down = false): Remote {
  return {
    host: "127.0.0.1",
    async run(command: string) {
      if (down) throw new CliError("ssh admin@127.0.0.1 failed (Connection refused)");
      const m = /^sudo cat \/var\/lib\/homelab\/secrets\/([\w.-]+)$/.exec(command);
      if (!m) throw new Error(`unexpected command on the VM: ${command}`);
      return fs.readFileSync(path.join(vmSecrets, m[1]), "utf8");
    },
  };
}

const env = () => {
  const e = { ...toolEnv() };
  for (const k of ["VAULT_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]) delete e[k];
  return e;
};
const lines: string[] = [];
const run = (remote: Remote, waitSeconds = 60) =>
  up({
    synth,
    credentials: new Credentials(
      {
        remote,
        files: {
          secretsDir: "/var/lib/homelab/secrets",
          minioRootEnv: "minio-root.env",
          openbaoInit: "openbao-init.json",
        },
        outputs: async () => undefined,
        upstreamKeycloakUrl: "https://idp.invalid",
        clusterKeycloakAdmin: async () => {
          throw new Error("no cluster Keycloak here");
        },
      },
      env(),
    ),
    tofu: toolPath("tofu"),
    env: env(),
    logDir: path.join(work, "logs"),
    progress: new Progress({ write: (t) => void lines.push(t) }),
    localStatePath: () => localState,
    stateBucket: { bucket: "tofu-state", region: "us-east-1" },
    waitSeconds,
  });

test("interrupted after the support VM came up, before its state could move: a rerun continues from there", async () => {
  await expect(run(vm(true))).rejects.toThrow(/Connection refused/);
  expect(fs.existsSync(localState)).toBe(true);
  expect(minio.mc(["ls", "local/tofu-state"]).status).not.toBe(0);

  const outcomes = await run(vm());
  expect(outcomes.map((o) => [o.stack, o.status])).toEqual([
    ["support", "no changes"],
    ["base", "applied"],
  ]);
  // The bucket exists, versioned, and holds both stacks' state; the local copy is set aside.
  expect(minio.mc(["version", "info", "local/tofu-state"]).stdout.toString()).toMatch(/versioning is enabled/i);
  const objects = minio.mc(["ls", "--recursive", "local/tofu-state"]).stdout.toString();
  expect(objects).toMatch(/support\/terraform\.tfstate/);
  expect(objects).toMatch(/base\/terraform\.tfstate/);
  expect(fs.existsSync(localState)).toBe(false);
  expect(fs.existsSync(`${localState}.migrated`)).toBe(true);
  const secret = await fetch(`${bao.address}/v1/secret/data/homelab-up`, { headers: { "x-vault-token": bao.token } });
  expect(((await secret.json()) as any).data.data).toEqual({ up: "yes" });
  // No credential reached a log.
  const logs = fs
    .readdirSync(path.join(work, "logs"))
    .map((f) => fs.readFileSync(path.join(work, "logs", f), "utf8"))
    .join("\n");
  expect(logs).not.toContain(bao.token);
  expect(logs).not.toContain(minio.secretKey);
});

test("a second up changes nothing", async () => {
  const outcomes = await run(vm());
  expect(outcomes.map((o) => o.status)).toEqual(["no changes", "no changes"]);
});

/** `homelab status --json`, spawned as a user would, with the credentials the stacks' backends and OpenBao need. */
function cliStatus(): any {
  const creds = { AWS_ACCESS_KEY_ID: minio.accessKey, AWS_SECRET_ACCESS_KEY: minio.secretKey, VAULT_TOKEN: bao.token };
  const r = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, "bin", "homelab.js"), "--outdir", outdir, "status", "--json"],
    {
      cwd: work,
      encoding: "utf8",
      env: { ...env(), ...creds, HOMELAB_TOFU: toolPath("tofu") },
      timeout: 300_000,
    },
  );
  if (r.status !== 0) throw new Error(`homelab status failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

test("status: every stack applied, OpenBao unsealed", () => {
  const report = cliStatus();
  expect(report.stacks.map((s: any) => [s.stack, s.state])).toEqual([
    ["support", "applied"],
    ["base", "applied"],
  ]);
  expect(report.vault).toEqual([{ address: bao.address, state: "unsealed" }]);
});

test("destroy in reverse order leaves no resource in any state", async () => {
  const stacks = readStacks(outdir);
  const creds = { AWS_ACCESS_KEY_ID: minio.accessKey, AWS_SECRET_ACCESS_KEY: minio.secretKey, VAULT_TOKEN: bao.token };
  const outcomes = await runStacks({
    verb: "destroy",
    stacks,
    env: { ...env(), ...creds },
    tofu: toolPath("tofu"),
    logDir: path.join(work, "logs-destroy"),
    progress: new Progress({ write: () => undefined }),
    print: () => undefined,
  });
  expect(outcomes.map((o) => [o.stack, o.status])).toEqual([
    ["base", "destroyed"],
    ["support", "destroyed"],
  ]);
  const secret = await fetch(`${bao.address}/v1/secret/data/homelab-up`, { headers: { "x-vault-token": bao.token } });
  expect(secret.status).toBe(404);
});

test("a sealed OpenBao: status says so, and up stops with that reason, changing nothing", async () => {
  const sealed = await fetch(`${bao.address}/v1/sys/seal`, { method: "PUT", headers: { "x-vault-token": bao.token } });
  expect(sealed.status).toBe(204);
  const report = cliStatus();
  expect(report.vault).toEqual([{ address: bao.address, state: "sealed" }]);
  expect(report.stacks.map((s: any) => [s.stack, s.state])).toEqual([
    ["support", "not applied"],
    ["base", "not applied"],
  ]);
  await expect(run(vm(), 5)).rejects.toThrow(/was not ready after 5 s \(OpenBao is sealed\)/);
  expect(cliStatus().stacks.find((s: any) => s.stack === "base").state).toBe("not applied");
});
