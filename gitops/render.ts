/**
 * Renders the GitOps tree, exactly what goes into the deploy repository:
 *
 *   kustomize/                         the committed bases and components, copied
 *   clusters/<cluster>/bootstrap/      AppProjects and root Application (applied by the bootstrap)
 *   clusters/<cluster>/apps/           one Application per component (what the root syncs)
 *   clusters/<cluster>/values/         Helm values, one file per Helm Application
 *   clusters/<cluster>/kustomize/<app> overlays generated from the model
 *   index.json                         what is where, for the bootstrap and the verification tier
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { IApplication } from "@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application";
import type { IAppProject } from "@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject";
import type { ClusterModel, HomelabModel } from "../model";
import { application, appProjects, overlayPath, PlatformApp, rootApplication, valuesPath } from "./argocd";
import { appsProject } from "./apps-discovery";
import { platformApps } from "./catalog";
import { ClusterContext, clusterContext } from "./context";
import { GitopsTree, Kustomization, objectFileName } from "./tree";
import { CHARTS } from "./versions";

/** One cluster's entry in index.json. */
export interface ClusterIndex {
  readonly name: string;
  /** Directories to `kustomize build`, relative to the tree's root. */
  readonly kustomizations: string[];
  readonly helm: {
    readonly app: string;
    readonly chart: string;
    readonly repoURL: string;
    readonly version: string;
    readonly namespace: string;
    /** The values file, relative to the tree's root. */
    readonly values: string;
    /** A Go module holding the chart's source at this version, where one exists (CHARTS[…].module). */
    readonly module?: { readonly path: string; readonly version: string; readonly chartDir: string };
  }[];
  readonly bootstrap: { readonly appProjects: string; readonly rootApplication: string };
  /** Every Application: name, wave, project, namespace (for review and ordering checks). */
  readonly applications: {
    readonly name: string;
    readonly wave: number;
    readonly project: string;
    readonly namespace: string;
  }[];
}

export interface GitopsIndex {
  readonly clusters: ClusterIndex[];
}

/** Finds the repository's committed `kustomize/` directory, from wherever this module runs (sources or bundle). */
export function findKustomizeDir(start: string = __dirname): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "kustomize");
    if (fs.existsSync(path.join(candidate, "base")) && fs.existsSync(path.join(dir, "package.json"))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`GitOps: no kustomize/ directory above ${start}`);
  }
}

function relative(from: string, to: string): string {
  return path.posix.relative(from, to);
}

function copyCommitted(tree: GitopsTree, kustomizeDir: string): void {
  const walk = (sub: string) => {
    const entries = fs.readdirSync(path.join(kustomizeDir, sub), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else tree.addText(`kustomize/${rel}`, fs.readFileSync(path.join(kustomizeDir, rel), "utf8"));
    }
  };
  walk("");
}

function writeOverlay(tree: GitopsTree, ctx: ClusterContext, app: PlatformApp): string {
  if (app.source.type !== "overlay") throw new Error(`${app.name} is not an overlay`);
  const dir = overlayPath(ctx, app.name);
  const { overlay } = app.source;
  const resources: string[] = (overlay.bases ?? []).map((b) => relative(dir, `kustomize/base/${b}`));
  for (const object of overlay.objects ?? []) {
    const file = objectFileName(object);
    tree.addObject(`${dir}/${file}`, object);
    resources.push(file);
  }
  const patches = (overlay.patches ?? []).map((object) => {
    const file = `patch-${objectFileName(object)}`;
    tree.addYaml(`${dir}/${file}`, object);
    return { path: file };
  });
  const kustomization: Kustomization = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    resources,
    ...(overlay.components?.length
      ? { components: overlay.components.map((c) => relative(dir, `kustomize/components/${c}`)) }
      : {}),
    ...(patches.length > 0 ? { patches } : {}),
  };
  tree.addYaml(`${dir}/kustomization.yaml`, kustomization);
  return dir;
}

/** The four platform AppProjects and the discovered applications' (`apps`). */
function allProjects(ctx: ClusterContext, apps: readonly PlatformApp[]): IAppProject[] {
  return [...appProjects(ctx, apps), appsProject(ctx)];
}

/** A cluster's AppProjects and root Application: what the bootstrap applies before ArgoCD takes over. */
export function bootstrapManifests(
  model: HomelabModel,
  cluster: ClusterModel,
): { appProjects: IAppProject[]; rootApplication: IApplication } {
  const ctx = clusterContext(model, cluster);
  return { appProjects: allProjects(ctx, platformApps(ctx)), rootApplication: rootApplication(ctx) };
}

