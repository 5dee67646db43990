/**
 * The slow tier's access to real tools: OpenTofu and the providers from the
 * offline mirror that toolchain/build.sh builds, and the servers it builds or
 * installs.
 */
import { execFileSync, spawnSync, SpawnSyncReturns } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "..");

/** PATH and TF_CLI_CONFIG_FILE for the built toolchain (building it first when needed). */
function toolchainEnv(): Record<string, string> {
  const printed = execFileSync("bash", [path.join(REPO_ROOT, "toolchain/build.sh"), "--print-env"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const env: Record<string, string> = {};
  for (const match of printed.matchAll(/^export (\w+)="(.*)"$/gm)) {
    env[match[1]] = match[2].replace("$PATH", process.env.PATH ?? "");
  }
  if (!env.TF_CLI_CONFIG_FILE || !fs.existsSync(env.TF_CLI_CONFIG_FILE)) {
    throw new Error(`toolchain/build.sh --print-env gave no usable TF_CLI_CONFIG_FILE:\n${printed}`);
  }
  return env;
}

let cached: Record<string, string> | undefined;

/** The environment every tool runs with: the toolchain, no telemetry, no colour. */
export function toolEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  cached ??= toolchainEnv();
  return { ...process.env, ...cached, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", NO_COLOR: "1", ...extra };
}

/** The toolchain's bin/ directory, which --print-env puts first on PATH. */
function binDir(): string {
  return (toolEnv().PATH ?? "").split(":")[0];
}

/** Path of a built tool (`tofu`, `minio`, `mc`, `bao`). */
export function toolPath(name: string): string {
  const file = path.join(binDir(), name);
  if (!fs.existsSync(file)) throw new Error(`${name} is not in the toolchain (${file}); run toolchain/build.sh`);
  return file;
}

/** The toolchain's install root, which holds bin/, the provider mirror and the distributions. */
export function toolchainRoot(): string {
  return path.dirname(binDir());
}

/** Path of an installed distribution in the toolchain root (`keycloak`: a manifest "dist" entry's `dir`). */
export function toolDir(name: string): string {
  const dir = path.join(toolchainRoot(), name);
  if (!fs.existsSync(dir)) throw new Error(`${name} is not in the toolchain (${dir}); run toolchain/build.sh`);
  return dir;
}

/** The Java that toolchain/build.sh set the distributions up with, and that runs them. */
export function javaHome(): string {
  const home = toolEnv().HOMELAB_JAVA_HOME;
  if (!home) {
    throw new Error("toolchain/build.sh found no Java >= 21 for Keycloak; integration/run.sh installs one");
  }
  return home;
}

export interface TofuResult extends Omit<SpawnSyncReturns<string>, "output"> {
  /** stdout and stderr together, for messages. */
  readonly text: string;
}

/** Runs `tofu args` in `cwd`; never throws on a non-zero exit. */
export function tofu(cwd: string, args: readonly string[], env: Record<string, string> = {}): TofuResult {
  const result = spawnSync(toolPath("tofu"), ["-chdir=" + cwd, ...args], {
    encoding: "utf8",
    env: toolEnv(env),
    timeout: 10 * 60 * 1000,
  });
  return { ...result, text: `${result.stdout}\n${result.stderr}` };
}

/** Like `tofu`, but throws with the output when the command fails. */
export function tofuOk(cwd: string, args: readonly string[], env: Record<string, string> = {}): TofuResult {
  const result = tofu(cwd, args, env);
  if (result.status !== 0) throw new Error(`tofu ${args.join(" ")} failed in ${cwd}:\n${result.text}`);
  return result;
}
