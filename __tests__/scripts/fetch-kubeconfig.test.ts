import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runScript } from "../../testing/scripts";

const CA = "-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n";

/**
 * Runs scripts/fetch-kubeconfig.sh against a stand-in master: `ssh` runs the
 * remote command locally, and `sudo` reads a local file in place of RKE2's kubeconfig.
 */
function fetch(kubeconfig: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-kubeconfig-"));
  const remote = path.join(dir, "rke2.yaml");
  fs.writeFileSync(remote, kubeconfig);
  const out = path.join(dir, "out");
  const result = runScript(
    "fetch-kubeconfig.sh",
    dir,
    {
      ssh: 'while [ "$1" = -o ]; do shift 2; done\nshift\nexec "$@"',
      sudo: `args=("\${@//\\/etc\\/rancher\\/rke2\\/rke2.yaml/${remote.replace(/\//g, "\\/")}}")\nexec "\${args[@]}"`,
    },
    {
      HOMELAB_HOST: "10.69.50.20",
      HOMELAB_ADMIN_USER: "admin",
      HOMELAB_API_SERVER: "https://10.69.50.20:6443",
      HOMELAB_KUBECONFIG: path.join(out, "kss.yaml"),
      HOMELAB_CA_FILE: path.join(out, "kss-ca.crt"),
      HOMELAB_KUBECONFIG_WAIT_SECONDS: "1",
    },
  );
  return { result, out };
}

const kubeconfig = (ca: string) =>
  [
    "apiVersion: v1",
    "clusters:",
    "- cluster:",
    `    certificate-authority-data: ${Buffer.from(ca).toString("base64")}`,
    "    server: https://127.0.0.1:6443",
    "  name: default",
    "",
  ].join("\n");

describe("scripts/fetch-kubeconfig.sh", () => {
  test("writes the kubeconfig (0600) pointing at the master, and the API server's CA beside it", () => {
    const { result, out } = fetch(kubeconfig(CA));
    expect(result.status).toBe(0);
    const written = path.join(out, "kss.yaml");
    expect(fs.readFileSync(written, "utf8")).toContain("server: https://10.69.50.20:6443");
    expect(fs.statSync(written).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(path.join(out, "kss-ca.crt"), "utf8")).toBe(CA);
  });

  test("fails, writing nothing, when the kubeconfig has no CA", () => {
    const { result, out } = fetch(kubeconfig("not a certificate"));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("no CA certificate");
    expect(fs.existsSync(path.join(out, "kss.yaml"))).toBe(false);
    expect(fs.existsSync(path.join(out, "kss-ca.crt"))).toBe(false);
  });
});
