import { createHash } from "node:crypto";
import { Fn, Token } from "cdktf";
import { Construct } from "constructs";
import { CloudinitDisk } from "../.gen/providers/libvirt/cloudinit-disk";
import { Domain } from "../.gen/providers/libvirt/domain";
import { Volume } from "../.gen/providers/libvirt/volume";
import { stringify } from "yaml";
import type { VmModel } from "../model";
import { CONTRACT } from "./contract";
import type { LibvirtHost } from "./libvirt-host";
import { crossStackValue } from "./cross-stack";
import { fromStack } from "./paths";
import { TerraformData } from "./terraform-data";
import { throwIfInvalid } from "./validation";

/** Where the delivered secret files live on every VM (outside the Nix store; nixos/contract.json). */
export const SECRETS_DIR = CONTRACT.secretsDir;

/**
 * The parts of nixos/ that are copied to /etc/nixos and whose contents key a rebuild
 * (files by name, directories with everything below them).
 */
export const NIXOS_SOURCES = [
  "configuration.nix",
  "contract.json",
  "flake.lock",
  "flake.nix",
  "hardware",
  "modules",
  "roles",
] as const;

const NIXOS_SOURCE_FILES: ReadonlySet<string> = new Set([
  "configuration.nix",
  "contract.json",
  "flake.lock",
  "flake.nix",
]);

const GIB = 1024 ** 3;

/** `homelab.cluster` in host.json (see nixos/README.md). */
export interface ClusterHostConfig {
  readonly name: string;
  readonly domain: string;
  readonly nodeIp: string;
  readonly masterIp: string;
  readonly masterHostname: string;
  readonly cni: "canal" | "cilium";
  readonly vaultAddr: string;
  readonly vaultAuthMount: string;
  readonly vaultNamespace: string;
  readonly harborAddr: string;
  readonly gatewayIp: string;
  readonly managementCidr: string;
  readonly podCidr: string;
  readonly serviceCidr: string;
  readonly oidc: { readonly enabled: boolean; readonly issuerUrl: string; readonly clientId: string };
  readonly tokenFile: string;
  readonly nfs: { readonly server: string; readonly exports: readonly string[] };
}

/** `homelab.support` in host.json (see nixos/README.md). */
export interface SupportHostConfig {
  readonly domain: string;
  readonly ip: string;
  readonly nfsAllowedNetwork: string;
  readonly teleportClusterName: string;
  /** The clusters the support VM serves; each gets a Teleport join token file. */
  readonly clusters: readonly string[];
  readonly zitiDomain: string;
  readonly secretsDir: string;
  readonly services: Readonly<Record<SupportService, boolean>>;
  /** `homelab.support.teleport.admins`: the site's admins, as local Teleport users (nixos/modules/support/teleport.nix). */
  readonly teleport: { readonly admins: readonly string[] };
  /** The wildcard certificate's ACME account and CA (nixos/modules/support/acme.nix). */
  readonly acme: { readonly email: string; readonly server: string };
}

export type SupportService =
  "openbao" | "minio" | "nfs" | "harbor" | "keycloak" | "nginx" | "teleport" | "gitlab" | "gitlabRunner" | "ziti";

export type NixosRole = "master" | "worker" | "support";

/** The operator's login on a VM (`homelab.common` in host.json). */
export interface AdminLogin {
  /** The user provisioning logs in as (passwordless sudo). */
  readonly user: string;
  /** Public keys allowed to log in as `user` (and, before the first rebuild, as root). */
  readonly sshAuthorizedKeys: readonly string[];
  /** The VM's time zone, as NixOS's `time.timeZone` takes it (`UTC`, `Europe/Stockholm`). */
  readonly timeZone: string;
}

