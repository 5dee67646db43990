/**
 * Semantic rules: what the schemas cannot see because it relates values to
 * each other (addresses inside networks, uniqueness across files, profiles
 * that need a CNI), and what a service, NixOS or libvirt would refuse at
 * apply time. Every rule reports through `report`; nothing throws here.
 *
 * `checkModel` runs named rule groups: `checkStrings` (every string of every
 * file), the site groups (`checkDomains`, `checkNetworks`, `checkIdentity`,
 * `checkZiti`, `checkAdmin`, `checkServiceUrls`, `checkStateBucket`,
 * `checkLibvirt`, `checkGit`), the address book shared by
 * all files (`AddressBook`), the cluster groups (`checkClusterName`,
 * `checkClusterNodes`, `checkClusterProfile`, `checkClusterVault`,
 * `checkClusterIdentity`, `checkClusterPool`), and the rules across files
 * (`checkPools`, `checkServiceBuckets`, `checkCounts`).
 */
import {
  emailProblem,
  libvirtUriProblem,
  NIXOS_USER_NAME,
  PERSON_NAME_PROHIBITED,
  serviceUrlProblem,
  sshPublicKeyProblem,
  stringProblem,
  SYSTEM_USERS,
} from "./checks";
import { FieldPath, showValue } from "./issues";
import {
  cidrContains,
  cidrsOverlap,
  cidrWithin,
  formatIpv4,
  Ipv4Cidr,
  isDnsLabel,
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

/** Largest sizes of any VM: beyond these a typo (MiB written as KiB, GB as MB) is far likelier than a real host. */
export const MAXIMUM_SIZE = { cpus: 128, memory: 1024 * 1024, disk: 65536 } as const;

/** Upper bounds on how many of each thing the model holds, so that a generated or pasted file cannot run away. */
export const MAXIMUM_COUNTS = {
  clusters: 64,
  workers: 64,
  users: 1000,
  clientDevices: 1000,
  roleAttributes: 32,
  sshAuthorizedKeys: 32,
} as const;

/**
 * Names a cluster cannot take, and why: `base` is a stack, `support` the
 * support VM's hostname and Ziti router, `apps` and `library` Harbor projects.
 */
const RESERVED_CLUSTER_NAMES: Readonly<Record<string, string>> = {
  base: "the base stack",
  support: "the support VM (its hostname and Ziti router)",
  apps: "Harbor's site-wide apps project",
  library: "the project Harbor creates itself",
};
/** Names of the cluster's other resources beside its nodes (constructs/rke2-cluster.ts); a worker cannot take one. */
const RESERVED_WORKER_NAMES: readonly string[] = ["join-token", "kubeconfig", "api-server-ca"];
/** Keycloak's administration realm; a broker realm cannot take it. */
const RESERVED_REALMS: readonly string[] = ["master"];
/** Vault reserves these as namespace names (they are API path prefixes). */
const RESERVED_VAULT_NAMESPACES: readonly string[] = ["root", "sys", "audit", "auth", "cubbyhole", "identity"];
/** Auth mount paths Vault owns in every namespace (`auth/token`). */
const RESERVED_AUTH_MOUNTS: readonly string[] = ["token"];
/**
 * Client IDs the broker realm gives the cluster's applications
 * (constructs/keycloak-broker.ts); the API server's client must be another one.
 */
export const BROKER_APPLICATION_CLIENTS: readonly string[] = [
  "argocd",
  "grafana",
  "oauth2-proxy",
  "headlamp",
  "open-webui",
  "kiali",
  "dependency-track",
];
const PRIVATE_ASN = "use a private ASN: 64512–65534 or 4200000000–4294967294";
const VAULT_PATH = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const USERNAME = /^[a-z0-9][a-z0-9._-]*$/;
const KEYCLOAK_CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;
const IFNAME = /^[A-Za-z0-9_.-]{1,15}$/;
const S3_BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const S3_REGION = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** The project's GitLab path (the name is used as the path): constructs/gitlab-deploy.ts, GitLab's path rule. */
const GITLAB_PATH = /^[a-z0-9_]([a-z0-9_.-]*[a-z0-9_-])?$/;
/** An IANA time zone name as NixOS's time.timeZone takes it (`Europe/Stockholm`, `UTC`). */
const TIME_ZONE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;
/** libvirt storage pool names: no '/' and nothing a shell or path would read twice. */
const POOL_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/** A path on the applying machine; '$', '{' and '%' are left out, so it never reads as a template or variable. */
const LOCAL_PATH = /^[A-Za-z0-9._/+@:-]+$/;
/** Ziti role attributes; a leading '#' or '@' would change what a role selector means. */
const ROLE_ATTRIBUTE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

function isPrivateAsn(asn: number): boolean {
  return (asn >= 64512 && asn <= 65534) || (asn >= 4200000000 && asn <= 4294967294);
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
  if (site) checkStrings(site.file, site.data, report);
  for (const cluster of clusters) checkStrings(cluster.file, cluster.data, report);

  const vlan = site ? checkSite(site, report) : undefined;
  const book = new AddressBook(report, site, vlan);
  if (site) {
    book.claimIp(site.file, ["network", "gateway_ip"], site.data.network.gateway_ip, "host");
    book.claimIp(site.file, ["support", "ip"], site.data.support.ip, "VM");
    book.claimMac(site.file, ["support", "mac"], site.data.support.mac);
    book.claimHostname(site.file, ["support"], "support");
    checkSize(site.file, ["support"], site.data.support, "support", report);
  }

  const seen: ClusterRegistry = { names: new Map(), namespaces: new Map(), asns: new Map() };
  const pools: Pool[] = [];
  for (const cluster of clusters) {
    checkClusterName(cluster, site?.data.domains.support_prefix, seen, report);
    checkClusterNodes(cluster, book, report);
    checkClusterProfile(cluster, site, seen, report);
    checkClusterVault(cluster, seen, report);
    checkClusterIdentity(cluster, report);
    const pool = checkClusterPool(cluster, vlan, report);
    if (pool) pools.push(pool);
  }
  checkPools(pools, book, report);
  checkDerivedNames(site, clusters, report);
  if (site) checkServiceBuckets(site, clusters, report);
  if (site) checkRouterNames(site, clusters, report);
  checkCounts(site, clusters, report);
}

/**
 * Every string of a file, whatever its field: no cdktf token markers and no
 * control characters. Field rules below then constrain each field to what
 * its consumer accepts.
 */
function checkStrings(file: string, data: unknown, report: Report, at: FieldPath = []): void {
  if (typeof data === "string") {
    const problem = stringProblem(data);
    if (problem) report(file, at, problem);
  } else if (Array.isArray(data)) {
    data.forEach((item, i) => checkStrings(file, item, report, [...at, i]));
  } else if (data !== null && typeof data === "object") {
    for (const [key, value] of Object.entries(data)) checkStrings(file, value, report, [...at, key]);
  }
}

/** IPs, MACs and hostnames are unique across every file; node addresses lie on the VLAN. */
class AddressBook {
  public readonly ips = new Map<number, Owner>();
  private readonly macs = new Map<string, Owner>();
  // Management MACs are derived from hostnames; a collision is astronomically unlikely, but would
  // silently give two VMs one DHCP lease on the NAT network.
  private readonly managementMacs = new Map<string, Owner>();

  constructor(
    private readonly report: Report,
    private readonly site: ParsedSite | undefined,
    private readonly vlan: Ipv4Cidr | undefined,
  ) {}

  public claimIp(file: string, path: FieldPath, text: string, what: string): void {
    const { report, vlan } = this;
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
          `${text} is outside the VLAN ${vlan.text} (network.vlan_cidr in ${this.site!.file}) — pick a free address inside it`,
        );
        return;
      }
      if (address === vlan.first || address === vlan.last) {
        const kind = address === vlan.first ? "network" : "broadcast";
        report(file, path, `${text} is the VLAN's ${kind} address — pick a host address inside ${vlan.text}`);
        return;
      }
    }
    const owner = this.ips.get(address);
    if (owner) {
      report(
        file,
        path,
        `${text} is already used by ${describeOwner(owner, file)} — give each ${what} its own address`,
      );
      return;
    }
    this.ips.set(address, { file, path });
  }

  public claimMac(file: string, path: FieldPath, text: string): void {
    const problem = macProblem(text);
    if (problem) {
      this.report(file, path, `${showValue(text)} ${problem}`);
      return;
    }
    const mac = normalizeMac(text);
    const owner = this.macs.get(mac);
    if (owner) {
      this.report(
        file,
        path,
        `${text} is already used by ${describeOwner(owner, file)} — give each VM its own MAC (and its own static lease on the router)`,
      );
      return;
    }
    this.macs.set(mac, { file, path });
  }

  public claimHostname(file: string, path: FieldPath, hostname: string): void {
    const mac = managementMac(hostname);
    const owner = this.managementMacs.get(mac);
    if (owner)
      this.report(
        file,
        path,
        `gives the hostname ${hostname} the same management MAC (${mac}) as ${describeOwner(owner, file)} — rename one of them`,
      );
    else this.managementMacs.set(mac, { file, path });
  }
}

