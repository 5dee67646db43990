/** Evaluating the NixOS modules from tests, with nixpkgs' lib only. Not tests themselves. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO_ROOT } from "./model";

/**
 * nixpkgs' lib directory, as nixos/check.sh finds it: NIXPKGS_LIB, else
 * ../shared/vendor/nixpkgs.lib/lib beside the repository. Throws, naming the
 * fix, when neither exists or nix-instantiate is missing.
 */
export function nixpkgsLib(): string {
  const probe = spawnSync("nix-instantiate", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      "nix-instantiate not found: install Nix (Debian: apt-get install nix-bin) to evaluate the NixOS modules",
    );
  }
  const candidates = [process.env.NIXPKGS_LIB, path.join(REPO_ROOT, "..", "shared", "vendor", "nixpkgs.lib", "lib")];
  for (const dir of candidates) {
    if (dir && fs.existsSync(path.join(dir, "default.nix"))) return path.resolve(dir);
  }
  throw new Error(
    "nixpkgs' lib not found: set NIXPKGS_LIB to nixpkgs' lib directory, or provide ../shared/vendor/nixpkgs.lib/lib beside the repository",
  );
}

/**
 * Evaluates nixos/configuration.nix for `hostJson` (a copy of nixos/ with it
 * as host.json) through nixos/tests/eval.nix, and returns `select` applied
 * to eval.nix's result (a Nix function body over `e`, e.g.
 * `{ inherit (e) waitForFiles; }`), as JSON.
 */
export function evalNixosHost(hostJson: string, select: string): any {
  const lib = nixpkgsLib();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-nixos-"));
  try {
    fs.cpSync(path.join(REPO_ROOT, "nixos"), dir, {
      recursive: true,
      filter: (src) => !path.basename(src).startsWith("result"),
    });
    fs.writeFileSync(path.join(dir, "host.json"), hostJson);
    const expr = `let e = import ${dir}/tests/eval.nix { lib = import ${lib}; configuration = ${dir}/configuration.nix; }; in ${select}`;
    const out = spawnSync("nix-instantiate", ["--eval", "--strict", "--json", "-E", expr], { encoding: "utf8" });
    if (out.status !== 0) throw new Error(`evaluating the NixOS modules failed:\n${out.stderr}`);
    return JSON.parse(out.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
