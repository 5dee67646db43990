/**
 * `homelab up`'s bring-up against real servers (the homelab is
 * integration/up-fixture.ts): a support stack that starts with local state,
 * a real MinIO that gets the state bucket (versioned) and then holds that
 * state, and a stack after it that waits for a real OpenBao to answer
 * unsealed and gets its root token collected from the "support VM". The VM
 * is this machine's temporary directory here (no NixOS VM runs in the slow
 * tier); OpenTofu, the providers, MinIO and OpenBao are real. Last, an
 * identity stack waits for a real Keycloak that starts only once `up` is
 * waiting for it, and makes a realm in it. Interrupted (the VM not
 * answering), killed with SIGKILL in the middle of an apply, stopped by a
 * lock it must not take away, rerun, and finally with OpenBao sealed.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Progress } from "../cli/progress";
import type { Remote } from "../cli/remote";
import { runStacks } from "../cli/run-stacks";
import { readStacks } from "../cli/stacks";
import { up } from "../cli/up";
import { REPO_ROOT } from "../testing/model";
import {
  freePort,
  KeycloakServer,
  MinioServer,
  OpenBaoServer,
  secret,
  startAll,
  startKeycloak,
  startMinio,
  startOpenBao,
} from "./servers";
import { toolEnv, toolPath } from "./toolchain";
import {
  FIXTURE_REALM,
  fixtureLocalState,
  fixtureOutdir,
  fixtureUp,
  fixtureVm,
  fixtureVmSecrets,
  UpFixture,
} from "./up-fixture";

let minio: MinioServer;
let bao: OpenBaoServer;
/** Started by the first test, once `up` waits for it. */
let keycloak: KeycloakServer | undefined;
let keycloakPort: number;
const keycloakAdmin = { username: `admin-${secret(4)}`, password: secret(18) };
const work = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-up-"));

const fixture = {
  work,
  get minioEndpoint() {
    return minio.endpoint;
  },
  get baoAddress() {
    return bao.address;
  },
  slowSeconds: 0,
  get keycloak() {
    return { url: `http://127.0.0.1:${keycloakPort}`, ...keycloakAdmin };
  },
} satisfies UpFixture;
/** The fixture once `base` has a resource that takes 10 s to create, long enough to be killed in. */
const slowFixture = (): UpFixture => ({
  work,
  minioEndpoint: minio.endpoint,
  baoAddress: bao.address,
  slowSeconds: 10,
  keycloak: fixture.keycloak,
});
const vm = (down = false) => fixtureVm(fixture, down);
const outdir = fixtureOutdir(fixture);
const localState = fixtureLocalState(fixture);
const vmSecrets = fixtureVmSecrets(fixture);

beforeAll(async () => {
  [minio, bao] = await startAll([startMinio(), startOpenBao()] as const);
  keycloakPort = await freePort();
  fs.mkdirSync(vmSecrets);
  fs.writeFileSync(
    path.join(vmSecrets, "minio-root.env"),
    `MINIO_ROOT_USER=${minio.accessKey}\nMINIO_ROOT_PASSWORD=${minio.secretKey}\n`,
  );
  fs.writeFileSync(path.join(vmSecrets, "openbao-init.json"), JSON.stringify({ root_token: bao.token }));
});
afterAll(async () => {
  await Promise.all([minio?.stop(), bao?.stop(), keycloak?.stop()]);
  fs.rmSync(work, { recursive: true, force: true });
});

