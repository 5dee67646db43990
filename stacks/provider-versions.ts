import { IAspect, TerraformProvider, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import manifest from "../toolchain/manifest.json";

interface ProviderEntry {
  readonly address: string;
  readonly version: string;
  readonly mirrorVersions?: readonly string[];
  readonly build: boolean;
}

const providers = (manifest.entries as readonly Partial<ProviderEntry & { kind: string }>[]).filter(
  (e): e is ProviderEntry & { kind: string } => e.kind === "provider" && e.build === true && !!e.address && !!e.version,
);

/**
 * `hashicorp/vault` → `hashicorp/vault`; `registry.opentofu.org/dmacvicar/libvirt` → `dmacvicar/libvirt`;
 * `helm` → `hashicorp/helm` (a bare type is in the hashicorp namespace, as OpenTofu reads it).
 */
function namespaceAndType(source: string): string {
  const parts = source.toLowerCase().split("/");
  return (parts.length === 1 ? ["hashicorp", ...parts] : parts).slice(-2).join("/");
}

/**
 * `HOMELAB_PROVIDER_VERSIONS=mirror` pins each provider to the version the toolchain's
 * offline mirror holds (its manifest `mirrorVersions`) instead of the release users get
 * (`version`). The two differ only where the module proxy serves no release build: CI
 * sets it to test the helm and kubernetes providers' main-branch builds, which are
 * installed under pre-release versions of their own (toolchain/NOTES.md).
 */
function selectedVersion(entry: ProviderEntry): string {
  const mode = process.env.HOMELAB_PROVIDER_VERSIONS ?? "";
  if (mode === "") return entry.version;
  if (mode !== "mirror") {
    throw new Error(`HOMELAB_PROVIDER_VERSIONS="${mode}" is not a mode — unset it, or set it to mirror`);
  }
  return entry.mirrorVersions?.[0] ?? entry.version;
}

/**
 * Pins every provider a stack uses to the exact release that
 * toolchain/manifest.json names, which is the version CI initializes,
 * validates and applies with (or, with HOMELAB_PROVIDER_VERSIONS=mirror, the
 * build the mirror holds). Prebuilt bindings can be generated for another
 * version of the same major release (see toolchain/NOTES.md).
 */
export class ProviderVersions implements IAspect {
  visit(node: IConstruct): void {
    if (!(node instanceof TerraformProvider) || !node.terraformProviderSource) return;
    const wanted = namespaceAndType(node.terraformProviderSource);
    const entry = providers.find((p) => namespaceAndType(p.address) === wanted);
    if (!entry) {
      throw new Error(
        `Provider ${node.terraformProviderSource} has no buildable entry in toolchain/manifest.json — add one, so that the stacks that use it can be validated offline`,
      );
    }
    TerraformStack.of(node).addOverride(
      `terraform.required_providers.${node.terraformResourceType}.version`,
      selectedVersion(entry),
    );
  }
}
