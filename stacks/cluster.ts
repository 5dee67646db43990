import { LocalProvider } from "@cdktf/provider-local/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { VaultProvider } from "@cdktf/provider-vault/lib/provider";
import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { LibvirtProvider } from "../.gen/providers/libvirt/provider";
import { ClusterAppSecrets, HarborClusterProject, Rke2Cluster, StateBackend, VaultCluster } from "../constructs";
import { externalSecretKeys, generatedSecrets } from "../gitops";
import type { ClusterModel, HomelabModel } from "../model";
import type { BaseStack } from "./base";
import { prepareCrossStackLocals } from "./cross-stack-prepare";
import { credentialVariable, harborProviders } from "./service-providers";
import type { SupportStack } from "./support";

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
 * of Vault and its Harbor project. What runs inside the cluster follows in
 * `<cluster>-platform` (PlatformStack) and `<cluster>-identity` (IdentityStack).
 */
export class ClusterStack extends TerraformStack {
  public readonly rke2: Rke2Cluster;
  public readonly vault: VaultCluster;
  public readonly harbor: HarborClusterProject;
  public readonly appSecrets: ClusterAppSecrets;

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

    this.rke2 = new Rke2Cluster(this, "rke2", {
      cluster,
      host: support.libvirt,
      admin: site.admin,
      network: site.network,
      vaultAddress: site.vault.address,
      registryHost: site.services.harborHost,
      nfsServer: support.support.ipAddress,
    });

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
    new TerraformOutput(this, "pki_issue_path", {
      description: "Vault path cert-manager signs certificates through.",
      value: `${cluster.vault.namespace}/${this.vault.pki.path}/sign/${this.vault.pkiRole.name}`,
    });
  }
}