/** vCPUs, memory and disk between the role's minimum and the common maximum. */
function checkSize(
  file: string,
  path: FieldPath,
  size: { cpus: number; memory: number; disk: number },
  role: keyof typeof MINIMUM_SIZES,
  report: Report,
): void {
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
    } else if (size[field] > MAXIMUM_SIZE[field]) {
      report(
        file,
        [...path, field],
        `${size[field]} is above the maximum of ${MAXIMUM_SIZE[field]} ${unit} — check the unit (${field === "memory" ? "memory is in MiB" : field === "disk" ? "disk is in GB" : "vCPUs"}) and lower it`,
      );
    }
  }
}

/** What the cluster groups remember across files. */
interface ClusterRegistry {
  readonly names: Map<string, string>;
  readonly namespaces: Map<string, string>;
  readonly asns: Map<number, string>;
}

function checkClusterName(
  cluster: ParsedCluster,
  supportPrefix: string | undefined,
  seen: ClusterRegistry,
  report: Report,
): void {
  const { file, data } = cluster;
  const name = data.name;
  if (!isDnsLabel(name) || name.length > 63 - "-master".length) {
    report(
      file,
      ["name"],
      `${showValue(name)} is not a valid cluster name — use lower-case letters, digits and '-', at most ${63 - "-master".length} characters, starting and ending with a letter or digit`,
    );
  } else if (name in RESERVED_CLUSTER_NAMES) {
    report(
      file,
      ["name"],
      `${showValue(name)} is reserved for ${RESERVED_CLUSTER_NAMES[name]} — choose another cluster name`,
    );
  } else if (supportPrefix !== undefined && name === supportPrefix) {
    report(
      file,
      ["name"],
      `${showValue(name)} is domains.support_prefix, so the cluster's domain would be the support VM's — choose another cluster name`,
    );
  } else if (name !== cluster.stem) {
    report(
      file,
      ["name"],
      `${showValue(name)} does not match the file name ${cluster.stem}.yaml — rename the file to clusters/${name}.yaml or set name: ${cluster.stem}`,
    );
  }
  const other = seen.names.get(name);
  if (other)
    report(
      file,
      ["name"],
      `${showValue(name)} is already the name of the cluster in ${other} — give each cluster its own name`,
    );
  else seen.names.set(name, file);
}

