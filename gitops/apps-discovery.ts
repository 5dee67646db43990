/**
 * Applications discovered in the GitLab group `apps` (GitLabDeploy.addAppsGroup).
 *
 * The convention: a project of the group whose path is a DNS label of at
 * most 53 characters and that has `deploy/values.yaml` on its default branch
 * becomes the Application `apps-<path>` in namespace `apps-<path>`, rendered
 * from the committed generic chart (`kustomize/charts/generic-app`, copied
 * into the deploy branch) with that file's values. The chart's
 * values.schema.json is the contract; Helm refuses values that break it.
 * The platform sets what an application may not choose: its name, image
 * (`<harbor>/apps/<path>`, only its tag is the application's), host
 * (`<path>.<cluster domain>`, on the cluster's nginx or Gateway) and pull
 * secret. A Helm chart, because values from another repository are what
 * ArgoCD's multi-source `$ref` gives a chart and kustomize has no way to
 * take; a local one, because it renders with no chart repository (the
 * ArgoCD repo server, and the slow tier's `helm template`, read it from the
 * deploy branch).
 *
 * Confinement: the discovered Applications are in AppProject `apps`, which
 * allows only namespaces `apps-*`, no cluster-scoped kind but those
 * namespaces, only the kinds the chart renders (no ExternalSecret: they read
 * nothing from Vault), and only the group's projects and the deploy
 * repository as sources. The pull secret reaches their namespaces from the
 * platform, as a ClusterExternalSecret selecting the label the
 * ApplicationSet puts on the namespaces it creates. ArgoCD reads the group
 * with its read-only group token, over HTTPS with TLS verified, and the
 * ApplicationSet controller may use no other SCM provider.
 */
import type { IApplicationSet } from "@kubernetes-models/argo-cd/argoproj.io/v1alpha1/ApplicationSet";
import type { IAppProject } from "@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject";
import type { IClusterExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1/ClusterExternalSecret";
import { ARGOCD_NAMESPACE, IN_CLUSTER, RETRY } from "./argocd";
import type { PlatformApp } from "./argocd";
import { APPS_GROUP, appsGroupUrl, DEPLOY_REVISION } from "./context";
import type { ClusterContext } from "./context";
import { IMAGE_UPDATER_NAMESPACE } from "./image-updater";
import { APPS_DISCOVERY_SECRETS, appsDiscoverySecrets, appsPullSecret, externalSecret } from "./secrets";

/** The AppProject of the discovered Applications (not one of PROJECTS: no platform Application is in it). */
export const APPS_PROJECT = "apps";

/** Prefix of the discovered Applications' names and namespaces. */
export const APPS_PREFIX = "apps-";

/** Where the generic chart is in the deploy branch (the committed kustomize/ is copied to the tree's root). */
export const GENERIC_CHART_PATH = "kustomize/charts/generic-app";

/** The file a project ships to be discovered, and the values the chart takes from it. */
export const APP_VALUES_FILE = "deploy/values.yaml";

/**
 * A DNS label that leaves room for the prefix in a namespace name (63) and
 * fits Helm's release names (53).
 */
const PROJECT_PATH = "^[a-z0-9]([a-z0-9-]{0,51}[a-z0-9])?$";

/** The label the ApplicationSet puts on the namespaces it creates; the pull secret selects it. */
const NAMESPACE_LABEL = { "app.kubernetes.io/managed-by": "apps-discovery" } as const;

/** Kinds the generic chart renders: all the discovered Applications may manage. */
const CHART_KINDS: readonly { group: string; kind: string }[] = [
  { group: "apps", kind: "Deployment" },
  { group: "", kind: "Service" },
  { group: "", kind: "ServiceAccount" },
  { group: "", kind: "PersistentVolumeClaim" },
  { group: "networking.k8s.io", kind: "Ingress" },
  { group: "networking.k8s.io", kind: "NetworkPolicy" },
  { group: "gateway.networking.k8s.io", kind: "HTTPRoute" },
  { group: "postgresql.cnpg.io", kind: "Cluster" },
  { group: "argocd-image-updater.argoproj.io", kind: "ImageUpdater" },
];

/** The GitLab API the SCM provider reads, exactly as ArgoCD's allow list must name it. */
function gitlabApi(ctx: ClusterContext): string {
  return `${ctx.site.services.gitlabUrl}/`;
}

/**
 * ArgoCD settings (argocd-cmd-params-cm) for the discovery: the
 * ApplicationSet controller may send a token only to the site's GitLab, and
 * only from a Secret labelled for it.
 */
export function applicationSetParams(ctx: ClusterContext): Record<string, string> {
  return {
    "applicationsetcontroller.allowed.scm.providers": gitlabApi(ctx),
    "applicationsetcontroller.enable.tokenref.strict.mode": "true",
  };
}

/**
 * First labels of the host names the platform serves under the cluster
 * domain (`argocd`, `grafana`, …), found in every string of its
 * Applications' values and objects. A discovered application named like one
 * would claim that host, so none is.
 */
export function reservedHostLabels(ctx: ClusterContext, apps: readonly PlatformApp[]): string[] {
  const domain = ctx.domain.replace(/\./g, "\\.");
  const host = new RegExp(`(?:^|[^a-z0-9.-])([a-z0-9]([a-z0-9-]*[a-z0-9])?)\\.${domain}(?![a-z0-9-])`, "g");
  const labels = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") for (const m of value.matchAll(host)) labels.add(m[1]);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(visit);
  };
  for (const app of apps) visit(app.source);
  return [...labels].sort();
}

