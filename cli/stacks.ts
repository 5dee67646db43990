/**
 * The synthesized stacks and their order, read from cdktf's manifest
 * (`cdktf.out/manifest.json`): a stack's `dependencies` are the stacks whose
 * state it reads, so they are applied first and destroyed last.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CliError } from "./errors";

export interface StackInfo {
  readonly name: string;
  /** The stack's working directory, where `tofu` runs. */
  readonly dir: string;
  /** Names of the stacks this one reads state from. */
  readonly dependencies: readonly string[];
}

interface ManifestStack {
  readonly name?: unknown;
  readonly workingDirectory?: unknown;
  readonly dependencies?: unknown;
}

/** Every stack in the manifest below `outdir`, sorted by name. */
export function readStacks(outdir: string): StackInfo[] {
  const file = path.join(outdir, "manifest.json");
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new CliError(`${file} does not exist — run \`homelab synth\` first`);
  }
  let manifest: { stacks?: Record<string, ManifestStack> };
  try {
    manifest = JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not JSON — run \`homelab synth\` again`);
  }
  const stacks: StackInfo[] = [];
  for (const [key, stack] of Object.entries(manifest.stacks ?? {})) {
    const deps = Array.isArray(stack.dependencies) ? stack.dependencies.filter((d) => typeof d === "string") : [];
    const dir = typeof stack.workingDirectory === "string" ? stack.workingDirectory : `stacks/${key}`;
    stacks.push({
      name: typeof stack.name === "string" ? stack.name : key,
      dir: path.join(outdir, dir),
      dependencies: deps,
    });
  }
  if (stacks.length === 0) throw new CliError(`${file} lists no stacks — run \`homelab synth\` again`);
  const known = new Set(stacks.map((s) => s.name));
  for (const stack of stacks) {
    for (const dep of stack.dependencies.filter((d) => !known.has(d))) {
      throw new CliError(
        `stack ${stack.name} depends on ${dep}, which ${file} does not list — run \`homelab synth\` again`,
      );
    }
  }
  return stacks.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Stacks grouped in levels: every stack's dependencies lie in earlier levels,
 * so the stacks of one level are independent of each other. Within a level
 * stacks are sorted by name, which makes the order deterministic.
 */
export function levels(stacks: readonly StackInfo[]): StackInfo[][] {
  // Dependencies outside the given stacks (not selected) do not hold anything back.
  const inside = new Set(stacks.map((s) => s.name));
  const placed = new Set<string>();
  const result: StackInfo[][] = [];
  while (placed.size < stacks.length) {
    const level = stacks
      .filter((s) => !placed.has(s.name) && s.dependencies.every((d) => placed.has(d) || !inside.has(d)))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (level.length === 0) {
      const rest = stacks.filter((s) => !placed.has(s.name)).map((s) => s.name);
      throw new CliError(`the stacks ${rest.join(", ")} depend on each other in a cycle`);
    }
    for (const s of level) placed.add(s.name);
    result.push(level);
  }
  return result;
}

/** `stacks` in dependency order (reversed for destroy). */
export function ordered(stacks: readonly StackInfo[], reverse = false): StackInfo[] {
  const flat = levels(stacks).flat();
  return reverse ? flat.reverse() : flat;
}

/**
 * The stacks named on the command line (all when none are named), each
 * checked against the manifest; with `withDependencies`, also every stack
 * they depend on, transitively.
 */
export function select(stacks: readonly StackInfo[], names: readonly string[], withDependencies = false): StackInfo[] {
  if (names.length === 0) return [...stacks];
  const byName = new Map(stacks.map((s) => [s.name, s]));
  const unknown = names.filter((n) => !byName.has(n));
  if (unknown.length > 0) {
    throw new CliError(
      `no stack named ${unknown.join(", ")} — the synthesized stacks are ${stacks.map((s) => s.name).join(", ")}`,
    );
  }
  const chosen = new Set<string>();
  const add = (name: string) => {
    if (chosen.has(name)) return;
    chosen.add(name);
    if (withDependencies) for (const dep of byName.get(name)!.dependencies) add(dep);
  };
  for (const name of names) add(name);
  return stacks.filter((s) => chosen.has(s.name));
}
