/**
 * Real Git servers for the slow tier, on 127.0.0.1 only: `git daemon`
 * serving bare repositories (push enabled), and an OpenSSH server with a
 * throwaway host key and one authorized key, as GitLab's Git over SSH is.
 * Each has its own temporary directory and is stopped by the test.
 */
import { ChildProcess, execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { freePort } from "./servers";

export interface GitServer {
  /** URL of the bare repository `name` (created by `addRepository`). */
  url(name: string): string;
  /** Creates an empty bare repository and returns its directory. */
  addRepository(name: string): string;
  stop(): Promise<void>;
}

async function listening(port: number, child: ChildProcess, what: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${log()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not listen on 127.0.0.1:${port}:\n${log()}`);
}

function stopper(child: ChildProcess, dir: string): () => Promise<void> {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

function bare(base: string, name: string): string {
  const dir = path.join(base, `${name}.git`);
  execFileSync("git", ["init", "-q", "--bare", dir]);
  return dir;
}

/** `git daemon` on 127.0.0.1 serving the bare repositories below its own directory, receive-pack on. */
export async function startGitDaemon(): Promise<GitServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-gitd-"));
  const port = await freePort();
  let log = "";
  const child = spawn(
    "git",
    [
      "daemon",
      "--listen=127.0.0.1",
      `--port=${port}`,
      `--base-path=${dir}`,
      "--export-all",
      "--enable=receive-pack",
      "--reuseaddr",
      "--informative-errors",
      dir,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  await listening(port, child, "git daemon", () => log);
  return {
    url: (name) => `git://127.0.0.1:${port}/${name}.git`,
    addRepository: (name) => bare(dir, name),
    stop: stopper(child, dir),
  };
}

export interface SshGitServer extends GitServer {
  /** `[127.0.0.1]:<port> ssh-ed25519 …`: the server's host key, as a known_hosts line. */
  readonly knownHosts: string;
  /** The private key (OpenSSH) the server accepts. */
  readonly clientKey: string;
}

/**
 * An OpenSSH server on 127.0.0.1 with a generated host key, accepting one
 * generated client key for the current user; repositories are addressed by
 * absolute path (`ssh://<user>@127.0.0.1:<port>/<dir>/<name>.git`).
 */
export async function startSshGitServer(): Promise<SshGitServer> {
  const sshd = ["/usr/sbin/sshd", "/usr/bin/sshd"].find((p) => fs.existsSync(p));
  if (!sshd) throw new Error("sshd not found; install openssh-server (integration/run.sh does)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-sshd-"));
  const keygen = (file: string) =>
    execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "test", "-f", file]);
  keygen(path.join(dir, "host_key"));
  keygen(path.join(dir, "client_key"));
  fs.copyFileSync(path.join(dir, "client_key.pub"), path.join(dir, "authorized_keys"));
  // sshd's privilege separation directory (the Debian package's unit creates it at start).
  fs.mkdirSync("/run/sshd", { recursive: true, mode: 0o755 });
  const user = os.userInfo().username;
  const port = await freePort();
  const config = path.join(dir, "sshd_config");
  fs.writeFileSync(
    config,
    [
      `Port ${port}`,
      "ListenAddress 127.0.0.1",
      `HostKey ${dir}/host_key`,
      `PidFile ${dir}/sshd.pid`,
      `AuthorizedKeysFile ${dir}/authorized_keys`,
      "StrictModes no",
      "PermitRootLogin prohibit-password",
      "PasswordAuthentication no",
      "KbdInteractiveAuthentication no",
      "UsePAM no",
      `AllowUsers ${user}`,
      "",
    ].join("\n"),
  );
  let log = "";
  const child = spawn(sshd, ["-D", "-e", "-f", config], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  await listening(port, child, "sshd", () => log);
  const hostKey = fs.readFileSync(path.join(dir, "host_key.pub"), "utf8").split(" ").slice(0, 2).join(" ");
  const repos = path.join(dir, "repos");
  fs.mkdirSync(repos);
  return {
    url: (name) => `ssh://${user}@127.0.0.1:${port}${repos}/${name}.git`,
    addRepository: (name) => bare(repos, name),
    knownHosts: `[127.0.0.1]:${port} ${hostKey}`,
    clientKey: fs.readFileSync(path.join(dir, "client_key"), "utf8"),
    stop: stopper(child, dir),
  };
}