/**
 * Helm values the platform sets for every discovered application, over its
 * own (ArgoCD gives `valuesObject` precedence over value files). `name` is
 * the project's path, or the ApplicationSet's template parameter for it.
 */
export function genericAppPlatformValues(
  ctx: ClusterContext,
  project: { readonly name: string; readonly url: string; readonly branch: string },
): Record<string, unknown> {
  const { name } = project;
  return {
    name,
    image: { repository: `${ctx.harborHost}/${APPS_GROUP}/${name}`, pullSecret: APPS_DISCOVERY_SECRETS.pull },
    // The ImageUpdater the chart renders: it commits new tags to the project's own values file.
    imageUpdater: {
      applicationNamespace: ARGOCD_NAMESPACE,
      application: `${APPS_PREFIX}${name}`,
      repository: project.url,
      branch: project.branch,
      writeBackTarget: `helmvalues:/${APP_VALUES_FILE}`,
      credentials: `${IMAGE_UPDATER_NAMESPACE}/${APPS_DISCOVERY_SECRETS.write}`,
      pullSecret: `${IMAGE_UPDATER_NAMESPACE}/${APPS_DISCOVERY_SECRETS.pull}`,
    },
    platform: ctx.istio
      ? {
          domain: ctx.domain,
          ingress: "gateway",
          ingressNamespace: ctx.gateway.namespace,
          gateway: { name: ctx.gateway.name, namespace: ctx.gateway.namespace, sectionName: "https" },
        }
      : { domain: ctx.domain, ingress: "nginx", ingressNamespace: "ingress-nginx" },
  };
}

/** The ApplicationSet: one Application per discovered project. */
export function appsApplicationSet(ctx: ClusterContext, reserved: readonly string[]): IApplicationSet {
  const name = "{{ .repository }}";
  return {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "ApplicationSet",
    metadata: { name: APPS_GROUP, namespace: ARGOCD_NAMESPACE },
    spec: {
      goTemplate: true,
      goTemplateOptions: ["missingkey=error"],
      generators: [
        {
          scmProvider: {
            cloneProtocol: "https",
            gitlab: {
              group: APPS_GROUP,
              api: gitlabApi(ctx),
              includeSubgroups: false,
              tokenRef: { secretName: APPS_DISCOVERY_SECRETS.scm, key: "token" },
              insecure: false,
            },
            filters: [{ repositoryMatch: PROJECT_PATH, pathsExist: [APP_VALUES_FILE] }],
            requeueAfterSeconds: 300,
          },
          // Projects named like a platform host would take that host over.
          ...(reserved.length > 0
            ? { selector: { matchExpressions: [{ key: "repository", operator: "NotIn", values: [...reserved] }] } }
            : {}),
        },
      ],
      template: {
        metadata: {
          name: `${APPS_PREFIX}${name}`,
          labels: { "app.kubernetes.io/part-of": APPS_GROUP },
          finalizers: ["resources-finalizer.argocd.argoproj.io"],
        },
        spec: {
          project: APPS_PROJECT,
          destination: { server: IN_CLUSTER, namespace: `${APPS_PREFIX}${name}` },
          sources: [
            { repoURL: "{{ .url }}", targetRevision: "{{ .branch }}", ref: "app" },
            {
              repoURL: ctx.repoUrl,
              targetRevision: DEPLOY_REVISION,
              path: GENERIC_CHART_PATH,
              helm: {
                releaseName: name,
                valueFiles: [`$app/${APP_VALUES_FILE}`],
                valuesObject: genericAppPlatformValues(ctx, { name, url: "{{ .url }}", branch: "{{ .branch }}" }),
              },
            },
          ],
          syncPolicy: {
            automated: { prune: true, selfHeal: true },
            retry: RETRY,
            syncOptions: ["CreateNamespace=true"],
            managedNamespaceMetadata: {
              labels: { ...NAMESPACE_LABEL, "pod-security.kubernetes.io/enforce": "restricted" },
            },
          },
        },
      },
    },
  };
}

