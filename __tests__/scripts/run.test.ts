import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO_ROOT } from "../../testing/model";

/** Runs `source` as a TypeScript entry point through scripts/run.js, as `cdktf synth` runs main.ts. */
function runEntry(source: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-run-"));
  try {
    const entry = path.join(dir, "entry.ts");
    fs.writeFileSync(entry, source);
    return spawnSync(process.execPath, [path.join(REPO_ROOT, "scripts/run.js"), entry], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    // The bundle and its stamp that run.js cached for this one-off entry.
    const cached = path.relative(REPO_ROOT, path.join(dir, "entry")).replace(/[\\/]/g, "__");
    for (const suffix of [".js", ".inputs.json"]) {
      fs.rmSync(path.join(REPO_ROOT, "node_modules/.cache/homelab-cdktf", cached + suffix), { force: true });
    }
  }
}

describe("scripts/run.js", () => {
  test("drops only the util.isArray deprecation (DEP0044) that cdktf's outputs trigger on Node 22+", () => {
    const result = runEntry(`
      import * as util from "node:util";
      util.isArray([]);
      process.emitWarning("positional", "DeprecationWarning", "DEP0044");
      process.emitWarning("options", { type: "DeprecationWarning", code: "DEP0044" });
      process.emitWarning("another deprecation", "DeprecationWarning", "DEP0005");
      process.emitWarning("a plain warning", { code: "HOMELAB_TEST" });
    `);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/DEP0044|positional|options/);
    expect(result.stderr).toMatch(/\[DEP0005\] DeprecationWarning: another deprecation/);
    expect(result.stderr).toMatch(/\[HOMELAB_TEST\] Warning: a plain warning/);
  });
});
