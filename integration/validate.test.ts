/**
 * Every synthesized stack is accepted by real OpenTofu with the real
 * providers: `tofu init -backend=false` and `tofu validate` with no errors.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runApp } from "../testing/synth";
import { tofuOk } from "./toolchain";

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-validate-"));
const passphrase = { TF_VAR_state_passphrase: "validate-only-passphrase" };

beforeAll(() => {
  // Providers at the versions the offline mirror holds (helm and kubernetes: their main-branch
  // builds; toolchain/NOTES.md), not the releases users get, which are not in the mirror.
  const result = runApp({ outdir, env: { HOMELAB_PROVIDER_VERSIONS: "mirror" } });
  if (result.status !== 0) throw new Error(`synth failed:\n${result.stderr}`);
});
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

// base, and per cluster file its VMs, platform and identity stacks.
const stacks = [
  "base",
  "support",
  ...fs
    .readdirSync(path.join(__dirname, "..", "clusters"))
    .map((f) => f.replace(/\.yaml$/, ""))
    .flatMap((c) => [c, `${c}-platform`, `${c}-identity`]),
].sort();

test.each(stacks)("%s passes tofu init -backend=false and tofu validate", (stack) => {
  const dir = path.join(outdir, "stacks", stack);
  tofuOk(dir, ["init", "-backend=false", "-input=false"], passphrase);
  const result = JSON.parse(tofuOk(dir, ["validate", "-json"], passphrase).stdout);
  expect(result.diagnostics).toEqual([]);
  expect(result).toMatchObject({ valid: true, error_count: 0, warning_count: 0 });
});
