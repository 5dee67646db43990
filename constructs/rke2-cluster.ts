import { DataLocalFile } from "@cdktf/provider-local/lib/data-local-file";
import { Password } from "@cdktf/provider-random/lib/password";
import { Construct } from "constructs";
import type { ClusterModel, SiteModel } from "../model";
import { CONTRACT } from "./contract";
import type { LibvirtHost } from "./libvirt-host";
import { ClusterHostConfig, NixosVm, SECRETS_DIR } from "./nixos-vm";
import { fromStack } from "./paths";
import { TerraformData } from "./terraform-data";
import { throwIfInvalid } from "./validation";

/** File name of the join token below the secrets directory, on every node (nixos/contract.json). */
const TOKEN_FILE = CONTRACT.secretFiles.rke2.token;

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
  /** Where the API server's CA certificate is written next to the kubeconfig, relative to the repository root. */
  public readonly apiServerCaPath: string;
  /** The API server's CA certificate (PEM), read once the kubeconfig has been fetched. */
  public readonly apiServerCaPem: string;
  /** The data source that reads it, as an escape hatch. */
  public readonly apiServerCa: DataLocalFile;
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
    throwIfInvalid(this, problems);

    this.token = new Password(this, "join-token", { length: 64, special: false });
    this.joinToken = this.token.result;
    this.apiServerUrl = `https://${cluster.master.ip}:${CONTRACT.ports.rke2.apiServer}`;
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
      harborAddr: site.services.harborHost,
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

    this.apiServerCaPath = `.state/kubeconfig/${cluster.name}-ca.crt`;
    const fetch = new TerraformData(this, "kubeconfig", {
      // Fetched again whenever the master is reconfigured, and on a machine
      // that does not have the files yet (a fresh clone): then the trigger
      // changes, and the CA below is read after the fetch, during the apply.
      triggersReplace: {
        master: this.master.delivery.id,
        // A plain template: cdktf would escape the `${path.module}` inside a function argument.
        present: `\${fileexists("${fromStack(this.apiServerCaPath)}")}`,
      },
      provisioners: [
        {
          type: "local-exec",
          command: `bash "${fromStack("scripts/fetch-kubeconfig.sh")}"`,
          environment: {
            HOMELAB_HOST: cluster.master.ip,
            HOMELAB_ADMIN_USER: site.admin.user,
            HOMELAB_API_SERVER: this.apiServerUrl,
            HOMELAB_KUBECONFIG: fromStack(this.kubeconfigPath),
            HOMELAB_CA_FILE: fromStack(this.apiServerCaPath),
          },
        },
      ],
    });
    // depends_on defers the read to the apply whenever the fetch is about to run.
    this.apiServerCa = new DataLocalFile(this, "api-server-ca", {
      filename: fromStack(this.apiServerCaPath),
      dependsOn: [fetch],
    });
    this.apiServerCaPem = this.apiServerCa.content;
  }
}
