/**
 * Reading from the support VM over SSH, as the model's admin user with the
 * operator's SSH agent. What is read (OpenBao's root token, MinIO's root
 * credentials) stays in this process: it is never on a command line, never
 * written to a file here, never printed.
 */
import { spawn } from "node:child_process";
import { CliError } from "./errors";

export interface Remote {
  /** Runs `command` on the host and resolves with its stdout. */
  run(command: string, options?: { input?: string; timeoutMs?: number }): Promise<string>;
  readonly host: string;
}

/** ssh's message when the host key differs from the one known for the address. */
const HOST_KEY_CHANGED = /REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed/;

export function sshRemote(user: string, host: string, env: NodeJS.ProcessEnv = process.env): Remote {
  const ssh = env.HOMELAB_SSH || "ssh";
  return {
    host,
    run(command, options = {}) {
      return new Promise((resolve, reject) => {
        const child = spawn(
          ssh,
          [
            "-o",
            "BatchMode=yes",
            "-o",
            "ConnectTimeout=10",
            "-o",
            "StrictHostKeyChecking=accept-new",
            `${user}@${host}`,
            command,
          ],
          { env, stdio: ["pipe", "pipe", "pipe"] },
        );
        let out = "";
        let err = "";
        const timer = setTimeout(() => child.kill("SIGTERM"), options.timeoutMs ?? 120_000);
        child.stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
        child.stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
        child.on("error", (e) => {
          clearTimeout(timer);
          reject(new CliError(`${ssh} could not be started (${e.message}) — install OpenSSH's client`));
        });
        child.on("close", (code) => {
          clearTimeout(timer);
          if (code === 0) return resolve(out);
          if (HOST_KEY_CHANGED.test(err)) {
            return reject(
              new CliError(
                `${host}'s SSH host key is not the one known for it (was the VM re-created?) — if so, run ssh-keygen -R ${host} and try again`,
              ),
            );
          }
          const last = err.trim().split("\n").pop() ?? "";
          reject(new CliError(`ssh ${user}@${host} failed (${last || `exit ${code}`})`));
        });
        child.stdin.end(options.input ?? "");
      });
    },
  };
}
