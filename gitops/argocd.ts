/**
 * ArgoCD objects of a cluster's tree: the four AppProjects, one Application
 * per platform component, and the root Application (app of apps).
 *
 * Ordering: Applications carry sync waves −5…5; the root Application syncs
 * them wave by wave and, because the managed ArgoCD's argocd-cm has a health
 * check for `argoproj.io/Application` (APPLICATION_HEALTH_LUA), a wave waits
 * until every child of the wave before it is Healthy. Every Application
 * syncs automatically with prune, self-heal and a retry with backoff, so a
 * first sync that fails on a missing CRD or webhook recovers by itself.
 */
import type { IApplication } from "@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application";
import type { IAppProject } from "@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject";
import type { ClusterContext } from "./context";
import { DEPLOY_REVISION } from "./context";
import type { KubeObject } from "./tree";
import { CHARTS, ChartKey, MANIFESTS } from "./versions";

export const ARGOCD_NAMESPACE = "argocd";
export const IN_CLUSTER = "https://kubernetes.default.svc";

/** The AppProjects, in the order they are described in the README. */
export const PROJECTS = ["bootstrap", "platform", "identity", "applications"] as const;
export type ProjectName = (typeof PROJECTS)[number];

const PROJECT_DESCRIPTIONS: Record<ProjectName, string> = {
  bootstrap: "Networking, certificates, secrets and ingress: what every other component needs",
  platform: "Cluster services: GitOps, storage, policy, observability, remote access",
  identity: "The cluster's Keycloak, OAuth2-Proxy and OIDC RBAC",
  applications: "User-facing applications",
};

/** A kustomize overlay generated into the cluster's tree. */
export interface OverlaySpec {
  /** Committed bases (`kustomize/base/<name>`) the overlay builds on. */
  readonly bases?: readonly string[];
  /** Committed components (`kustomize/components/<name>`). */
  readonly components?: readonly string[];
  /** Objects generated from the model. */
  readonly objects?: readonly KubeObject[];
  /** Strategic-merge patches of base objects, generated from the model. */
  readonly patches?: readonly KubeObject[];
}

export type AppSource =
  | { readonly type: "helm"; readonly chart: ChartKey; readonly values: Readonly<Record<string, unknown>> }
  | { readonly type: "overlay"; readonly overlay: OverlaySpec }
  | { readonly type: "base"; readonly base: string }
  | {
      readonly type: "manifests";
      readonly manifests: keyof typeof MANIFESTS;
      /** Patches ArgoCD applies to the output of a kustomization (its `kustomize.patches`). */
      readonly kustomizePatches?: NonNullable<
        NonNullable<NonNullable<IApplication["spec"]["source"]>["kustomize"]>["patches"]
      >;
    };

/** One platform component as an ArgoCD Application. */
export interface PlatformApp {
  readonly name: string;
  /** Sync wave, −5…5. */
  readonly wave: number;
  readonly project: ProjectName;
  /** Destination namespace (created by the `namespaces` Application before wave −4). */
  readonly namespace: string;
  readonly source: AppSource;
  /** Server-side apply: CRD-heavy charts whose objects exceed the last-applied annotation. */
  readonly serverSideApply?: boolean;
  /** Server-side diff, so defaulted fields do not show as drift. */
  readonly serverSideDiff?: boolean;
  /** Skip the dry run for kinds whose CRD an earlier wave (or the same chart) installs. */
  readonly skipDryRun?: boolean;
  /** Fields that other controllers own (webhook CA bundles, generated Secret data). */
  readonly ignoreDifferences?: NonNullable<IApplication["spec"]["ignoreDifferences"]>;
  /** Namespaces besides `namespace` that the component's objects live in. */
  readonly extraNamespaces?: readonly string[];
  /** Put the namespace into the Istio Ambient mesh on Istio clusters. */
  readonly ambient?: boolean;
  /** Prune objects removed from the source; off only where deleting would be destructive. @default true */
  readonly prune?: boolean;
}

/** Path of a Helm Application's values file in the tree. */
export function valuesPath(ctx: ClusterContext, app: string): string {
  return `${ctx.root}/values/${app}.yaml`;
}

/** Path of a generated overlay in the tree. */
export function overlayPath(ctx: ClusterContext, app: string): string {
  return `${ctx.root}/kustomize/${app}`;
}

/**
 * ArgoCD's health check for Applications: reports a child Application's own
 * health, so the root's waves wait for it (ArgoCD removed the built-in one
 * in 1.8; see argo-cd docs, operator-manual/health, "Argo CD App").
 */
