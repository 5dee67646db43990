/**
 * Checks of a rendered GitOps tree (`cdktf.out/gitops`, INTERFACES B): kustomize
 * builds, kubeconform against the clusters' Kubernetes schemas and the pinned CRDs,
 * and server-side dry runs against a real API server (integration/kube.ts).
 * Helpers for integration/gitops.test.ts; not tests themselves.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseAllDocuments } from "yaml";
import manifest from "../toolchain/manifest.json";
import type { KubeServer } from "./kube";
import { toolPath } from "./toolchain";

// index.json's shape is the renderer's own (gitops/render.ts); this tier reads it back.
export type { ClusterIndex, GitopsIndex } from "../gitops/render";
import type { ClusterIndex, GitopsIndex } from "../gitops/render";
export type HelmEntry = ClusterIndex["helm"][number];

/** A Kubernetes object as rendered. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name?: string; namespace?: string; [k: string]: unknown };
  [k: string]: unknown;
}

/** Reads and checks the shape of `<root>/index.json`; throws naming the field that is wrong. */
export function readIndex(root: string): GitopsIndex {
  const file = path.join(root, "index.json");
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist: the synth did not write the GitOps tree`);
  const index = JSON.parse(fs.readFileSync(file, "utf8"));
  const fail = (where: string, what: string) => {
    throw new Error(`${file}: ${where} ${what}`);
  };
  if (!Array.isArray(index.clusters) || index.clusters.length === 0) fail("clusters", "must be a non-empty list");
  index.clusters.forEach((c: any, i: number) => {
    const at = `clusters[${i}]`;
    if (typeof c.name !== "string") fail(`${at}.name`, "must be a string");
    if (!Array.isArray(c.kustomizations)) fail(`${at}.kustomizations`, "must be a list");
    if (!Array.isArray(c.helm)) fail(`${at}.helm`, "must be a list");
    const paths = [
      ...c.kustomizations.map((k: unknown, j: number) => [`${at}.kustomizations[${j}]`, k]),
      ...c.helm.map((h: any, j: number) => [`${at}.helm[${j}].values`, h.values]),
      [`${at}.bootstrap.appProjects`, c.bootstrap?.appProjects],
      [`${at}.bootstrap.rootApplication`, c.bootstrap?.rootApplication],
    ];
    for (const [where, p] of paths) {
      if (typeof p !== "string" || path.isAbsolute(p) || p.split("/").includes("..")) {
        fail(where, `must be a path inside the gitops root (got ${JSON.stringify(p)})`);
      }
      if (!fs.existsSync(path.join(root, p))) fail(where, `names ${p}, which does not exist`);
    }
    c.helm.forEach((h: any, j: number) => {
      for (const key of ["app", "chart", "repoURL", "version", "namespace"]) {
        if (typeof h[key] !== "string" || h[key] === "") fail(`${at}.helm[${j}].${key}`, "must be a non-empty string");
      }
    });
  });
  return index;
}

/** Parses a YAML stream into objects (empty documents dropped); throws naming the source on a syntax error. */
export function parseObjects(text: string, source: string): KubeObject[] {
  // YAML 1.1, as the API server's and kubectl's decoders read it (`yes`, `on` are booleans).
  const docs = parseAllDocuments(text, { version: "1.1" });
  const objects: KubeObject[] = [];
  for (const doc of docs) {
    if (doc.errors.length) throw new Error(`${source}: ${doc.errors[0].message}`);
    const value = doc.toJS();
    if (value === null || value === undefined) continue;
    if (value.kind === "List" && Array.isArray(value.items)) objects.push(...value.items);
    else objects.push(value);
  }
  return objects;
}

/**
 * Objects as a stream of JSON documents for kubectl and kubeconform: JSON leaves no scalar
 * whose type a YAML 1.1 reader could take differently from what was parsed.
 */
function toStream(objects: readonly KubeObject[]): string {
  return objects.map((o) => JSON.stringify(o)).join("\n---\n");
}

export function describeObject(o: KubeObject): string {
  const ns = o.metadata?.namespace ? `${o.metadata.namespace}/` : "";
  return `${o.apiVersion} ${o.kind} ${ns}${o.metadata?.name ?? "(no name)"}`;
}

/** `kustomize build dir`, run inside the API server's namespace (so no remote base can be fetched). */
export function kustomizeBuild(kube: KubeServer, dir: string): KubeObject[] {
  const out = kube.exec(toolPath("kustomize"), ["build", dir]);
  if (out.status !== 0) throw new Error(`kustomize build ${dir} failed:\n${out.stderr}`);
  return parseObjects(out.stdout, `kustomize build ${dir}`);
}

/** A rejection: which object, by which check, and the message. */
export interface Problem {
  readonly check: "kubeconform" | "dry-run" | "helm";
  readonly source: string;
  readonly object: string;
  readonly message: string;
}

export const toolchainRoot = () => path.dirname(path.dirname(toolPath("kubectl")));

function schemaEntry() {
  return manifest.entries.find((e) => e.kind === "schemas") as unknown as { kubernetesVersions: string[] };
}

/** The Kubernetes version whose schemas kubeconform checks against (`v1.35.0`). */
export const schemaKubernetesVersion = () => schemaEntry().kubernetesVersions[0];

/**
 * kubeconform -strict over `objects`, against the core schemas of the clusters' Kubernetes
 * minor and the pinned CRDs' schemas; a missing schema is a problem, except for `skipKinds`.
 */
export function kubeconform(
  kube: KubeServer,
  objects: readonly KubeObject[],
  source: string,
  skipKinds: readonly string[] = [],
): Problem[] {
  if (objects.length === 0) return [];
  const root = toolchainRoot();
  const file = path.join(kube.dir, `kubeconform-${process.hrtime.bigint()}.yaml`);
  fs.writeFileSync(file, toStream(objects));
  const version = schemaKubernetesVersion();
  const args = [
    "-strict",
    "-summary",
    "-output",
    "json",
    "-kubernetes-version",
    version.replace(/^v/, ""),
    "-schema-location",
    `${root}/schemas/core/${version}-standalone-strict/{{.ResourceKind}}{{.KindSuffix}}.json`,
    "-schema-location",
    `${root}/schemas/crds/{{.Group}}_{{.ResourceKind}}_{{.ResourceAPIVersion}}.json`,
    ...(skipKinds.length ? ["-skip", skipKinds.join(",")] : []),
    file,
  ];
  const out = kube.exec(toolPath("kubeconform"), args);
  fs.rmSync(file, { force: true });
  let report: { resources?: { kind: string; name: string; version: string; status: string; msg: string }[] };
  try {
    report = JSON.parse(out.stdout);
  } catch {
    throw new Error(`kubeconform gave no report (exit ${out.status}):\n${out.stdout}\n${out.stderr}`);
  }
  return (report.resources ?? [])
    .filter((r) => r.status !== "statusValid" && r.status !== "statusSkipped")
    .map((r) => ({ check: "kubeconform", source, object: `${r.version} ${r.kind} ${r.name}`, message: r.msg }));
}

/** Really applies objects (CRDs, Namespaces the dry runs need), server-side. */
export function applyForReal(kube: KubeServer, objects: readonly KubeObject[], what: string): void {
  if (objects.length === 0) return;
  const out = kube.kubectl(["apply", "--server-side", "--force-conflicts", "--field-manager=gitops-check", "-f", "-"], {
    input: toStream(objects),
  });
  if (out.status !== 0) throw new Error(`applying ${what} failed:\n${out.stderr}`);
}

/** Creates every namespace the objects live in that does not exist yet (a dry run needs them). */
export function ensureNamespaces(kube: KubeServer, names: Iterable<string>): void {
  const have = new Set(
    kube.kubectl(["get", "namespaces", "-o", "jsonpath={.items[*].metadata.name}"]).stdout.split(/\s+/).filter(Boolean),
  );
  const missing = [...new Set(names)].filter((n) => n && !have.has(n)).sort();
  applyForReal(
    kube,
    missing.map((name) => ({ apiVersion: "v1", kind: "Namespace", metadata: { name } })),
    "namespaces",
  );
}

/**
 * `kubectl apply --server-side --dry-run=server` of every object; returns each rejected
 * object with the API server's message.
 */
export function dryRun(kube: KubeServer, objects: readonly KubeObject[], source: string): Problem[] {
  const problems: Problem[] = [];
  // Objects go in batches to keep the number of kubectl runs small.
  const batch = 40;
  for (let i = 0; i < objects.length; i += batch) {
    const chunk = objects.slice(i, i + batch);
    const out = kube.kubectl(
      [
        "apply",
        "--server-side",
        "--force-conflicts",
        "--dry-run=server",
        "--field-manager=gitops-check",
        "-o",
        "name",
        "-f",
        "-",
      ],
      { input: toStream(chunk) },
    );
    if (out.status === 0) continue;
    // Some object of the batch was rejected: find which, one at a time.
    for (const o of chunk) {
      const single = kube.kubectl(
        ["apply", "--server-side", "--force-conflicts", "--dry-run=server", "--field-manager=gitops-check", "-f", "-"],
        { input: toStream([o]) },
      );
      if (single.status !== 0) {
        problems.push({ check: "dry-run", source, object: describeObject(o), message: single.stderr.trim() });
      }
    }
  }
  return problems;
}

/** A chart obtainable offline: a sources entry's chart in the toolchain root. */
export interface LocalChart {
  readonly dir: string;
  /** Version of the chart on disk, from its Chart.yaml. */
  readonly version: string;
  readonly hasValuesSchema: boolean;
}

interface SourcesEntry {
  readonly project: string;
  readonly version: string;
  readonly module: string;
  readonly moduleVersion: string;
  readonly charts?: Record<string, string>;
}

/**
 * The chart a helm entry names, if a sources entry extracted it: the entry's `module`
 * (path, version and chart directory) must be a sources entry's; Istio's charts, which
 * the proxy serves only as master, are matched by name.
 */
export function localChart(entry: HelmEntry): { chart?: LocalChart; reason?: string } {
  const root = toolchainRoot();
  const sources = (manifest.entries as unknown as (SourcesEntry & { kind: string })[]).filter(
    (e) => e.kind === "sources" && e.charts,
  );
  const found = (s: SourcesEntry, name: string): { chart: LocalChart } => {
    const dir = path.join(root, "charts", s.project, s.version, name);
    const meta = parseObjects(fs.readFileSync(path.join(dir, "Chart.yaml"), "utf8"), dir)[0] as unknown as {
      version: string;
    };
    return {
      chart: {
        dir,
        version: String(meta.version),
        hasValuesSchema: fs.existsSync(path.join(dir, "values.schema.json")),
      },
    };
  };
  if (entry.module) {
    const { path: module, version, chartDir } = entry.module;
    const s = sources.find((e) => e.module === module && e.moduleVersion === version);
    const name = s && Object.keys(s.charts!).find((k) => s.charts![k] === chartDir);
    if (s && name) return found(s, name);
    const have = sources.filter((e) => e.module === module).map((e) => e.moduleVersion);
    return {
      reason: `toolchain/manifest.json extracts ${module} ${chartDir} ${have.length ? `only at ${have.join(", ")}` : "nowhere"}, not at ${version}`,
    };
  }
  if (entry.repoURL.includes("istio")) {
    const s = sources.find((e) => e.project === "istio-charts" && e.charts![entry.chart]);
    if (s) return found(s, entry.chart);
  }
  return { reason: "no Go module served here holds this chart" };
}

/**
 * `helm template` of a local chart with the entry's values (helm checks them against the
 * chart's values.schema.json, when it has one, and fails on a violation).
 */
export function helmTemplate(
  kube: KubeServer,
  entry: HelmEntry,
  chart: LocalChart,
  valuesFile: string,
  extraArgs: readonly string[] = [],
): { objects: KubeObject[]; problem?: Problem } {
  const out = kube.exec(toolPath("helm"), [
    "template",
    entry.app,
    chart.dir,
    "--namespace",
    entry.namespace,
    "--include-crds",
    "-f",
    valuesFile,
    ...extraArgs,
  ]);
  if (out.status !== 0) {
    return {
      objects: [],
      problem: { check: "helm", source: `helm ${entry.app}`, object: entry.chart, message: out.stderr.trim() },
    };
  }
  return { objects: parseObjects(out.stdout, `helm template ${entry.app}`) };
}
