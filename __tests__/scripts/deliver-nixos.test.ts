import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { NIXOS_SOURCES } from "../../constructs";
import { REPO_ROOT } from "../../testing/model";
import { runScript } from "../../testing/scripts";

/**
 * Runs scripts/deliver-nixos.sh against a stand-in "VM": `ssh` runs the
 * remote command locally and logs its arguments, `sudo` just runs, and
 * `nixos-rebuild` records that it was called.
 */
function deliver(
  secrets: Record<string, string>,
  extraEnv: Record<string, string> = {},
  prepare: (secretsDir: string) => void = () => {},
) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-deliver-"));
  const log = path.join(dir, "ssh-args.log");
  const target = path.join(dir, "etc-nixos");
  const secretsDir = path.join(dir, "var/lib/homelab/secrets");
  prepare(secretsDir);
  const result = runScript(
    "deliver-nixos.sh",
    dir,
    {
      ssh: `printf '%s\\n' "$*" >> "${log}"\nwhile [ "$1" = -o ]; do shift 2; done\nshift\nexec bash -c "$*"`,
      sudo: 'exec "$@"',
      "nixos-rebuild": `echo "$*" > "${path.join(dir, "rebuilt")}"`,
    },
    {
      HOMELAB_HOST: "10.69.50.20",
      HOMELAB_ADMIN_USER: "admin",
      HOMELAB_NIXOS_DIR: path.join(REPO_ROOT, "nixos"),
      HOMELAB_NIXOS_SOURCES: NIXOS_SOURCES.join(" "),
      HOMELAB_HOST_JSON: '{"hostname":"kss-master"}\n',
      HOMELAB_SECRETS_DIR: secretsDir,
      HOMELAB_SECRETS: JSON.stringify(secrets),
      HOMELAB_NIXOS_TARGET: target,
      ...extraEnv,
    },
  );
  return { result, dir, target, secretsDir, sshArgs: fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "" };
}

describe("scripts/deliver-nixos.sh", () => {
  const secrets = {
    "rke2-token": "s3cr3t-join-token-value",
    "minio-root.env": "MINIO_ROOT_USER=a\nMINIO_ROOT_PASSWORD=p4ss w0rd\n",
  };
  const run = deliver(secrets);

  test("succeeds and switches", () => {
    expect(run.result.stderr).toContain("switched");
    expect(run.result.status).toBe(0);
    expect(fs.readFileSync(path.join(run.dir, "rebuilt"), "utf8").trim()).toBe("switch");
  });

  test("copies the NixOS sources and the host's host.json", () => {
    expect(fs.readFileSync(path.join(run.target, "host.json"), "utf8")).toBe('{"hostname":"kss-master"}\n');
    expect(fs.readFileSync(path.join(run.target, "configuration.nix"), "utf8")).toBe(
      fs.readFileSync(path.join(REPO_ROOT, "nixos/configuration.nix"), "utf8"),
    );
    expect(fs.existsSync(path.join(run.target, "modules/k8s-common.nix"))).toBe(true);
    expect(fs.existsSync(path.join(run.target, "tests"))).toBe(false);
  });

  test("writes each secret byte for byte, readable by its owner only", () => {
    for (const [name, value] of Object.entries(secrets)) {
      const file = path.join(run.secretsDir, name);
      expect(fs.readFileSync(file, "utf8")).toBe(value);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    }
  });

  test("creates a missing secrets directory 0711 (as its tmpfiles rule), with parents others can traverse", () => {
    expect(mode(run.secretsDir)).toBe(0o711);
    for (const parent of ["var", "var/lib", "var/lib/homelab"]) expect(mode(path.join(run.dir, parent))).toBe(0o755);
  });

  test("never passes a secret on a command line", () => {
    expect(run.sshArgs).not.toBe("");
    for (const value of Object.values(secrets)) expect(run.sshArgs).not.toContain(value.trim().split("\n")[0]);
  });
});

const mode = (file: string) => fs.statSync(file).mode & 0o777;

/**
 * What the support VM's modules set up before a delivery: the directory as
 * its tmpfiles rule makes it (0711), and the TLS key readable by nginx's
 * group (root:nginx 0640 below a 0750 directory). A group other than the
 * owner's stands for nginx's when the tests run as root.
 */
function supportVmSecrets(secretsDir: string) {
  fs.mkdirSync(path.join(secretsDir, "tls"), { recursive: true });
  fs.chmodSync(secretsDir, 0o711);
  fs.chmodSync(path.join(secretsDir, "tls"), 0o750);
  const key = path.join(secretsDir, "tls/wildcard.key");
  fs.writeFileSync(key, "old key");
  fs.chmodSync(key, 0o640);
  if (process.getuid?.() === 0) fs.chownSync(key, 0, NGINX_STAND_IN_GID);
}
const NGINX_STAND_IN_GID = 65534;

describe.each([
  ["full", {}],
  ["secrets only", { HOMELAB_DELIVERY: "secrets" }],
])("scripts/deliver-nixos.sh keeps the modes the NixOS modules set (%s delivery)", (_kind, env) => {
  const run = deliver(
    { "tls/wildcard.key": "new key", "ziti-router.env": "ZITI_ENROLL_TOKEN=eyJ.jwt\n" },
    env,
    supportVmSecrets,
  );

  test("succeeds", () => {
    expect(run.result.stderr).not.toMatch(/error|denied/i);
    expect(run.result.status).toBe(0);
  });

  test("leaves the secrets directory 0711, so nginx still reaches its TLS key", () => {
    expect(mode(run.secretsDir)).toBe(0o711);
    expect(mode(path.join(run.secretsDir, "tls"))).toBe(0o750);
  });

  test("replaces an existing file's content and keeps its owner, group and mode", () => {
    const key = path.join(run.secretsDir, "tls/wildcard.key");
    expect(fs.readFileSync(key, "utf8")).toBe("new key");
    expect(mode(key)).toBe(0o640);
    if (process.getuid?.() === 0) expect(fs.statSync(key).gid).toBe(NGINX_STAND_IN_GID);
  });

  test("creates a new file root-only", () => {
    const file = path.join(run.secretsDir, "ziti-router.env");
    expect(fs.readFileSync(file, "utf8")).toBe("ZITI_ENROLL_TOKEN=eyJ.jwt\n");
    expect(mode(file)).toBe(0o600);
    expect(fs.statSync(file).uid).toBe(process.getuid?.());
  });

  test("leaves no temporary file behind", () => {
    expect(fs.readdirSync(run.secretsDir).sort()).toEqual(["tls", "ziti-router.env"]);
    expect(fs.readdirSync(path.join(run.secretsDir, "tls"))).toEqual(["wildcard.key"]);
  });
});

describe("scripts/deliver-nixos.sh, secrets only", () => {
  const run = deliver({ "ziti-router.env": "ZITI_ENROLL_TOKEN=eyJ.jwt\n" }, { HOMELAB_DELIVERY: "secrets" });

  test("writes the secrets, and neither copies the configuration nor switches", () => {
    expect(run.result.status).toBe(0);
    expect(fs.readFileSync(path.join(run.secretsDir, "ziti-router.env"), "utf8")).toBe("ZITI_ENROLL_TOKEN=eyJ.jwt\n");
    expect(fs.existsSync(path.join(run.target, "host.json"))).toBe(false);
    expect(fs.existsSync(path.join(run.dir, "rebuilt"))).toBe(false);
  });
});
