import { App, Aspects } from "cdktf";
import { forOpenTofu, type HomelabModel } from "../model";
import { BaseStack } from "./base";
import { ClusterStack } from "./cluster";
import { ProviderVersions } from "./provider-versions";

export interface HomelabStacks {
  readonly base: BaseStack;
  /** One per cluster file, in model order (by name). */
  readonly clusters: readonly ClusterStack[];
}

/**
 * Adds the base stack and one stack per cluster to `app`, with providers pinned to the toolchain's versions.
 * The stacks get the model with every string escaped for OpenTofu (model/literal.ts), so that each
 * value is emitted as a literal whichever construct uses it.
 */
export function addHomelabStacks(
  app: App,
  loaded: HomelabModel,
  options: { baseBackend?: "s3" | "local" } = {},
): HomelabStacks {
  const model = forOpenTofu(loaded);
  const base = new BaseStack(app, "base", { model, backend: options.baseBackend ?? "s3" });
  const clusters = model.clusters.map((cluster) => new ClusterStack(app, cluster.name, { model, cluster, base }));
  // cdktf runs aspects from each stack down, so they are added per stack.
  for (const stack of [base, ...clusters]) Aspects.of(stack).add(new ProviderVersions());
  return { base, clusters };
}