function checkClusterNodes(cluster: ParsedCluster, book: AddressBook, report: Report): void {
  const { file, data } = cluster;
  const name = data.name;
  book.claimHostname(file, ["name"], `${name}-master`);
  book.claimIp(file, ["master", "ip"], data.master.ip, "node");
  book.claimMac(file, ["master", "mac"], data.master.mac);
  checkSize(file, ["master"], data.master, "master", report);

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
    } else if (RESERVED_WORKER_NAMES.includes(worker.name)) {
      report(
        file,
        [...path, "name"],
        `${showValue(worker.name)} is the name of another part of the cluster's configuration (${RESERVED_WORKER_NAMES.join(", ")}) — call the worker something else, for example worker-${i + 1}`,
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
    book.claimHostname(file, [...path, "name"], `${name}-${worker.name}`);
    book.claimIp(file, [...path, "ip"], worker.ip, "node");
    book.claimMac(file, [...path, "mac"], worker.mac);
    checkSize(file, path, worker, "worker", report);
  });
}

function checkClusterProfile(
  cluster: ParsedCluster,
  site: ParsedSite | undefined,
  seen: ClusterRegistry,
  report: Report,
): void {
  const { file, data } = cluster;
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
    } else if (seen.asns.has(asn)) {
      report(
        file,
        ["bgp", "asn"],
        `${asn} is already the ASN of the cluster in ${seen.asns.get(asn)} — give each cluster its own ASN`,
      );
    } else {
      seen.asns.set(asn, file);
    }
  }
}

