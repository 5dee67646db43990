/** Test helpers that synthesize the real app output. Not tests themselves. */
import { spawnSync, SpawnSyncReturns } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import type { HomelabModel } from "../model";
import { addHomelabStacks, HomelabStacksOptions } from "../stacks";
import { REPO_ROOT } from "./model";

/** Every file below `dir`, by relative path, with its text. */
export function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of fs
      .readdirSync(path.join(dir, sub), { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else files[rel] = fs.readFileSync(path.join(dir, rel), "utf8");
    }
  };
  walk("");
  return files;
}

/**
 * Synthesizes all stacks for `model` the way `cdktf synth` does (cross-stack
 * references become remote-state reads) and returns each stack's cdk.tf.json text.
 */
export function synthStacks(model: HomelabModel, options: HomelabStacksOptions = {}): Record<string, string> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-synth-"));
  try {
    const app = new App({ outdir, skipValidation: false });
    addHomelabStacks(app, model, options);
    app.synth();
    const stacks: Record<string, string> = {};
    for (const name of fs.readdirSync(path.join(outdir, "stacks")).sort()) {
      stacks[name] = fs.readFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), "utf8");
    }
    return stacks;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Synthesizes all stacks for `model` and returns cdktf's manifest.json text (stacks and their dependencies). */
export function synthManifest(model: HomelabModel): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-synth-"));
  try {
    const app = new App({ outdir, skipValidation: false });
    addHomelabStacks(app, model);
    app.synth();
    return fs.readFileSync(path.join(outdir, "manifest.json"), "utf8");
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Runs the app entry point as `cdktf synth` does, writing into `outdir`. */
export function runApp(options: {
  modelDir?: string;
  outdir: string;
  env?: Record<string, string>;
}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [path.join(REPO_ROOT, "scripts/run.js"), path.join(REPO_ROOT, "main.ts")], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      HOMELAB_MODEL_DIR: options.modelDir ?? REPO_ROOT,
      CDKTF_OUTDIR: options.outdir,
      ...options.env,
    },
  });
}
