/**
 * The synthesized backends against real servers on 127.0.0.1: MinIO holds
 * the state, OpenBao (dev mode) is what the Vault provider configures (the
 * stacks' Vault resources are applied; their VMs need a libvirtd).
 * Proves that every stack initializes against its S3 backend, that the lock
 * file keeps a second operation out, that state at rest in MinIO is
 * encrypted, that cluster stacks read base's encrypted state, that a second
 * plan is empty, and that no credential lands in the output directory.
 */
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runApp } from "../testing/synth";
import { MinioServer, OpenBaoServer, secret, startMinio, startOpenBao } from "./servers";
import { targets, tofu, tofuOk, toolEnv, toolPath } from "./toolchain";

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-backend-"));
const passphrase = `it-${secret(12)}`;
let minio: MinioServer;
let bao: OpenBaoServer;
let env: Record<string, string>;

const stackDir = (stack: string) => path.join(outdir, "stacks", stack);
const stateObject = (stack: string) => `local/tofu-state/${stack}/terraform.tfstate`;

/** Points a synthesized stack at the local servers, as an operator's override file would. */
function pointAtLocalServers(stack: string): void {
  const config = JSON.parse(fs.readFileSync(path.join(stackDir(stack), "cdk.tf.json"), "utf8"));
  const minioHost = new URL(minio.endpoint).host;
  const override: Record<string, unknown> = {
    provider: {
      vault: { address: bao.address },
      ...(config.provider.minio ? { minio: { minio_server: minioHost, minio_ssl: false } } : {}),
    },
  };
  const remote = config.data?.terraform_remote_state ?? {};
  if (Object.keys(remote).length > 0) {
    override.data = {
      terraform_remote_state: Object.fromEntries(
        Object.entries(remote).map(([name, source]: [string, any]) => [
          name,
          { config: { ...source.config, endpoints: { s3: minio.endpoint } } },
        ]),
      ),
    };
  }
  fs.writeFileSync(path.join(stackDir(stack), "zz_local_servers_override.tf.json"), JSON.stringify(override));
}

/**
 * `-target` flags for a stack's service configuration (Vault and MinIO resources): the
 * hypervisor parts (libvirt VMs) need a libvirtd and are covered in libvirt.test.ts.
 */
function serviceTargets(stack: string): string[] {
  return targets(stackDir(stack), (address) => address.startsWith("vault_") || address.startsWith("minio_"));
}

function exists(object: string): boolean {
  return minio.mc(["stat", object]).status === 0;
}

async function until(what: string, check: () => boolean, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  minio = await startMinio();
  bao = await startOpenBao();
  env = {
    AWS_ACCESS_KEY_ID: minio.accessKey,
    AWS_SECRET_ACCESS_KEY: minio.secretKey,
    TF_VAR_state_passphrase: passphrase,
    VAULT_TOKEN: bao.token,
    MINIO_USER: minio.accessKey,
    MINIO_PASSWORD: minio.secretKey,
  };
  // The state bucket is created outside OpenTofu, as the README tells operators to.
  const made = minio.mc(["mb", "--with-versioning", "local/tofu-state"]);
  if (made.status !== 0) throw new Error(`mc mb failed: ${made.stderr}`);
  const synth = runApp({ outdir });
  if (synth.status !== 0) throw new Error(`synth failed:\n${synth.stderr}`);
  for (const stack of ["base", "kss"]) pointAtLocalServers(stack);
});

afterAll(async () => {
  // Destroy in reverse order, then stop the servers, whatever happened above.
  for (const stack of ["kss", "base"]) {
    if (env && fs.existsSync(path.join(stackDir(stack), ".terraform")))
      tofu(stackDir(stack), ["destroy", "-auto-approve", "-input=false"], env);
  }
  await bao?.stop();
  await minio?.stop();
  fs.rmSync(outdir, { recursive: true, force: true });
});