function renderCluster(tree: GitopsTree, ctx: ClusterContext): ClusterIndex {
  const apps = platformApps(ctx);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const app of apps) {
    if (seen.has(app.name)) problems.push(`two Applications are named ${app.name}`);
    seen.add(app.name);
    if (!(app.wave >= -5 && app.wave <= 5)) problems.push(`${app.name} has wave ${app.wave}, outside −5…5`);
  }
  if (problems.length > 0) throw new Error(`GitOps "${ctx.cluster.name}": ${problems.join("; ")}`);

  const kustomizations = new Set<string>();
  const helm: ClusterIndex["helm"] = [];
  const appFiles: string[] = [];
  for (const app of [...apps].sort((a, b) => a.wave - b.wave || (a.name < b.name ? -1 : 1))) {
    const { source } = app;
    if (source.type === "helm") {
      const chart = CHARTS[source.chart];
      tree.addYaml(valuesPath(ctx, app.name), source.values);
      helm.push({
        app: app.name,
        chart: chart.chart,
        repoURL: chart.repoURL,
        version: chart.version,
        namespace: app.namespace,
        values: valuesPath(ctx, app.name),
        ...("module" in chart ? { module: chart.module } : {}),
      });
    } else if (source.type === "overlay") {
      kustomizations.add(writeOverlay(tree, ctx, app));
    } else if (source.type === "base") {
      kustomizations.add(`kustomize/base/${source.base}`);
    }
    const file = `${app.name}.yaml`;
    tree.addObject(`${ctx.root}/apps/${file}`, application(ctx, app));
    appFiles.push(file);
  }
  const apps_: Kustomization = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    resources: appFiles,
  };
  tree.addYaml(`${ctx.root}/apps/kustomization.yaml`, apps_);
  kustomizations.add(`${ctx.root}/apps`);

  // One file, a v1 List, so that the bootstrap (or `kubectl apply -f`) applies all five at once.
  const projectsFile = `${ctx.root}/bootstrap/app-projects.yaml`;
  tree.addYaml(projectsFile, { apiVersion: "v1", kind: "List", items: allProjects(ctx, apps) });
  const root = `${ctx.root}/bootstrap/root-application.yaml`;
  tree.addObject(root, rootApplication(ctx));

  return {
    name: ctx.cluster.name,
    kustomizations: [...kustomizations].sort(),
    helm: helm.sort((a, b) => (a.app < b.app ? -1 : 1)),
    bootstrap: { appProjects: projectsFile, rootApplication: root },
    applications: [...apps]
      .sort((a, b) => a.wave - b.wave || (a.name < b.name ? -1 : 1))
      .map((a) => ({ name: a.name, wave: a.wave, project: a.project, namespace: a.namespace })),
  };
}

/** The whole tree for a validated model. Pure: the same model gives the same files. */
export function renderGitops(model: HomelabModel, options: { kustomizeDir?: string } = {}): GitopsTree {
  const tree = new GitopsTree();
  copyCommitted(tree, options.kustomizeDir ?? findKustomizeDir());
  const clusters = model.clusters.map((cluster) => renderCluster(tree, clusterContext(model, cluster)));
  const index: GitopsIndex = { clusters };
  tree.addText("index.json", `${JSON.stringify(index, null, 2)}\n`);
  return tree;
}

/** Every file below `dir`, relative to it (none when it does not exist). */
function existingFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else files.push(rel);
    }
  };
  walk("");
  return files;
}

/**
 * Writes the tree to `<outdir>/gitops`, so that afterwards the directory
 * holds exactly the tree: files an earlier synth left that the tree no
 * longer has are deleted, changed files rewritten, unchanged ones left alone
 * (deleting and rewriting hundreds of files costs more than the rendering).
 */
export function writeGitops(model: HomelabModel, outdir: string): void {
  const tree = renderGitops(model);
  const root = path.join(outdir, "gitops");
  const wanted = new Map(tree.entries());
  for (const file of existingFiles(root)) {
    const target = path.join(root, file);
    if (!wanted.has(file)) fs.rmSync(target, { force: true });
    else if (fs.readFileSync(target, "utf8") === wanted.get(file)) wanted.delete(file);
  }
  // Directories left empty by deleted files.
  const prune = (dir: string): boolean => {
    let empty = true;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && prune(path.join(dir, entry.name))) fs.rmdirSync(path.join(dir, entry.name));
      else empty = false;
    }
    return empty;
  };
  if (fs.existsSync(root)) prune(root);
  for (const [file, text] of wanted) {
    const target = path.join(root, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
}
