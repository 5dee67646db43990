import { Construct } from "constructs";
import { Network } from "../.gen/providers/libvirt/network";
import { Volume } from "../.gen/providers/libvirt/volume";
import { parseCidr } from "../model/net";
import { fromStack } from "./paths";
import { throwIfInvalid } from "./validation";

export interface LibvirtHostProps {
  /** Path of the NixOS base image (qcow2), relative to the repository root unless absolute. */
  readonly baseImagePath: string;
  /** Network of the NAT network for the VMs' management NICs, e.g. `192.168.121.0/24`. */
  readonly natCidr: string;
  /** Host bridge that carries the VLAN. @default "br-k8s" */
  readonly bridge?: string;
  /** Storage pool for the base image and every VM disk. @default "default" */
  readonly pool?: string;
  /** libvirt domain type: `kvm`, or `qemu` on hosts without KVM. @default "kvm" */
  readonly domainType?: "kvm" | "qemu";
  /** Name of the NAT network. @default "homelab-mgmt" */
  readonly networkName?: string;
}

/**
 * What every VM on the hypervisor shares: the libvirt NAT network for the
 * management NICs, and the NixOS base image volume that each VM's disk is a
 * copy-on-write overlay of. The VLAN bridge is the host's own.
 */
export class LibvirtHost extends Construct {
  public readonly network: Network;
  public readonly baseImage: Volume;
  public readonly pool: string;
  public readonly bridge: string;
  public readonly domainType: "kvm" | "qemu";

  constructor(scope: Construct, id: string, props: LibvirtHostProps) {
    super(scope, id);
    this.pool = props.pool ?? "default";
    this.bridge = props.bridge ?? "br-k8s";
    this.domainType = props.domainType ?? "kvm";
    const networkName = props.networkName ?? "homelab-mgmt";

    const problems: string[] = [];
    const nat = parseCidr(props.natCidr);
    if ("error" in nat) problems.push(`natCidr "${props.natCidr}" ${nat.error}`);
    if (!/\.qcow2$/.test(props.baseImagePath)) {
      problems.push(
        `baseImagePath "${props.baseImagePath}" is not a .qcow2 file — build it with nix build ./nixos#base-image -o nixos/result`,
      );
    }
    throwIfInvalid(this, problems);

    this.network = new Network(this, "nat", {
      name: networkName,
      mode: "nat",
      addresses: [props.natCidr],
      autostart: true,
      dhcp: { enabled: true },
      dns: { enabled: true, localOnly: true },
    });
    this.baseImage = new Volume(this, "base-image", {
      name: "nixos-base.qcow2",
      pool: this.pool,
      source: fromStack(props.baseImagePath),
      format: "qcow2",
    });
  }
}
