/**
 * What the CLI needs to know about a stack, read from its synthesized
 * configuration (cdk.tf.json) rather than from a second list kept here: the
 * providers and their addresses, the backend, the input variables, the VMs.
 * Only literal strings are used; anything holding an expression is skipped.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { StackInfo } from "./stacks";

export interface StackConfig {
  readonly stack: string;
  /** Provider type → its configuration blocks. */
  readonly providers: Readonly<Record<string, readonly Record<string, unknown>[]>>;
  readonly backend?: { readonly type: string; readonly config: Record<string, unknown> };
  /** Input variables with whether they are sensitive and have a default. */
  readonly variables: readonly { name: string; sensitive: boolean; required: boolean }[];
  /** libvirt domain names. */
  readonly domains: readonly string[];
}

const isLiteral = (v: unknown): v is string => typeof v === "string" && !/[$%]\{/.test(v.replace(/[$%]{2}\{/g, ""));

export function readStackConfig(stack: StackInfo): StackConfig {
  const json = JSON.parse(fs.readFileSync(path.join(stack.dir, "cdk.tf.json"), "utf8"));
  const providers: Record<string, Record<string, unknown>[]> = {};
  for (const [type, blocks] of Object.entries<unknown>(json.provider ?? {})) {
    providers[type] = (Array.isArray(blocks) ? blocks : [blocks]) as Record<string, unknown>[];
  }
  const backends = Object.entries<Record<string, unknown>>(json.terraform?.backend ?? {});
  const variables = Object.entries<Record<string, unknown>>(json.variable ?? {}).map(([name, v]) => ({
    name,
    sensitive: v.sensitive === true,
    required: !("default" in v),
  }));
  const domains = Object.values<Record<string, unknown>>(json.resource?.libvirt_domain ?? {})
    .map((d) => d.name)
    .filter(isLiteral)
    .sort();
  return {
    stack: stack.name,
    providers,
    backend: backends[0] ? { type: backends[0][0], config: backends[0][1] } : undefined,
    variables,
    domains,
  };
}

/** An address the stack talks to, with what talks to it. */
export interface Endpoint {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly what: string;
}

function endpoint(raw: unknown, what: string, defaultScheme = "https"): Endpoint | undefined {
  if (!isLiteral(raw)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `${defaultScheme}://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  return {
    url: `${url.protocol}//${url.host}${url.pathname === "/" ? "" : url.pathname}`,
    host: url.hostname,
    port,
    what,
  };
}

/** Every service address a stack's providers and backend reach. */
export function endpoints(config: StackConfig): Endpoint[] {
  const found: Endpoint[] = [];
  const add = (e: Endpoint | undefined) => e && found.push(e);
  for (const [type, blocks] of Object.entries(config.providers)) {
    for (const block of blocks) {
      const label = block.alias ? `${type} (${String(block.alias)})` : type;
      for (const key of ["address", "url", "uri", "endpoint"]) add(endpoint(block[key], label));
      if (type === "minio") add(endpoint(block.minio_server, label, block.minio_ssl === false ? "http" : "https"));
    }
  }
  if (config.backend?.type === "s3") {
    const eps = config.backend.config.endpoints as Record<string, unknown> | undefined;
    add(endpoint(eps?.s3, "state backend (s3)"));
  }
  return found;
}

/** A kubeconfig a stack's kubernetes or helm provider reads, with the context it picks (if it sets one). */
export interface KubeconfigUse {
  readonly file: string;
  readonly context?: string;
  readonly what: string;
}

/**
 * The kubeconfigs a stack's kubernetes and helm providers read (`config_path`, `config_paths`),
 * resolved as OpenTofu would running in `stackDir`: `${path.module}`, `${path.root}` and
 * `${path.cwd}` are that directory in a root module. A path built from any other expression
 * cannot be known before the run and is left out.
 */
export function kubeconfigs(config: StackConfig, stackDir: string): KubeconfigUse[] {
  const found = new Map<string, KubeconfigUse>();
  const resolve = (raw: unknown): string | undefined => {
    if (typeof raw !== "string") return undefined;
    const rest = raw.replace(/^\$\{path\.(module|root|cwd)\}/, ".");
    if (!isLiteral(rest)) return undefined;
    const file = rest.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
    if (file.startsWith("~/")) return path.join(os.homedir(), file.slice(2));
    return path.resolve(stackDir, file);
  };
  const add = (block: Record<string, unknown> | undefined, what: string) => {
    if (!block || typeof block !== "object") return;
    const context = isLiteral(block.config_context) ? block.config_context : undefined;
    const paths = [block.config_path, ...(Array.isArray(block.config_paths) ? block.config_paths : [])];
    for (const file of paths.map(resolve)) {
      if (!file) continue;
      const key = `${file}\0${context ?? ""}`;
      const seen = found.get(key);
      found.set(key, { file, context, what: seen ? `${seen.what}, ${what}` : what });
    }
  };
  for (const [type, blocks] of Object.entries(config.providers)) {
    for (const block of blocks) {
      const label = block.alias ? `${type} (${String(block.alias)})` : type;
      if (type === "kubernetes") add(block, label);
      if (type === "helm") {
        const k = block.kubernetes;
        for (const b of Array.isArray(k) ? k : [k]) add(b as Record<string, unknown> | undefined, label);
      }
    }
  }
  return [...found.values()];
}

/** The libvirt connection URI of a stack, if it has one. */
export function libvirtUri(config: StackConfig): string | undefined {
  const uri = config.providers.libvirt?.[0]?.uri;
  return isLiteral(uri) ? uri : undefined;
}

/**
 * The environment variables a stack's providers and backend read their
 * credentials from (as documented by each provider), and the `TF_VAR_`
 * form of its sensitive variables. `required` ones make every run fail.
 */
export function credentialVariables(config: StackConfig): { name: string; required: boolean; for: string }[] {
  const vars: { name: string; required: boolean; for: string }[] = [];
  if (config.backend?.type === "s3") {
    vars.push({ name: "AWS_ACCESS_KEY_ID", required: true, for: "the state backend (MinIO)" });
    vars.push({ name: "AWS_SECRET_ACCESS_KEY", required: true, for: "the state backend (MinIO)" });
  }
  const p = config.providers;
  if (p.vault && !p.vault.some((b) => "token" in b))
    vars.push({ name: "VAULT_TOKEN", required: true, for: "the Vault provider" });
  if (p.minio && !p.minio.some((b) => "minio_user" in b)) {
    vars.push({ name: "MINIO_USER", required: true, for: "the MinIO provider" });
    vars.push({ name: "MINIO_PASSWORD", required: true, for: "the MinIO provider" });
  }
  if (p.keycloak && !p.keycloak.some((b) => "client_secret" in b || "password" in b)) {
    vars.push({ name: "KEYCLOAK_USER", required: true, for: "the Keycloak provider" });
    vars.push({ name: "KEYCLOAK_PASSWORD", required: true, for: "the Keycloak provider" });
  }
  for (const v of config.variables.filter((x) => x.sensitive)) {
    vars.push({ name: `TF_VAR_${v.name}`, required: v.required, for: `the variable ${v.name}` });
  }
  return vars;
}
