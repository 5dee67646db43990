import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse, parseAllDocuments } from "yaml";
import type { HomelabModel } from "../../model";
import { GitopsIndex, renderGitops, writeGitops } from "../../gitops";
import { readTree } from "../../testing/synth";
import { modelFor, typeOf, withoutModel } from "../../testing/kube-models";
import { shippedModel } from "../../testing/model";

interface Obj {
  apiVersion: string;
  kind: string;
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
  [key: string]: any;
}

function render(model: HomelabModel = shippedModel()) {
  const tree = renderGitops(model);
  const files = Object.fromEntries(tree.entries());
  const index = JSON.parse(files["index.json"]) as GitopsIndex;
  return { tree, files, index };
}

/** Every Kubernetes object in the tree's YAML files (kustomizations and values files aside). */
function objectsOf(files: Record<string, string>): { file: string; object: Obj }[] {
  const out: { file: string; object: Obj }[] = [];
  for (const [file, text] of Object.entries(files)) {
    if (!file.endsWith(".yaml") || file.endsWith("kustomization.yaml") || file.includes("/values/")) continue;
    // Helm's templates, not objects (the slow tier renders the chart).
    if (file.startsWith("kustomize/charts/")) continue;
    for (const doc of parseAllDocuments(text)) {
      const data = doc.toJS() as Obj;
      if (data.kind === "List") for (const item of data.items as Obj[]) out.push({ file, object: item });
      else out.push({ file, object: data });
    }
  }
  return out;
}

function appsOf(files: Record<string, string>, cluster: string): Obj[] {
  return Object.entries(files)
    .filter(([f]) => f.startsWith(`clusters/${cluster}/apps/`) && !f.endsWith("kustomization.yaml"))
    .map(([, text]) => parse(text) as Obj);
}

const shipped = render();

describe("GitOps tree", () => {
  test("every object validates against its maintained model, or is a kind that has none", () => {
    const unvalidated = new Set<string>();
    const objects = objectsOf(shipped.files);
    expect(objects.length).toBeGreaterThan(100);
    for (const { file, object } of objects) {
      const model = modelFor(object);
      if (!model) {
        expect({ file, type: typeOf(object), known: withoutModel(object) }).toEqual({
          file,
          type: typeOf(object),
          known: true,
        });
        unvalidated.add(typeOf(object));
        continue;
      }
      try {
        new model(object).validate();
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`);
      }
    }
  });

  test("the validation would catch a malformed object", () => {
    const secret = objectsOf(shipped.files).find((o) => o.object.kind === "ExternalSecret")!.object;
    const broken = { ...secret, spec: { ...secret.spec, refreshInterval: 3600, secretStoreRef: { kind: "Nope" } } };
    expect(() => new (modelFor(broken)!)(broken).validate()).toThrow();
  });

  test("writing leaves exactly the tree: stale files and directories of an earlier synth go", () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-gitops-"));
    try {
      const root = path.join(outdir, "gitops");
      fs.mkdirSync(path.join(root, "clusters/gone/apps"), { recursive: true });
      fs.writeFileSync(path.join(root, "clusters/gone/apps/old.yaml"), "stale");
      fs.mkdirSync(path.join(root, "clusters/kss/apps"), { recursive: true });
      fs.writeFileSync(path.join(root, "clusters/kss/apps/argocd.yaml"), "edited");
      writeGitops(shippedModel(), outdir);
      expect(readTree(root)).toEqual(shipped.files);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test("two renders are byte-identical", () => {
    expect(render().files).toEqual(shipped.files);
  });

  test("index.json lists, per cluster, the kustomizations, Helm releases with values files, and the bootstrap files", () => {
    const { index, files } = shipped;
    expect(index.clusters.map((c) => c.name)).toEqual(["kcs", "kss"]);
    for (const cluster of index.clusters) {
      for (const dir of cluster.kustomizations) expect(files[`${dir}/kustomization.yaml`]).toBeDefined();
      for (const release of cluster.helm) {
        expect(files[release.values]).toBeDefined();
        expect(release.version).toMatch(/^v?\d+\.\d+\.\d+$/);
      }
      expect(parse(files[cluster.bootstrap.appProjects]).items.map((p: Obj) => p.metadata!.name)).toEqual([
        "bootstrap",
        "platform",
        "identity",
        "applications",
        "apps",
      ]);
      expect(parse(files[cluster.bootstrap.rootApplication]).spec.source.path).toBe(`clusters/${cluster.name}/apps`);
    }
  });

  test("every file a kustomization lists, and every values file and path an Application names, is in the tree", () => {
    const { files } = shipped;
    const dirs = new Set(Object.keys(files).map((f) => path.posix.dirname(f)));
    for (const [file, text] of Object.entries(files)) {
      if (!file.endsWith("kustomization.yaml")) continue;
      const dir = path.posix.dirname(file);
      const k = parse(text);
      for (const ref of [
        ...(k.resources ?? []),
        ...(k.components ?? []),
        ...(k.patches ?? []).map((p: any) => p.path),
      ]) {
        const target = path.posix.normalize(path.posix.join(dir, ref));
        expect({ file, ref, exists: target in files || files[`${target}/kustomization.yaml`] !== undefined }).toEqual({
          file,
          ref,
          exists: true,
        });
      }
    }
    for (const cluster of ["kss", "kcs"]) {
      for (const app of appsOf(files, cluster)) {
        for (const source of app.spec.sources ?? [app.spec.source]) {
          for (const valueFile of source.helm?.valueFiles ?? [])
            expect(files[valueFile.replace(/^\$values\//, "")]).toBeDefined();
          if (source.path && source.repoURL === app.spec.sources?.[0]?.repoURL)
            expect(dirs.has(source.path)).toBe(true);
          if (source.path && source.repoURL.startsWith("ssh://")) expect(dirs.has(source.path)).toBe(true);
        }
      }
    }
  });

  test("committed sources hold nothing of the site: no domain, address or e-mail from the model", () => {
    const model = shippedModel();
    const personal = [
      model.site.domains.base,
      model.site.domains.root,
      model.site.support.ip,
      model.site.network.gatewayIp,
      model.site.identity.adminEmail,
      ...model.clusters.flatMap((c) => [c.domain, c.master.ip, c.loadBalancerCidr]),
    ];
    for (const [file, text] of Object.entries(shipped.files).filter(([f]) => f.startsWith("kustomize/"))) {
      for (const value of personal)
        expect({ file, contains: text.includes(value) ? value : "" }).toEqual({ file, contains: "" });
    }
  });
});
