/**
 * The GitOps layer: a tree of kustomize overlays, Helm values and ArgoCD
 * Applications per cluster, rendered from the validated model during synth
 * into `cdktf.out/gitops/` (see render.ts for its layout).
 */
import type { ClusterModel, HomelabModel } from "../model";
import { argocdValues as argocdValuesFor, ciliumValues as ciliumValuesFor } from "./values";
import { clusterContext } from "./context";
import { externalSecretKeys as keysFor, generatedSecrets, oidcClientsUsed as clientsFor } from "./secrets";

export { APPLICATION_HEALTH_LUA, PROJECTS } from "./argocd";
export type { PlatformApp, ProjectName } from "./argocd";
export { APPS_GROUP, deployRepoUrl, DEPLOY_REVISION, SUPPORT_PORTS } from "./context";
export { bootstrapManifests, findKustomizeDir, renderGitops, writeGitops } from "./render";
export type { ClusterIndex, GitopsIndex } from "./render";
export { generatedSecrets };
export type { GeneratedSecretSpec } from "./secrets";
export { GitopsTree, toYaml } from "./tree";
export type { KubeObject } from "./tree";
export { CHARTS, MANIFESTS } from "./versions";
export type { ChartKey, ChartPin, ManifestPin } from "./versions";

/** Helm values of the cluster's Cilium, as ArgoCD manages it; the bootstrap installs Cilium with the same. */
export function ciliumValues(model: HomelabModel, cluster: ClusterModel): Record<string, unknown> {
  return ciliumValuesFor(clusterContext(model, cluster));
}

/** Helm values of the cluster's ArgoCD (with the Application health check); the bootstrap installs it with the same. */
export function argocdValues(model: HomelabModel, cluster: ClusterModel): Record<string, unknown> {
  return argocdValuesFor(clusterContext(model, cluster));
}

/** The Vault keys (`<mount>/<path>`) the cluster's ExternalSecrets read: exactly what external-secrets may read. */
export function externalSecretKeys(model: HomelabModel, cluster: ClusterModel): string[] {
  return keysFor(clusterContext(model, cluster));
}

/** Broker clients the cluster's applications log in with. */
export function oidcClientsUsed(model: HomelabModel, cluster: ClusterModel): string[] {
  return clientsFor(clusterContext(model, cluster));
}