export const APPLICATION_HEALTH_LUA = [
  "hs = {}",
  'hs.status = "Progressing"',
  'hs.message = ""',
  "if obj.status ~= nil and obj.status.health ~= nil then",
  "  hs.status = obj.status.health.status",
  "  if obj.status.health.message ~= nil then",
  "    hs.message = obj.status.health.message",
  "  end",
  "end",
  "return hs",
  "",
].join("\n");

export const RETRY = { limit: 10, backoff: { duration: "30s", factor: 2, maxDuration: "10m" } };

function syncOptions(app: PlatformApp): string[] {
  const options = ["CreateNamespace=true"];
  if (app.serverSideApply) options.push("ServerSideApply=true");
  if (app.skipDryRun) options.push("SkipDryRunOnMissingResource=true");
  if (app.ignoreDifferences) options.push("RespectIgnoreDifferences=true");
  return options;
}

export function application(ctx: ClusterContext, app: PlatformApp): IApplication {
  const annotations: Record<string, string> = { "argocd.argoproj.io/sync-wave": String(app.wave) };
  if (app.serverSideDiff) annotations["argocd.argoproj.io/compare-options"] = "ServerSideDiff=true";
  const spec: IApplication["spec"] = {
    project: app.project,
    destination: { server: IN_CLUSTER, namespace: app.namespace },
    syncPolicy: {
      automated: { prune: app.prune ?? true, selfHeal: true },
      retry: RETRY,
      syncOptions: syncOptions(app),
    },
    ...(app.ignoreDifferences ? { ignoreDifferences: app.ignoreDifferences } : {}),
  };
  const { source } = app;
  switch (source.type) {
    case "helm": {
      const chart = CHARTS[source.chart];
      spec.sources = [
        { repoURL: ctx.repoUrl, targetRevision: DEPLOY_REVISION, ref: "values" },
        {
          repoURL: chart.repoURL,
          chart: chart.chart,
          targetRevision: chart.version,
          helm: { releaseName: app.name, valueFiles: [`$values/${valuesPath(ctx, app.name)}`] },
        },
      ];
      break;
    }
    case "overlay":
      spec.source = { repoURL: ctx.repoUrl, targetRevision: DEPLOY_REVISION, path: overlayPath(ctx, app.name) };
      break;
    case "base":
      spec.source = { repoURL: ctx.repoUrl, targetRevision: DEPLOY_REVISION, path: `kustomize/base/${source.base}` };
      break;
    case "manifests": {
      const pin = MANIFESTS[source.manifests];
      spec.source = {
        repoURL: pin.repoURL,
        targetRevision: pin.version,
        path: pin.path,
        ...("include" in pin ? { directory: { include: pin.include } } : {}),
        ...(source.kustomizePatches ? { kustomize: { patches: [...source.kustomizePatches] } } : {}),
      };
      break;
    }
  }
  return {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "Application",
    metadata: {
      name: app.name,
      namespace: ARGOCD_NAMESPACE,
      annotations,
      // Deleting an Application deletes what it deployed, not only the Application.
      finalizers: ["resources-finalizer.argocd.argoproj.io"],
    },
    spec,
  };
}

/** Source repositories an Application reads. */
function appRepos(ctx: ClusterContext, app: PlatformApp): string[] {
  const { source } = app;
  switch (source.type) {
    case "helm":
      return [ctx.repoUrl, CHARTS[source.chart].repoURL];
    case "manifests":
      return [MANIFESTS[source.manifests].repoURL];
    default:
      return [ctx.repoUrl];
  }
}