describe("state in MinIO", () => {
  test("the state bucket is versioned", () => {
    expect(minio.mc(["version", "info", "local/tofu-state"]).stdout.toString()).toMatch(/versioning is enabled/i);
  });

  test("every stack initializes against its S3 backend", () => {
    for (const stack of fs.readdirSync(path.join(outdir, "stacks")).sort()) {
      const result = tofuOk(
        stackDir(stack),
        ["init", "-input=false", `-backend-config=endpoints={s3="${minio.endpoint}"}`],
        env,
      );
      expect(result.text).toMatch(/Successfully configured the backend "s3"/);
    }
  });

  test("while one operation holds the lock, a second one is refused", async () => {
    // `tofu console` takes the state lock and keeps it until its input ends.
    const holder = spawn(toolPath("tofu"), [`-chdir=${stackDir("base")}`, "console"], {
      env: toolEnv(env),
      stdio: ["pipe", "ignore", "ignore"],
    });
    const exited = new Promise((resolve) => holder.once("exit", resolve));
    try {
      await until("the lock file to appear", () => exists(`${stateObject("base")}.tflock`));
      const second = tofu(stackDir("base"), ["plan", "-input=false", "-lock-timeout=0s"], env);
      expect(second.status).not.toBe(0);
      expect(second.text).toMatch(/Error acquiring the state lock/);
    } finally {
      holder.stdin.end();
      await exited;
    }
    await until("the lock file to go", () => !exists(`${stateObject("base")}.tflock`));
  });

  test("base applies, and its state object in MinIO is encrypted", () => {
    tofuOk(stackDir("base"), ["apply", "-auto-approve", "-input=false", ...serviceTargets("base")], env);
    const stored = minio.mc(["cat", stateObject("base")]);
    expect(stored.status).toBe(0);
    const text = stored.stdout.toString("utf8");
    expect(Object.keys(JSON.parse(text))).toEqual(expect.arrayContaining(["encrypted_data", "meta"]));
    for (const plain of [
      "vault_pki_secret_backend_root_cert",
      "vault_namespace",
      "BEGIN CERTIFICATE",
      "Root CA",
      "cross-stack-output",
    ]) {
      expect(text).not.toContain(plain);
    }
    // ... and OpenTofu itself still reads it with the passphrase.
    expect(tofuOk(stackDir("base"), ["state", "list"], env).stdout).toMatch(/vault_pki_secret_backend_root_cert\./);
  });

  test("base creates the private buckets, and a harbor user confined to its bucket", () => {
    const buckets = minio.mc(["ls", "local"]).stdout.toString();
    for (const bucket of ["harbor/", "loki-kss/", "tempo-kss/", "loki-kcs/", "tempo-kcs/", "tofu-state/"])
      expect(buckets).toContain(bucket);
    expect(minio.mc(["anonymous", "get", "local/loki-kss"]).stdout.toString()).toMatch(
      /Access permission for `local\/loki-kss` is `private`/,
    );

    // Log in as harbor with the secret base generated (read back from state, as OpenTofu stored it).
    const state = JSON.parse(tofuOk(stackDir("base"), ["show", "-json"], env).stdout);
    const resources: any[] = state.values.root_module.resources;
    const secretKey = resources.find((r) => r.type === "random_password" && r.name.includes("harbor-s3-secret-key"))
      .values.result;
    const asHarbor = (args: string[]) => minio.mcAs("harbor", secretKey, args);
    const object = path.join(outdir, "probe.txt");
    fs.writeFileSync(object, "probe");
    expect(asHarbor(["cp", object, "local/harbor/probe.txt"]).status).toBe(0);
    expect(asHarbor(["rm", "local/harbor/probe.txt"]).status).toBe(0);
    expect(asHarbor(["ls", "local/loki-kss"]).status).not.toBe(0);
    expect(asHarbor(["cp", object, "local/tofu-state/probe.txt"]).status).not.toBe(0);
  });

  test("each cluster's Teleport join token lands in its own Vault namespace", () => {
    const read = (namespace: string) =>
      JSON.parse(
        execFileSync(
          toolPath("bao"),
          ["kv", "get", `-namespace=${namespace}`, "-mount=secret", "-format=json", "teleport/agent"],
          {
            encoding: "utf8",
            env: toolEnv({ BAO_ADDR: bao.address, BAO_TOKEN: bao.token }),
          },
        ),
      ).data.data;
    const kss = read("kss");
    const kcs = read("kcs");
    expect(kss.proxy_addr).toBe("teleport.support.lab.example.com:3080");
    expect(kss.token).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(kcs.token).not.toBe(kss.token);
  });

  test("state cannot be read with another passphrase", () => {
    const wrong = tofu(stackDir("base"), ["state", "list"], { ...env, TF_VAR_state_passphrase: `wrong-${secret(10)}` });
    expect(wrong.status).not.toBe(0);
    expect(wrong.text).toMatch(/decrypt/i);
  });

  test("a cluster stack reads base's encrypted state and applies", () => {
    tofuOk(stackDir("kss"), ["apply", "-auto-approve", "-input=false", ...serviceTargets("kss")], env);
    const outputs = JSON.parse(tofuOk(stackDir("kss"), ["output", "-json"], env).stdout);
    expect(outputs.pki_issue_path.value).toBe("kss/pki_int/sign/kss");
    expect(outputs.intermediate_ca_pem.value).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(minio.mc(["cat", stateObject("kss")]).stdout.toString()).not.toContain("BEGIN CERTIFICATE");
  });

  test("a second plan of each applied stack shows no changes", () => {
    for (const stack of ["base", "kss"]) {
      const plan = tofu(stackDir(stack), ["plan", "-input=false", "-detailed-exitcode", ...serviceTargets(stack)], env);
      expect({ stack, status: plan.status }).toEqual({ stack, status: 0 });
    }
  });

  test("no credential appears anywhere in the output directory", () => {
    const secrets = [minio.accessKey, minio.secretKey, bao.token, passphrase];
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        // Provider binaries are the mirror's, not ours.
        if (entry.isDirectory() && entry.name === "providers" && dir.endsWith(".terraform")) continue;
        if (entry.isDirectory()) walk(file);
        else if (entry.isFile()) {
          const text = fs.readFileSync(file, "latin1");
          for (const value of secrets) if (text.includes(value)) offenders.push(path.relative(outdir, file));
        }
      }
    };
    walk(outdir);
    expect(offenders).toEqual([]);
  });
});
