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
import { toolEnv, toolPath } from "./toolchain";

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

async function waitFor(
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

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

function startLogged(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const out = fs.openSync(logFile, "a");
  const child = spawn(command, args, { env, stdio: ["ignore", out, out] });
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

/** Starts MinIO on 127.0.0.1 with a temporary data directory. */
export async function startMinio(): Promise<MinioServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-minio-"));
  const port = await freePort();
  const consolePort = await freePort();
  const accessKey = `it${secret(6)}`;
  const secretKey = secret(20);
  const endpoint = `http://127.0.0.1:${port}`;
  const logFile = path.join(dir, "minio.log");
  const child = startLogged(
    toolPath("minio"),
    [
      "server",
      "--quiet",
      "--address",
      `127.0.0.1:${port}`,
      "--console-address",
      `127.0.0.1:${consolePort}`,
      path.join(dir, "data"),
    ],
    toolEnv({ MINIO_ROOT_USER: accessKey, MINIO_ROOT_PASSWORD: secretKey, MINIO_BROWSER: "off", MINIO_UPDATE: "off" }),
    logFile,
  );
  const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "");
  await waitFor("MinIO", async () => (await fetch(`${endpoint}/minio/health/live`)).ok, child, log);
  const mcConfig = path.join(dir, "mc");
  const mcAs = (user: string, password: string, args: readonly string[]) => {
    const result = spawnSync(toolPath("mc"), ["--config-dir", mcConfig, "--no-color", ...args], {
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
