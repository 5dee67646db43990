/**
 * The one place that reads the model from disk: `site.yaml` (or the tracked
 * `site.example.yaml`) and `clusters/*.yaml`. Everything is parsed, checked
 * against the schemas and the semantic rules, and either returned as a typed
 * `HomelabModel` or rejected with one `ModelError` listing every problem.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CST, Document, isNode, Lexer, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { didYouMean, FieldPath, ModelError, ModelIssue, showValue } from "./issues";
import { formatIpv4, managementMac, normalizeMac, parseCidr } from "./net";
import { checkModel, ParsedCluster, ParsedSite } from "./rules";
import { ClusterFile, clusterSchema, knownKeysAt, RETIRED_SITE_KEYS, SiteFile, siteSchema } from "./schema";
import type { ClusterModel, ClusterWebApp, HomelabModel, SiteModel, VmModel } from "./types";
import contractJson from "../nixos/contract.json";

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
/** Cluster files end in exactly this; anything else that looks like YAML is refused rather than skipped. */
export const CLUSTER_FILE_EXTENSION = ".yaml";
export const SITE_EXAMPLE_FILE = "site.example.yaml";
export const CLUSTERS_DIR = "clusters";
/** Teleport's web and proxy port on the support VM (nixos/contract.json, which the NixOS modules read too). */
export const TELEPORT_WEB_PORT: number = contractJson.ports.teleport.web;
/**
 * The Ziti controller's management API port for OpenTofu and operators: its public listener,
 * which presents the support VM's publicly trusted certificate (nixos/contract.json).
 */
export const ZITI_MANAGEMENT_PORT: number = contractJson.ports.ziti.publicManagement;

/**
 * Limits that keep a hostile or mistaken file from exhausting memory or time.
 * Real model files are a few KiB; the longest legitimate string is an RSA
 * public key (about 750 characters for 4096 bits).
 */
export const MODEL_LIMITS = {
  /** Bytes per model file. */
  fileBytes: 256 * 1024,
  /** Characters per string value or key. */
  stringLength: 4096,
  /** YAML alias (`*ref`) expansions per file; the shipped files use none. */
  aliasCount: 100,
  /** Nesting of collections (see `nestingDepth`); the shipped files reach 5. */
  nesting: 32,
} as const;

/**
 * How deeply `text` nests collections, counted from YAML's tokens without
 * building them (the parser recurses per level and runs out of stack or
 * memory on a few ten thousand): open flow collections, plus the block
 * indicators (`-`, `?`, `:`) on the current line, plus half its indentation.
 * Stops counting past the limit.
 */
export function nestingDepth(text: string): number {
  let flow = 0;
  let indicators = 0;
  let indent = 0;
  let atLineStart = true;
  let max = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === "newline") {
      indicators = 0;
      indent = 0;
      atLineStart = true;
      continue;
    }
    if (type === "flow-seq-start" || type === "flow-map-start") flow++;
    else if (type === "flow-seq-end" || type === "flow-map-end") flow = Math.max(0, flow - 1);
    else if (type === "seq-item-ind" || type === "explicit-key-ind" || type === "map-value-ind") indicators++;
    if (atLineStart && type === "space") indent = token.length;
    atLineStart = false;
    max = Math.max(max, flow + indicators + Math.ceil(indent / 2));
    if (max > MODEL_LIMITS.nesting) break;
  }
  return max;
}

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
  retired: Readonly<Record<string, string>>,
): { path: FieldPath; message: string }[] {
  const at = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeysAt(schema, at);
      return issue.keys.map((key) => {
        const why = retired[[...at, key].join(".")];
        if (why !== undefined) return { path: [...at, key], message: why };
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

/** Paths of every string (value or key) longer than the limit. */
function longStrings(value: unknown, at: FieldPath): FieldPath[] {
  if (typeof value === "string") return value.length > MODEL_LIMITS.stringLength ? [at] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => longStrings(item, [...at, i]));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) =>
      key.length > MODEL_LIMITS.stringLength ? [[...at, key]] : longStrings(item, [...at, key]),
    );
  }
  return [];
}

/**
 * Parses one YAML file against `schema`; returns the data, or undefined after
 * reporting why not. Keys in `retired` (dotted paths) are refused with their message.
 */
