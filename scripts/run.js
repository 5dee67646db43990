#!/usr/bin/env node
/**
 * Runs a TypeScript entry point without type-checking: esbuild bundles the
 * project's own modules (dependencies stay external) into one CommonJS file
 * under node_modules/.cache, which Node then loads. The bundle is rebuilt
 * only when one of its source files changed, so a repeated synth starts
 * straight away. This is what `cdktf synth` executes (cdktf.json "app");
 * `npm run build` and `npm test` do the type-checking. For stack traces
 * that point into the TypeScript sources, set
 * NODE_OPTIONS=--enable-source-maps (it slows start-up, so it is off).
 *
 *   node scripts/run.js <entry.ts> [args...]
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run.js <entry.ts> [args...]");
  process.exit(2);
}
const root = path.resolve(__dirname, "..");
const entryPath = path.resolve(entry);
const cacheDir = path.join(root, "node_modules", ".cache", "homelab-cdktf");
const name = path.relative(root, entryPath).replace(/[\\/]/g, "__").replace(/\.ts$/, "");
const outfile = path.join(cacheDir, `${name}.js`);
const stampFile = path.join(cacheDir, `${name}.inputs.json`);

/** Source files of the last bundle with their modification times, or undefined when it must be rebuilt. */
function upToDate() {
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, "utf8"));
    if (!fs.existsSync(outfile)) return false;
    // A checkout that shares this node_modules (a symlink) writes the same cache: its bundle is not ours.
    const ours = (file) => file.startsWith(root + path.sep);
    return Object.entries(stamp).every(([file, mtimeMs]) => ours(file) && fs.statSync(file).mtimeMs === mtimeMs);
  } catch {
    return false;
  }
}

if (!upToDate()) {
  const result = require("esbuild").buildSync({
    entryPoints: [entryPath],
    outfile,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "cjs",
    target: "node20",
    sourcemap: "inline",
    metafile: true,
    write: false,
    logLevel: "warning",
    absWorkingDir: root,
  });
  // Write through a temporary file, so that a concurrent run never loads half a bundle.
  fs.mkdirSync(cacheDir, { recursive: true });
  const temporary = `${outfile}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, result.outputFiles[0].contents);
  fs.renameSync(temporary, outfile);
  const stamp = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const file = path.resolve(root, input);
    stamp[file] = fs.statSync(file).mtimeMs;
  }
  fs.writeFileSync(`${stampFile}.${process.pid}.tmp`, JSON.stringify(stamp));
  fs.renameSync(`${stampFile}.${process.pid}.tmp`, stampFile);
}
// cdktf records a full stack trace for every token it creates (every reference between
// resources) into a plain object, and capturing those is most of the per-cluster synth
// time. They are only shown when a token cannot be resolved. Errors keep their traces;
// the plain objects get none, which cdktf treats as an empty trace.
const captureStackTrace = Error.captureStackTrace;
Error.captureStackTrace = (target, constructorOpt) => {
  if (target instanceof Error) captureStackTrace(target, constructorOpt);
};
// cdktf 0.21 checks output values with util.isArray (lib/terraform-output.js), which
// Node 22 and later deprecate at run time (DEP0044) and report on stderr on every
// synth. The call is cdktf's, so exactly that warning is dropped; every other one stays.
const emitWarning = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  const code = rest[0] !== null && typeof rest[0] === "object" ? rest[0].code : rest[1];
  if (code === "DEP0044") return;
  return emitWarning.call(this, warning, ...rest);
};
process.argv = [process.argv[0], entryPath, ...args];
require(outfile);
