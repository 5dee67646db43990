import { Mount } from "@cdktf/provider-vault/lib/mount";
import { Namespace } from "@cdktf/provider-vault/lib/namespace";
import { PkiSecretBackendConfigUrls } from "@cdktf/provider-vault/lib/pki-secret-backend-config-urls";
import { PkiSecretBackendRootCert } from "@cdktf/provider-vault/lib/pki-secret-backend-root-cert";
import { Testing } from "cdktf";
import { VaultRoot, VaultRootProps } from "../../constructs";

const props: VaultRootProps = {
  address: "https://vault.support.lab.example.com",
  caCommonName: "lab.example.com Root CA",
  namespaces: ["kss", "kcs"],
};

const synth = (overrides: Partial<VaultRootProps> = {}) =>
  Testing.synthScope((scope) => new VaultRoot(scope, "vault-root", { ...props, ...overrides }));

describe("VaultRoot", () => {
  test("mounts the root PKI with a ten-year maximum", () => {
    expect(synth()).toHaveResourceWithProperties(Mount, {
      path: "pki",
      type: "pki",
      max_lease_ttl_seconds: 87600 * 3600,
    });
  });

  test("generates the root CA inside Vault", () => {
    expect(synth()).toHaveResourceWithProperties(PkiSecretBackendRootCert, {
      type: "internal",
      common_name: "lab.example.com Root CA",
      ttl: "87600h",
    });
  });

  test("publishes issuing and CRL URLs at the Vault address", () => {
    expect(synth()).toHaveResourceWithProperties(PkiSecretBackendConfigUrls, {
      issuing_certificates: ["https://vault.support.lab.example.com/v1/pki/ca"],
      crl_distribution_points: ["https://vault.support.lab.example.com/v1/pki/crl"],
    });
  });

  test("creates one namespace per cluster, each with a KV v2 mount", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(Namespace, { path: "kss" });
    expect(out).toHaveResourceWithProperties(Namespace, { path: "kcs" });
    expect(out).toHaveResourceWithProperties(Mount, {
      path: "secret",
      type: "kv",
      options: { version: "2" },
      namespace: "${vault_namespace.vault-root_ns-kss_E697B7D6.path}",
    });
  });

  test("rejects a namespace listed twice", () => {
    expect(() => synth({ namespaces: ["kss", "kss"] })).toThrow(/namespaces lists "kss" twice/);
  });

  test("rejects an address with a path", () => {
    expect(() => synth({ address: "https://vault.example.com/ui" })).toThrow(
      /address "https:\/\/vault\.example\.com\/ui" must be a URL without a path/,
    );
  });

  test("rejects a root CA shorter than a day", () => {
    expect(() => synth({ rootCaTtlHours: 1 })).toThrow(/rootCaTtlHours 1 is too short/);
  });
});
