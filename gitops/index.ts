/**
 * What the platform stacks need from the GitOps tree to hand a cluster over
 * to ArgoCD: its AppProjects and the root Application (app of apps) that
 * syncs `clusters/<cluster>/` of the deploy repository's `deploy` branch.
 */
import type { ClusterModel, HomelabModel } from "../model";
import { CHARTS } from "./versions";

export { CHARTS } from "./versions";
export type { ChartRef } from "./versions";

/** The in-cluster API server, as ArgoCD names it. */
const IN_CLUSTER = "https://kubernetes.default.svc";

/** The deploy repository's SSH clone URL (GitLabDeploy's `cloneUrl` for the same site). */
export function deployRepositoryUrl(model: HomelabModel): string {
  return `ssh://git@gitlab.${model.site.domains.support}:2222/infra/${model.site.git.projectName}.git`;
}

/** The AppProjects and root Application of `cluster`, as Kubernetes objects. */
export function bootstrapManifests(
  model: HomelabModel,
  cluster: ClusterModel,
): { appProjects: object[]; rootApplication: object } {
  const repo = deployRepositoryUrl(model);
  const chartRepos = [...new Set(Object.values(CHARTS).map((c) => c.repoURL))].sort();
  const project = (name: string, description: string) => ({
    apiVersion: "argoproj.io/v1alpha1",
    kind: "AppProject",
    metadata: { name, namespace: "argocd" },
    spec: {
      description,
      sourceRepos: [repo, ...chartRepos],
      destinations: [{ server: IN_CLUSTER, namespace: "*" }],
      clusterResourceWhitelist: [{ group: "*", kind: "*" }],
    },
  });
  return {
    appProjects: [
      project("bootstrap", "The root application and the platform's foundations (CNI, certificates, secrets)."),
      project("platform", "Cluster services: monitoring, policy, storage, access."),
      project("identity", "The cluster's Keycloak and its authentication proxies."),
      project("applications", "Applications run on the platform."),
    ],
    rootApplication: {
      apiVersion: "argoproj.io/v1alpha1",
      kind: "Application",
      metadata: { name: "root", namespace: "argocd" },
      spec: {
        project: "bootstrap",
        source: { repoURL: repo, targetRevision: "deploy", path: `clusters/${cluster.name}/apps` },
        destination: { server: IN_CLUSTER, namespace: "argocd" },
        syncPolicy: {
          automated: { prune: true, selfHeal: true },
          retry: { limit: 10, backoff: { duration: "10s", factor: 2, maxDuration: "5m" } },
        },
      },
    },
  };
}
