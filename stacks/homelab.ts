import { App, Aspects } from "cdktf";
import type { HomelabModel } from "../model";
import { BaseStack } from "./base";
import { ClusterStack } from "./cluster";
import { IdentityStack } from "./identity";
import { PlatformStack } from "./platform";
import { ProviderVersions } from "./provider-versions";

export interface HomelabStacks {
  readonly base: BaseStack;
  /** One per cluster file, in model order (by name). */
  readonly clusters: readonly ClusterStack[];
  /** `<cluster>-platform`, one per cluster, in the same order. */
  readonly platforms: readonly PlatformStack[];
  /** `<cluster>-identity`, one per cluster, in the same order. */
  readonly identities: readonly IdentityStack[];
}

export interface HomelabStacksOptions {
  /** base's backend; `local` only for its very first apply. @default "s3" */
  readonly baseBackend?: "s3" | "local";
  /** Options of the platform stacks (a chart mirror, waiting for ArgoCD). */
  readonly platform?: { readonly chartMirror?: string; readonly waitForArgocd?: boolean };
}

/**
 * Adds the stacks to `app`, with providers pinned to the toolchain's versions:
 * `base`, then per cluster `<c>` (VMs, Vault, Harbor project), `<c>-platform`
 * (CNI, ArgoCD, the root Application) and `<c>-identity` (the broker realm
 * in the Keycloak that GitOps deploys). Each applies whole, in that order.
 */
export function addHomelabStacks(app: App, model: HomelabModel, options: HomelabStacksOptions = {}): HomelabStacks {
  const base = new BaseStack(app, "base", { model, backend: options.baseBackend ?? "s3" });
  const clusters = model.clusters.map((cluster) => new ClusterStack(app, cluster.name, { model, cluster, base }));
  const platforms = model.clusters.map((cluster, i) => {
    const stack = new PlatformStack(app, `${cluster.name}-platform`, {
      model,
      cluster,
      base,
      clusterStack: clusters[i],
      ...options.platform,
    });
    // The kubeconfig is a file the cluster stack writes, not a reference, so the order is explicit.
    stack.addDependency(clusters[i]);
    return stack;
  });
  const identities = model.clusters.map((cluster, i) => {
    const stack = new IdentityStack(app, `${cluster.name}-identity`, {
      model,
      cluster,
      base,
      clusterStack: clusters[i],
    });
    // Its Keycloak runs once ArgoCD has synced the platform.
    stack.addDependency(platforms[i]);
    return stack;
  });
  // cdktf runs aspects from each stack down, so they are added per stack.
  for (const stack of [base, ...clusters, ...platforms, ...identities]) Aspects.of(stack).add(new ProviderVersions());
  return { base, clusters, platforms, identities };
}
