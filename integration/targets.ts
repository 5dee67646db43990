/**
 * Choosing which resources of a synthesized stack the slow tier applies:
 * those of the services that run here (OpenBao, MinIO, Keycloak), and only
 * when nothing they depend on needs a service that does not (a VM, Harbor,
 * GitLab, the Ziti controller). `-target` would otherwise pull those
 * dependencies in and fail on them.
 */
import * as fs from "node:fs";
import * as path from "node:path";

type Blocks = Record<string, Record<string, unknown>>;

/**
 * `-target=` flags for the resources of the synthesized stack in `stackDir` whose
 * address (`type.name`) passes `select`; the slow tier applies parts of a stack this way.
 */
export function targets(stackDir: string, select: (address: string) => boolean): string[] {
  const config = JSON.parse(fs.readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8"));
  return Object.entries(config.resource as Record<string, Record<string, unknown>>)
    .flatMap(([type, resources]) => Object.keys(resources).map((name) => `${type}.${name}`))
    .filter(select)
    .map((address) => `-target=${address}`);
}

/** Addresses (`type.name`, `data.type.name`) that a block's JSON refers to, in expressions or depends_on. */
function references(block: unknown, known: ReadonlySet<string>): string[] {
  const text = JSON.stringify(block);
  const found = new Set<string>();
  for (const match of text.matchAll(/\b((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+)/g)) {
    if (known.has(match[1])) found.add(match[1]);
  }
  return [...found];
}

/**
 * `-target=` flags for every resource whose type starts with one of `apply`
 * and whose dependencies, transitively, all have types starting with one of
 * `apply` or `allow` (generated values, remote state, data sources of those services).
 */
export function serviceTargets(
  stackDir: string,
  apply: readonly string[],
  allow: readonly string[] = [
    "random_",
    "tls_",
    "terraform_remote_state",
    "data.vault_",
    "data.terraform_remote_state",
  ],
): string[] {
  const config = JSON.parse(fs.readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8"));
  const blocks = new Map<string, unknown>();
  for (const [type, resources] of Object.entries((config.resource ?? {}) as Blocks))
    for (const [name, block] of Object.entries(resources)) blocks.set(`${type}.${name}`, block);
  for (const [type, sources] of Object.entries((config.data ?? {}) as Blocks))
    for (const [name, block] of Object.entries(sources)) blocks.set(`data.${type}.${name}`, block);
  // Locals pass values on (cluster stacks take base's values through them), so they are followed too.
  for (const [name, value] of Object.entries((config.locals ?? {}) as Record<string, unknown>))
    blocks.set(`local.${name}`, value);
  const known = new Set(blocks.keys());
  const typeOk = (address: string) =>
    address.startsWith("local.") ||
    [...apply, ...allow].some((prefix) => address.startsWith(prefix) || address.startsWith(`data.${prefix}`));

  const verdicts = new Map<string, boolean>();
  const runnable = (address: string, visiting: Set<string>): boolean => {
    const cached = verdicts.get(address);
    if (cached !== undefined) return cached;
    if (visiting.has(address)) return true;
    visiting.add(address);
    const ok = typeOk(address) && references(blocks.get(address), known).every((dep) => runnable(dep, visiting));
    visiting.delete(address);
    verdicts.set(address, ok);
    return ok;
  };
  return [...blocks.keys()]
    .filter((address) => apply.some((prefix) => address.startsWith(prefix)))
    .filter((address) => runnable(address, new Set()))
    .map((address) => `-target=${address}`);
}
