import { Password } from "@cdktf/provider-random/lib/password";

import { Construct } from "constructs";
import type { ClusterModel, SiteModel } from "../model";
import type { LibvirtHost } from "./libvirt-host";
import { ClusterHostConfig, NixosVm, SECRETS_DIR } from "./nixos-vm";
import { fromStack } from "./paths";
import { TerraformData } from "./terraform-data";

/** File name of the join token below the secrets directory, on every node. */
const TOKEN_FILE = "rke2-token";

export interface Rke2ClusterProps {
  /** The cluster, from the model. */
  readonly cluster: ClusterModel;
  /** The site: network, support VM, admin login and service addresses. */
  readonly site: SiteModel;
  /** The hypervisor's shared network, base image and settings. */
  readonly host: LibvirtHost;
  /** NFS exports of the support VM that workers mount. @default ["kubernetes-rwx", "backups"] */
  readonly nfsExports?: readonly string[];
}

/**
 * An RKE2 cluster on NixOS VMs: one master and the model's workers, each a
 * NixosVm. The join token is generated here and delivered to every node as
 * a root-only file outside the Nix store (nothing is copied between nodes).
 * Once the master is configured, its admin kubeconfig is fetched to
 * `.state/kubeconfig/<cluster>.yaml` (mode 0600) with the API server
 * address rewritten to the master's VLAN address.
 */
export class Rke2Cluster extends Construct {
  public readonly master: NixosVm;
  public readonly workers: readonly NixosVm[];
  /** `https://<master IP>:6443` */
  public readonly apiServerUrl: string;
  /** Where the admin kubeconfig is written, relative to the repository root. */
  public readonly kubeconfigPath: string;
  /** The join token (sensitive). */
  public readonly joinToken: string;
  /** The generated token resource, as an escape hatch. */
  public readonly token: Password;

  constructor(scope: Construct, id: string, props: Rke2ClusterProps) {
    super(scope, id);
    const { cluster, site, host } = props;
    const nfsExports = props.nfsExports ?? ["kubernetes-rwx", "backups"];

    const problems: string[] = [];
    if (cluster.workers.length === 0)
      problems.push("cluster.workers is empty — add at least one worker to the cluster file");
    const hostnames = new Set<string>();
    for (const vm of [cluster.master, ...cluster.workers]) {
      if (hostnames.has(vm.hostname))
        problems.push(`hostname ${vm.hostname} appears twice — give each node its own name`);
      hostnames.add(vm.hostname);
    }
    if (problems.length > 0) throw new Error(`Rke2Cluster "${cluster.name}": ${problems.join("; ")}`);

    this.token = new Password(this, "join-token", { length: 64, special: false });
    this.joinToken = this.token.result;
    this.apiServerUrl = `https://${cluster.master.ip}:6443`;
    this.kubeconfigPath = `.state/kubeconfig/${cluster.name}.yaml`;

    const hostConfig = (nodeIp: string): ClusterHostConfig => ({
      name: cluster.name,
      domain: cluster.domain,
      nodeIp,
      masterIp: cluster.master.ip,
      masterHostname: cluster.master.hostname,
      cni: cluster.cni,
      vaultAddr: site.vault.address,
      vaultAuthMount: cluster.vault.authMount,
      vaultNamespace: cluster.vault.namespace,
      harborAddr: `harbor.${site.domains.support}`,
      gatewayIp: site.network.gatewayIp,
      managementCidr: site.network.managementCidr,
      podCidr: site.network.podCidr,
      serviceCidr: site.network.serviceCidr,
      oidc: { enabled: cluster.oidc.enabled, issuerUrl: cluster.oidc.issuerUrl, clientId: cluster.oidc.clientId },
      tokenFile: `${SECRETS_DIR}/${TOKEN_FILE}`,
      nfs: { server: site.support.ip, exports: [...nfsExports] },
    });
    const secrets = { [TOKEN_FILE]: this.joinToken };

    this.master = new NixosVm(this, "master", {
      vm: cluster.master,
      role: "master",
      host,
      admin: site.admin,
      cluster: hostConfig(cluster.master.ip),
      secrets,
    });
    this.workers = cluster.workers.map(
      (worker) =>
        new NixosVm(this, worker.name, {
          vm: worker,
          role: "worker",
          host,
          admin: site.admin,
          cluster: hostConfig(worker.ip),
          secrets,
        }),
    );

    new TerraformData(this, "kubeconfig", {
      // Fetched again whenever the master is reconfigured.
      triggersReplace: { master: this.master.delivery.id },
      provisioners: [
        {
          type: "local-exec",
          command: `bash "${fromStack("scripts/fetch-kubeconfig.sh")}"`,
          environment: {
            HOMELAB_HOST: cluster.master.ip,
            HOMELAB_ADMIN_USER: site.admin.user,
            HOMELAB_API_SERVER: this.apiServerUrl,
            HOMELAB_KUBECONFIG: fromStack(this.kubeconfigPath),
          },
        },
      ],
    });
  }
}
