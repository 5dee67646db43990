/**
 * A reviewable summary of a synthesized stack for its snapshot: every block's
 * address with the few fields that say what it is, not the whole JSON. The
 * security settings have their own named assertions
 * (__tests__/stacks/security-posture.test.ts); construct tests check the rest.
 * Not a test itself.
 */

/** Fields that identify a block, in the order they are shown. */
const KEY_FIELDS = [
  "realm",
  "client_id",
  "username",
  "alias",
  "role_name",
  "name",
  "bucket",
  "mount",
  "path",
  "namespace",
  "common_name",
  "type",
  "access_type",
  "key_type",
  "algorithm",
  "length",
  "vcpu",
  "memory",
  "size",
  "mode",
  "endpoint_url",
  "claim_name",
  "identity_provider_mapper",
  "filename",
  "backend",
] as const;

/** `${a.b.c}` becomes `a.b.c`; other strings stay as they are. */
const short = (value: string) => value.replace(/^\$\{([^{}]*)\}$/, "$1");

function scalar(value: unknown): string | undefined {
  if (typeof value === "string") return short(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return `[${value.map(short).join(", ")}]`;
  return undefined;
}

/** The key fields of one block as `field=value …`, plus what the REST provider sends and what replaces a delivery. */
function describe(type: string, body: Record<string, unknown>): string {
  const parts: string[] = [];
  if (type === "restapi_object" || type === "data.restapi_object") {
    parts.push(`${short(String(body.provider))} ${short(String(body.path))}`);
    const name = /"name" = "([^"]*)"/.exec(String(body.data ?? ""))?.[1];
    if (name) parts.push(`name=${name}`);
    return parts.join(" ");
  }
  for (const field of KEY_FIELDS) {
    const value = scalar(body[field]);
    if (value !== undefined) parts.push(`${field}=${value}`);
  }
  if (type === "vault_kv_secret_v2") {
    // The keys of the secret, which what reads it (ExternalSecrets, the broker) relies on.
    const keys = [...String(body.data_json ?? "").matchAll(/"([A-Za-z_]+)" = /g)].map((m) => m[1]);
    parts.push(`keys=[${keys.join(", ")}]`);
  }
  if (type === "terraform_data") {
    const triggers = Object.keys((body.triggers_replace as object) ?? {}).sort();
    const exec = (body.provisioner as any[] | undefined)?.[0]?.["local-exec"];
    if (exec)
      parts.push(
        `runs=${String(exec.command)
          .replace(/^.*\/scripts\//, "scripts/")
          .replace(/"$/, "")}`,
      );
    parts.push(`triggers=[${triggers.join(", ")}]`);
  }
  return parts.join(" ");
}

function section(blocks: Record<string, Record<string, Record<string, unknown>>> | undefined, prefix = "") {
  const out: Record<string, string> = {};
  for (const type of Object.keys(blocks ?? {}).sort())
    for (const id of Object.keys(blocks![type]).sort())
      out[`${prefix}${type}.${id}`] = describe(`${prefix}${type}`, blocks![type][id]);
  return out;
}

/** The summary of one stack's cdk.tf.json. */
export function stackSummary(stack: any): Record<string, unknown> {
  const backendType = Object.keys(stack.terraform.backend)[0];
  const backend = stack.terraform.backend[backendType];
  const providers: string[] = [];
  for (const [name, configs] of Object.entries<any[]>(stack.provider ?? {})) {
    const required = stack.terraform.required_providers[name];
    for (const config of configs) {
      const where = config.url ?? config.uri ?? config.address ?? config.minio_server ?? "";
      providers.push(
        [`${name}${config.alias ? `.${config.alias}` : ""}`, `${required.source}@${required.version}`, where]
          .filter(Boolean)
          .join(" "),
      );
    }
  }
  const named = (blocks: Record<string, any> | undefined) =>
    Object.keys(blocks ?? {})
      .sort()
      .map((name) => `${name}${blocks![name].sensitive ? " (sensitive)" : ""}`);
  return {
    backend: `${backendType} ${backend.key ?? backend.path}`,
    providers: providers.sort(),
    variables: named(stack.variable),
    locals: Object.keys(stack.locals ?? {}).sort(),
    data: section(stack.data, "data."),
    resources: section(stack.resource),
    outputs: named(stack.output),
  };
}
