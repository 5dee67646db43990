/**
 * Real servers for the slow tier, started on 127.0.0.1 only, each with its
 * own temporary data directory and random credentials, and stopped by the
 * test that started them.
 */
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { javaHome, toolDir, toolEnv, toolPath } from "./toolchain";

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function secret(bytes = 18): string {
  return randomBytes(bytes).toString("hex");
}

/** Polls `check` every 250 ms until it is true; fails when `child` exits or after `seconds`, with its log. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  child: ChildProcess,
  log: () => string,
  seconds = 60,
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${log()}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not become ready in ${seconds}s:\n${log()}`);
}

/**
 * Stops a server: SIGTERM, then SIGKILL after 10 s. With `group`, both go to the child's
 * whole process group (a child started with `detached`), so a launcher script's own
 * children (kc.sh's JVM) cannot outlive it.
 */
export async function stopChild(child: ChildProcess, group = false): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    if (group && child.pid !== undefined) {
      try {
        process.kill(-child.pid, name);
      } catch {
        // the group is already gone
      }
    } else {
      child.kill(name);
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts servers side by side. When one fails to start, those that did are stopped before the
 * error is thrown: a `beforeAll` that throws leaves nothing running for its `afterAll` to miss
 * (a server left running keeps the test run from exiting).
 */
export async function startAll<T extends readonly Promise<{ stop(): Promise<void> }>[]>(
  starts: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(starts);
  const failed = settled.filter((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed.length > 0) {
    await Promise.all(
      settled.map((s) => (s.status === "fulfilled" ? s.value.stop().catch(() => undefined) : undefined)),
    );
    throw failed.length === 1
      ? failed[0].reason
      : new AggregateError(
          failed.map((f) => f.reason),
          failed.map((f) => String(f.reason?.message ?? f.reason)).join("\n"),
        );
  }
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as never;
}

/** Starts `command args` with its stdout and stderr appended to `logFile`. */
export function startLogged(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
  detached = false,
): ChildProcess {
  const out = fs.openSync(logFile, "a");
  const child = spawn(command, args, { env, stdio: ["ignore", out, out], detached });
  fs.closeSync(out);
  return child;
}

export interface MinioServer {
  readonly endpoint: string;
  readonly accessKey: string;
  readonly secretKey: string;
  /** Runs `mc` against this server (alias `local`) as the root user. */
  mc(args: readonly string[]): { status: number | null; stdout: Buffer; stderr: string };
  /** Runs `mc` against this server (alias `local`) as another user. */
  mcAs(
    user: string,
    password: string,
    args: readonly string[],
  ): { status: number | null; stdout: Buffer; stderr: string };
  stop(): Promise<void>;
}

/**
 * `command args` as run inside the network namespace `netns` (`ip netns exec`, which execs the
 * command, so the child is the command itself), or as they are without one.
 */
function within(netns: string | undefined, command: string, args: readonly string[]): [string, string[]] {
  return netns ? ["ip", ["netns", "exec", netns, command, ...args]] : [command, [...args]];
}

/** Whether `url` answers 2xx, asked from inside `netns` (a short Node program there) or from here. */
async function answersOk(url: string, netns: string | undefined): Promise<boolean> {
  if (!netns) return (await fetch(url)).ok;
  const program = "fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))";
  const [command, args] = within(netns, process.execPath, ["-e", program, url]);
  return spawnSync(command, args, { timeout: 10_000 }).status === 0;
}

/**
 * Starts MinIO on 127.0.0.1 with a temporary data directory. With `netns`, MinIO and every
 * `mc` run inside that network namespace (the Kubernetes test server's, so that a client of
 * both can reach both); its address is then reachable only from inside it.
 */
export async function startMinio(options: { netns?: string } = {}): Promise<MinioServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-minio-"));
  const port = await freePort();
  const consolePort = await freePort();
  const accessKey = `it${secret(6)}`;
  const secretKey = secret(20);
  const endpoint = `http://127.0.0.1:${port}`;
  const logFile = path.join(dir, "minio.log");
  const child = startLogged(
    ...within(options.netns, toolPath("minio"), [
      "server",
      "--quiet",
      "--address",
      `127.0.0.1:${port}`,
      "--console-address",
      `127.0.0.1:${consolePort}`,
      path.join(dir, "data"),
    ]),
    toolEnv({ MINIO_ROOT_USER: accessKey, MINIO_ROOT_PASSWORD: secretKey, MINIO_BROWSER: "off", MINIO_UPDATE: "off" }),
    logFile,
  );
  const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "");
  await waitFor("MinIO", () => answersOk(`${endpoint}/minio/health/live`, options.netns), child, log);
  const mcConfig = path.join(dir, "mc");
  const mcAs = (user: string, password: string, args: readonly string[]) => {
    const [command, argv] = within(options.netns, toolPath("mc"), ["--config-dir", mcConfig, "--no-color", ...args]);
    const result = spawnSync(command, argv, {
      env: toolEnv({ MC_HOST_local: `http://${user}:${password}@127.0.0.1:${port}` }),
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString() };
  };
  const mc = (args: readonly string[]) => mcAs(accessKey, secretKey, args);
  return {
    endpoint,
    accessKey,
    secretKey,
    mc,
    mcAs,
    async stop() {
      await stopChild(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface OpenBaoServer {
  readonly address: string;
  readonly token: string;
  stop(): Promise<void>;
}

/** Starts OpenBao in dev mode (in memory, unsealed) on 127.0.0.1. */
export async function startOpenBao(): Promise<OpenBaoServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-bao-"));
  const port = await freePort();
  const token = `dev${secret(16)}`;
  const address = `http://127.0.0.1:${port}`;
  const logFile = path.join(dir, "bao.log");
  const child = startLogged(
    toolPath("bao"),
    ["server", "-dev", `-dev-root-token-id=${token}`, `-dev-listen-address=127.0.0.1:${port}`],
    toolEnv({ HOME: dir, BAO_ADDR: address, VAULT_ADDR: address }),
    logFile,
  );
  const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "");
  await waitFor("OpenBao", async () => (await fetch(`${address}/v1/sys/health`)).ok, child, log);
  return {
    address,
    token,
    async stop() {
      await stopChild(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface KeycloakServer {
  /** Base URL, `http://127.0.0.1:<port>`. Keycloak 26 serves everything at the root, without `/auth`. */
  readonly url: string;
  /** The management interface (`/health/ready`, `/health/live`), `http://127.0.0.1:<port>`. */
  readonly managementUrl: string;
  /** The master realm's bootstrap admin, random for each start. */
  readonly adminUser: string;
  readonly adminPassword: string;
  /**
   * Arguments for the keycloak provider (keycloak/keycloak 4.5.0) to manage this server as the
   * bootstrap admin through `admin-cli`; its `base_path` defaults to "", right for Keycloak 26.
   */
  readonly providerConfig: { url: string; client_id: string; username: string; password: string };
  /** kc.sh's output: the server log. */
  readonly logFile: string;
  /** An access token of the bootstrap admin: the master realm's password grant against `admin-cli`. */
  adminToken(): Promise<string>;
  /** GETs `path` (below `url`) as JSON, as `token`'s bearer when given; throws with the status and body unless 2xx. */
  fetchJson<T = unknown>(path: string, token?: string): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Starts Keycloak (the toolchain's keycloak-server, already built for the H2 file database
 * and health endpoints, so `start --optimized` skips the Quarkus build) on 127.0.0.1: the
 * HTTP listener and the management interface each on a free port, local caches only (no
 * clustering), the database, transaction log and temp files in a temporary directory.
 * Every start begins with an empty database; on 2 cores it takes 15-30 s, mostly creating
 * the schema and the master realm.
 */
export async function startKeycloak(
  options: {
    /** The HTTP port, for a test that names the server's URL before it starts. @default a free port */
    readonly port?: number;
    /** The bootstrap admin. @default a random one */
    readonly admin?: { readonly username: string; readonly password: string };
  } = {},
): Promise<KeycloakServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-keycloak-"));
  const port = options.port ?? (await freePort());
  const managementPort = await freePort();
  const adminUser = options.admin?.username ?? `admin-${secret(4)}`;
  const adminPassword = options.admin?.password ?? secret(18);
  const url = `http://127.0.0.1:${port}`;
  const managementUrl = `http://127.0.0.1:${managementPort}`;
  const logFile = path.join(dir, "keycloak.log");
  fs.mkdirSync(path.join(dir, "tmp"));
  // Keycloak and Quarkus read KC_*/QUARKUS_* and JAVA_OPTS* variables as configuration:
  // none of the caller's may leak in.
  const env = Object.fromEntries(
    Object.entries(toolEnv()).filter(([name]) => !/^(KC_|QUARKUS_|JAVA_OPTS)/.test(name) && name !== "JAVA"),
  );
  const child = startLogged(
    path.join(toolDir("keycloak"), "bin/kc.sh"),
    [
      "start",
      "--optimized",
      "--http-enabled=true",
      "--http-host=127.0.0.1",
      `--http-port=${port}`,
      "--http-management-host=127.0.0.1",
      `--http-management-port=${managementPort}`,
      // Issuer and URLs follow the request (http://127.0.0.1:<port>), as no hostname is set.
      "--hostname-strict=false",
      "--cache=local",
      `--db-url=jdbc:h2:file:${path.join(dir, "keycloakdb")};NON_KEYWORDS=VALUE`,
      // Written under the distribution's data/ by default, which is shared by every start.
      `-Dquarkus.transaction-manager.object-store.directory=${path.join(dir, "transaction-logs")}`,
      `-Djava.io.tmpdir=${path.join(dir, "tmp")}`,
    ],
    {
      ...env,
      JAVA_HOME: javaHome(),
      KC_BOOTSTRAP_ADMIN_USERNAME: adminUser,
      KC_BOOTSTRAP_ADMIN_PASSWORD: adminPassword,
      JAVA_OPTS_KC_HEAP: "-Xms64m -Xmx512m",
      // C1 only: starts in about half the time on 2 cores, and a test server needs no peak throughput.
      JAVA_OPTS_APPEND: "-XX:TieredStopAtLevel=1",
    },
    logFile,
    true,
  );
  const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "");
  const stop = async () => {
    await stopChild(child, true);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor("Keycloak", async () => (await fetch(`${managementUrl}/health/ready`)).ok, child, log, 240);
  } catch (error) {
    await stop();
    throw error;
  }

  const fetchJson = async <T>(urlPath: string, token?: string): Promise<T> => {
    const response = await fetch(`${url}${urlPath}`, {
      headers: { accept: "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    const body = await response.text();
    if (!response.ok) throw new Error(`GET ${urlPath}: ${response.status} ${body}`);
    return JSON.parse(body) as T;
  };
  const adminToken = async () => {
    const response = await fetch(`${url}/realms/master/protocol/openid-connect/token`, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "password",
        client_id: "admin-cli",
        username: adminUser,
        password: adminPassword,
      }),
    });
    const body = await response.text();
    if (!response.ok) throw new Error(`admin token: ${response.status} ${body}`);
    return (JSON.parse(body) as { access_token: string }).access_token;
  };
  return {
    url,
    managementUrl,
    adminUser,
    adminPassword,
    providerConfig: { url, client_id: "admin-cli", username: adminUser, password: adminPassword },
    logFile,
    adminToken,
    fetchJson,
    stop,
  };
}
