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
function deliver(secrets: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-deliver-"));
  const log = path.join(dir, "ssh-args.log");
  const target = path.join(dir, "etc-nixos");
  const secretsDir = path.join(dir, "secrets");
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
    expect(fs.statSync(run.secretsDir).mode & 0o777).toBe(0o700);
  });

  test("never passes a secret on a command line", () => {
    expect(run.sshArgs).not.toBe("");
    for (const value of Object.values(secrets)) expect(run.sshArgs).not.toContain(value.trim().split("\n")[0]);
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
