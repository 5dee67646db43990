import { AuthBackend } from "@cdktf/provider-vault/lib/auth-backend";
import { KubernetesAuthBackendConfig } from "@cdktf/provider-vault/lib/kubernetes-auth-backend-config";
import { KubernetesAuthBackendRole } from "@cdktf/provider-vault/lib/kubernetes-auth-backend-role";
import { Mount } from "@cdktf/provider-vault/lib/mount";
import { PkiSecretBackendIntermediateSetSigned } from "@cdktf/provider-vault/lib/pki-secret-backend-intermediate-set-signed";
import { PkiSecretBackendRole } from "@cdktf/provider-vault/lib/pki-secret-backend-role";
import { PkiSecretBackendRootSignIntermediate } from "@cdktf/provider-vault/lib/pki-secret-backend-root-sign-intermediate";
import { Policy } from "@cdktf/provider-vault/lib/policy";
import { Testing } from "cdktf";
import { VaultCluster, VaultClusterProps, VaultRoot } from "../../constructs";
import { shippedModel } from "../../testing/model";

const model = shippedModel();
const kss = model.clusters.find((c) => c.name === "kss")!;
const address = "https://vault.support.lab.example.com";

function synth(overrides: Partial<VaultClusterProps> = {}, namespaces = ["kss", "kcs"]): string {
  return Testing.synthScope((scope) => {
    const root = new VaultRoot(scope, "vault-root", { address, caCommonName: "Root", namespaces });
    new VaultCluster(scope, "vault-cluster", {
      cluster: kss,
      root,
      address,
      extraDomains: ["support.lab.example.com"],
      ...overrides,
    });
  });
}

function policies(out: string): Record<string, any> {
  const resources = JSON.parse(out).resource.vault_policy as Record<string, { name: string; policy: string }>;
  return Object.fromEntries(Object.values(resources).map((p) => [p.name, JSON.parse(p.policy).path]));
}

describe("VaultCluster", () => {
  test("mounts a KV v2 store and an intermediate PKI in the cluster's namespace", () => {
    const out = synth();
    const namespace = "${vault_namespace.vault-root_ns-kss_E697B7D6.path}";
    expect(out).toHaveResourceWithProperties(Mount, { path: "apps", type: "kv", options: { version: "2" }, namespace });
    expect(out).toHaveResourceWithProperties(Mount, {
      path: "pki_int",
      type: "pki",
      namespace,
      max_lease_ttl_seconds: 43800 * 3600,
    });
  });

  test("has the root sign the intermediate, constrained to the cluster's domains", () => {
    expect(synth()).toHaveResourceWithProperties(PkiSecretBackendRootSignIntermediate, {
      backend: "${vault_mount.vault-root_pki_D403AF11.path}",
      common_name: "kss.lab.example.com Intermediate CA",
      permitted_dns_domains: ["kss.lab.example.com", "support.lab.example.com"],
      ttl: "43800h",
    });
  });

  test("installs the signed certificate with its issuer", () => {
    expect(synth()).toHaveResourceWithProperties(PkiSecretBackendIntermediateSetSigned, {
      certificate:
        "${vault_pki_secret_backend_root_sign_intermediate.vault-cluster_signed_002E7912.certificate}\n${vault_pki_secret_backend_root_sign_intermediate.vault-cluster_signed_002E7912.issuing_ca}",
    });
  });

  test("issues certificates for the cluster and support domains for at most a year", () => {
    expect(synth()).toHaveResourceWithProperties(PkiSecretBackendRole, {
      name: "kss",
      allowed_domains: ["kss.lab.example.com", "support.lab.example.com"],
      allow_subdomains: true,
      allow_bare_domains: true,
      max_ttl: String(8760 * 3600),
    });
  });

  test("mounts Kubernetes auth at the cluster file's auth mount", () => {
    expect(synth()).toHaveResourceWithProperties(AuthBackend, { type: "kubernetes", path: "kubernetes" });
  });

  test("lets only the external-secrets service account log in as external-secrets", () => {
    expect(synth()).toHaveResourceWithProperties(KubernetesAuthBackendRole, {
      role_name: "external-secrets",
      bound_service_account_names: ["external-secrets"],
      bound_service_account_namespaces: ["external-secrets"],
      audience: "vault",
      token_ttl: 3600,
    });
  });

  test("external-secrets may read only the keys added for it, in either KV mount, read only", () => {
    expect(policies(synth())["external-secrets"]).toEqual({});
    const out = Testing.synthScope((scope) => {
      const root = new VaultRoot(scope, "vault-root", { address, caCommonName: "Root", namespaces: ["kss"] });
      const vault = new VaultCluster(scope, "vault-cluster", { cluster: kss, root, address });
      expect(vault.addExternalSecretsPaths(["apps/grafana/admin", "secret/ziti/router"])).toEqual([
        "apps/data/grafana/admin",
        "secret/data/ziti/router",
      ]);
      vault.addExternalSecretsPaths(["apps/grafana/admin"]);
    });
    expect(policies(out)["external-secrets"]).toEqual({
      "apps/data/grafana/admin": { capabilities: ["read"] },
      "secret/data/ziti/router": { capabilities: ["read"] },
    });
  });

  test("rejects an external-secrets key outside the namespace's KV mounts", () => {
    expect(() =>
      Testing.synthScope((scope) => {
        const root = new VaultRoot(scope, "vault-root", { address, caCommonName: "Root", namespaces: ["kss"] });
        new VaultCluster(scope, "vault-cluster", { cluster: kss, root, address }).addExternalSecretsPaths([
          "pki_int/issue/kss",
        ]);
      }),
    ).toThrow(/"pki_int\/issue\/kss" is not a key in apps or secret/);
  });

  test("cert-manager may only sign through the cluster's role", () => {
    expect(policies(synth())["cert-manager"]).toEqual({ "pki_int/sign/kss": { capabilities: ["create", "update"] } });
    expect(synth()).toHaveResourceWithProperties(Policy, { name: "cert-manager" });
  });

  test("rejects a cluster whose namespace the root does not have", () => {
    expect(() => synth({}, ["kcs"])).toThrow(/VaultCluster "[^"]*": root has no namespace "kss"/);
  });

  test("rejects a leaf lifetime longer than the intermediate's", () => {
    expect(() => synth({ leafMaxTtlHours: 50000 })).toThrow(
      /leafMaxTtlHours 50000 must be positive and shorter than intermediateTtlHours 43800/,
    );
  });

  test("rejects a KV path that collides with another mount", () => {
    expect(() => synth({ kvPath: "secret" })).toThrow(/kvPath "secret" collides with another mount/);
  });

  test("rejects repeating the cluster's own domain", () => {
    expect(() => synth({ extraDomains: ["kss.lab.example.com"] })).toThrow(
      /extraDomains repeats the cluster's own domain/,
    );
  });
});