export interface NixosVmProps {
  /** The VM from the model: hostname, VLAN address and MAC, size. */
  readonly vm: VmModel;
  /** Which nixos/roles/<role>.nix the VM runs. */
  readonly role: NixosRole;
  /** The hypervisor's shared network, base image and settings. */
  readonly host: LibvirtHost;
  /** The operator's login: user, SSH public keys and time zone. */
  readonly admin: AdminLogin;
  /** `homelab.cluster` for masters and workers. */
  readonly cluster?: ClusterHostConfig;
  /** `homelab.support` for the support VM. */
  readonly support?: SupportHostConfig;
  /**
   * Files written below /var/lib/homelab/secrets (mode 0600, root) before the rebuild, by name.
   * Values are usually references to generated (sensitive) attributes.
   * @default {}
   */
  readonly secrets?: Readonly<Record<string, string>>;
  /** NixOS `system.stateVersion` of the VM. @default the release in nixos/contract.json */
  readonly stateVersion?: string;
  /** Start the VM with the hypervisor. @default true */
  readonly autostart?: boolean;
}

/**
 * One NixOS VM on libvirt: a copy-on-write disk over the base image, a
 * cloud-init disk with the operator's keys, and a domain with two NICs (the
 * NAT management network, and the VLAN bridge with the model's fixed MAC).
 *
 * Configuration is delivered by `scripts/deliver-nixos.sh`: it copies nixos/
 * and this VM's generated host.json to /etc/nixos, writes the secrets, and
 * runs `nixos-rebuild switch`. It runs again when, and only when, the
 * host.json, the NixOS sources or the secrets change, or the domain is
 * replaced (a new VM): they key the delivery resource's replacement.
 */
export class NixosVm extends Construct {
  /** The VM's hostname (also the libvirt domain's name). */
  public readonly name: string;
  /** The VM's VLAN address. */
  public readonly ipAddress: string;
  /** The admin login that provisioning uses over SSH. */
  public readonly adminUser: string;
  /** The VLAN NIC's MAC. */
  public readonly macAddress: string;
  /** libvirt's ID of the domain. */
  public readonly domainId: string;
  /** The domain, as an escape hatch. */
  public readonly domain: Domain;
  /** The VM's disk. */
  public readonly disk: Volume;
  /** The resource whose replacement delivers the configuration. */
  public readonly delivery: TerraformData;
  /** The generated host.json text. */
  public readonly hostJson: string;

  constructor(scope: Construct, id: string, props: NixosVmProps) {
    super(scope, id);
    const { vm, role, host, admin } = props;
    const secrets = props.secrets ?? {};
    const stateVersion = props.stateVersion ?? CONTRACT.stateVersion;
    const autostart = props.autostart ?? true;

    const problems: string[] = [];
    if (role !== "support" && !props.cluster)
      problems.push(`role "${role}" needs cluster — pass the homelab.cluster settings`);
    if (role === "support" && !props.support)
      problems.push('role "support" needs support — pass the homelab.support settings');
    if (role === "support" && props.cluster) problems.push('role "support" takes no cluster — remove it');
    if (role !== "support" && props.support) problems.push(`role "${role}" takes no support — remove it`);
    if (admin.sshAuthorizedKeys.length === 0)
      problems.push("admin.sshAuthorizedKeys is empty — provisioning logs in with one of these keys");
    if (!(vm.cpus >= 1)) problems.push(`vm.cpus ${vm.cpus} must be at least 1`);
    if (!(vm.memoryMiB >= 1024)) problems.push(`vm.memoryMiB ${vm.memoryMiB} must be at least 1024`);
    if (!(vm.diskGiB >= 10)) problems.push(`vm.diskGiB ${vm.diskGiB} must be at least 10`);
    for (const name of Object.keys(secrets)) {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/.test(name)) {
        problems.push(
          `secrets key "${name}" must be a relative file name below ${SECRETS_DIR} (letters, digits, '.', '_', '-', '/')`,
        );
      }
    }
    if (props.cluster && !props.cluster.tokenFile.startsWith(`${SECRETS_DIR}/`)) {
      problems.push(
        `cluster.tokenFile "${props.cluster.tokenFile}" must lie below ${SECRETS_DIR}, where secrets are delivered`,
      );
    }
    throwIfInvalid(this, problems);

