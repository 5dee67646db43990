/**
 * Runs OpenTofu in a stack's working directory. Its output goes to the
 * stack's log file, never to the terminal, so nothing it prints is lost and
 * progress stays readable; the lines of an error are kept for the summary.
 * Credentials reach it through the environment only, never its arguments.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { CliError } from "./errors";

export interface TofuResult {
  /** tofu's exit code (2 = changes present, with -detailed-exitcode). */
  readonly code: number;
  /** The error blocks tofu printed, for the final summary. */
  readonly errors: readonly string[];
  /** Everything it wrote to stdout (for -json output). */
  readonly stdout: string;
}

/** The tofu binary: $HOMELAB_TOFU, else `tofu` on PATH. */
export function tofuBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.HOMELAB_TOFU || "tofu";
}

/** `tofu version -json` → the version, or an error naming the fix. */
export function tofuVersion(binary: string, env: NodeJS.ProcessEnv): { version: string; openTofu: boolean } {
  const run = spawnSync(binary, ["version"], { env, encoding: "utf8", timeout: 30_000 });
  if (run.error || run.status !== 0) {
    throw new CliError(
      `${binary} could not be run (${run.error?.message ?? `exit ${run.status}`}) — install OpenTofu 1.10 or newer, or set HOMELAB_TOFU to its path`,
    );
  }
  const first = run.stdout.split("\n")[0] ?? "";
  const match = /^(\S+) v(\d+\.\d+\.\d+\S*)/.exec(first);
  if (!match) throw new CliError(`${binary} version printed "${first}", which is not a version`);
  return { version: match[2], openTofu: match[1] === "OpenTofu" };
}

/** Whether dotted version `a` is at least `b` (numeric parts only). */
export function versionAtLeast(a: string, b: string): boolean {
  const pa = a.split(/[.-]/).map((x) => parseInt(x, 10));
  const pb = b.split(/[.-]/).map((x) => parseInt(x, 10));
  for (let i = 0; i < pb.length; i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (Number.isNaN(x) || x > y) return !Number.isNaN(x);
    if (x < y) return false;
  }
  return true;
}

/** The `Error:` blocks of tofu's plain-text output (box-drawn or not). */
export function errorBlocks(output: string): string[] {
  const blocks: string[] = [];
  let current: string[] | undefined;
  for (const raw of output.split("\n")) {
    const line = raw.replace(/^[│╷╵]\s?/, "").trimEnd();
    if (/^Error: /.test(line)) {
      if (current) blocks.push(current.join("\n").trim());
      current = [line];
    } else if (current) {
      if (/^[╵]/.test(raw) || (line === "" && current.length > 1 && current[current.length - 1] === "")) {
        blocks.push(current.join("\n").trim());
        current = undefined;
      } else current.push(line);
    }
  }
  if (current) blocks.push(current.join("\n").trim());
  return blocks;
}

/**
 * Runs `binary args…` in `cwd`, appending everything it prints to `logFile`.
 * `signal` stops it (SIGTERM, so tofu can release its state lock). With
 * `logStdout: false`, stdout is returned but only its size is logged: for
 * `tofu show -json <plan>`, whose output holds every value of the plan in
 * clear, secrets among them.
 */
export function runTofu(
  binary: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; signal?: AbortSignal; logStdout?: boolean },
): Promise<TofuResult> {
  return new Promise((resolve, reject) => {
    const log = fs.openSync(options.logFile, "a");
    let settled = false;
    fs.writeSync(log, `\n$ ${binary} ${args.join(" ")}    (in ${options.cwd})\n`);
    let stdout = "";
    let all = "";
    const child = spawn(binary, args, {
      cwd: options.cwd,
      env: { ...options.env, TF_IN_AUTOMATION: "1", TF_INPUT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const onAbort = () => child.kill("SIGTERM");
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const logStdout = options.logStdout ?? true;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      if (!logStdout) return;
      all += chunk.toString("utf8");
      fs.writeSync(log, chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      all += chunk.toString("utf8");
      fs.writeSync(log, chunk);
    });
    child.on("error", (error) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener("abort", onAbort);
      fs.closeSync(log);
      reject(new CliError(`${binary} could not be started (${error.message}) — install OpenTofu or set HOMELAB_TOFU`));
    });
    child.on("close", (code, signal) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener("abort", onAbort);
      if (!logStdout) fs.writeSync(log, `[stdout: ${Buffer.byteLength(stdout)} bytes, not logged: it holds secrets]\n`);
      fs.writeSync(log, `\n[exit ${code ?? signal}]\n`);
      fs.closeSync(log);
      const exit = code ?? 1;
      resolve({ code: exit, errors: exit === 1 || code === null ? errorBlocks(all) : [], stdout });
    });
  });
}
