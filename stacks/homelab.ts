import { App, Aspects } from "cdktf";
import type { HomelabModel } from "../model";
import { BaseStack } from "./base";
import { ClusterStack } from "./cluster";
import { ProviderVersions } from "./provider-versions";

export interface HomelabStacks {
  readonly base: BaseStack;
  /** One per cluster file, in model order (by name). */
  readonly clusters: readonly ClusterStack[];
}

/** Adds the base stack and one stack per cluster to `app`, with providers pinned to the toolchain's versions. */
export function addHomelabStacks(
  app: App,
  model: HomelabModel,
  options: { baseBackend?: "s3" | "local" } = {},
): HomelabStacks {
  const base = new BaseStack(app, "base", { model, backend: options.baseBackend ?? "s3" });
  const clusters = model.clusters.map((cluster) => new ClusterStack(app, cluster.name, { model, cluster, base }));
  // cdktf runs aspects from each stack down, so they are added per stack.
  for (const stack of [base, ...clusters]) Aspects.of(stack).add(new ProviderVersions());
  return { base, clusters };
}
