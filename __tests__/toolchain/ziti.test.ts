/**
 * The OpenZiti controller the slow tier runs (toolchain/manifest.json "ziti-cli",
 * integration/ziti.test.ts) is of the minor the support VM runs (nixos/modules/support/ziti.nix):
 * the README and toolchain/NOTES.md say so, and a VM moved to another minor needs a look at
 * what the module proxy serves of it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import manifest from "../../toolchain/manifest.json";

const minor = (version: string) => version.replace(/^v/, "").split(".").slice(0, 2).join(".");

test("the slow tier's ziti is of the support VM controller's minor", () => {
  const nix = fs.readFileSync(path.join(__dirname, "../../nixos/modules/support/ziti.nix"), "utf8");
  const image = /default = "docker\.io\/openziti\/ziti-controller:(\d+\.\d+\.\d+)";/.exec(nix);
  const entry = (manifest.entries as { name: string; moduleVersion?: string }[]).find((e) => e.name === "ziti-cli");
  expect(image).not.toBeNull();
  expect(minor(entry?.moduleVersion ?? "")).toBe(minor(image![1]));
});
