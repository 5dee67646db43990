/**
 * The one place that reads the model from disk: `site.yaml` (or the tracked
 * `site.example.yaml`) and `clusters/*.yaml`. Everything is parsed, checked
 * against the schemas and the semantic rules, and either returned as a typed
 * `HomelabModel` or rejected with one `ModelError` listing every problem.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Document, isNode, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { didYouMean, FieldPath, ModelError, ModelIssue, showValue } from "./issues";
import { formatIpv4, managementMac, normalizeMac, parseCidr } from "./net";
import { checkModel, ParsedCluster, ParsedSite } from "./rules";
import { ClusterFile, clusterSchema, knownKeysAt, SiteFile, siteSchema } from "./schema";
import type { ClusterModel, HomelabModel, SiteModel, VmModel } from "./types";

/** A model file's text and its path relative to the model directory. */
export interface ModelSource {
  readonly file: string;
  readonly text: string;
}

export interface ModelSources {
  readonly site: ModelSource;
  readonly clusters: readonly ModelSource[];
}

export const SITE_FILE = "site.yaml";
export const SITE_EXAMPLE_FILE = "site.example.yaml";
export const CLUSTERS_DIR = "clusters";

/** Finds the line of the node at `path`, or of its nearest parent that exists. */
function lineOf(doc: Document, counter: LineCounter, at: FieldPath): number | undefined {
  for (let depth = at.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(at.slice(0, depth), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

function describeZodIssue(
  schema: z.ZodType,
  issue: z.core.$ZodIssue,
  input: unknown,
): { path: FieldPath; message: string }[] {
  const at = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeysAt(schema, at);
      return issue.keys.map((key) => {
        const guess = didYouMean(key, known);
        const fix = guess ? `did you mean ${showValue(guess)}?` : `remove it; allowed here: ${known.join(", ")}`;
        return { path: [...at, key], message: `unknown key — ${fix}` };
      });
    }
    case "invalid_type":
      if (input === undefined) {
        return [{ path: at, message: `is required — add it (a ${issue.expected})` }];
      }
      return [{ path: at, message: `${showValue(input)} is not a ${issue.expected} — write a ${issue.expected} here` }];
    case "invalid_value":
      return [
        {
          path: at,
          message: `${showValue(input)} is not allowed — use one of ${issue.values.map((v) => showValue(v)).join(", ")}`,
        },
      ];
    default:
      return [{ path: at, message: `${showValue(input)}: ${issue.message}` }];
  }
}

function valueAt(data: unknown, at: FieldPath): unknown {
  let current = data;
  for (const part of at) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** Parses one YAML file against `schema`; returns the data, or undefined after reporting why not. */
function parseFile<T>(
  source: ModelSource,
  schema: z.ZodType<T>,
  issues: ModelIssue[],
): { data: T; locate: (at: FieldPath) => number | undefined } | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = counter.linePos(error.pos[0]).line;
      issues.push({
        file: source.file,
        line,
        path: [],
        message: `is not valid YAML: ${error.message.split("\n")[0]} — fix the syntax`,
      });
    }
    return undefined;
  }
  const locate = (at: FieldPath) => lineOf(doc, counter, at);
  const raw: unknown = doc.toJS() ?? {};
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const at = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      for (const described of describeZodIssue(schema, issue, valueAt(raw, at))) {
        issues.push({
          file: source.file,
          line: locate(described.path),
          path: described.path,
          message: described.message,
        });
      }
    }
    return undefined;
  }
  return { data: result.data, locate };
}

function vm(hostname: string, spec: { ip: string; mac: string; cpus: number; memory: number; disk: number }): VmModel {
  return {
    hostname,
    ip: spec.ip,
    mac: normalizeMac(spec.mac),
    managementMac: managementMac(hostname),
    cpus: spec.cpus,
    memoryMiB: spec.memory,
    diskGiB: spec.disk,
  };
}

/** First address of a CIDR the rules have already accepted. */
function firstAddress(cidr: string): string {
  const parsed = parseCidr(cidr);
  if ("error" in parsed) throw new Error(`internal: ${cidr} passed validation but does not parse`);
  return formatIpv4(parsed.cidr.first);
}

function toSite(file: string, data: SiteFile): SiteModel {
  const support = `${data.domains.support_prefix}.${data.domains.base}`;
  return {
    file,
    domains: { root: data.domains.root, base: data.domains.base, support, ziti: data.domains.ziti },
    support: { ...vm("support", data.support), teleportClusterName: data.support.teleport_cluster_name },
    identity: {
      adminEmail: data.identity.admin_email,
      users: data.identity.users.map((u) => ({
        username: u.username,
        email: u.email,
        firstName: u.first_name,
        lastName: u.last_name,
        role: u.role,
      })),
      keycloakUrl: (data.identity.keycloak_url ?? `https://idp.${support}`).replace(/\/+$/, ""),
      social: data.identity.social,
    },
    ziti: {
      clientDevices: data.ziti.client_devices.map((d) => ({ name: d.name, roleAttributes: d.role_attributes })),
    },
    apps: {
      openWebui: data.apps.open_webui,
      openclaw: data.apps.openclaw,
      globalpulse: data.apps.globalpulse,
      kiali: data.apps.kiali,
      dependencyTrack: data.apps.dependency_track,
    },
    network: {
      vlanCidr: data.network.vlan_cidr,
      bridge: data.network.bridge,
      gatewayIp: data.network.gateway_ip,
      bgpPeerAsn: data.network.bgp_peer_asn,
      managementCidr: data.network.management_cidr,
      podCidr: data.network.pod_cidr,
      serviceCidr: data.network.service_cidr,
      nfsAllowedNetwork: data.network.nfs_allowed_network,
      ...(data.network.ollama_url === undefined ? {} : { ollamaUrl: data.network.ollama_url }),
    },
    git: { projectName: data.git.project_name, githubOrg: data.git.github_org },
    libvirt: {
      uri: data.libvirt.uri,
      pool: data.libvirt.pool,
      domainType: data.libvirt.domain_type,
      baseImage: data.libvirt.base_image,
      natCidr: data.libvirt.nat_cidr,
    },
    admin: {
      user: data.admin.user,
      sshAuthorizedKeys: data.admin.ssh_authorized_keys,
      timeZone: data.admin.time_zone,
    },
    state: {
      endpoint: data.state.endpoint ?? `https://minio.${support}`,
      bucket: data.state.bucket,
      region: data.state.region,
    },
    vault: { address: data.vault.address ?? `https://vault.${support}` },
  };
}