function parseFile<T>(
  source: ModelSource,
  schema: z.ZodType<T>,
  issues: ModelIssue[],
  retired: Readonly<Record<string, string>> = {},
): { data: T; locate: (at: FieldPath) => number | undefined } | undefined {
  if (source.text.length > MODEL_LIMITS.fileBytes) {
    issues.push({
      file: source.file,
      path: [],
      message: `is ${source.text.length} characters long, more than the ${MODEL_LIMITS.fileBytes} a model file may have — is this the right file?`,
    });
    return undefined;
  }
  if (nestingDepth(source.text) > MODEL_LIMITS.nesting) {
    issues.push({
      file: source.file,
      path: [],
      message: `nests collections more than ${MODEL_LIMITS.nesting} levels deep — model files are a few levels deep; is this the right file?`,
    });
    return undefined;
  }
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
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MODEL_LIMITS.aliasCount }) ?? {};
  } catch (error) {
    // yaml throws on alias expansion beyond the limit (a "billion laughs" document) and on aliases to nothing.
    const reason = error instanceof Error ? error.message : String(error);
    issues.push({
      file: source.file,
      path: [],
      message: `cannot be read: ${reason} — write the values out instead of using YAML aliases`,
    });
    return undefined;
  }
  const tooLong = longStrings(raw, []);
  for (const at of tooLong) {
    issues.push({
      file: source.file,
      line: lineOf(doc, counter, at),
      path: at,
      message: `is longer than ${MODEL_LIMITS.stringLength} characters — shorten it`,
    });
  }
  if (tooLong.length > 0) return undefined;
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const at = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      for (const described of describeZodIssue(schema, issue, valueAt(raw, at), retired)) {
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
    git: { projectName: data.git.project_name, argocdEmail: `argocd@${data.domains.root}` },
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
    vault: {
      address: data.vault.address ?? `https://vault.${support}`,
      rootCaCommonName: `${data.domains.base} Root CA`,
    },
    services: supportServices(support, data.domains.ziti),
  };
}

/** The addresses of the support VM's services, from the support domain and the Ziti controller's name. */
function supportServices(support: string, ziti: string): SiteModel["services"] {
  const harborHost = `harbor.${support}`;
  const gitlabUrl = `https://gitlab.${support}`;
  const teleportProxyAddress = `teleport.${support}:${TELEPORT_WEB_PORT}`;
  return {
    harborHost,
    harborUrl: `https://${harborHost}`,
    harborApiUrl: `https://${harborHost}/api/v2.0`,
    gitlabUrl,
    gitlabApiUrl: `${gitlabUrl}/api/v4`,
    gitlabOidcCallbackUrl: `${gitlabUrl}/users/auth/openid_connect/callback`,
    teleportProxyAddress,
    teleportOidcCallbackUrl: `https://${teleportProxyAddress}/v1/webapi/oidc/callback`,
    zitiManagementApiUrl: `https://${ziti}:${ZITI_MANAGEMENT_PORT}/edge/management/v1`,
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
    vault: {
      authMount: data.vault.auth_mount,
      namespace: data.vault.namespace ?? data.name,
      intermediateCaCommonName: `${domain} Intermediate CA`,
    },
    oidc: {
      enabled: data.oidc.enabled,
      clientId: data.oidc.client_id,
      issuerUrl: `${keycloakUrl}/realms/${data.identity.broker_realm}`,
    },
    brokerRealm: data.identity.broker_realm,
    keycloakUrl,
    webApps: clusterWebApps(domain),
  };
}

/** Host label and login callback path of each of a cluster's web applications. */
const WEB_APPS = {
  argocd: ["argocd", "/auth/callback"],
  grafana: ["grafana", "/login/generic_oauth"],
  oauth2Proxy: ["oauth2-proxy", "/oauth2/callback"],
  headlamp: ["headlamp", "/oidc-callback"],
  openWebui: ["open-webui", "/oauth/oidc/callback"],
  // The frontend's OIDC callback page.
  dependencyTrack: ["dtrack", "/static/oidc-callback.html"],
  kiali: ["kiali", "/kiali"],
} as const satisfies Record<keyof ClusterModel["webApps"], readonly [string, string]>;

function clusterWebApps(domain: string): ClusterModel["webApps"] {
  const app = ([label, callback]: readonly [string, string], ...more: string[]): ClusterWebApp => {
    const host = `${label}.${domain}`;
    return { host, url: `https://${host}`, redirectUris: [`https://${host}${callback}`, ...more] };
  };
  return {
    argocd: app(WEB_APPS.argocd),
    grafana: app(WEB_APPS.grafana),
    // OAuth2-Proxy protects every host of the cluster domain, each sending its logins back to itself.
    oauth2Proxy: app(WEB_APPS.oauth2Proxy, `https://*.${domain}${WEB_APPS.oauth2Proxy[1]}`),
    headlamp: app(WEB_APPS.headlamp),
    openWebui: app(WEB_APPS.openWebui),
    dependencyTrack: app(WEB_APPS.dependencyTrack),
    kiali: app(WEB_APPS.kiali),
  };
}

/**
 * Validates model sources and builds the typed model. Pure: reads no files.
 * @throws ModelError listing every problem found in every file.
 */
