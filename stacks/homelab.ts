import { App, Aspects } from "cdktf";
import { forOpenTofu, type HomelabModel } from "../model";
import { BaseStack } from "./base";
import { ClusterStack } from "./cluster";
import { ProviderVersions } from "./provider-versions";
import { SupportStack } from "./support";

export interface HomelabStacks {
  readonly support: SupportStack;
  readonly base: BaseStack;
  /** One per cluster file, in model order (by name). */
  readonly clusters: readonly ClusterStack[];
}

export interface HomelabStacksOptions {
  /** The support stack's backend; `local` only for its very first apply. @default "s3" */
  readonly supportBackend?: "s3" | "local";
}

/**
 * Adds the stacks to `app`, with providers pinned to the toolchain's versions:
 * `support` (the support VM), `base` (the services it runs), then one stack per
 * cluster. The stacks get the model with every string escaped for OpenTofu
 * (model/literal.ts), so that each value is emitted as a literal whichever
 * construct uses it.
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
  // cdktf runs aspects from each stack down, so they are added per stack.
  for (const stack of [support, base, ...clusters]) Aspects.of(stack).add(new ProviderVersions());
  return { support, base, clusters };
}