function toCluster(file: string, data: ClusterFile, site: SiteModel): ClusterModel {
  const domain = `${data.name}.${site.domains.base}`;
  const keycloakUrl = (data.identity.keycloak_url ?? `https://auth.${domain}`).replace(/\/+$/, "");
  return {
    file,
    name: data.name,
    domain,
    master: vm(`${data.name}-master`, data.master),
    workers: data.workers.map((w) => ({ ...vm(`${data.name}-${w.name}`, w), name: w.name })),
    cni: data.cni === "default" ? "canal" : "cilium",
    profile: data.helmfile_env,
    loadBalancerCidr: data.loadbalancer.cidr,
    ingressIp: data.loadbalancer.ingress_ip ?? firstAddress(data.loadbalancer.cidr),
    ...(data.bgp ? { bgpAsn: data.bgp.asn } : {}),
    vault: { authMount: data.vault.auth_mount, namespace: data.vault.namespace ?? data.name },
    oidc: {
      enabled: data.oidc.enabled,
      clientId: data.oidc.client_id,
      issuerUrl: `${keycloakUrl}/realms/${data.identity.broker_realm}`,
    },
    brokerRealm: data.identity.broker_realm,
    keycloakUrl,
  };
}

/**
 * Validates model sources and builds the typed model. Pure: reads no files.
 * @throws ModelError listing every problem found in every file.
 */
export function parseModel(sources: ModelSources): HomelabModel {
  const issues: ModelIssue[] = [];
  const locators = new Map<string, (at: FieldPath) => number | undefined>();

  const siteResult = parseFile(sources.site, siteSchema, issues);
  if (siteResult) locators.set(sources.site.file, siteResult.locate);
  const site: ParsedSite | undefined = siteResult && { file: sources.site.file, data: siteResult.data };

  const clusters: ParsedCluster[] = [];
  for (const source of sources.clusters) {
    const result = parseFile(source, clusterSchema, issues);
    if (!result) continue;
    locators.set(source.file, result.locate);
    clusters.push({ file: source.file, stem: path.basename(source.file).replace(/\.ya?ml$/, ""), data: result.data });
  }
  if (sources.clusters.length === 0) {
    issues.push({
      file: CLUSTERS_DIR,
      path: [],
      message: "holds no cluster file — add one, for example clusters/kss.yaml",
    });
  }

  checkModel(site, clusters, (file, at, message) => {
    issues.push({ file, line: locators.get(file)?.(at), path: at, message });
  });
  if (issues.length > 0 || !site) throw new ModelError(issues);

  const siteModel = toSite(site.file, site.data);
  const clusterModels = clusters
    .map((c) => toCluster(c.file, c.data, siteModel))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { site: siteModel, clusters: clusterModels };
}

export interface LoadedModel {
  readonly model: HomelabModel;
  /** Things the operator should know that are not errors (for stderr). */
  readonly notices: readonly string[];
}

/**
 * Reads the model from `dir`: `site.yaml`, or `site.example.yaml` with a
 * notice when there is none, and every `clusters/*.yaml`.
 * @throws ModelError when any file is missing or invalid.
 */
export function loadModel(dir: string): LoadedModel {
  const notices: string[] = [];
  let siteFile = SITE_FILE;
  if (!fs.existsSync(path.join(dir, SITE_FILE))) {
    siteFile = SITE_EXAMPLE_FILE;
    if (!fs.existsSync(path.join(dir, SITE_EXAMPLE_FILE))) {
      throw new ModelError([
        {
          file: SITE_FILE,
          path: [],
          message: `is missing — copy ${SITE_EXAMPLE_FILE} to ${SITE_FILE} and fill in your values`,
        },
      ]);
    }
    notices.push(
      `homelab: no ${SITE_FILE} in ${dir}; using ${SITE_EXAMPLE_FILE} (example.com placeholders). Copy it to ${SITE_FILE} and fill in your values.`,
    );
  }
  const read = (file: string): ModelSource => ({ file, text: fs.readFileSync(path.join(dir, file), "utf8") });
  const clustersDir = path.join(dir, CLUSTERS_DIR);
  const clusterFiles = fs.existsSync(clustersDir)
    ? fs
        .readdirSync(clustersDir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => `${CLUSTERS_DIR}/${f}`)
    : [];
  const model = parseModel({ site: read(siteFile), clusters: clusterFiles.map(read) });
  return { model, notices };
}
