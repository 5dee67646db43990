/**
 * Every Helm chart the homelab installs, with its repository and pinned
 * version: the one place versions are declared. The ArgoCD Applications in
 * the GitOps tree and the platform stacks' bootstrap releases both read it,
 * so the release ArgoCD later adopts is the one the bootstrap installed.
 */
export interface ChartRef {
  /** Chart name in its repository. */
  readonly chart: string;
  /** The Helm repository URL. */
  readonly repoURL: string;
  /** Exact chart version. */
  readonly version: string;
}

export const CHARTS = {
  argocd: { chart: "argo-cd", repoURL: "https://argoproj.github.io/argo-helm", version: "9.4.17" },
  cilium: { chart: "cilium", repoURL: "https://helm.cilium.io", version: "1.20.2" },
} as const satisfies Readonly<Record<string, ChartRef>>;
