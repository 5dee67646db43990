import { LocalProvider } from "@cdktf/provider-local/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { VaultProvider } from "@cdktf/provider-vault/lib/provider";
import { DefaultTokenResolver, StringConcat, TerraformOutput, TerraformStack, Tokenization } from "cdktf";
import { Construct } from "constructs";
import { KeycloakProvider } from "../.gen/providers/keycloak/provider";
import { LibvirtProvider } from "../.gen/providers/libvirt/provider";
import {
  ClusterAppSecrets,
  crossStackLocals,
  HarborClusterProject,
  KeycloakBroker,
  Rke2Cluster,
  StateBackend,
  VaultCluster,
} from "../constructs";
import { externalSecretKeys, generatedSecrets } from "../gitops";
import type { ClusterModel, HomelabModel } from "../model";
import type { BaseStack } from "./base";
import { credentialVariable, harborProviders } from "./service-providers";

export interface ClusterStackProps {
  /** The validated homelab model. */
  readonly model: HomelabModel;
  /** The cluster this stack provisions. */
  readonly cluster: ClusterModel;
  /** The base stack, whose root CA and namespaces this stack builds on. */
  readonly base: BaseStack;
}

/**
 * One cluster, from one file in `clusters/`: its VMs running RKE2, its part
 * of Vault, and the broker realm in the cluster's own Keycloak.
 */
export class ClusterStack extends TerraformStack {
  public readonly rke2: Rke2Cluster;
  public readonly vault: VaultCluster;
  public readonly broker: KeycloakBroker;
  public readonly harbor: HarborClusterProject;
  public readonly appSecrets: ClusterAppSecrets;

  /**
   * cdktf's preparing pass resolves every element once more only to discover
   * references into other stacks. Here the values taken from base all go
   * through `crossStackValue` locals, so only those are prepared (the stacks
   * test checks that no other element refers outside its stack).
   */
  public override prepareStack(): void {
    this.ensureBackendExists();
    const resolver = new DefaultTokenResolver(new StringConcat());
    for (const local of crossStackLocals(this)) {
      Tokenization.resolve(local.toTerraform(), { scope: this, resolver, preparing: true });
    }
  }

  constructor(scope: Construct, id: string, props: ClusterStackProps) {
    super(scope, id);
    const { model, cluster, base } = props;
    const { site } = model;

    new StateBackend(this, "state", site.state);
    new LibvirtProvider(this, "libvirt", { uri: site.libvirt.uri });
    new RandomProvider(this, "random", {});
    new VaultProvider(this, "vault", { address: site.vault.address });
    new LocalProvider(this, "local", {});
    // The cluster's own Keycloak (deployed by GitOps); its admin login comes from KEYCLOAK_USER and KEYCLOAK_PASSWORD.
    new KeycloakProvider(this, "keycloak", {
      url: cluster.keycloakUrl,
      clientId: "admin-cli",
      realm: "master",
      initialLogin: false,
    });

    this.rke2 = new Rke2Cluster(this, "rke2", { cluster, site, host: base.libvirt });

    this.vault = new VaultCluster(this, "vault-cluster", {
      cluster,
      root: base.vault,
      address: site.vault.address,
      extraDomains: [site.domains.support],
      apiServer: { url: this.rke2.apiServerUrl, caCertificatePem: this.rke2.apiServerCaPem },
    });

    // What the GitOps tree's ExternalSecrets read, and nothing more.
    this.vault.addExternalSecretsPaths(externalSecretKeys(model, cluster));
    this.appSecrets = new ClusterAppSecrets(this, "app-secrets", {
      vault: this.vault,
      secrets: generatedSecrets(site),
      cloudflareApiToken: credentialVariable(
        this,
        "cloudflare_api_token",
        "Cloudflare API token that may edit DNS records of the root zone (cert-manager DNS-01, external-dns).",
      ).stringValue,
    });

    this.broker = new KeycloakBroker(this, "keycloak-broker", {
      cluster,
      upstream: base.keycloak,
      vault: this.vault,
      social: (["github", "google", "microsoft"] as const).filter((p) => site.identity.social[p]),
      apps: { openWebui: site.apps.openWebui, kiali: site.apps.kiali, dependencyTrack: site.apps.dependencyTrack },
    });

    const harbor = harborProviders(this, site);
    this.harbor = new HarborClusterProject(this, "harbor-project", {
      cluster,
      vault: this.vault,
      registryUrl: harbor.url,
      api: harbor.api,
    });
    // Credentials base holds for the cluster, copied into the namespace its external-secrets reads.
    base.harbor.grantClusterPull(this.vault);
    base.objectStorage.grantClusterAccess(this.vault, cluster.name);

    new TerraformOutput(this, "api_server_url", { value: this.rke2.apiServerUrl });
    new TerraformOutput(this, "kubeconfig_path", {
      description: "The admin kubeconfig (mode 0600), relative to the repository root.",
      value: this.rke2.kubeconfigPath,
    });
    new TerraformOutput(this, "join_token", { value: this.rke2.joinToken, sensitive: true });
    new TerraformOutput(this, "intermediate_ca_pem", {
      description: `The ${cluster.name} intermediate CA certificate, signed by the homelab root CA.`,
      value: this.vault.intermediateCertificate,
    });
    new TerraformOutput(this, "broker_issuer", {
      description: "Issuer of the cluster's broker realm, which the API server and applications trust.",
      value: this.broker.issuerUrl,
    });
    new TerraformOutput(this, "pki_issue_path", {
      description: "Vault path cert-manager signs certificates through.",
      value: `${cluster.vault.namespace}/${this.vault.pki.path}/sign/${this.vault.pkiRole.name}`,
    });
  }
}
