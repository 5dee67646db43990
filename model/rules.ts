/**
 * Semantic rules: what the schemas cannot see because it relates values to
 * each other (addresses inside networks, uniqueness across files, profiles
 * that need a CNI). Every rule reports through `report`; nothing throws here.
 */
import { FieldPath, showValue } from "./issues";
import {
  cidrContains,
  cidrsOverlap,
  cidrWithin,
  formatIpv4,
  Ipv4Cidr,
  isDnsLabel,
  isEmailAddress,
  isDnsName,
  macProblem,
  managementMac,
  normalizeMac,
  parseCidr,
  parseIpv4,
} from "./net";
import type { ClusterFile, SiteFile } from "./schema";

/** Records one issue in `file` at `path`. */
export type Report = (file: string, path: FieldPath, message: string) => void;

export interface ParsedSite {
  readonly file: string;
  readonly data: SiteFile;
}

export interface ParsedCluster {
  readonly file: string;
  /** The file name without directory and extension; the stack is named after it. */
  readonly stem: string;
  readonly data: ClusterFile;
}

/** Smallest sizes a node of each role can run its workload with. */
export const MINIMUM_SIZES = {
  master: { cpus: 2, memory: 4096, disk: 20 },
  worker: { cpus: 2, memory: 2048, disk: 20 },
  support: { cpus: 2, memory: 8192, disk: 60 },
} as const;

/** Stack names that a cluster cannot take. */
const RESERVED_STACK_NAMES: readonly string[] = ["base"];
const PRIVATE_ASN = "use a private ASN: 64512–65534 or 4200000000–4294967294";
const VAULT_PATH = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const USERNAME = /^[a-z0-9][a-z0-9._-]*$/;
const IFNAME = /^[A-Za-z0-9_.-]{1,15}$/;
const SSH_PUBLIC_KEY =
  /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com) [A-Za-z0-9+/]+={0,3}( .*)?$/;

