import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { shippedRaw, writeModelDir } from "../testing/model";
import { readTree, runApp } from "../testing/synth";

const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

describe("the app entry point (what cdktf synth runs)", () => {
  test("two synths of the same model are byte-identical", () => {
    const first = tempDir("homelab-out-");
    const second = tempDir("homelab-out-");
    expect(runApp({ outdir: first }).status).toBe(0);
    expect(runApp({ outdir: second }).status).toBe(0);
    const a = readTree(first);
    expect(Object.keys(a)).toEqual(
      expect.arrayContaining([
        "manifest.json",
        "stacks/base/cdk.tf.json",
        "stacks/kss/cdk.tf.json",
        "stacks/kcs/cdk.tf.json",
      ]),
    );
    expect(readTree(second)).toEqual(a);
  });

  test("a new cluster file adds a stack, with no code change", () => {
    const raw = shippedRaw();
    raw.clusters.lab = {
      ...structuredClone(raw.clusters.kss),
      name: "lab",
      master: { ip: "10.69.50.80", mac: "52:54:00:69:50:80" },
      workers: [{ name: "worker-1", ip: "10.69.50.81", mac: "52:54:00:69:50:81" }],
      loadbalancer: { cidr: "10.69.50.224/28" },
      vault: { namespace: "lab" },
      bgp: { asn: 64515 },
    };
    const outdir = tempDir("homelab-out-");
    const result = runApp({ modelDir: writeModelDir(raw), outdir });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(fs.readdirSync(path.join(outdir, "stacks")).sort()).toEqual(
      ["base", ...["kcs", "kss", "lab"].flatMap((c) => [c, `${c}-identity`, `${c}-platform`])].sort(),
    );
    const base = JSON.parse(fs.readFileSync(path.join(outdir, "stacks/base/cdk.tf.json"), "utf8"));
    expect(Object.values(base.resource.vault_namespace).map((ns: any) => ns.path)).toContain("lab");
  });

  test("a bad model fails with every problem, exits non-zero and writes nothing", () => {
    const raw = shippedRaw();
    raw.clusters.kcs.workers[1].ip = "10.69.50.31";
    raw.clusters.kcs.master.mac = "52:54:00:69:50:20";
    const outdir = path.join(tempDir("homelab-out-"), "cdktf.out");
    const result = runApp({ modelDir: writeModelDir(raw), outdir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("The homelab model has 2 problems");
    expect(result.stderr).toMatch(
      /clusters\/kss\.yaml:\d+: master\.mac: 52:54:00:69:50:20 is already used by master\.mac in clusters\/kcs\.yaml/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message for the operator, not a stack trace
    expect(fs.existsSync(outdir)).toBe(false);
  });

  test("synthesizes on a machine with neither terraform nor tofu on the PATH", () => {
    const outdir = tempDir("homelab-out-");
    const result = runApp({ outdir, env: { PATH: path.dirname(process.execPath) } });
    expect(result.status).toBe(0);
    expect(fs.existsSync(path.join(outdir, "stacks/kss/cdk.tf.json"))).toBe(true);
  });

  test("says on stderr when it falls back to the example site file", () => {
    const result = runApp({ outdir: tempDir("homelab-out-") });
    expect(result.stderr).toMatch(/no site\.yaml .*using site\.example\.yaml/);
  });

  test("rejects an unknown backend switch", () => {
    const outdir = path.join(tempDir("homelab-out-"), "cdktf.out");
    const result = runApp({ outdir, env: { HOMELAB_BASE_BACKEND: "consul" } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/HOMELAB_BASE_BACKEND: "consul" is not a backend/);
    expect(fs.existsSync(outdir)).toBe(false);
  });
});
