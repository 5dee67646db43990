import { Password } from "@cdktf/provider-random/lib/password";
import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { TerraformVariable, Testing } from "cdktf";
import { ClusterAppSecrets, VaultCluster, VaultRoot } from "../../constructs";
import { generatedSecrets } from "../../gitops";
import type { GeneratedSecretSpec } from "../../gitops";
import { modelWith, shippedModel } from "../../testing/model";

const model = shippedModel();
const kss = model.clusters.find((c) => c.name === "kss")!;
const address = "https://vault.support.lab.example.com";

function synth(secrets: readonly GeneratedSecretSpec[] = generatedSecrets(model.site)): string {
  return Testing.synthScope((scope) => {
    const root = new VaultRoot(scope, "vault-root", { address, caCommonName: "Root", namespaces: ["kss"] });
    const vault = new VaultCluster(scope, "vault-cluster", { cluster: kss, root, address });
    const token = new TerraformVariable(scope, "cloudflare_api_token", { type: "string", sensitive: true });
    new ClusterAppSecrets(scope, "app-secrets", { vault, secrets, cloudflareApiToken: token.stringValue });
  });
}

function secretsOf(out: string): Record<string, any> {
  return Object.fromEntries(
    Object.values(JSON.parse(out).resource.vault_kv_secret_v2 as Record<string, any>).map((s) => [s.name, s]),
  );
}

describe("ClusterAppSecrets", () => {
  test("writes each secret to the cluster's KV mount, in its namespace", () => {
    const secrets = secretsOf(synth());
    expect(Object.keys(secrets).sort()).toEqual([
      "cloudflare/api-token",
      "grafana/admin",
      "keycloak/db",
      "oauth2-proxy/cookie",
    ]);
    for (const secret of Object.values(secrets)) {
      expect(secret.mount).toMatch(/^\$\{vault_mount\.vault-cluster_kv_\w+\.path\}$/);
      expect(secret.namespace).toMatch(/^\$\{vault_namespace\.vault-root_ns-kss_\w+\.path\}$/);
    }
  });

  test("generates passwords (no literal secret in the configuration) and takes the Cloudflare token from the variable", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(Password, { length: 32, special: false });
    const secrets = secretsOf(out);
    expect(secrets["grafana/admin"].data_json).toMatch(
      /"password" = random_password\.app-secrets_grafana-admin-password_\w+\.result/,
    );
    expect(secrets["cloudflare/api-token"].data_json).toBe('${jsonencode({"api_token" = var.cloudflare_api_token})}');
  });

  test("refuses to write an empty Cloudflare token", () => {
    const secret = secretsOf(synth())["cloudflare/api-token"];
    expect(secret.lifecycle.precondition[0].error_message).toMatch(/TF_VAR_cloudflare_api_token/);
    expect(secret.lifecycle.precondition[0].condition).toContain("var.cloudflare_api_token");
  });

  test("database credentials for Open WebUI only when the site enables it", () => {
    expect(generatedSecrets(model.site).map((s) => s.path)).not.toContain("open-webui/db");
    const site = modelWith((raw) => {
      raw.site.apps = { ...raw.site.apps, open_webui: true };
    }).site;
    expect(generatedSecrets(site).map((s) => s.path)).toContain("open-webui/db");
    expect(synth(generatedSecrets(site))).toHaveResourceWithProperties(KvSecretV2, { name: "open-webui/db" });
  });

  test("database credentials for Dependency-Track only when the site enables it", () => {
    expect(generatedSecrets(model.site).map((s) => s.path)).not.toContain("dependency-track/db");
    const site = modelWith((raw) => {
      raw.site.apps = { ...raw.site.apps, dependency_track: true };
    }).site;
    expect(generatedSecrets(site).map((s) => s.path)).toContain("dependency-track/db");
  });

  test("rejects a duplicate path and a short generated value", () => {
    expect(() =>
      synth([
        { path: "a/b", fields: { x: { random: 8 } } },
        { path: "a/b", fields: { y: { value: "v" } } },
      ]),
    ).toThrow(/a\/b\.x: a generated value needs at least 16 characters, not 8; secrets lists a\/b twice/);
  });
});
