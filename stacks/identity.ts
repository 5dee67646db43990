import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { VaultProvider } from "@cdktf/provider-vault/lib/provider";
import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { KeycloakProvider } from "../.gen/providers/keycloak/provider";
import { KeycloakBroker, StateBackend } from "../constructs";
import type { ClusterModel, HomelabModel } from "../model";
import type { BaseStack } from "./base";
import { prepareCrossStackLocals } from "./cross-stack-prepare";
import type { ClusterStack } from "./cluster";

export interface IdentityStackProps {
  /** The validated homelab model. */
  readonly model: HomelabModel;
  /** The cluster whose broker realm this stack configures. */
  readonly cluster: ClusterModel;
  /** The base stack, with the upstream Keycloak the broker federates. */
  readonly base: BaseStack;
  /** The cluster's stack, with its Vault namespace and KV mount. */
  readonly clusterStack: ClusterStack;
}

/**
 * `<cluster>-identity`: the broker realm in the cluster's own Keycloak. That
 * Keycloak is deployed by GitOps, so this stack comes after
 * `<cluster>-platform` and once ArgoCD has synced it.
 */
export class IdentityStack extends TerraformStack {
  public readonly broker: KeycloakBroker;

  /** As ClusterStack: only the locals that carry other stacks' values are prepared. */
  public override prepareStack(): void {
    this.ensureBackendExists();
    prepareCrossStackLocals(this);
  }

  constructor(scope: Construct, id: string, props: IdentityStackProps) {
    super(scope, id);
    const { model, cluster, base, clusterStack } = props;
    const { site } = model;

    new StateBackend(this, "state", site.state);
    new RandomProvider(this, "random", {});
    new VaultProvider(this, "vault", { address: site.vault.address });
    // The cluster's own Keycloak (deployed by GitOps); its admin login comes from KEYCLOAK_USER and KEYCLOAK_PASSWORD.
    new KeycloakProvider(this, "keycloak", {
      url: cluster.keycloakUrl,
      clientId: "admin-cli",
      realm: "master",
      initialLogin: false,
    });

    this.broker = new KeycloakBroker(this, "keycloak-broker", {
      cluster,
      upstream: base.keycloak,
      vault: clusterStack.vault,
      social: (["github", "google", "microsoft"] as const).filter((p) => site.identity.social[p]),
      apps: { openWebui: site.apps.openWebui, kiali: site.apps.kiali, dependencyTrack: site.apps.dependencyTrack },
    });

    new TerraformOutput(this, "broker_issuer", {
      description: "Issuer of the cluster's broker realm, which the API server and applications trust.",
      value: this.broker.issuerUrl,
    });
  }
}
