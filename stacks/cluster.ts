import { LocalProvider } from "@cdktf/provider-local/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { VaultProvider } from "@cdktf/provider-vault/lib/provider";
import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { KeycloakProvider } from "../.gen/providers/keycloak/provider";
import { LibvirtProvider } from "../.gen/providers/libvirt/provider";
import { HarborClusterProject, KeycloakBroker, Rke2Cluster, StateBackend, VaultCluster } from "../constructs";
import type { ClusterModel, HomelabModel } from "../model";
import type { BaseStack } from "./base";
import { prepareCrossStackLocals } from "./cross-stack-prepare";
import type { SupportStack } from "./support";
import { harborProviders } from "./service-providers";

export interface ClusterStackProps {
  /** The validated homelab model. */
  readonly model: HomelabModel;
  /** The cluster this stack provisions. */
  readonly cluster: ClusterModel;
  /** The base stack, whose root CA and namespaces this stack builds on. */
  readonly base: BaseStack;
  /** The support stack, whose NAT network and base image the cluster's VMs use. */
  readonly support: SupportStack;
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

  /**
   * cdktf's preparing pass resolves every element once more only to discover
   * references into other stacks. Here the values taken from base and support all go
   * through `crossStackValue` locals, so only those are prepared (the stacks
   * test checks that no other element refers outside its stack).
   */
  public override prepareStack(): void {
    this.ensureBackendExists();
    prepareCrossStackLocals(this);
  }

  constructor(scope: Construct, id: string, props: ClusterStackProps) {
    super(scope, id);
    const { model, cluster, base, support } = props;
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

    this.rke2 = new Rke2Cluster(this, "rke2", { cluster, site, host: support.libvirt });

    this.vault = new VaultCluster(this, "vault-cluster", {
      cluster,
      root: base.vault,
      address: site.vault.address,
      extraDomains: [site.domains.support],
      apiServer: { url: this.rke2.apiServerUrl, caCertificatePem: this.rke2.apiServerCaPem },
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
