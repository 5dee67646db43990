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
