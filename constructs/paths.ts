/**
 * Stacks are applied from `<outdir>/stacks/<stack>` (cdktf.out/stacks/base, …),
 * so the repository root is three directories up from the stack's own
 * directory. Paths that OpenTofu reads at plan or apply time (the NixOS tree,
 * the base image, the delivery scripts) are written relative to it, which
 * keeps the synthesized JSON the same on every machine.
 */
export const REPO_ROOT_FROM_STACK = "${path.module}/../../..";

/** A repository-relative path as OpenTofu sees it from a stack directory. */
export function fromStack(repoRelative: string): string {
  return repoRelative.startsWith("/") ? repoRelative : `${REPO_ROOT_FROM_STACK}/${repoRelative}`;
}