function checkClusterVault(cluster: ParsedCluster, seen: ClusterRegistry, report: Report): void {
  const { file, data } = cluster;
  const namespace = data.vault.namespace ?? data.name;
  if (!VAULT_PATH.test(namespace)) {
    report(
      file,
      ["vault", "namespace"],
      `${showValue(namespace)} is not a valid Vault namespace — use letters, digits, '-' and '_'`,
    );
  } else if (RESERVED_VAULT_NAMESPACES.includes(namespace.toLowerCase())) {
    report(
      file,
      ["vault", "namespace"],
      `${showValue(namespace)} is a name Vault reserves (${RESERVED_VAULT_NAMESPACES.join(", ")}) — use the cluster's name`,
    );
  } else if (seen.namespaces.has(namespace)) {
    report(
      file,
      ["vault", "namespace"],
      `${showValue(namespace)} is already the Vault namespace of the cluster in ${seen.namespaces.get(namespace)} — give each cluster its own namespace`,
    );
  } else {
    seen.namespaces.set(namespace, file);
  }
  if (!VAULT_PATH.test(data.vault.auth_mount)) {
    report(
      file,
      ["vault", "auth_mount"],
      `${showValue(data.vault.auth_mount)} is not a valid Vault mount path — use letters, digits, '-' and '_'`,
    );
  } else if (RESERVED_AUTH_MOUNTS.includes(data.vault.auth_mount)) {
    report(
      file,
      ["vault", "auth_mount"],
      `${showValue(data.vault.auth_mount)} is Vault's built-in token auth mount — use another path, normally kubernetes`,
    );
  }
}

function checkClusterIdentity(cluster: ParsedCluster, report: Report): void {
  const { file, data } = cluster;
  const clientId = data.oidc.client_id;
  if (clientId.trim() === "") {
    report(
      file,
      ["oidc", "client_id"],
      "is empty — set the broker realm's client for the API server, normally kubernetes",
    );
  } else if (!KEYCLOAK_CLIENT_ID.test(clientId)) {
    report(
      file,
      ["oidc", "client_id"],
      `${showValue(clientId)} is not a usable client ID — use letters, digits, '.', '_' and '-', normally kubernetes`,
    );
  } else if (
    BROKER_APPLICATION_CLIENTS.some(
      (app) => app === clientId || app.startsWith(`${clientId}-`) || clientId.startsWith(`${app}-`),
    )
  ) {
    report(
      file,
      ["oidc", "client_id"],
      `${showValue(clientId)} is, or shares a '-' prefix with, a client the broker realm gives an application (${BROKER_APPLICATION_CLIENTS.join(", ")}), and the two would collide — use another ID, normally kubernetes`,
    );
  }
  const realm = data.identity.broker_realm;
  if (!isDnsLabel(realm)) {
    report(
      file,
      ["identity", "broker_realm"],
      `${showValue(realm)} is not a valid realm name — use lower-case letters, digits and '-'`,
    );
  } else if (RESERVED_REALMS.includes(realm)) {
    report(
      file,
      ["identity", "broker_realm"],
      `${showValue(realm)} is Keycloak's administration realm — use another name, normally broker`,
    );
  }
  const url = data.identity.keycloak_url;
  const problem = url === undefined ? undefined : serviceUrlProblem(url, `https://auth.${data.name}.lab.example.com`);
  if (problem) {
    report(
      file,
      ["identity", "keycloak_url"],
      `${showValue(url)} ${problem} (or leave it out for https://auth.${data.name}.<domains.base>)`,
    );
  }
}

interface Pool {
  readonly file: string;
  readonly cidr: Ipv4Cidr;
}

