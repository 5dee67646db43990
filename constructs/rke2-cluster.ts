import { DataLocalFile } from "@cdktf/provider-local/lib/data-local-file";
import { Password } from "@cdktf/provider-random/lib/password";
import { Token } from "cdktf";
import { Construct } from "constructs";
import type { ClusterModel } from "../model";
import { cidrsOverlap, Ipv4Cidr, isDnsName, parseCidr, parseIpv4 } from "../model/net";
import { CONTRACT } from "./contract";
import type { LibvirtHost } from "./libvirt-host";
import { AdminLogin, ClusterHostConfig, NixosVm, SECRETS_DIR } from "./nixos-vm";
import { fromStack } from "./paths";
import { TerraformData } from "./terraform-data";
import { throwIfInvalid } from "./validation";

/** File name of the join token below the secrets directory, on every node (nixos/contract.json). */
const TOKEN_FILE = CONTRACT.secretFiles.rke2.token;

/** The networks every node of the cluster is configured with. */
export interface Rke2ClusterNetwork {
  /** The VLAN's router (`10.69.50.1`); with Canal, pods cannot reach its service ports. */
  readonly gatewayIp: string;
  /** The operator's management network (`10.69.10.0/24`); with Canal, pods cannot reach it. */
  readonly managementCidr: string;
  /** Pod network, RKE2's `cluster-cidr`. @default "10.42.0.0/16" */
  readonly podCidr?: string;
  /** Service network, RKE2's `service-cidr`. @default "10.43.0.0/16" */
  readonly serviceCidr?: string;
}

export interface Rke2ClusterProps {
  /** The cluster, from the model: name, domain, nodes, CNI, Vault namespace and auth mount, OIDC issuer. */
  readonly cluster: ClusterModel;
  /** The hypervisor's shared network, base image and settings. */
  readonly host: LibvirtHost;
  /** The operator's login on every node. */
  readonly admin: AdminLogin;
  /** The VLAN's gateway and the networks of the nodes' firewall and RKE2. */
  readonly network: Rke2ClusterNetwork;
  /**
   * Vault/OpenBao's address, without a path (`https://vault.support.lab.example.com`):
   * every node fetches and trusts the root CA from `<vaultAddress>/v1/pki/ca/pem`.
   */
  readonly vaultAddress: string;
  /** Host name of the Harbor that containerd pulls docker.io, ghcr.io, quay.io and gcr.io through (`harbor.support.lab.example.com`). */
  readonly registryHost: string;
  /** Address of the NFS server (the support VM's VLAN address) whose exports workers mount. */
  readonly nfsServer: string;
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
    const { cluster, host, admin } = props;
    const nfsExports = props.nfsExports ?? ["kubernetes-rwx", "backups"];
    const network = {
      gatewayIp: props.network.gatewayIp,
      managementCidr: props.network.managementCidr,
      podCidr: props.network.podCidr ?? "10.42.0.0/16",
      serviceCidr: props.network.serviceCidr ?? "10.43.0.0/16",
    };

    const problems: string[] = [];
    if (cluster.workers.length === 0)
      problems.push("cluster.workers is empty — add at least one worker to the cluster file");
    const hostnames = new Set<string>();
    for (const vm of [cluster.master, ...cluster.workers]) {
      if (hostnames.has(vm.hostname))
        problems.push(`hostname ${vm.hostname} appears twice — give each node its own name`);
      hostnames.add(vm.hostname);
    }
    problems.push(...networkProblems(network));
    const known = (value: string): boolean => !Token.isUnresolved(value);
    if (known(props.vaultAddress) && !/^https?:\/\/[^/\s]+$/.test(props.vaultAddress))
      problems.push(
        `vaultAddress "${props.vaultAddress}" must be an http(s) URL without a path, such as https://vault.support.lab.example.com — nodes append /v1/pki/ca/pem`,
      );
    if (known(props.registryHost) && !isDnsName(props.registryHost))
      problems.push(
        `registryHost "${props.registryHost}" must be a host name without scheme or path, such as harbor.support.lab.example.com`,
      );
    if (known(props.nfsServer) && parseIpv4(props.nfsServer) === undefined && !isDnsName(props.nfsServer))
      problems.push(
        `nfsServer "${props.nfsServer}" must be an IPv4 address or host name — pass the support VM's address`,
      );
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
      vaultAddr: props.vaultAddress,
      vaultAuthMount: cluster.vault.authMount,
      vaultNamespace: cluster.vault.namespace,
      harborAddr: props.registryHost,
      gatewayIp: network.gatewayIp,
      managementCidr: network.managementCidr,
      podCidr: network.podCidr,
      serviceCidr: network.serviceCidr,
      oidc: { enabled: cluster.oidc.enabled, issuerUrl: cluster.oidc.issuerUrl, clientId: cluster.oidc.clientId },
      tokenFile: `${SECRETS_DIR}/${TOKEN_FILE}`,
      nfs: { server: props.nfsServer, exports: [...nfsExports] },
    });
    const secrets = { [TOKEN_FILE]: this.joinToken };

    this.master = new NixosVm(this, "master", {
      vm: cluster.master,
      role: "master",
      host,
      admin,
      cluster: hostConfig(cluster.master.ip),
      secrets,
    });
    this.workers = cluster.workers.map(
      (worker) =>
        new NixosVm(this, worker.name, {
          vm: worker,
          role: "worker",
          host,
          admin,
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
            HOMELAB_ADMIN_USER: admin.user,
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

/** Problems with the nodes' networks, each naming its prop; unresolved values are skipped. */
function networkProblems(network: Required<Rke2ClusterNetwork>): string[] {
  const problems: string[] = [];
  if (!Token.isUnresolved(network.gatewayIp) && parseIpv4(network.gatewayIp) === undefined)
    problems.push(
      `network.gatewayIp "${network.gatewayIp}" is not an IPv4 address — use the VLAN's router, such as 10.69.50.1`,
    );
  const parsed = new Map<string, Ipv4Cidr>();
  for (const prop of ["managementCidr", "podCidr", "serviceCidr"] as const) {
    if (Token.isUnresolved(network[prop])) continue;
    const result = parseCidr(network[prop]);
    if ("error" in result) problems.push(`network.${prop} "${network[prop]}" ${result.error}`);
    else parsed.set(prop, result.cidr);
  }
  const pods = parsed.get("podCidr");
  const services = parsed.get("serviceCidr");
  if (pods && services && cidrsOverlap(pods, services))
    problems.push(
      `network.podCidr ${network.podCidr} overlaps network.serviceCidr ${network.serviceCidr} — RKE2 needs separate pod and service networks`,
    );
  return problems;
}
