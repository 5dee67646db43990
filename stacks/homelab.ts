import { App } from "cdktf";
import type { HomelabModel } from "../model";
import { BaseStack } from "./base";
import { ClusterStack } from "./cluster";

export interface HomelabStacks {
  readonly base: BaseStack;
  /** One per cluster file, in model order (by name). */
  readonly clusters: readonly ClusterStack[];
}

/** Adds the base stack and one stack per cluster to `app`. */
export function addHomelabStacks(
  app: App,
  model: HomelabModel,
  options: { baseBackend?: "s3" | "local" } = {},
): HomelabStacks {
  const base = new BaseStack(app, "base", { model, backend: options.baseBackend ?? "s3" });
  const clusters = model.clusters.map((cluster) => new ClusterStack(app, cluster.name, { model, cluster, base }));
  return { base, clusters };
}
