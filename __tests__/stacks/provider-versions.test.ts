import { HelmProvider } from "@cdktf/provider-helm/lib/provider";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { VaultProvider } from "@cdktf/provider-vault/lib/provider";
import { Aspects, TerraformProvider, TerraformStack, Testing } from "cdktf";
import manifest from "../../toolchain/manifest.json";
import { ProviderVersions } from "../../stacks";

function synth(add: (stack: TerraformStack) => void): any {
  const stack = new TerraformStack(Testing.app(), "test");
  add(stack);
  Aspects.of(stack).add(new ProviderVersions());
  return JSON.parse(Testing.synth(stack));
}

const built = (name: string) => manifest.entries.find((e) => e.name === name)!.version;

describe("ProviderVersions", () => {
  test("pins each provider to the version the toolchain builds", () => {
    const out = synth((stack) => {
      new VaultProvider(stack, "vault", {});
      new RandomProvider(stack, "random", {});
    });
    expect(out.terraform.required_providers.vault).toEqual({ source: "hashicorp/vault", version: built("vault") });
    expect(out.terraform.required_providers.random.version).toBe(built("random"));
  });

  test("pins the helm and kubernetes releases, and their mirror builds only when HOMELAB_PROVIDER_VERSIONS=mirror", () => {
    class Named extends TerraformProvider {
      constructor(scope: TerraformStack, type: string) {
        super(scope, type, {
          terraformResourceType: type,
          terraformGeneratorMetadata: { providerName: type },
          terraformProviderSource: `hashicorp/${type}`,
        });
      }
    }
    const entry = (name: string) => manifest.entries.find((e) => e.name === name) as { mirrorVersions: string[] };
    const add = (stack: TerraformStack) => {
      new Named(stack, "helm");
      new Named(stack, "kubernetes");
      new VaultProvider(stack, "vault", {});
    };
    const released = synth(add).terraform.required_providers;
    expect(released.helm.version).toBe(built("helm"));
    expect(released.kubernetes.version).toBe(built("kubernetes"));
    // A release, never the pre-release the mirror holds.
    expect(released.helm.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(released.kubernetes.version).toMatch(/^\d+\.\d+\.\d+$/);
    process.env.HOMELAB_PROVIDER_VERSIONS = "mirror";
    try {
      const mirrored = synth(add).terraform.required_providers;
      expect(mirrored.helm.version).toBe(entry("helm").mirrorVersions[0]);
      expect(mirrored.kubernetes.version).toBe(entry("kubernetes").mirrorVersions[0]);
      expect(mirrored.helm.version).not.toBe(released.helm.version);
      expect(mirrored.vault.version).toBe(built("vault"));
      process.env.HOMELAB_PROVIDER_VERSIONS = "latest";
      expect(() => synth(add)).toThrow(/HOMELAB_PROVIDER_VERSIONS="latest" is not a mode/);
    } finally {
      delete process.env.HOMELAB_PROVIDER_VERSIONS;
    }
  });

  test("pins the prebuilt helm and kubernetes bindings, whose source is a bare type (hashicorp's namespace)", () => {
    const out = synth((stack) => {
      new HelmProvider(stack, "helm", {});
      new KubernetesProvider(stack, "kubernetes", {});
    });
    expect(out.terraform.required_providers.helm).toEqual({ source: "helm", version: built("helm") });
    expect(out.terraform.required_providers.kubernetes).toEqual({ source: "kubernetes", version: built("kubernetes") });
  });

  test("rejects a provider the toolchain cannot build", () => {
    class NullProvider extends TerraformProvider {
      constructor(scope: TerraformStack) {
        super(scope, "null", {
          terraformResourceType: "null",
          terraformGeneratorMetadata: { providerName: "null" },
          terraformProviderSource: "hashicorp/null",
        });
      }
    }
    expect(() => synth((stack) => new NullProvider(stack))).toThrow(
      /Provider hashicorp\/null has no buildable entry in toolchain\/manifest\.json/,
    );
  });
});
