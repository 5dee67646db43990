/**
 * Shapes of the model files. These schemas check structure and types only
 * (unknown keys, missing fields, wrong types, enumerations); the rules that
 * relate values to each other live in `rules.ts`.
 *
 * Both shapes accept the original project's files: a `cluster.yaml` drops
 * in as `clusters/<name>.yaml` and a `config.yaml` as `site.yaml`, except
 * for the keys in `RETIRED_SITE_KEYS`, which configured what this project
 * does not build and are refused with the reason. Keys this project adds
 * all have defaults.
 */
import { z } from "zod";

const count = z.number().int();

const vmSize = {
  /** Memory in MiB. */
  memory: count,
  cpus: count,
  /** Disk in GB, as in the original cluster files. */
  disk: count,
};

export const masterSchema = z.strictObject({
  ip: z.string(),
  mac: z.string(),
  memory: vmSize.memory.default(10240),
  cpus: vmSize.cpus.default(4),
  disk: vmSize.disk.default(80),
});

export const workerSchema = z.strictObject({
  name: z.string(),
  ip: z.string(),
  mac: z.string(),
  memory: vmSize.memory.default(14336),
  cpus: vmSize.cpus.default(4),
  disk: vmSize.disk.default(80),
});

export const clusterSchema = z.strictObject({
  name: z.string(),
  master: masterSchema,
  workers: z.array(workerSchema),
  cni: z.enum(["default", "cilium"]).default("default"),
  helmfile_env: z.enum(["default", "istio-mesh"]).default("default"),
  loadbalancer: z.strictObject({ cidr: z.string(), ingress_ip: z.string().optional() }),
  vault: z
    .strictObject({
      auth_mount: z.string().default("kubernetes"),
      namespace: z.string().optional(),
    })
    .default({ auth_mount: "kubernetes" }),
  bgp: z.strictObject({ asn: count }).optional(),
  oidc: z
    .strictObject({
      enabled: z.boolean().default(true),
      client_id: z.string().default("kubernetes"),
    })
    .default({ enabled: true, client_id: "kubernetes" }),
  identity: z
    .strictObject({ broker_realm: z.string().default("broker"), keycloak_url: z.string().optional() })
    .default({ broker_realm: "broker" }),
});

export type ClusterFile = z.infer<typeof clusterSchema>;

const userSchema = z.strictObject({
  username: z.string(),
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  role: z.enum(["admin", "user"]).default("user"),
});

const zitiDeviceSchema = z.strictObject({
  name: z.string(),
  role_attributes: z.array(z.string()).default([]),
});

export const siteSchema = z.strictObject({
  domains: z.strictObject({
    root: z.string(),
    base: z.string(),
    support_prefix: z.string().default("support"),
    ziti: z.string(),
  }),
  support: z.strictObject({
    ip: z.string(),
    mac: z.string().default("52:54:00:69:50:10"),
    teleport_cluster_name: z.string().default("homelab"),
    cpus: count.default(4),
    memory: count.default(24576),
    disk: count.default(150),
  }),
  identity: z.strictObject({
    admin_email: z.string(),
    users: z.array(userSchema).default([]),
    keycloak_url: z.string().optional(),
    social: z
      .strictObject({
        github: z.boolean().default(false),
        google: z.boolean().default(false),
        microsoft: z.boolean().default(false),
      })
      .default({ github: false, google: false, microsoft: false }),
  }),
  ziti: z.strictObject({ client_devices: z.array(zitiDeviceSchema).default([]) }).default({ client_devices: [] }),
  apps: z
    .strictObject({
      open_webui: z.boolean().default(false),
      kiali: z.boolean().default(true),
      dependency_track: z.boolean().default(false),
    })
    .default({ open_webui: false, kiali: true, dependency_track: false }),
  network: z.strictObject({
    vlan_cidr: z.string().default("10.69.50.0/24"),
    bridge: z.string().default("br-k8s"),
    gateway_ip: z.string(),
    bgp_peer_asn: count.default(64512),
    management_cidr: z.string(),
    pod_cidr: z.string().default("10.42.0.0/16"),
    service_cidr: z.string().default("10.43.0.0/16"),
    nfs_allowed_network: z.string(),
    ollama_url: z.string().optional(),
  }),
  git: z.strictObject({
    project_name: z.string(),
  }),
  libvirt: z
    .strictObject({
      uri: z.string().default("qemu:///system"),
      pool: z.string().default("default"),
      domain_type: z.enum(["kvm", "qemu"]).default("kvm"),
      base_image: z.string().default("nixos/result/nixos.qcow2"),
      nat_cidr: z.string().default("192.168.121.0/24"),
    })
    .default({
      uri: "qemu:///system",
      pool: "default",
      domain_type: "kvm",
      base_image: "nixos/result/nixos.qcow2",
      nat_cidr: "192.168.121.0/24",
    }),
  admin: z
    .strictObject({
      user: z.string().default("admin"),
      ssh_authorized_keys: z.array(z.string()).default([]),
      time_zone: z.string().default("UTC"),
    })
    .default({ user: "admin", ssh_authorized_keys: [], time_zone: "UTC" }),
  state: z
    .strictObject({
      endpoint: z.string().optional(),
      bucket: z.string().default("tofu-state"),
      region: z.string().default("us-east-1"),
    })
    .default({ bucket: "tofu-state", region: "us-east-1" }),
  vault: z.strictObject({ address: z.string().optional() }).default({}),
});

export type SiteFile = z.infer<typeof siteSchema>;

/** The original project's own applications, which its `apps` switches and `openclaw` section configured. */
const PRIVATE_APP = "one of the original project's private applications, which this project does not deploy";

/**
 * Keys of the original project's `config.yaml` that configured something
 * this project does not build, by dotted path, with what to tell whoever
 * still has them. They are refused rather than ignored: a setting that
 * silently does nothing would look as if it had worked.
 */
export const RETIRED_SITE_KEYS: Readonly<Record<string, string>> = {
  "apps.openclaw": `is the switch of openclaw, ${PRIVATE_APP} — remove the key`,
  "apps.globalpulse": `is the switch of globalpulse, ${PRIVATE_APP} — remove the key`,
  openclaw: `configures openclaw, ${PRIVATE_APP} — remove the section`,
  "git.github_org":
    "named the GitHub organisation the original's support VM mirrored into GitLab; this project has no such mirror — remove the key (Argo CD reads the GitLab project git.project_name)",
};

/** The keys an object schema allows at `path`, for "did you mean" hints. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const part of [...path, undefined]) {
    // Unwrap defaults and optionals until the structural schema shows.
    while (current instanceof z.ZodDefault || current instanceof z.ZodOptional) {
      current = current.unwrap() as z.ZodType;
    }
    if (part === undefined) break;
    if (current instanceof z.ZodObject) current = current.shape[String(part)] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}