/** The pull secret of every namespace the ApplicationSet creates. */
export function appsPullSecrets(): IClusterExternalSecret {
  const pull = appsPullSecret();
  // A namespaced ExternalSecret's spec, for each selected namespace.
  const { spec } = externalSecret({ ...pull, namespace: "" });
  if (!spec) throw new Error(`GitOps: the ExternalSecret ${pull.name} has no spec — report this`);
  return {
    apiVersion: "external-secrets.io/v1",
    kind: "ClusterExternalSecret",
    metadata: { name: pull.name },
    spec: {
      externalSecretName: pull.name,
      namespaceSelectors: [{ matchLabels: { ...NAMESPACE_LABEL } }],
      refreshTime: "1h",
      externalSecretSpec: spec,
    },
  };
}

/** AppProject `apps`: what a discovered Application may deploy, and from where. */
export function appsProject(ctx: ClusterContext): IAppProject {
  return {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "AppProject",
    metadata: { name: APPS_PROJECT, namespace: ARGOCD_NAMESPACE },
    spec: {
      description: `Applications discovered in the GitLab group ${APPS_GROUP}, rendered with the generic chart`,
      // The group's projects (not its subgroups': `*` stops at a slash) and the chart's repository.
      sourceRepos: [`${appsGroupUrl(ctx.site)}/*`, ctx.repoUrl].sort(),
      destinations: [{ server: IN_CLUSTER, namespace: `${APPS_PREFIX}*` }],
      // CreateNamespace needs Namespace allowed; only the discovered ones are.
      clusterResourceWhitelist: [{ group: "", kind: "Namespace", name: `${APPS_PREFIX}*` }],
      namespaceResourceWhitelist: CHART_KINDS.map((k) => ({ ...k })),
    },
  };
}

/**
 * The catalog's Application for the discovery (wave 5, after every platform
 * Application): ArgoCD's and the image updater's Secrets for the group, the
 * pull secret of the discovered namespaces and the ApplicationSet.
 */
export function appsDiscoveryApp(ctx: ClusterContext, apps: readonly PlatformApp[]): PlatformApp {
  const clashing = apps.filter((a) => a.name.startsWith(APPS_PREFIX)).map((a) => a.name);
  if (clashing.length > 0)
    throw new Error(
      `GitOps "${ctx.cluster.name}": Applications ${clashing.join(", ")} start with "${APPS_PREFIX}", which names discovered applications — rename them`,
    );
  return {
    // Not `apps-…`: a project named `discovery` would make that Application.
    name: "applicationsets",
    wave: 5,
    project: "platform",
    namespace: ARGOCD_NAMESPACE,
    extraNamespaces: [IMAGE_UPDATER_NAMESPACE],
    source: {
      type: "overlay",
      overlay: {
        objects: [
          ...appsDiscoverySecrets(ctx).map(externalSecret),
          appsPullSecrets(),
          appsApplicationSet(ctx, reservedHostLabels(ctx, apps)),
        ],
      },
    },
    // ExternalSecrets' and the ClusterExternalSecret's CRDs come with external-secrets (wave −3).
    skipDryRun: true,
  };
}
