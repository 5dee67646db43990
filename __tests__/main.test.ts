import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO_ROOT, shippedRaw, writeModelDir } from "../testing/model";
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
      ["base", "support", ...["kcs", "kss", "lab"].flatMap((c) => [c, `${c}-identity`, `${c}-platform`])].sort(),
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

  test("rejects an unknown provider-versions mode with a model error, not a stack trace", () => {
    const outdir = path.join(tempDir("homelab-out-"), "cdktf.out");
    const result = runApp({ outdir, env: { HOMELAB_PROVIDER_VERSIONS: "latest" } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/HOMELAB_PROVIDER_VERSIONS: "latest" is not a mode/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(fs.existsSync(outdir)).toBe(false);
  });

  test("rejects an unknown backend switch", () => {
    const outdir = path.join(tempDir("homelab-out-"), "cdktf.out");
    const result = runApp({ outdir, env: { HOMELAB_SUPPORT_BACKEND: "consul" } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/HOMELAB_SUPPORT_BACKEND: "consul" is not a backend/);
    expect(fs.existsSync(outdir)).toBe(false);
  });

  describe("bad input is a model error (exit 1, a message, no stack trace, nothing written)", () => {
    /** Runs the app on the model in `dir` and checks the failure; returns stderr. */
    function fails(dir: string): string {
      const outdir = path.join(tempDir("homelab-out-"), "cdktf.out");
      const result = runApp({ modelDir: dir, outdir });
      expect({ status: result.status, stackTrace: /\n\s+at /.test(result.stderr) }).toEqual({
        status: 1,
        stackTrace: false,
      });
      expect(fs.existsSync(outdir)).toBe(false);
      return result.stderr;
    }
    const cluster = (dir: string, file: string) => path.join(dir, "clusters", file);

    test("a YAML alias bomb", () => {
      const dir = writeModelDir(shippedRaw());
      const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 9; i++) {
        const previous = String.fromCharCode(96 + i);
        const name = String.fromCharCode(97 + i);
        levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(",")}]`);
      }
      fs.writeFileSync(cluster(dir, "kss.yaml"), `${levels.join("\n")}\nname: kss\n`);
      expect(fails(dir)).toMatch(/clusters\/kss\.yaml: \(file\): cannot be read: .*alias.* — write the values out/i);
    });

    test("a huge document, and a huge string", () => {
      const dir = writeModelDir(shippedRaw());
      fs.writeFileSync(cluster(dir, "kss.yaml"), `# ${"x".repeat(300 * 1024)}\nname: kss\n`);
      expect(fails(dir)).toMatch(
        /clusters\/kss\.yaml: \(file\): is \d+ bytes, more than the 262144 a model file may have/,
      );
      const raw = shippedRaw();
      raw.clusters.kss.oidc.client_id = "k".repeat(5000);
      expect(fails(writeModelDir(raw))).toMatch(
        /clusters\/kss\.yaml:\d+: oidc\.client_id: is longer than 4096 characters/,
      );
    });

    test("a deeply nested document", () => {
      const dir = writeModelDir(shippedRaw());
      fs.writeFileSync(cluster(dir, "kss.yaml"), `${"? ".repeat(50000)}x\n`);
      expect(fails(dir)).toMatch(/clusters\/kss\.yaml: \(file\): nests collections more than 32 levels deep/);
    });

    test("a directory named like a cluster file", () => {
      const dir = writeModelDir(shippedRaw());
      fs.mkdirSync(cluster(dir, "lab.yaml"));
      expect(fails(dir)).toMatch(/clusters\/lab\.yaml: \(file\): is not a regular file \(a directory\?\)/);
    });

    test("a file where the clusters directory should be", () => {
      const dir = writeModelDir(shippedRaw());
      fs.rmSync(path.join(dir, "clusters"), { recursive: true });
      fs.writeFileSync(path.join(dir, "clusters"), "name: kss\n");
      expect(fails(dir)).toMatch(/clusters: \(file\): is not a readable directory/);
    });

    test("cluster files with a wrong extension are named, not skipped", () => {
      const dir = writeModelDir(shippedRaw());
      fs.renameSync(cluster(dir, "kss.yaml"), cluster(dir, "KSS.YAML"));
      fs.copyFileSync(cluster(dir, "kcs.yaml"), cluster(dir, "lab.yml"));
      fs.copyFileSync(cluster(dir, "kcs.yaml"), cluster(dir, "old.Yaml"));
      const stderr = fails(dir);
      expect(stderr).toMatch(
        /clusters\/KSS\.YAML: \(file\): ends in \.YAML, so it would be ignored — rename it to clusters\/KSS\.yaml/,
      );
      expect(stderr).toMatch(/clusters\/lab\.yml: \(file\): ends in \.yml/);
      expect(stderr).toMatch(/clusters\/old\.Yaml: \(file\): ends in \.Yaml/);
    });

    test("a site.yaml that is a dangling symlink does not fall back to the example", () => {
      const dir = writeModelDir(shippedRaw());
      fs.rmSync(path.join(dir, "site.yaml"));
      fs.copyFileSync(path.join(REPO_ROOT, "site.example.yaml"), path.join(dir, "site.example.yaml"));
      fs.symlinkSync(path.join(dir, "gone", "site.yaml"), path.join(dir, "site.yaml"));
      const stderr = fails(dir);
      expect(stderr).toMatch(/site\.yaml: \(file\): is a symbolic link to .*gone\/site\.yaml, which does not exist/);
      expect(stderr).not.toMatch(/using site\.example\.yaml/);
    });

    test("invalid UTF-8, with its line", () => {
      const dir = writeModelDir(shippedRaw());
      const text = fs.readFileSync(cluster(dir, "kss.yaml"));
      const line =
        text
          .toString("utf8")
          .split("\n")
          .findIndex((l) => l.startsWith("name:")) + 1;
      const at = text.indexOf("name:");
      fs.writeFileSync(
        cluster(dir, "kss.yaml"),
        Buffer.concat([text.subarray(0, at), Buffer.from([0xc3, 0x28]), text.subarray(at)]),
      );
      expect(fails(dir)).toMatch(new RegExp(`clusters/kss\\.yaml:${line}: \\(file\\): is not valid UTF-8`));
    });

    test("an OIDC client ID that is an application's client", () => {
      const raw = shippedRaw();
      raw.clusters.kss.oidc.client_id = "argocd";
      expect(fails(writeModelDir(raw))).toMatch(
        /clusters\/kss\.yaml:\d+: oidc\.client_id: "argocd" is, or shares a '-' prefix with, a client the broker realm gives an application/,
      );
    });

    test("a token-shaped string", () => {
      const raw = shippedRaw();
      raw.site.identity.users[0].first_name = "${TfToken[TOKEN.1]}";
      expect(fails(writeModelDir(raw))).toMatch(
        /site\.yaml:\d+: identity\.users\[0\]\.first_name: "\$\{TfToken\[TOKEN\.1\]\}" contains "\$\{TfToken\[", the marker of an unresolved CDKTF token/,
      );
    });
  });
});
