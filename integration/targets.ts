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
 * A value read from another stack's state (`data.terraform_remote_state.<x>.outputs.<o>`)
 * is followed into that stack's output `o` (the stack beside `stackDir` named by the
 * state key), so a value the other stack's targeted apply did not write is not read.
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
  const stack = analyse(stackDir, apply, allow, new Map());
  return [...stack.blocks.keys()]
    .filter((address) => apply.some((prefix) => address.startsWith(prefix)))
    .filter((address) => stack.runnable(address))
    .map((address) => `-target=${address}`);
}

interface Analysis {
  readonly blocks: ReadonlyMap<string, unknown>;
  /** Whether the block at `address` (`output.<name>` for outputs) can be applied with the selected types. */
  readonly runnable: (address: string) => boolean;
}

function analyse(
  stackDir: string,
  apply: readonly string[],
  allow: readonly string[],
  analysed: Map<string, Analysis>,
): Analysis {
  const cached = analysed.get(stackDir);
  if (cached) return cached;
  const config = JSON.parse(fs.readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8"));
  const blocks = new Map<string, unknown>();
  for (const [type, resources] of Object.entries((config.resource ?? {}) as Blocks))
    for (const [name, block] of Object.entries(resources)) blocks.set(`${type}.${name}`, block);
  for (const [type, sources] of Object.entries((config.data ?? {}) as Blocks))
    for (const [name, block] of Object.entries(sources)) blocks.set(`data.${type}.${name}`, block);
  // Locals pass values on (cluster stacks take base's values through them), so they are followed too.
  for (const [name, value] of Object.entries((config.locals ?? {}) as Record<string, unknown>))
    blocks.set(`local.${name}`, value);
  const outputs = (config.output ?? {}) as Record<string, { value: unknown }>;
  const known = new Set(blocks.keys());
  const typeOk = (address: string) =>
    address.startsWith("local.") ||
    [...apply, ...allow].some((prefix) => address.startsWith(prefix) || address.startsWith(`data.${prefix}`));

  /** The other stacks' outputs that a block reads, as [stack directory, output name]. */
  const remoteOutputs = (block: unknown): [string, string][] => {
    const found: [string, string][] = [];
    for (const match of JSON.stringify(block).matchAll(
      /\bdata\.terraform_remote_state\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g,
    )) {
      const source = (config.data?.terraform_remote_state?.[match[1]] ?? {}) as { config?: { key?: string } };
      const key = source.config?.key;
      if (key) found.push([path.join(path.dirname(stackDir), key.split("/")[0]), match[2]]);
    }
    return found;
  };

  const verdicts = new Map<string, boolean>();
  const runnable = (address: string, visiting: Set<string>): boolean => {
    const cached = verdicts.get(address);
    if (cached !== undefined) return cached;
    if (visiting.has(address)) return true;
    visiting.add(address);
    const block = address.startsWith("output.") ? outputs[address.slice("output.".length)]?.value : blocks.get(address);
    const ok =
      (address.startsWith("output.") || typeOk(address)) &&
      references(block, known).every((dep) => runnable(dep, visiting)) &&
      remoteOutputs(block).every(
        ([dir, output]) =>
          fs.existsSync(path.join(dir, "cdk.tf.json")) &&
          analyse(dir, apply, allow, analysed).runnable(`output.${output}`),
      );
    visiting.delete(address);
    verdicts.set(address, ok);
    return ok;
  };
  const analysis: Analysis = { blocks, runnable: (address) => runnable(address, new Set()) };
  analysed.set(stackDir, analysis);
  return analysis;
}
