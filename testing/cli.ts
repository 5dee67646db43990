/**
 * Test helpers for the homelab CLI: run it as a user would (a child process,
 * exit code and output), and a scripted `tofu` that records every call and
 * answers as told, for checking the order and error handling of the CLI
 * itself. The real OpenTofu runs under the CLI in the slow tier.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO_ROOT } from "./model";

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): CliRun {
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, "bin", "homelab.js"), ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    input: options.input ?? "",
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A `tofu` stand-in. Each call appends "<stack dir name> <args…>" to the
 * calls file. `answers` maps "<stack>:<subcommand>" to an exit code and
 * stdout; anything not listed exits 0 with no output. `version` is what
 * `tofu version` prints.
 */
export function fakeTofu(
  answers: Record<string, { code?: number; stdout?: string; stderr?: string }> = {},
  version = "OpenTofu v1.12.6",
): { bin: string; calls: () => string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-fake-tofu-"));
  const calls = path.join(dir, "calls");
  fs.writeFileSync(calls, "");
  for (const [key, answer] of Object.entries(answers)) {
    const base = path.join(dir, key.replace(":", "__"));
    fs.writeFileSync(`${base}.code`, String(answer.code ?? 0));
    fs.writeFileSync(`${base}.stdout`, answer.stdout ?? "");
    fs.writeFileSync(`${base}.stderr`, answer.stderr ?? "");
  }
  const bin = path.join(dir, "tofu");
  fs.writeFileSync(
    bin,
    `#!/usr/bin/env bash
if [ "$1" = version ]; then printf '%s\\n' ${JSON.stringify(version)}; exit 0; fi
stack=$(basename "$PWD")
printf '%s %s\\n' "$stack" "$*" >> ${JSON.stringify(calls)}
key=${JSON.stringify(dir)}/"$stack"__"$1"
[ "$1" = state ] && key="$key"_"$2"
if [ -f "$key.code" ]; then cat "$key.stdout"; cat "$key.stderr" >&2; exit "$(cat "$key.code")"; fi
# A saved plan with nothing in it, unless the test answers otherwise.
[ "$1" = show ] && printf '{}\n'
exit 0
`,
    { mode: 0o755 },
  );
  return {
    bin,
    calls: () =>
      fs
        .readFileSync(calls, "utf8")
        .split("\n")
        .filter((l) => l !== ""),
  };
}

/** A synthesized output directory with these stacks (name → dependencies), each with a minimal cdk.tf.json. */
export function fakeOutdir(stacks: Record<string, string[]>, configs: Record<string, object> = {}): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-out-"));
  const manifest: Record<string, object> = {};
  for (const [name, deps] of Object.entries(stacks)) {
    fs.mkdirSync(path.join(out, "stacks", name), { recursive: true });
    fs.writeFileSync(path.join(out, "stacks", name, "cdk.tf.json"), JSON.stringify(configs[name] ?? {}));
    manifest[name] = { name, workingDirectory: `stacks/${name}`, dependencies: deps };
  }
  fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify({ version: "0.21.0", stacks: manifest }));
  return out;
}