describe("VaultCluster Kubernetes auth configuration", () => {
  test("points the auth mount at the API server with its CA, without a stored reviewer token", () => {
    const out = synth({ apiServer: { url: "https://10.69.50.20:6443", caCertificatePem: "${var.ca}" } });
    expect(out).toHaveResourceWithProperties(KubernetesAuthBackendConfig, {
      backend: "${vault_auth_backend.vault-cluster_kubernetes_E1C8FFB5.path}",
      kubernetes_host: "https://10.69.50.20:6443",
      kubernetes_ca_cert: "${var.ca}",
      disable_local_ca_jwt: true,
    });
    expect(JSON.parse(out).resource.vault_kubernetes_auth_backend_config).not.toHaveProperty(
      "vault-cluster_kubernetes-config_D5AC341E.token_reviewer_jwt",
    );
  });

  test("leaves the auth mount unconfigured without an API server", () => {
    expect(JSON.parse(synth()).resource).not.toHaveProperty("vault_kubernetes_auth_backend_config");
  });

  test("rejects an API server URL that is not https host:port", () => {
    expect(() => synth({ apiServer: { url: "10.69.50.20:6443", caCertificatePem: "pem" } })).toThrow(
      /apiServer\.url "10\.69\.50\.20:6443" must be an https URL/,
    );
  });
});

describe("VaultCluster.addWorkloadRole", () => {
  const synthWith = (add: (vault: VaultCluster) => void) =>
    Testing.synthScope((scope) => {
      const root = new VaultRoot(scope, "vault-root", { address, caCommonName: "Root", namespaces: ["kss"] });
      add(new VaultCluster(scope, "vault-cluster", { cluster: kss, root, address }));
    });

  test("adds a role bound to one service account, with a policy granting exactly the given paths", () => {
    const out = synthWith((vault) =>
      vault.addWorkloadRole("grafana", {
        serviceAccount: "grafana",
        serviceAccountNamespace: "monitoring",
        paths: { "apps/data/grafana/admin": ["read"] },
      }),
    );
    expect(out).toHaveResourceWithProperties(KubernetesAuthBackendRole, {
      role_name: "grafana",
      bound_service_account_names: ["grafana"],
      bound_service_account_namespaces: ["monitoring"],
      token_policies: [expect.stringMatching(/^\$\{vault_policy\.vault-cluster_policy-grafana_\w+\.name\}$/)],
    });
    const policies = JSON.parse(out).resource.vault_policy;
    const grafana = Object.values<any>(policies).find((p) => p.name === "grafana");
    expect(JSON.parse(grafana.policy)).toEqual({ path: { "apps/data/grafana/admin": { capabilities: ["read"] } } });
  });

  test("refuses a workload that has a role already, and names that are not Kubernetes names", () => {
    expect(() =>
      synthWith((vault) =>
        vault.addWorkloadRole("cert-manager", { serviceAccount: "Bad_Name", serviceAccountNamespace: "x", paths: {} }),
      ),
    ).toThrow(/workload "cert-manager" has a role already.*serviceAccount "Bad_Name" is not a Kubernetes name/);
  });
});
