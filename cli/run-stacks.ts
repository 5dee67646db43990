/**
 * plan, apply and destroy over several stacks: in dependency order (reversed
 * for destroy), independent stacks planned side by side, every stack's full
 * output in its own log file, errors repeated in a final summary.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Progress } from "./progress";
import { levels, ordered, StackInfo } from "./stacks";
import { runTofu } from "./tofu";

export type Verb = "plan" | "apply" | "destroy";

export interface StackRunOptions {
  readonly verb: Verb;
  /** The stacks to run, as selected; they are put in order here. */
  readonly stacks: readonly StackInfo[];
  /** `-target=` addresses (only with one stack). */
  readonly targets?: readonly string[];
  /** `-exclude=` addresses (only with one stack). */
  readonly excludes?: readonly string[];
  /** Print what would run, change nothing. */
  readonly dryRun?: boolean;
  /** Stacks planned at once. @default 2 */
  readonly parallel?: number;
  readonly env: NodeJS.ProcessEnv;
  readonly tofu: string;
  readonly logDir: string;
  readonly progress: Progress;
  readonly print: (line: string) => void;
  readonly signal?: AbortSignal;
}

export type OutcomeStatus = "no changes" | "changes" | "applied" | "destroyed" | "failed" | "skipped" | "dry run";

export interface StackOutcome {
  readonly stack: string;
  readonly status: OutcomeStatus;
  /** tofu's own one-line summary ("Plan: 1 to add, …"), when it printed one. */
  readonly summary?: string;
  readonly errors: readonly string[];
  readonly log?: string;
}

const SUMMARY = /^(Plan: .*|No changes\..*|Apply complete! .*|Destroy complete! .*)$/m;

/** The tofu arguments of one verb (after `init`). */
export function verbArgs(verb: Verb, options: { targets?: readonly string[]; excludes?: readonly string[] }): string[] {
  const common = ["-input=false", "-no-color", "-lock-timeout=120s"];
  const scope = [
    ...(options.targets ?? []).map((t) => `-target=${t}`),
    ...(options.excludes ?? []).map((e) => `-exclude=${e}`),
  ];
  switch (verb) {
    case "plan":
      return ["plan", ...common, "-detailed-exitcode", ...scope];
    case "apply":
      return ["apply", ...common, "-auto-approve", ...scope];
    case "destroy":
      return ["destroy", ...common, "-auto-approve", ...scope];
  }
}

export const INIT_ARGS = ["init", "-input=false", "-no-color"];

export async function runStacks(options: StackRunOptions): Promise<StackOutcome[]> {
  const { verb } = options;
  const args = verbArgs(verb, options);
  const total = options.stacks.length;
  const position = new Map(ordered(options.stacks, verb === "destroy").map((s, i) => [s.name, i + 1]));
  if (options.dryRun) {
    const outcomes: StackOutcome[] = [];
    for (const stack of ordered(options.stacks, verb === "destroy")) {
      options.print(`[${position.get(stack.name)}/${total}] ${stack.name}: would run in ${stack.dir}:`);
      options.print(`    ${options.tofu} ${INIT_ARGS.join(" ")}`);
      options.print(`    ${options.tofu} ${args.join(" ")}`);
      outcomes.push({ stack: stack.name, status: "dry run", errors: [] });
    }
    return outcomes;
  }
  fs.mkdirSync(options.logDir, { recursive: true });

  const one = async (stack: StackInfo): Promise<StackOutcome> => {
    const log = path.join(options.logDir, `${stack.name}.${verb}.log`);
    const done = options.progress.start(`[${position.get(stack.name)}/${total}] ${stack.name}: ${verb}`);
    const common = { cwd: stack.dir, env: options.env, logFile: log, signal: options.signal };
    const init = await runTofu(options.tofu, INIT_ARGS, common);
    if (init.code !== 0) {
      done(`failed in init — log: ${log}`);
      return { stack: stack.name, status: "failed", errors: init.errors, log };
    }
    const run = await runTofu(options.tofu, args, common);
    const summary = SUMMARY.exec(run.stdout)?.[1];
    const failed = verb === "plan" ? run.code !== 0 && run.code !== 2 : run.code !== 0;
    if (failed) {
      done(`failed — log: ${log}`);
      return { stack: stack.name, status: "failed", summary, errors: run.errors, log };
    }
    const status: OutcomeStatus =
      verb === "plan" ? (run.code === 2 ? "changes" : "no changes") : verb === "apply" ? "applied" : "destroyed";
    done(summary ? `${status} — ${summary}` : status);
    return { stack: stack.name, status, summary, errors: [], log };
  };

  const outcomes = new Map<string, StackOutcome>();
  if (verb === "plan") {
    // Plans change nothing, so the stacks of a level run side by side.
    const limit = Math.max(1, options.parallel ?? 2);
    for (const level of levels(options.stacks)) {
      const queue = [...level];
      const workers = Array.from({ length: Math.min(limit, queue.length) }, async () => {
        for (let stack = queue.shift(); stack; stack = queue.shift()) outcomes.set(stack.name, await one(stack));
      });
      await Promise.all(workers);
    }
  } else {
    // Changes go one stack at a time; after a failure the rest is skipped,
    // since a later stack reads what an earlier one should have made.
    let failedAt: string | undefined;
    for (const stack of ordered(options.stacks, verb === "destroy")) {
      if (failedAt || options.signal?.aborted) {
        outcomes.set(stack.name, {
          stack: stack.name,
          status: "skipped",
          errors: [failedAt ? `not run: ${failedAt} failed` : "not run: interrupted"],
        });
        continue;
      }
      const outcome = await one(stack);
      outcomes.set(stack.name, outcome);
      if (outcome.status === "failed") failedAt = stack.name;
    }
  }
  return ordered(options.stacks, verb === "destroy").map((s) => outcomes.get(s.name)!);
}

/** The final summary: one line per stack, then every error again with its log. */
export function summarize(outcomes: readonly StackOutcome[]): string {
  const width = Math.max(...outcomes.map((o) => o.stack.length));
  const lines = outcomes.map((o) => `  ${o.stack.padEnd(width)}  ${o.status}${o.summary ? ` — ${o.summary}` : ""}`);
  const failures = outcomes.filter((o) => o.status === "failed" || o.status === "skipped");
  for (const f of failures.filter((o) => o.status === "failed")) {
    lines.push("", `${f.stack} failed${f.log ? ` (full log: ${f.log})` : ""}:`);
    if (f.errors.length === 0) lines.push("  (no error message; see the log)");
    for (const e of f.errors) lines.push(...e.split("\n").map((l) => `  ${l}`));
  }
  return lines.join("\n");
}