    this.name = vm.hostname;
    this.ipAddress = vm.ip;
    this.adminUser = admin.user;
    this.macAddress = vm.mac;

    this.disk = new Volume(this, "disk", {
      name: `${vm.hostname}.qcow2`,
      pool: host.pool,
      baseVolumeId: crossStackValue(this, host.baseImage, "base-image-id", host.baseImage.id),
      format: "qcow2",
      size: vm.diskGiB * GIB,
    });

    // First boot only: root's keys and the hostname. After the first rebuild the admin user logs in.
    const cloudInit = new CloudinitDisk(this, "cloud-init", {
      name: `${vm.hostname}-cloudinit.iso`,
      pool: host.pool,
      userData: `#cloud-config\n${stringify(
        { hostname: vm.hostname, disable_root: false, ssh_authorized_keys: [...admin.sshAuthorizedKeys] },
        { lineWidth: 0 },
      )}`,
      metaData: stringify({ "instance-id": vm.hostname, "local-hostname": vm.hostname }, { lineWidth: 0 }),
    });

    this.domain = new Domain(this, "domain", {
      name: vm.hostname,
      type: host.domainType,
      vcpu: vm.cpus,
      memory: vm.memoryMiB,
      // The host's CPU model needs KVM; plain QEMU (TCG) emulates its default model.
      ...(host.domainType === "kvm" ? { cpu: { mode: "host-passthrough" } } : {}),
      autostart,
      running: true,
      cloudinit: cloudInit.id,
      disk: [{ volumeId: this.disk.id }],
      networkInterface: [
        {
          networkId: crossStackValue(this, host.network, "nat-network-id", host.network.id),
          mac: vm.managementMac,
          hostname: vm.hostname,
        },
        { bridge: host.bridge, mac: vm.mac },
      ],
      console: [{ type: "pty", targetPort: "0", targetType: "serial" }],
      graphics: { type: "vnc", listenType: "none" },
    });
    this.domainId = this.domain.id;

    const homelab: Record<string, unknown> = {
      common: { adminUser: admin.user, sshAuthorizedKeys: [...admin.sshAuthorizedKeys], timeZone: admin.timeZone },
      network: { vlanMac: vm.mac, managementMac: vm.managementMac },
      ...(props.cluster ? { cluster: props.cluster } : {}),
      ...(props.support ? { support: props.support } : {}),
    };
    this.hostJson = `${JSON.stringify({ hostname: vm.hostname, role, stateVersion, homelab }, null, 2)}\n`;

    const nixosDir = fromStack("nixos");
    const sourcesPattern = `{${NIXOS_SOURCES.map((s) => (NIXOS_SOURCE_FILES.has(s) ? s : `${s}/**`)).join(",")}}`;
    const secretNames = Object.keys(secrets).sort();
    const secretsJson = Fn.jsonencode(Object.fromEntries(secretNames.map((name) => [name, secrets[name]])));
    this.delivery = new TerraformData(this, "nixos", {
      triggersReplace: {
        host_json: createHash("sha256").update(this.hostJson).digest("hex"),
        nixos_sources: `\${sha256(join("", [for f in sort(fileset("${nixosDir}", "${sourcesPattern}")) : "\${f}:\${filesha256("${nixosDir}/\${f}")}"]))}`,
        secrets: Token.asString(Fn.sha256(secretsJson)),
        domain: this.domain.id,
      },
      provisioners: [
        {
          type: "local-exec",
          command: `bash "${fromStack("scripts/deliver-nixos.sh")}"`,
          environment: {
            HOMELAB_HOST: vm.ip,
            HOMELAB_ADMIN_USER: admin.user,
            HOMELAB_NIXOS_DIR: nixosDir,
            HOMELAB_NIXOS_SOURCES: NIXOS_SOURCES.join(" "),
            HOMELAB_HOST_JSON: this.hostJson,
            HOMELAB_SECRETS_DIR: SECRETS_DIR,
            HOMELAB_SECRETS: secretsJson,
          },
        },
      ],
    });
  }
}
