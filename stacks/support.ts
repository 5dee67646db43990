import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { LibvirtProvider } from "../.gen/providers/libvirt/provider";
import { LibvirtHost, StateBackend, SupportVm } from "../constructs";
import type { HomelabModel } from "../model";

export interface SupportStackProps {
  /** The validated homelab model. */
  readonly model: HomelabModel;
  /**
   * Backend kind; `local` only for the very first apply, before the MinIO
   * that holds state (on this stack's VM) exists.
   * @default "s3"
   */
  readonly backend?: "s3" | "local";
}

/**
 * The hypervisor's NAT network and NixOS base image, and the support VM
 * with the secrets its services are born with. Applied first: every other
 * stack keeps its state in this VM's MinIO and talks to its services.
 */
export class SupportStack extends TerraformStack {
  public readonly libvirt: LibvirtHost;
  public readonly support: SupportVm;

  /**
   * cdktf's preparing pass resolves every element once more only to discover
   * references into other stacks. This stack is the root: it refers to no
   * other stack (the stacks test checks that every reference stays in its
   * stack), so the pass is skipped.
   */
  public override prepareStack(): void {
    this.ensureBackendExists();
  }

  constructor(scope: Construct, id: string, props: SupportStackProps) {
    super(scope, id);
    const { site, clusters } = props.model;

    new StateBackend(this, "state", { ...site.state, kind: props.backend ?? "s3" });
    new LibvirtProvider(this, "libvirt", { uri: site.libvirt.uri });
    new RandomProvider(this, "random", {});
    new TlsProvider(this, "tls", {});

    this.libvirt = new LibvirtHost(this, "libvirt-host", {
      baseImagePath: site.libvirt.baseImage,
      natCidr: site.libvirt.natCidr,
      bridge: site.network.bridge,
      pool: site.libvirt.pool,
      domainType: site.libvirt.domainType,
    });
    this.support = new SupportVm(this, "support", {
      vm: site.support,
      host: this.libvirt,
      admin: site.admin,
      domain: site.domains.support,
      zitiDomain: site.domains.ziti,
      nfsAllowedNetwork: site.network.nfsAllowedNetwork,
      acmeEmail: site.identity.adminEmail,
      teleportClusterName: site.support.teleportClusterName,
      users: site.identity.users,
      clusters: clusters.map((c) => c.name),
    });

    // `homelab up` finds the stack that brings up the support VM by this output.
    new TerraformOutput(this, "support_ip", {
      description: "The support VM's VLAN address.",
      value: this.support.ipAddress,
    });
    new TerraformOutput(this, "service_admin_passwords", {
      description:
        "Generated admin passwords of the support VM's services, for the provider credentials of later applies (TF_VAR_harbor_admin_password, KEYCLOAK_PASSWORD, the Ziti login).",
      value: {
        harbor: this.support.passwords["harbor-admin-password"]?.result ?? "",
        keycloak: this.support.passwords["keycloak-admin-password"]?.result ?? "",
        ziti: this.support.passwords["ziti-admin-password"]?.result ?? "",
        gitlab_root: this.support.passwords["gitlab-root-password"]?.result ?? "",
      },
      sensitive: true,
    });
  }
}
