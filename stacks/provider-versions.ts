import { IAspect, TerraformProvider, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import manifest from "../toolchain/manifest.json";

interface ProviderEntry {
  readonly address: string;
  readonly version: string;
  readonly build: boolean;
  readonly unavailableReason?: string;
}

// Entries the module proxy cannot serve at all carry an `unavailableReason`; the others are
// either built at their release (`version`) or, where only a main-branch build is served,
// pinned at the release users install while CI builds the served commit (toolchain/NOTES.md).
const providers = (manifest.entries as readonly Partial<ProviderEntry & { kind: string }>[]).filter(
  (e): e is ProviderEntry & { kind: string } =>
    e.kind === "provider" && !e.unavailableReason && !!e.address && !!e.version,
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
 * Pins every provider a stack uses to the exact version that
 * toolchain/manifest.json builds, which is the version CI initializes,
 * validates and applies with. Prebuilt bindings can be generated for another
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
      entry.version,
    );
  }
}