const env = () => {
  const e = { ...toolEnv() };
  for (const k of ["VAULT_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]) delete e[k];
  return e;
};
const lines: string[] = [];
const run = (remote: Remote, waitSeconds = 60, f: UpFixture = fixture) =>
  up(fixtureUp(f, { remote, env: env(), tofu: toolPath("tofu"), waitSeconds, write: (t) => void lines.push(t) }));
const baseLog = () => {
  const file = path.join(work, "logs", "base.up.log");
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
};
const stateObjects = () => minio.mc(["ls", "--recursive", "local/tofu-state"]).stdout.toString();

test("interrupted after the support VM came up, before its state could move: a rerun continues from there", async () => {
  await expect(run(vm(true))).rejects.toThrow(/Connection refused/);
  expect(fs.existsSync(localState)).toBe(true);
  expect(minio.mc(["ls", "local/tofu-state"]).status).not.toBe(0);

  // Keycloak is started only once up waits for it: up must wait, then go on when it answers.
  lines.length = 0;
  const waiting = `identity: waiting for ${fixture.keycloak.url} (keycloak)`;
  let stopWatching = false;
  const starting = (async () => {
    while (!lines.join("").includes(waiting)) {
      if (stopWatching) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    keycloak = await startKeycloak({ port: keycloakPort, admin: keycloakAdmin });
  })();
  let outcomes;
  try {
    outcomes = await run(vm(), 300);
  } finally {
    stopWatching = true;
    await starting;
  }
  expect(outcomes.map((o) => [o.stack, o.status])).toEqual([
    ["support", "no changes"],
    ["base", "applied"],
    ["identity", "applied"],
  ]);
  expect(keycloak).toBeDefined();
  const progress = lines.join("");
  expect(progress.indexOf(waiting)).toBeGreaterThanOrEqual(0);
  expect(progress.indexOf("identity: credentials")).toBeGreaterThan(progress.indexOf(waiting));
  const realm = await keycloak!.fetchJson<{ realm: string; enabled: boolean }>(
    `/admin/realms/${FIXTURE_REALM}`,
    await keycloak!.adminToken(),
  );
  expect(realm).toMatchObject({ realm: FIXTURE_REALM, enabled: true });
  // The bucket exists, versioned, and holds both stacks' state; the local copy is set aside.
  expect(minio.mc(["version", "info", "local/tofu-state"]).stdout.toString()).toMatch(/versioning is enabled/i);
  const objects = minio.mc(["ls", "--recursive", "local/tofu-state"]).stdout.toString();
  expect(objects).toMatch(/support\/terraform\.tfstate/);
  expect(objects).toMatch(/base\/terraform\.tfstate/);
  expect(objects).toMatch(/identity\/terraform\.tfstate/);
  expect(fs.existsSync(localState)).toBe(false);
  expect(fs.existsSync(`${localState}.migrated`)).toBe(true);
  const stored = await fetch(`${bao.address}/v1/secret/data/homelab-up`, { headers: { "x-vault-token": bao.token } });
  expect(((await stored.json()) as any).data.data).toEqual({ up: "yes" });
  // No credential reached a log.
  const logs = fs
    .readdirSync(path.join(work, "logs"))
    .map((f) => fs.readFileSync(path.join(work, "logs", f), "utf8"))
    .join("\n");
  expect(logs).not.toContain(bao.token);
  expect(logs).not.toContain(minio.secretKey);
  expect(logs).not.toContain(keycloakAdmin.password);
  expect(progress).not.toContain(keycloakAdmin.password);
});

test("a second up changes nothing", async () => {
  const outcomes = await run(vm());
  expect(outcomes.map((o) => o.status)).toEqual(["no changes", "no changes", "no changes"]);
});

test("killed in the middle of base's apply: a rerun releases the lock that run left, and completes", async () => {
  const before = baseLog().length;
  const driver = spawn(
    process.execPath,
    [path.join(REPO_ROOT, "scripts", "run.js"), path.join(__dirname, "up-driver.ts")],
    {
      env: { ...env(), HOMELAB_UP_FIXTURE: JSON.stringify(slowFixture()), HOMELAB_TOFU: toolPath("tofu") },
      stdio: "ignore",
      detached: true,
    },
  );
  const deadline = Date.now() + 120_000;
  while (!baseLog().slice(before).includes("terraform_data.slow: Creating...")) {
    if (Date.now() > deadline || driver.exitCode !== null)
      throw new Error(`the driver never reached the apply:\n${baseLog().slice(before)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-driver.pid!, "SIGKILL");
  await new Promise((r) => driver.once("exit", r));
  // What the killed run left: OpenTofu's lock file in the bucket, and the run's record.
  expect(stateObjects()).toMatch(/base\/terraform\.tfstate\.tflock/);
  expect(fs.existsSync(path.join(work, "state", "up.json"))).toBe(true);

  lines.length = 0;
  const outcomes = await run(vm(), 60, slowFixture());
  expect(outcomes.map((o) => [o.stack, o.status])).toEqual([
    ["support", "no changes"],
    ["base", "applied"],
    ["identity", "no changes"],
  ]);
  expect(lines.join("")).toMatch(/base: releasing the lock the interrupted run left \([0-9a-f-]+\)/);
  expect(stateObjects()).not.toMatch(/\.tflock/);
  expect(fs.existsSync(path.join(work, "state", "up.json"))).toBe(false);
});

test("a lock that no interrupted run left is not taken away: up stops, naming it and how to release it", async () => {
  // An operator's own apply, waiting at its prompt, holds base's lock.
  const creds = stackCredentials();
  const holder = spawn(
    toolPath("tofu"),
    ["-chdir=" + path.join(outdir, "stacks", "base"), "apply", "-replace=terraform_data.slow"],
    {
      env: { ...env(), ...creds },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let prompt = "";
  holder.stdout.on("data", (d: Buffer) => (prompt += d.toString()));
  const deadline = Date.now() + 120_000;
  while (!prompt.includes("Enter a value")) {
    if (Date.now() > deadline) throw new Error(`tofu apply never asked:\n${prompt}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await expect(run(vm(), 60, slowFixture())).rejects.toThrow(
    /base: its state is locked by \S+@\S+ since .* \(lock [0-9a-f-]+\) — if no other OpenTofu operation runs on it, release it with `tofu -chdir=\S+ force-unlock [0-9a-f-]+`/,
  );
  holder.stdin.end("no\n");
  await new Promise((r) => holder.once("exit", r));
  expect(stateObjects()).not.toMatch(/\.tflock/);
  // Nothing was changed, and the next up finds nothing to do.
  const outcomes = await run(vm(), 60, slowFixture());
  expect(outcomes.map((o) => o.status)).toEqual(["no changes", "no changes", "no changes"]);
});

/** What the stacks' backends and providers need, as an operator running tofu by hand would export it. */
const stackCredentials = () => ({
  AWS_ACCESS_KEY_ID: minio.accessKey,
  AWS_SECRET_ACCESS_KEY: minio.secretKey,
  VAULT_TOKEN: bao.token,
  KEYCLOAK_USER: keycloakAdmin.username,
  KEYCLOAK_PASSWORD: keycloakAdmin.password,
});

/** `homelab status --json`, spawned as a user would, with the credentials the stacks' backends and OpenBao need. */
function cliStatus(): any {
  const creds = stackCredentials();
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
    ["identity", "applied"],
  ]);
  expect(report.vault).toEqual([{ address: bao.address, state: "unsealed" }]);
});

test("destroy in reverse order leaves no resource in any state", async () => {
  const stacks = readStacks(outdir);
  const creds = stackCredentials();
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
    ["identity", "destroyed"],
    ["base", "destroyed"],
    ["support", "destroyed"],
  ]);
  const realms = await keycloak!.fetchJson<{ realm: string }[]>("/admin/realms", await keycloak!.adminToken());
  expect(realms.map((r) => r.realm)).toEqual(["master"]);
  const stored = await fetch(`${bao.address}/v1/secret/data/homelab-up`, { headers: { "x-vault-token": bao.token } });
  expect(stored.status).toBe(404);
});

test("a sealed OpenBao: status says so, and up stops with that reason, changing nothing", async () => {
  const sealed = await fetch(`${bao.address}/v1/sys/seal`, { method: "PUT", headers: { "x-vault-token": bao.token } });
  expect(sealed.status).toBe(204);
  const report = cliStatus();
  expect(report.vault).toEqual([{ address: bao.address, state: "sealed" }]);
  expect(report.stacks.map((s: any) => [s.stack, s.state])).toEqual([
    ["support", "not applied"],
    ["base", "not applied"],
    ["identity", "not applied"],
  ]);
  await expect(run(vm(), 5)).rejects.toThrow(/was not ready after 5 s \(OpenBao is sealed\)/);
  expect(cliStatus().stacks.find((s: any) => s.stack === "base").state).toBe("not applied");
});