function checkClusterPool(cluster: ParsedCluster, vlan: Ipv4Cidr | undefined, report: Report): Pool | undefined {
  const { file, data } = cluster;
  const parsed = parseCidr(data.loadbalancer.cidr);
  if ("error" in parsed) {
    report(file, ["loadbalancer", "cidr"], `${showValue(data.loadbalancer.cidr)} ${parsed.error}`);
    return undefined;
  }
  if (vlan && !cidrWithin(parsed.cidr, vlan)) {
    report(
      file,
      ["loadbalancer", "cidr"],
      `${parsed.cidr.text} is not inside the VLAN ${vlan.text} — LoadBalancer addresses must be reachable on the VLAN; pick a free block inside it`,
    );
    return undefined;
  }
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
  return { file, cidr: parsed.cidr };
}

/**
 * Pools are checked once every address is known, so that a node listed in
 * a later file is still found inside an earlier file's pool.
 */
function checkPools(pools: readonly Pool[], book: AddressBook, report: Report): void {
  pools.forEach((pool, i) => {
    for (const [address, owner] of book.ips) {
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

/**
 * The state bucket holds every stack's state; if a service's MinIO user could
 * reach it (Harbor's is confined to `harbor`, the clusters' to `loki-<c>` and
 * `tempo-<c>`), that service could read and delete all state.
 */
function checkServiceBuckets(site: ParsedSite, clusters: readonly ParsedCluster[], report: Report): void {
  const bucket = site.data.state.bucket;
  const owners: [string, string][] = [["harbor", "Harbor's registry storage"]];
  for (const cluster of clusters) {
    owners.push([`loki-${cluster.data.name}`, `the logs of cluster ${cluster.data.name}`]);
    owners.push([`tempo-${cluster.data.name}`, `the traces of cluster ${cluster.data.name}`]);
  }
  const owner = owners.find(([name]) => name === bucket);
  if (owner) {
    report(
      site.file,
      ["state", "bucket"],
      `${showValue(bucket)} is the MinIO bucket of ${owner[1]}, whose service user could then read and delete all state — keep state in its own bucket, normally tofu-state`,
    );
  }
}

/**
 * Names the stacks derive by appending a suffix to a model name (Keycloak
 * `user-roles-<user>` next to `user-<user>`, the broker client's
 * `client-broker-<cluster>-roles`, Vault's `ns-<namespace>-kv`, a device's
 * `identity-<device>-jwt` and `-enrolment`) must not meet another model
 * name with that suffix, or two resources would get one address.
 */
function checkDerivedNames(site: ParsedSite | undefined, clusters: readonly ParsedCluster[], report: Report): void {
  const clash = (names: readonly string[], suffixes: readonly string[]): Map<number, string> => {
    const found = new Map<number, string>();
    names.forEach((name, i) => {
      for (const suffix of suffixes) {
        const base = suffix.startsWith("-") ? name.slice(0, -suffix.length) : name.slice(suffix.length);
        const matches = suffix.startsWith("-") ? name.endsWith(suffix) : name.startsWith(suffix);
        if (matches && base !== "" && names.includes(base)) found.set(i, base);
      }
    });
    return found;
  };
  for (const [i, base] of clash(
    clusters.map((c) => c.data.name),
    ["-roles"],
  )) {
    report(
      clusters[i].file,
      ["name"],
      `${showValue(clusters[i].data.name)} would give the upstream Keycloak client of cluster ${base} and its own client the same resource name — choose another cluster name`,
    );
  }
  const namespaces = clusters.map((c) => c.data.vault.namespace ?? c.data.name);
  for (const [i, base] of clash(namespaces, ["-kv"])) {
    report(
      clusters[i].file,
      ["vault", "namespace"],
      `${showValue(namespaces[i])} would give its Vault namespace the resource name of namespace ${base}'s KV mount — choose another namespace`,
    );
  }
  if (!site) return;
  const users = site.data.identity.users.map((u) => u.username);
  for (const [i, base] of clash(users, ["roles-"])) {
    report(
      site.file,
      ["identity", "users", i, "username"],
      `${showValue(users[i])} would give the user the resource name of ${base}'s role mapping — rename the user`,
    );
  }
  const devices = site.data.ziti.client_devices.map((d) => d.name);
  for (const [i, base] of clash(devices, ["-jwt", "-enrolment"])) {
    report(
      site.file,
      ["ziti", "client_devices", i, "name"],
      `${showValue(devices[i])} would give the device the resource name of ${base}'s enrolment token — rename the device`,
    );
  }
}

/** Every router has a Ziti identity of its name (`<cluster>-router`, `support-router`); a device cannot take one. */
function checkRouterNames(site: ParsedSite, clusters: readonly ParsedCluster[], report: Report): void {
  const routers = new Map<string, string>([["support-router", "the support VM's router"]]);
  for (const cluster of clusters) routers.set(`${cluster.data.name}-router`, `the router of ${cluster.file}`);
  site.data.ziti.client_devices.forEach((device, i) => {
    const router = routers.get(device.name);
    if (router) {
      report(
        site.file,
        ["ziti", "client_devices", i, "name"],
        `${showValue(device.name)} is the Ziti identity of ${router} — rename the device`,
      );
    }
  });
}

function checkCounts(site: ParsedSite | undefined, clusters: readonly ParsedCluster[], report: Report): void {
  const over = (file: string, path: FieldPath, count: number, limit: number, what: string) => {
    if (count > limit)
      report(file, path, `holds ${count} ${what}, more than the ${limit} allowed — split or trim the list`);
  };
  if (clusters.length > MAXIMUM_COUNTS.clusters) {
    report(
      clusters[MAXIMUM_COUNTS.clusters].file,
      [],
      `is cluster number ${clusters.length}, more than the ${MAXIMUM_COUNTS.clusters} clusters a homelab can hold — remove some`,
    );
  }
  for (const cluster of clusters) {
    over(cluster.file, ["workers"], cluster.data.workers.length, MAXIMUM_COUNTS.workers, "workers");
  }
  if (!site) return;
  const { file, data } = site;
  over(file, ["identity", "users"], data.identity.users.length, MAXIMUM_COUNTS.users, "users");
  over(file, ["ziti", "client_devices"], data.ziti.client_devices.length, MAXIMUM_COUNTS.clientDevices, "devices");
  data.ziti.client_devices.forEach((device, i) =>
    over(
      file,
      ["ziti", "client_devices", i, "role_attributes"],
      device.role_attributes.length,
      MAXIMUM_COUNTS.roleAttributes,
      "role attributes",
    ),
  );
  over(
    file,
    ["admin", "ssh_authorized_keys"],
    data.admin.ssh_authorized_keys.length,
    MAXIMUM_COUNTS.sshAuthorizedKeys,
    "keys",
  );
}

/** Site-only rules; returns the VLAN when it is valid, for the address rules. */
function checkSite(site: ParsedSite, report: Report): Ipv4Cidr | undefined {
  checkDomains(site, report);
  const vlan = checkNetworks(site, report);
  checkIdentity(site, report);
  checkZiti(site, report);
  checkAdmin(site, report);
  checkServiceUrls(site, report);
  checkStateBucket(site, report);
  checkLibvirt(site, report);
  checkGit(site, report);
  return vlan;
}

function checkDomains({ file, data }: ParsedSite, report: Report): void {
  const { domains } = data;
  for (const key of ["root", "base", "ziti"] as const) {
    if (!isDnsName(domains[key])) {
      report(
        file,
        ["domains", key],
        `${showValue(domains[key])} is not a DNS name — use lower-case labels separated by dots, for example lab.example.com`,
      );
    }
  }
  if (isDnsName(domains.root) && !domains.root.includes(".")) {
    report(
      file,
      ["domains", "root"],
      `${showValue(domains.root)} is a single label — use the public zone certificates are issued through, for example example.com`,
    );
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
  const teleport = data.support.teleport_cluster_name;
  if (!isDnsName(teleport)) {
    report(
      file,
      ["support", "teleport_cluster_name"],
      `${showValue(teleport)} is not a valid Teleport cluster name — use lower-case letters, digits, '-' and '.', for example homelab`,
    );
  }
}

/** Returns the VLAN when it is valid. */
function checkNetworks({ file, data }: ParsedSite, report: Report): Ipv4Cidr | undefined {
  const { network } = data;
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

  // NFS exports are rw,no_root_squash: whoever is inside this network is root on the shares.
  const nfs = cidrs.get("nfs_allowed_network");
  if (nfs) {
    const inside = (["vlan_cidr", "management_cidr"] as const)
      .map((key) => cidrs.get(key))
      .some((outer) => outer !== undefined && cidrWithin(nfs, outer));
    if (nfs.prefix === 0 || !inside) {
      report(
        file,
        ["network", "nfs_allowed_network"],
        `${nfs.text} ${nfs.prefix === 0 ? "is every address" : "reaches beyond network.vlan_cidr and network.management_cidr"}, and NFS is exported rw,no_root_squash to it — use the VLAN (${cidrs.get("vlan_cidr")?.text ?? "network.vlan_cidr"}) or a block inside it`,
      );
    }
  }

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
  return vlan && vlan.prefix <= 30 ? vlan : undefined;
}

function checkIdentity({ file, data }: ParsedSite, report: Report): void {
  const root = data.domains.root;
  const adminEmail = emailProblem(data.identity.admin_email);
  if (adminEmail) {
    report(
      file,
      ["identity", "admin_email"],
      `${showValue(data.identity.admin_email)} ${adminEmail} — it is the ACME contact, for example admin@${root}`,
    );
  }
  const usernames = new Map<string, number>();
  const emails = new Map<string, number>();
  data.identity.users.forEach((user, i) => {
    const path = ["identity", "users", i];
    if (!USERNAME.test(user.username) || user.username.length > 255) {
      report(
        file,
        [...path, "username"],
        `${showValue(user.username)} is not a valid username — use lower-case letters, digits, '.', '_' and '-'`,
      );
    } else if (user.username.startsWith("service-account-")) {
      report(
        file,
        [...path, "username"],
        `${showValue(user.username)} starts with service-account-, which Keycloak keeps for clients' service accounts — rename the user`,
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
    const emailIssue = emailProblem(user.email);
    if (emailIssue) {
      report(file, [...path, "email"], `${showValue(user.email)} ${emailIssue} — for example ${user.username}@${root}`);
    } else if (emails.has(user.email.toLowerCase())) {
      // Keycloak keeps e-mails unique per realm (duplicateEmailsAllowed is off) and compares them case-insensitively.
      report(
        file,
        [...path, "email"],
        `${showValue(user.email)} is already the e-mail of identity.users[${emails.get(user.email.toLowerCase())}] — Keycloak allows each e-mail once; give each person their own`,
      );
    } else {
      emails.set(user.email.toLowerCase(), i);
    }
    for (const key of ["first_name", "last_name"] as const) {
      const name = user[key];
      if (name.trim() === "" || name.length > 255 || PERSON_NAME_PROHIBITED.test(name)) {
        report(
          file,
          [...path, key],
          `${showValue(name)} is not a name Keycloak accepts — write 1–255 characters without any of <>&"$%!#?§;*~/\\|^=[]{}()`,
        );
      }
    }
  });
}

function checkZiti({ file, data }: ParsedSite, report: Report): void {
  const devices = new Map<string, number>();
  data.ziti.client_devices.forEach((device, i) => {
    const path = ["ziti", "client_devices", i];
    if (!isDnsLabel(device.name)) {
      report(
        file,
        [...path, "name"],
        `${showValue(device.name)} is not a valid identity name — use lower-case letters, digits and '-'`,
      );
    } else if (devices.has(device.name)) {
      report(
        file,
        [...path, "name"],
        `${showValue(device.name)} is already ziti.client_devices[${devices.get(device.name)}] — give each device its own name`,
      );
    } else {
      devices.set(device.name, i);
    }
    device.role_attributes.forEach((attribute, j) => {
      if (!ROLE_ATTRIBUTE.test(attribute)) {
        report(
          file,
          [...path, "role_attributes", j],
          `${showValue(attribute)} is not a role attribute — use letters, digits, '_', '.' and '-' (no leading # or @), for example admin`,
        );
      }
    });
  });
}

function checkAdmin({ file, data }: ParsedSite, report: Report): void {
  const user = data.admin.user;
  if (!NIXOS_USER_NAME.test(user)) {
    report(
      file,
      ["admin", "user"],
      `${showValue(user)} cannot be the admin login — NixOS user names start with a lower-case letter or '_', then lower-case letters, digits, '_' or '-', at most 31 characters; for example admin`,
    );
  } else if (SYSTEM_USERS.includes(user)) {
    report(
      file,
      ["admin", "user"],
      `${showValue(user)} cannot be the admin login — the VMs already have a system account of that name; use another, for example admin`,
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
    const problem = sshPublicKeyProblem(key);
    if (problem) {
      report(
        file,
        ["admin", "ssh_authorized_keys", i],
        `${showValue(key.length > 40 ? `${key.slice(0, 40)}…` : key)} ${problem}`,
      );
    }
  });
  if (!TIME_ZONE.test(data.admin.time_zone)) {
    report(
      file,
      ["admin", "time_zone"],
      `${showValue(data.admin.time_zone)} is not a time zone name — use an IANA name such as UTC or Europe/Stockholm`,
    );
  }
}

function checkServiceUrls({ file, data }: ParsedSite, report: Report): void {
  const support = `${data.domains.support_prefix}.${data.domains.base}`;
  const urls = [
    [["state", "endpoint"], data.state.endpoint, `https://minio.${support}`, false],
    [["identity", "keycloak_url"], data.identity.keycloak_url, `https://idp.${support}`, false],
    [["vault", "address"], data.vault.address, `https://vault.${support}`, false],
    // A model server on the LAN, outside the homelab's TLS.
    [["network", "ollama_url"], data.network.ollama_url, "http://10.69.10.10:11434", true],
  ] as const;
  for (const [path, url, example, allowHttp] of urls) {
    if (url === undefined) continue;
    const problem = serviceUrlProblem(url, example, allowHttp);
    if (problem) report(file, path, `${showValue(url)} ${problem}`);
  }
}

function checkStateBucket({ file, data }: ParsedSite, report: Report): void {
  if (!S3_BUCKET.test(data.state.bucket) || data.state.bucket.includes("..")) {
    report(
      file,
      ["state", "bucket"],
      `${showValue(data.state.bucket)} is not a valid S3 bucket name — use 3–63 lower-case letters, digits, '.' and '-'`,
    );
  }
  if (!S3_REGION.test(data.state.region)) {
    report(
      file,
      ["state", "region"],
      `${showValue(data.state.region)} is not a region name — use lower-case letters, digits and '-', normally us-east-1`,
    );
  }
}

function checkLibvirt({ file, data }: ParsedSite, report: Report): void {
  const problem = libvirtUriProblem(data.libvirt.uri);
  if (problem) report(file, ["libvirt", "uri"], `${showValue(data.libvirt.uri)} ${problem}`);
  if (!POOL_NAME.test(data.libvirt.pool)) {
    report(
      file,
      ["libvirt", "pool"],
      `${showValue(data.libvirt.pool)} is not a storage pool name — use letters, digits, '_', '.' and '-', normally default`,
    );
  }
  if (!LOCAL_PATH.test(data.libvirt.base_image)) {
    report(
      file,
      ["libvirt", "base_image"],
      `${showValue(data.libvirt.base_image)} is not a plain path — use letters, digits and ./_+@:- only, for example nixos/result/nixos.qcow2`,
    );
  } else if (!data.libvirt.base_image.endsWith(".qcow2")) {
    report(
      file,
      ["libvirt", "base_image"],
      `${showValue(data.libvirt.base_image)} is not a .qcow2 image — build it with nix build ./nixos#base-image -o nixos/result and use nixos/result/nixos.qcow2`,
    );
  }
}

function checkGit({ file, data }: ParsedSite, report: Report): void {
  if (data.git.project_name.trim() === "") {
    report(file, ["git", "project_name"], "is empty — name the GitLab project that holds the GitOps repository");
  } else if (
    !GITLAB_PATH.test(data.git.project_name) ||
    /\.(git|atom)$/.test(data.git.project_name) ||
    data.git.project_name.length > 255
  ) {
    report(
      file,
      ["git", "project_name"],
      `${showValue(data.git.project_name)} is not a GitLab project path — use lower-case letters, digits, '_', '-' and '.', not starting with '-' or '.' and not ending in '.', .git or .atom`,
    );
  }
}