export function parseModel(sources: ModelSources, clusterFileCount = sources.clusters.length): HomelabModel {
  const issues: ModelIssue[] = [];
  const locators = new Map<string, (at: FieldPath) => number | undefined>();

  const siteResult = parseFile(sources.site, siteSchema, issues, RETIRED_SITE_KEYS);
  if (siteResult) locators.set(sources.site.file, siteResult.locate);
  const site: ParsedSite | undefined = siteResult && { file: sources.site.file, data: siteResult.data };

  const clusters: ParsedCluster[] = [];
  for (const source of sources.clusters) {
    const result = parseFile(source, clusterSchema, issues);
    if (!result) continue;
    locators.set(source.file, result.locate);
    clusters.push({ file: source.file, stem: path.basename(source.file).replace(/\.ya?ml$/, ""), data: result.data });
  }
  if (clusterFileCount === 0) {
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

/** 1-based line of the first byte of `bytes` that is not part of valid UTF-8, or undefined when all are. */
export function invalidUtf8Line(bytes: Uint8Array): number | undefined {
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i];
    if (byte === 0x0a) line++;
    let length = 0;
    let min = 0;
    if (byte < 0x80) length = 1;
    else if (byte >= 0xc2 && byte <= 0xdf) [length, min] = [2, 0x80];
    else if (byte >= 0xe0 && byte <= 0xef) [length, min] = [3, 0x800];
    else if (byte >= 0xf0 && byte <= 0xf4) [length, min] = [4, 0x10000];
    else return line;
    let code = length === 1 ? byte : byte & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return line;
      code = (code << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return line;
    i += length;
  }
  return undefined;
}

/** Reads a model file as strict UTF-8, or returns the issue that says why it cannot be read. */
function readSource(dir: string, file: string): ModelSource | ModelIssue {
  const full = path.join(dir, file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch {
    const target = fs.lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink() ? fs.readlinkSync(full) : undefined;
    return {
      file,
      path: [],
      message:
        target === undefined
          ? "cannot be read — check that it exists and is readable"
          : `is a symbolic link to ${target}, which does not exist — point the link at the real file or replace it with the file`,
    };
  }
  if (!stat.isFile()) {
    return { file, path: [], message: "is not a regular file (a directory?) — model files are plain YAML files" };
  }
  if (stat.size > MODEL_LIMITS.fileBytes) {
    return {
      file,
      path: [],
      message: `is ${stat.size} bytes, more than the ${MODEL_LIMITS.fileBytes} a model file may have — is this the right file?`,
    };
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { file, path: [], message: `cannot be read (${code}) — check its permissions` };
  }
  const badLine = invalidUtf8Line(bytes);
  if (badLine !== undefined) {
    return {
      file,
      line: badLine,
      path: [],
      message: "is not valid UTF-8 — save the file as UTF-8 (the line holds a byte sequence that is not)",
    };
  }
  return { file, text: bytes.toString("utf8") };
}

/** The cluster files in `clusters/`, and issues for entries that look like cluster files but cannot be one. */
function listClusterFiles(dir: string, issues: ModelIssue[]): string[] {
  const clustersDir = path.join(dir, CLUSTERS_DIR);
  if (!fs.existsSync(clustersDir)) return [];
  let names: string[];
  try {
    names = fs.readdirSync(clustersDir).sort();
  } catch {
    issues.push({
      file: CLUSTERS_DIR,
      path: [],
      message: "is not a readable directory — it holds one <name>.yaml per cluster",
    });
    return [];
  }
  const files: string[] = [];
  for (const name of names) {
    if (name.startsWith(".")) continue;
    const file = `${CLUSTERS_DIR}/${name}`;
    const extension = /\.ya?ml$/i.exec(name)?.[0];
    if (extension === undefined) continue;
    if (extension !== CLUSTER_FILE_EXTENSION) {
      const fixed = `${name.slice(0, -extension.length)}${CLUSTER_FILE_EXTENSION}`;
      issues.push({
        file,
        path: [],
        message: `ends in ${extension}, so it would be ignored — rename it to ${CLUSTERS_DIR}/${fixed} (cluster files end in ${CLUSTER_FILE_EXTENSION}, lower case)`,
      });
      continue;
    }
    files.push(file);
  }
  return files;
}

/**
 * Reads the model from `dir`: `site.yaml`, or `site.example.yaml` with a
 * notice when there is none, and every `clusters/*.yaml`.
 * @throws ModelError when any file is missing or invalid.
 */
export function loadModel(dir: string): LoadedModel {
  const notices: string[] = [];
  let siteFile = SITE_FILE;
  // lstat, not exists: a dangling site.yaml symlink is a mistake to report, not a missing file.
  if (!fs.lstatSync(path.join(dir, SITE_FILE), { throwIfNoEntry: false })) {
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
  const issues: ModelIssue[] = [];
  const read = (file: string): ModelSource | undefined => {
    const source = readSource(dir, file);
    if ("text" in source) return source;
    issues.push(source);
    return undefined;
  };
  const site = read(siteFile);
  const clusterFiles = listClusterFiles(dir, issues);
  const clusters = clusterFiles.map(read).filter((s): s is ModelSource => s !== undefined);
  if (!site) throw new ModelError(issues);
  let model: HomelabModel;
  try {
    model = parseModel({ site, clusters }, clusterFiles.length);
  } catch (error) {
    if (error instanceof ModelError) throw new ModelError([...issues, ...error.issues]);
    throw error;
  }
  if (issues.length > 0) throw new ModelError(issues);
  return { model, notices };
}
