/** Running the repository's shell scripts against stand-in commands. Not tests themselves. */
import { spawnSync, SpawnSyncReturns } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "./model";

/**
 * Runs `scripts/<script>` with `env`, and with each of `commands` (name →
 * bash body) on the PATH ahead of the real ones, in `<dir>/bin`.
 */
export function runScript(
  script: string,
  dir: string,
  commands: Readonly<Record<string, string>>,
  env: Readonly<Record<string, string>>,
): SpawnSyncReturns<string> {
  const bin = path.join(dir, "bin");
  fs.mkdirSync(bin, { recursive: true });
  for (const [name, body] of Object.entries(commands)) {
    fs.writeFileSync(path.join(bin, name), `#!/usr/bin/env bash\n${body}\n`, { mode: 0o755 });
  }
  return spawnSync("bash", [path.join(REPO_ROOT, "scripts", script)], {
    encoding: "utf8",
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ...env },
  });
}
