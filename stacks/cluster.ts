import { VaultProvider } from "@cdktf/provider-vault/lib/provider";
import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { StateBackend, VaultCluster } from "../constructs";
import type { ClusterModel, HomelabModel } from "../model";
import type { BaseStack } from "./base";

export interface ClusterStackProps {
  /** The validated homelab model. */
  readonly model: HomelabModel;
  /** The cluster this stack provisions. */
  readonly cluster: ClusterModel;
  /** The base stack, whose root CA and namespaces this stack builds on. */
  readonly base: BaseStack;
}

/** One cluster: one stack per file in `clusters/`. */
export class ClusterStack extends TerraformStack {
  public readonly vault: VaultCluster;

  constructor(scope: Construct, id: string, props: ClusterStackProps) {
    super(scope, id);
    const { model, cluster, base } = props;
    const { site } = model;

    new StateBackend(this, "state", site.state);
    new VaultProvider(this, "vault", { address: site.vault.address });

    this.vault = new VaultCluster(this, "vault-cluster", {
      cluster,
      root: base.vault,
      address: site.vault.address,
      extraDomains: [site.domains.support],
    });

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
