import { VaultProvider } from "@cdktf/provider-vault/lib/provider";
import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { StateBackend, VaultRoot } from "../constructs";
import type { HomelabModel } from "../model";

export interface BaseStackProps {
  /** The validated homelab model. */
  readonly model: HomelabModel;
  /**
   * Backend kind; `local` only for the very first apply, before MinIO exists.
   * @default "s3"
   */
  readonly backend?: "s3" | "local";
}

/** Everything shared by all clusters: the support services' configuration and the root of trust. */
export class BaseStack extends TerraformStack {
  public readonly vault: VaultRoot;

  constructor(scope: Construct, id: string, props: BaseStackProps) {
    super(scope, id);
    const { site, clusters } = props.model;

    new StateBackend(this, "state", { ...site.state, kind: props.backend ?? "s3" });
    // The token comes from VAULT_TOKEN in the environment.
    new VaultProvider(this, "vault", { address: site.vault.address });

    this.vault = new VaultRoot(this, "vault-root", {
      address: site.vault.address,
      caCommonName: `${site.domains.base} Root CA`,
      namespaces: clusters.map((c) => c.vault.namespace),
    });

    new TerraformOutput(this, "root_ca_pem", {
      description: "The homelab root CA certificate; trust it on clients and nodes.",
      value: this.vault.rootCa.certificate,
    });
  }
}
