import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { TeleportAgentTokens, TeleportAgentTokensProps, VaultRoot } from "../../constructs";

function synth(overrides: (root: VaultRoot) => Partial<TeleportAgentTokensProps> = () => ({})): string {
  return Testing.synthScope((scope: Construct) => {
    const root = new VaultRoot(scope, "vault-root", {
      address: "https://vault.example.com",
      caCommonName: "Root",
      namespaces: ["kss", "kcs"],
    });
    new TeleportAgentTokens(scope, "teleport", {
      root,
      proxyAddress: "teleport.support.lab.example.com:3080",
      tokens: {
        kss: new TerraformVariable(scope, "kss", {}).stringValue,
        kcs: new TerraformVariable(scope, "kcs", {}).stringValue,
      },
      ...overrides(root),
    });
  });
}

describe("TeleportAgentTokens", () => {
  test("writes each cluster's token and the proxy address into its own namespace", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(KvSecretV2, {
      name: "teleport/agent",
      namespace: "${vault_namespace.vault-root_ns-kss_E697B7D6.path}",
      data_json: '${jsonencode({"token" = var.kss, "proxy_addr" = "teleport.support.lab.example.com:3080"})}',
    });
    expect(Object.keys(JSON.parse(out).resource.vault_kv_secret_v2)).toHaveLength(2);
  });

  test("rejects a namespace the Vault root does not have", () => {
    expect(() => synth(() => ({ tokens: { lab: "token" } }))).toThrow(
      /tokens names namespace "lab", which the Vault root does not have/,
    );
  });

  test("rejects a proxy address without a port", () => {
    expect(() => synth(() => ({ proxyAddress: "teleport.example.com" }))).toThrow(
      /proxyAddress "teleport\.example\.com" must be host:port/,
    );
  });
});
