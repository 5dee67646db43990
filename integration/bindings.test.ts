/**
 * The committed `.gen/` bindings are exactly what `cdktf get` generates from
 * the providers pinned in cdktf.json, as installed from the offline mirror.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readTree } from "../testing/synth";
import { REPO_ROOT, toolEnv } from "./toolchain";

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

test("regenerating the provider bindings changes nothing", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-gen-"));
  try {
    for (const file of ["cdktf.json", "package.json"])
      fs.copyFileSync(path.join(REPO_ROOT, file), path.join(dir, file));
    fs.symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"));
    const result = spawnSync(path.join(REPO_ROOT, "node_modules/.bin/cdktf"), ["get"], {
      cwd: dir,
      env: toolEnv(),
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`cdktf get failed:\n${result.stdout}\n${result.stderr}`);
    const regenerated = readTree(path.join(dir, ".gen"));
    const committed = readTree(path.join(REPO_ROOT, ".gen"));
    expect(Object.keys(regenerated)).toEqual(Object.keys(committed));
    // cdktf get writes versions.json and constraints.json in the order its parallel
    // downloads finish; their content, not their key order, is what matters.
    const same = (file: string) =>
      file.endsWith(".json") && !file.includes("/")
        ? JSON.stringify(sortKeys(JSON.parse(committed[file]))) ===
          JSON.stringify(sortKeys(JSON.parse(regenerated[file])))
        : committed[file] === regenerated[file];
    const changed = Object.keys(committed).filter((file) => !same(file));
    expect(changed).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
