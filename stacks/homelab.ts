import { App, Aspects } from "cdktf";
import { forOpenTofu, type HomelabModel } from "../model";
import { BaseStack } from "./base";
import { ClusterStack } from "./cluster";
import { IdentityStack } from "./identity";
import { PlatformStack } from "./platform";
import { ProviderVersions } from "./provider-versions";
import { SupportStack } from "./support";

export interface HomelabStacks {
  readonly support: SupportStack;
  readonly base: BaseStack;
  /** One per cluster file, in model order (by name). */
  readonly clusters: readonly ClusterStack[];
  /** `<cluster>-platform`, one per cluster, in the same order. */
  readonly platforms: readonly PlatformStack[];
  /** `<cluster>-identity`, one per cluster, in the same order. */
  readonly identities: readonly IdentityStack[];
}

export interface HomelabStacksOptions {
  /** The support stack's backend; `local` only for its very first apply. @default "s3" */
  readonly supportBackend?: "s3" | "local";
  /** Options of the platform stacks (a chart mirror, waiting for ArgoCD). */
  readonly platform?: { readonly chartMirror?: string; readonly waitForArgocd?: boolean };
}

/**
 * Adds the stacks to `app`, with providers pinned to the toolchain's versions:
 * `support` (the support VM), `base` (the services it runs), then per cluster
 * `<c>` (VMs, Vault, Harbor project), `<c>-platform` (CNI, ArgoCD, the root
 * Application) and `<c>-identity` (the broker realm in the Keycloak that
 * GitOps deploys). Each applies whole, in that order. The stacks get the
 * model with every string escaped for OpenTofu (model/literal.ts), so that
 * each value is emitted as a literal whichever construct uses it.
 */
export function addHomelabStacks(app: App, loaded: HomelabModel, options: HomelabStacksOptions = {}): HomelabStacks {
  const model = forOpenTofu(loaded);
  const support = new SupportStack(app, "support", { model, backend: options.supportBackend ?? "s3" });
  const base = new BaseStack(app, "base", { model, support });
  // The services base configures run on the support VM: base reads some of its values, and
  // must wait for it in any case.
  base.addDependency(support);
  const clusters = model.clusters.map(
    (cluster) => new ClusterStack(app, cluster.name, { model, cluster, base, support }),
  );
  const platforms = model.clusters.map((cluster, i) => {
    const stack = new PlatformStack(app, `${cluster.name}-platform`, {
      model,
      cluster,
      base,
      support,
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
  for (const stack of [support, base, ...clusters, ...platforms, ...identities])
    Aspects.of(stack).add(new ProviderVersions());
  return { support, base, clusters, platforms, identities };
}
