import { ChildProcess, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { runScript } from "../../testing/scripts";

/**
 * When a VM is re-created at the same address its SSH host key changes, and
 * ssh refuses it on every attempt: the scripts that wait for a VM must say
 * so at once, with the fix, instead of retrying for many minutes.
 */

const SCRIPTS = {
  "deliver-nixos.sh": {
    HOMELAB_ADMIN_USER: "admin",
    HOMELAB_NIXOS_DIR: "/nonexistent",
    HOMELAB_NIXOS_SOURCES: "configuration.nix",
    HOMELAB_HOST_JSON: "{}",
    HOMELAB_SECRETS_DIR: "/nonexistent",
    HOMELAB_SECRETS: "{}",
    HOMELAB_SSH_WAIT_SECONDS: "60",
  },
  "fetch-kubeconfig.sh": {
    HOMELAB_ADMIN_USER: "admin",
    HOMELAB_API_SERVER: "https://10.69.50.20:6443",
    HOMELAB_KUBECONFIG: "/nonexistent/kubeconfig.yaml",
    HOMELAB_KUBECONFIG_WAIT_SECONDS: "60",
  },
} as const;

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "homelab-hostkey-"));

/** What OpenSSH 9 prints (on stderr, exit 255) when a known host's key has changed. */
const OPENSSH_CHANGED = `@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!
Host key for 10.69.50.20 has changed and you have requested strict checking.
Host key verification failed.`;

describe.each(Object.entries(SCRIPTS))("scripts/%s", (script, env) => {
  test("stops at once on a changed host key, naming the fix", () => {
    const started = Date.now();
    const result = runScript(
      script,
      tempDir(),
      { ssh: `cat >&2 <<'EOF'\n${OPENSSH_CHANGED}\nEOF\nexit 255` },
      {
        ...env,
        HOMELAB_HOST: "10.69.50.20",
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/the SSH host key of 10\.69\.50\.20 has changed .* ssh-keygen -R 10\.69\.50\.20/);
    expect(Date.now() - started).toBeLessThan(15000);
  });

  test("keeps waiting while the VM is only unreachable", () => {
    const result = runScript(
      script,
      tempDir(),
      { ssh: "echo 'ssh: connect to host 10.69.50.20 port 22: Connection refused' >&2\nexit 255", sleep: "exit 0" },
      { ...env, HOMELAB_HOST: "10.69.50.20", HOMELAB_SSH_WAIT_SECONDS: "1", HOMELAB_KUBECONFIG_WAIT_SECONDS: "1" },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/host key/);
    expect(result.stderr).toMatch(/no SSH login|did not appear/);
  });
});

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function listening(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`sshd did not listen on 127.0.0.1:${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("against a real OpenSSH server on 127.0.0.1 whose host key is not the known one", () => {
  const dir = tempDir();
  let sshd: ChildProcess | undefined;
  let port = 0;

  beforeAll(async () => {
    const sshdPath = "/usr/sbin/sshd";
    if (!fs.existsSync(sshdPath)) throw new Error("this test needs OpenSSH's sshd (apt-get install openssh-server)");
    for (const name of ["host", "old"]) {
      const made = spawnSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", path.join(dir, name)]);
      if (made.status !== 0) throw new Error(`ssh-keygen failed: ${made.stderr}`);
    }
    port = await freePort();
    // The host was known with another key: what a re-created VM at the same address looks like.
    fs.writeFileSync(
      path.join(dir, "known_hosts"),
      `[127.0.0.1]:${port} ${fs.readFileSync(path.join(dir, "old.pub"), "utf8")}`,
    );
    fs.writeFileSync(
      path.join(dir, "sshd_config"),
      [
        "ListenAddress 127.0.0.1",
        `Port ${port}`,
        `HostKey ${path.join(dir, "host")}`,
        `PidFile ${path.join(dir, "sshd.pid")}`,
        "UsePAM no",
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        "",
      ].join("\n"),
    );
    fs.mkdirSync("/run/sshd", { recursive: true });
    sshd = spawn(sshdPath, ["-D", "-e", "-f", path.join(dir, "sshd_config")], { stdio: "ignore" });
    await listening(port, 10000);
  });

  afterAll(() => {
    sshd?.kill();
  });

  test.each(Object.keys(SCRIPTS))("%s reports the changed key at once", (script) => {
    // The real ssh client, pointed at the test server and its own known_hosts.
    const ssh = `exec /usr/bin/ssh -F /dev/null -p ${port} -o UserKnownHostsFile=${path.join(dir, "known_hosts")} -o GlobalKnownHostsFile=/dev/null "$@"`;
    const started = Date.now();
    const result = runScript(
      script,
      tempDir(),
      { ssh },
      { ...SCRIPTS[script as keyof typeof SCRIPTS], HOMELAB_HOST: "127.0.0.1" },
    );
    expect(result.stderr).toMatch(/the SSH host key of 127\.0\.0\.1 has changed .* ssh-keygen -R 127\.0\.0\.1/);
    expect(result.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(15000);
  });
});