/** Cluster-scoped kinds each project may manage (everything namespaced stays inside its destinations). */
const CLUSTER_RESOURCES: Record<ProjectName, readonly { group: string; kind: string }[]> = {
  bootstrap: [
    { group: "", kind: "Namespace" },
    { group: "apiextensions.k8s.io", kind: "CustomResourceDefinition" },
    { group: "rbac.authorization.k8s.io", kind: "ClusterRole" },
    { group: "rbac.authorization.k8s.io", kind: "ClusterRoleBinding" },
    { group: "admissionregistration.k8s.io", kind: "ValidatingWebhookConfiguration" },
    { group: "admissionregistration.k8s.io", kind: "MutatingWebhookConfiguration" },
    { group: "admissionregistration.k8s.io", kind: "ValidatingAdmissionPolicy" },
    { group: "admissionregistration.k8s.io", kind: "ValidatingAdmissionPolicyBinding" },
    { group: "networking.k8s.io", kind: "IngressClass" },
    { group: "gateway.networking.k8s.io", kind: "GatewayClass" },
    { group: "cert-manager.io", kind: "ClusterIssuer" },
    { group: "external-secrets.io", kind: "ClusterSecretStore" },
    { group: "cilium.io", kind: "*" },
    { group: "scheduling.k8s.io", kind: "PriorityClass" },
  ],
  platform: [
    { group: "apiextensions.k8s.io", kind: "CustomResourceDefinition" },
    { group: "rbac.authorization.k8s.io", kind: "ClusterRole" },
    { group: "rbac.authorization.k8s.io", kind: "ClusterRoleBinding" },
    { group: "admissionregistration.k8s.io", kind: "ValidatingWebhookConfiguration" },
    { group: "admissionregistration.k8s.io", kind: "MutatingWebhookConfiguration" },
    { group: "templates.gatekeeper.sh", kind: "ConstraintTemplate" },
    { group: "constraints.gatekeeper.sh", kind: "*" },
    { group: "mutations.gatekeeper.sh", kind: "*" },
    { group: "scheduling.k8s.io", kind: "PriorityClass" },
    { group: "storage.k8s.io", kind: "CSIDriver" },
    { group: "storage.k8s.io", kind: "StorageClass" },
    { group: "aquasecurity.github.io", kind: "*" },
    { group: "cilium.io", kind: "CiliumClusterwideNetworkPolicy" },
    { group: "cilium.io", kind: "TracingPolicy" },
    { group: "spire.spiffe.io", kind: "ClusterSPIFFEID" },
    { group: "spire.spiffe.io", kind: "ClusterStaticEntry" },
    { group: "spire.spiffe.io", kind: "ClusterFederatedTrustDomain" },
    // The pull secret of the namespaces of discovered applications (apps-discovery.ts).
    { group: "external-secrets.io", kind: "ClusterExternalSecret" },
  ],
  identity: [
    { group: "apiextensions.k8s.io", kind: "CustomResourceDefinition" },
    { group: "rbac.authorization.k8s.io", kind: "ClusterRole" },
    { group: "rbac.authorization.k8s.io", kind: "ClusterRoleBinding" },
  ],
  applications: [
    { group: "rbac.authorization.k8s.io", kind: "ClusterRole" },
    { group: "rbac.authorization.k8s.io", kind: "ClusterRoleBinding" },
  ],
};

/**
 * The four AppProjects. Source repositories and destination namespaces are
 * derived from the Applications each project holds, so a project always
 * allows exactly what its Applications deploy. The bootstrap applies these
 * before the root Application exists: no wave ever uses a project that is
 * not there yet.
 */
export function appProjects(ctx: ClusterContext, apps: readonly PlatformApp[]): IAppProject[] {
  return PROJECTS.map((project) => {
    const members = apps.filter((a) => a.project === project);
    const repos = new Set<string>([ctx.repoUrl]);
    const namespaces = new Set<string>();
    for (const app of members) {
      for (const repo of appRepos(ctx, app)) repos.add(repo);
      namespaces.add(app.namespace);
      for (const ns of app.extraNamespaces ?? []) namespaces.add(ns);
    }
    // The root Application, in project bootstrap, writes the Applications into argocd.
    if (project === "bootstrap") namespaces.add(ARGOCD_NAMESPACE);
    return {
      apiVersion: "argoproj.io/v1alpha1",
      kind: "AppProject",
      metadata: { name: project, namespace: ARGOCD_NAMESPACE },
      spec: {
        description: PROJECT_DESCRIPTIONS[project],
        sourceRepos: [...repos].sort(),
        destinations: [...namespaces].sort().map((namespace) => ({ server: IN_CLUSTER, namespace })),
        clusterResourceWhitelist: [...CLUSTER_RESOURCES[project]],
      },
    };
  });
}

/** The root Application: every Application of the cluster, from the deploy branch. */
export function rootApplication(ctx: ClusterContext): IApplication {
  return {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "Application",
    metadata: { name: "root", namespace: ARGOCD_NAMESPACE },
    spec: {
      project: "bootstrap",
      destination: { server: IN_CLUSTER, namespace: ARGOCD_NAMESPACE },
      source: { repoURL: ctx.repoUrl, targetRevision: DEPLOY_REVISION, path: `${ctx.root}/apps` },
      syncPolicy: { automated: { prune: true, selfHeal: true }, retry: RETRY },
    },
  };
}