function isPrivateAsn(asn: number): boolean {
  return (asn >= 64512 && asn <= 65534) || (asn >= 4200000000 && asn <= 4294967294);
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** Where a value was first seen, for "already used by" messages. */
interface Owner {
  readonly file: string;
  readonly path: FieldPath;
}

function describeOwner(owner: Owner, file: string): string {
  const where = owner.path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("");
  return owner.file === file ? where : `${where} in ${owner.file}`;
}

/**
 * Checks the whole model. `site` is undefined when the site file itself
 * failed its schema; then only the rules that need no site run.
 */
export function checkModel(site: ParsedSite | undefined, clusters: readonly ParsedCluster[], report: Report): void {
  const vlan = site ? checkSite(site, report) : undefined;
  const ips = new Map<number, Owner>();
  const macs = new Map<string, Owner>();

  const claimIp = (file: string, path: FieldPath, text: string, what: string): void => {
    const address = parseIpv4(text);
    if (address === undefined) {
      report(
        file,
        path,
        `${showValue(text)} is not an IPv4 address — write it as four dotted numbers, for example 10.69.50.20`,
      );
      return;
    }
    if (vlan) {
      if (!cidrContains(vlan, address)) {
        report(
          file,
          path,
          `${text} is outside the VLAN ${vlan.text} (network.vlan_cidr in ${site!.file}) — pick a free address inside it`,
        );
        return;
      }
      if (address === vlan.first || address === vlan.last) {
        const kind = address === vlan.first ? "network" : "broadcast";
        report(file, path, `${text} is the VLAN's ${kind} address — pick a host address inside ${vlan.text}`);
        return;
      }
    }
    const owner = ips.get(address);
    if (owner) {
      report(
        file,
        path,
        `${text} is already used by ${describeOwner(owner, file)} — give each ${what} its own address`,
      );
      return;
    }
    ips.set(address, { file, path });
  };

  const claimMac = (file: string, path: FieldPath, text: string): void => {
    const problem = macProblem(text);
    if (problem) {
      report(file, path, `${showValue(text)} ${problem}`);
      return;
    }
    const mac = normalizeMac(text);
    const owner = macs.get(mac);
    if (owner) {
      report(
        file,
        path,
        `${text} is already used by ${describeOwner(owner, file)} — give each VM its own MAC (and its own static lease on the router)`,
      );
      return;
    }
    macs.set(mac, { file, path });
  };

  const checkSize = (
    file: string,
    path: FieldPath,
    size: { cpus: number; memory: number; disk: number },
    role: keyof typeof MINIMUM_SIZES,
  ): void => {
    const minimum = MINIMUM_SIZES[role];
    const fields = [
      ["cpus", "vCPUs"],
      ["memory", "MiB"],
      ["disk", "GB"],
    ] as const;
    for (const [field, unit] of fields) {
      if (size[field] < minimum[field]) {
        report(
          file,
          [...path, field],
          `${size[field]} is below the ${role} minimum of ${minimum[field]} ${unit} — raise it to at least ${minimum[field]}`,
        );
      }
    }
  };

  if (site) {
    claimIp(site.file, ["network", "gateway_ip"], site.data.network.gateway_ip, "host");
    claimIp(site.file, ["support", "ip"], site.data.support.ip, "VM");
    claimMac(site.file, ["support", "mac"], site.data.support.mac);
    checkSize(site.file, ["support"], site.data.support, "support");
  }

  // Management MACs are derived from hostnames; a collision is astronomically unlikely, but would
  // silently give two VMs one DHCP lease on the NAT network.
  const managementMacs = new Map<string, Owner>();
  const claimHostname = (file: string, path: FieldPath, hostname: string): void => {
    const mac = managementMac(hostname);
    const owner = managementMacs.get(mac);
    if (owner)
      report(
        file,
        path,
        `gives the hostname ${hostname} the same management MAC (${mac}) as ${describeOwner(owner, file)} — rename one of them`,
      );
    else managementMacs.set(mac, { file, path });
  };
  if (site) claimHostname(site.file, ["support"], "support");

  const clusterNames = new Map<string, string>();
  const namespaces = new Map<string, string>();
  const asns = new Map<number, string>();
  const pools: { file: string; cidr: Ipv4Cidr }[] = [];

  for (const cluster of clusters) {
    const { file, data } = cluster;
    const name = data.name;

    if (!isDnsLabel(name) || name.length > 63 - "-master".length) {
      report(
        file,
        ["name"],
        `${showValue(name)} is not a valid cluster name — use lower-case letters, digits and '-', at most ${63 - "-master".length} characters, starting and ending with a letter or digit`,
      );
    } else if (RESERVED_STACK_NAMES.includes(name)) {
      report(file, ["name"], `${showValue(name)} is reserved for the ${name} stack — choose another cluster name`);
    } else if (name !== cluster.stem) {
      report(
        file,
        ["name"],
        `${showValue(name)} does not match the file name ${cluster.stem}.yaml — rename the file to clusters/${name}.yaml or set name: ${cluster.stem}`,
      );
    }
    const other = clusterNames.get(name);
    if (other)
      report(
        file,
        ["name"],
        `${showValue(name)} is already the name of the cluster in ${other} — give each cluster its own name`,
      );
    else clusterNames.set(name, file);

    claimHostname(file, ["name"], `${name}-master`);
    claimIp(file, ["master", "ip"], data.master.ip, "node");
    claimMac(file, ["master", "mac"], data.master.mac);
    checkSize(file, ["master"], data.master, "master");

    if (data.workers.length === 0) {
      report(file, ["workers"], "is empty — add at least one worker (name, ip, mac)");
    }
    const workerNames = new Map<string, number>();
    data.workers.forEach((worker, i) => {
      const path = ["workers", i];
      if (!isDnsLabel(worker.name) || `${name}-${worker.name}`.length > 63) {
        report(
          file,
          [...path, "name"],
          `${showValue(worker.name)} is not a valid worker name — use lower-case letters, digits and '-', so that the hostname ${name}-<name> stays a DNS label of at most 63 characters`,
        );
      } else if (worker.name === "master") {
        report(
          file,
          [...path, "name"],
          `"master" is the control-plane node's name — call the worker something else, for example worker-${i + 1}`,
        );
      }
      const first = workerNames.get(worker.name);
      if (first !== undefined) {
        report(
          file,
          [...path, "name"],
          `${showValue(worker.name)} is already the name of workers[${first}] — give each worker its own name`,
        );
      } else {
        workerNames.set(worker.name, i);
      }
      claimHostname(file, [...path, "name"], `${name}-${worker.name}`);
      claimIp(file, [...path, "ip"], worker.ip, "node");
      claimMac(file, [...path, "mac"], worker.mac);
      checkSize(file, path, worker, "worker");
    });

    if (data.helmfile_env === "istio-mesh") {
      if (data.cni !== "cilium") {
        report(
          file,
          ["cni"],
          `${showValue(data.cni)} cannot carry helmfile_env: istio-mesh — set cni: cilium (Istio Ambient here relies on Cilium and BGP)`,
        );
      }
      if (!data.bgp) {
        report(
          file,
          ["bgp"],
          "is missing, and helmfile_env: istio-mesh announces LoadBalancer addresses over BGP — add bgp: { asn: <private ASN> }",
        );
      }
    }
    if (data.bgp) {
      const asn = data.bgp.asn;
      if (!isPrivateAsn(asn)) {
        report(file, ["bgp", "asn"], `${asn} is not a private ASN — ${PRIVATE_ASN}`);
      } else if (site && asn === site.data.network.bgp_peer_asn) {
        report(
          file,
          ["bgp", "asn"],
          `${asn} is the gateway's ASN (network.bgp_peer_asn in ${site.file}) — the cluster needs its own ASN for eBGP`,
        );
      } else if (asns.has(asn)) {
        report(
          file,
          ["bgp", "asn"],
          `${asn} is already the ASN of the cluster in ${asns.get(asn)} — give each cluster its own ASN`,
        );
      } else {
        asns.set(asn, file);
      }
    }

    const namespace = data.vault.namespace ?? name;
    if (!VAULT_PATH.test(namespace)) {
      report(
        file,
        ["vault", "namespace"],
        `${showValue(namespace)} is not a valid Vault namespace — use letters, digits, '-' and '_'`,
      );
    } else if (namespaces.has(namespace)) {
      report(
        file,
        ["vault", "namespace"],
        `${showValue(namespace)} is already the Vault namespace of the cluster in ${namespaces.get(namespace)} — give each cluster its own namespace`,
      );
    } else {
      namespaces.set(namespace, file);
    }
    if (!VAULT_PATH.test(data.vault.auth_mount)) {
      report(
        file,
        ["vault", "auth_mount"],
        `${showValue(data.vault.auth_mount)} is not a valid Vault mount path — use letters, digits, '-' and '_'`,
      );
    }
    if (data.oidc.client_id.trim() === "") {
      report(
        file,
        ["oidc", "client_id"],
        "is empty — set the broker realm's client for the API server, normally kubernetes",
      );
    }
    if (!isDnsLabel(data.identity.broker_realm)) {
      report(
        file,
        ["identity", "broker_realm"],
        `${showValue(data.identity.broker_realm)} is not a valid realm name — use lower-case letters, digits and '-'`,
      );
    }

    const parsed = parseCidr(data.loadbalancer.cidr);
    if ("error" in parsed) {
      report(file, ["loadbalancer", "cidr"], `${showValue(data.loadbalancer.cidr)} ${parsed.error}`);
    } else if (vlan && !cidrWithin(parsed.cidr, vlan)) {
      report(
        file,
        ["loadbalancer", "cidr"],
        `${parsed.cidr.text} is not inside the VLAN ${vlan.text} — LoadBalancer addresses must be reachable on the VLAN; pick a free block inside it`,
      );
    } else {
      pools.push({ file, cidr: parsed.cidr });
      const ingress = data.loadbalancer.ingress_ip;
      if (ingress !== undefined) {
        const address = parseIpv4(ingress);
        if (address === undefined || !cidrContains(parsed.cidr, address)) {
          report(
            file,
            ["loadbalancer", "ingress_ip"],
            `${showValue(ingress)} is not an address inside the LoadBalancer pool ${parsed.cidr.text} — pick one from the pool (or leave it out to use ${formatIpv4(parsed.cidr.first)})`,
          );
        }
      }
    }
    if (data.identity.keycloak_url !== undefined && !isHttpUrl(data.identity.keycloak_url)) {
      report(
        file,
        ["identity", "keycloak_url"],
        `${showValue(data.identity.keycloak_url)} is not an http(s) URL — leave it out for https://auth.${data.name}.<domains.base>, or write the URL of the cluster's Keycloak`,
      );
    }
  }

  // Pools are checked once every address is known, so that a node listed in
  // a later file is still found inside an earlier file's pool.
  pools.forEach((pool, i) => {
    for (const [address, owner] of ips) {
      if (cidrContains(pool.cidr, address)) {
        report(
          pool.file,
          ["loadbalancer", "cidr"],
          `${pool.cidr.text} contains ${formatIpv4(address)}, used by ${describeOwner(owner, pool.file)} — move the pool or the address so that they do not collide`,
        );
      }
    }
    for (const earlier of pools.slice(0, i)) {
      if (cidrsOverlap(pool.cidr, earlier.cidr)) {
        report(
          pool.file,
          ["loadbalancer", "cidr"],
          `${pool.cidr.text} overlaps ${earlier.cidr.text}, the LoadBalancer pool of ${earlier.file} — give each cluster a separate block`,
        );
      }
    }
  });
}

/** Site-only rules; returns the VLAN when it is valid, for the address rules. */
function checkSite(site: ParsedSite, report: Report): Ipv4Cidr | undefined {
  const { file, data } = site;
  const { domains, network } = data;

  for (const key of ["root", "base", "ziti"] as const) {
    if (!isDnsName(domains[key])) {
      report(
        file,
        ["domains", key],
        `${showValue(domains[key])} is not a DNS name — use lower-case labels separated by dots, for example lab.example.com`,
      );
    }
  }
  if (
    isDnsName(domains.base) &&
    isDnsName(domains.root) &&
    domains.base !== domains.root &&
    !domains.base.endsWith(`.${domains.root}`)
  ) {
    report(
      file,
      ["domains", "base"],
      `${showValue(domains.base)} is not inside domains.root ${showValue(domains.root)} — certificates are issued through the root zone; use a subdomain such as lab.${domains.root}`,
    );
  }
  if (!isDnsLabel(domains.support_prefix)) {
    report(
      file,
      ["domains", "support_prefix"],
      `${showValue(domains.support_prefix)} is not a DNS label — use lower-case letters, digits and '-'`,
    );
  }

  const cidrs = new Map<string, Ipv4Cidr>();
  for (const key of ["vlan_cidr", "management_cidr", "pod_cidr", "service_cidr", "nfs_allowed_network"] as const) {
    const parsed = parseCidr(network[key]);
    if ("error" in parsed) report(file, ["network", key], `${showValue(network[key])} ${parsed.error}`);
    else cidrs.set(key, parsed.cidr);
  }
  const nat = parseCidr(data.libvirt.nat_cidr);
  if ("error" in nat) report(file, ["libvirt", "nat_cidr"], `${showValue(data.libvirt.nat_cidr)} ${nat.error}`);
  else if (nat.cidr.prefix > 29)
    report(
      file,
      ["libvirt", "nat_cidr"],
      `${nat.cidr.text} is too small for the VMs' management NICs — use a /29 or larger network`,
    );
  else {
    for (const key of ["vlan_cidr", "management_cidr", "pod_cidr", "service_cidr"] as const) {
      const other = cidrs.get(key);
      if (other && cidrsOverlap(nat.cidr, other)) {
        report(
          file,
          ["libvirt", "nat_cidr"],
          `${nat.cidr.text} overlaps network.${key} ${other.text} — pick a private range the homelab does not use`,
        );
      }
    }
  }
  const vlan = cidrs.get("vlan_cidr");
  if (vlan && vlan.prefix > 30) {
    report(file, ["network", "vlan_cidr"], `${vlan.text} has no room for hosts — use a /30 or larger network`);
  }
  // The cluster networks and the management network must stay apart from the VLAN and from each other.
  const separate = ["vlan_cidr", "management_cidr", "pod_cidr", "service_cidr"] as const;
  separate.forEach((key, i) => {
    for (const earlier of separate.slice(0, i)) {
      const a = cidrs.get(key);
      const b = cidrs.get(earlier);
      if (a && b && cidrsOverlap(a, b)) {
        report(
          file,
          ["network", key],
          `${a.text} overlaps network.${earlier} ${b.text} — these networks must not overlap; pick another range`,
        );
      }
    }
  });

  if (!IFNAME.test(network.bridge)) {
    report(
      file,
      ["network", "bridge"],
      `${showValue(network.bridge)} is not a Linux interface name — use at most 15 letters, digits, '-', '_' or '.'`,
    );
  }
  if (!isPrivateAsn(network.bgp_peer_asn)) {
    report(file, ["network", "bgp_peer_asn"], `${network.bgp_peer_asn} is not a private ASN — ${PRIVATE_ASN}`);
  }
  if (network.ollama_url !== undefined && !isHttpUrl(network.ollama_url)) {
    report(
      file,
      ["network", "ollama_url"],
      `${showValue(network.ollama_url)} is not an http(s) URL — for example http://10.69.10.10:11434`,
    );
  }

  if (!isEmailAddress(data.identity.admin_email)) {
    report(
      file,
      ["identity", "admin_email"],
      `${showValue(data.identity.admin_email)} is not an email address — it is the ACME contact, for example admin@${domains.root}`,
    );
  }
  const usernames = new Map<string, number>();
  data.identity.users.forEach((user, i) => {
    const path = ["identity", "users", i];
    if (!USERNAME.test(user.username)) {
      report(
        file,
        [...path, "username"],
        `${showValue(user.username)} is not a valid username — use lower-case letters, digits, '.', '_' and '-'`,
      );
    } else if (usernames.has(user.username)) {
      report(
        file,
        [...path, "username"],
        `${showValue(user.username)} is already identity.users[${usernames.get(user.username)}] — remove the duplicate or rename it`,
      );
    } else {
      usernames.set(user.username, i);
    }
    if (!isEmailAddress(user.email)) {
      report(
        file,
        [...path, "email"],
        `${showValue(user.email)} is not an email address — for example ${user.username}@${domains.root}`,
      );
    }
  });

  const devices = new Map<string, number>();
  data.ziti.client_devices.forEach((device, i) => {
    const path = ["ziti", "client_devices", i, "name"];
    if (!isDnsLabel(device.name)) {
      report(
        file,
        path,
        `${showValue(device.name)} is not a valid identity name — use lower-case letters, digits and '-'`,
      );
    } else if (devices.has(device.name)) {
      report(
        file,
        path,
        `${showValue(device.name)} is already ziti.client_devices[${devices.get(device.name)}] — give each device its own name`,
      );
    } else {
      devices.set(device.name, i);
    }
  });

  if (!USERNAME.test(data.admin.user) || data.admin.user === "root") {
    report(
      file,
      ["admin", "user"],
      `${showValue(data.admin.user)} cannot be the admin login — use a lower-case user name other than root, for example admin`,
    );
  }
  if (data.admin.ssh_authorized_keys.length === 0) {
    report(
      file,
      ["admin", "ssh_authorized_keys"],
      "is empty — add the public key (e.g. the contents of ~/.ssh/id_ed25519.pub) that provisioning and you log in with",
    );
  }
  data.admin.ssh_authorized_keys.forEach((key, i) => {
    if (!SSH_PUBLIC_KEY.test(key)) {
      report(
        file,
        ["admin", "ssh_authorized_keys", i],
        `${showValue(key.length > 40 ? `${key.slice(0, 40)}…` : key)} is not an OpenSSH public key — paste one line of a .pub file ("ssh-ed25519 AAAA… comment")`,
      );
    }
  });
  if (data.git.project_name.trim() === "")
    report(file, ["git", "project_name"], "is empty — name the GitLab project that holds the GitOps repository");
  if (data.state.endpoint !== undefined && !isHttpUrl(data.state.endpoint)) {
    report(
      file,
      ["state", "endpoint"],
      `${showValue(data.state.endpoint)} is not an http(s) URL — for example https://minio.${domains.support_prefix}.${domains.base}`,
    );
  }
  if (data.identity.keycloak_url !== undefined && !isHttpUrl(data.identity.keycloak_url)) {
    report(
      file,
      ["identity", "keycloak_url"],
      `${showValue(data.identity.keycloak_url)} is not an http(s) URL — for example https://idp.${domains.support_prefix}.${domains.base}`,
    );
  }
  if (data.vault.address !== undefined && !isHttpUrl(data.vault.address)) {
    report(
      file,
      ["vault", "address"],
      `${showValue(data.vault.address)} is not an http(s) URL — for example https://vault.${domains.support_prefix}.${domains.base}`,
    );
  }
  if (!/^(qemu|qemu\+\w+):\/\//.test(data.libvirt.uri)) {
    report(
      file,
      ["libvirt", "uri"],
      `${showValue(data.libvirt.uri)} is not a QEMU libvirt URI — for example qemu:///system or qemu+ssh://root@hypervisor/system`,
    );
  }
  return vlan && vlan.prefix <= 30 ? vlan : undefined;
}
