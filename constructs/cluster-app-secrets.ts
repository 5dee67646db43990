import { Password } from "@cdktf/provider-random/lib/password";
import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { Fn, Op } from "cdktf";
import { Construct } from "constructs";
import type { GeneratedSecretSpec } from "../gitops";
import type { VaultCluster } from "./vault-cluster";
import { throwIfInvalid } from "./validation";

export interface ClusterAppSecretsProps {
  /** The cluster's part of Vault; the secrets go to its KV mount, in its namespace. */
  readonly vault: VaultCluster;
  /** What to write (gitops `generatedSecrets(site)`): paths inside the KV mount and their fields. */
  readonly secrets: readonly GeneratedSecretSpec[];
  /** The Cloudflare API token (DNS edit on the root zone), from a sensitive input variable. */
  readonly cloudflareApiToken: string;
}

/**
 * Secrets the cluster's applications read through external-secrets and that
 * no other system issues: Grafana's admin login, database credentials, the
 * OAuth2-Proxy cookie secret (generated once, kept in the state) and the
 * Cloudflare token that cert-manager and external-dns use for DNS. Each goes
 * to the cluster's KV mount at the path the GitOps tree's ExternalSecrets
 * name.
 */
export class ClusterAppSecrets extends Construct {
  /** The Vault entries, by path inside the KV mount. */
  public readonly secrets: Readonly<Record<string, KvSecretV2>>;

  constructor(scope: Construct, id: string, props: ClusterAppSecretsProps) {
    super(scope, id);
    const problems: string[] = [];
    const paths = new Set<string>();
    for (const spec of props.secrets) {
      if (paths.has(spec.path)) problems.push(`secrets lists ${spec.path} twice — give each secret one entry`);
      paths.add(spec.path);
      if (!/^[a-z0-9-]+(\/[a-z0-9-]+)+$/.test(spec.path))
        problems.push(`secret path "${spec.path}" must be lower-case segments such as grafana/admin`);
      for (const [field, source] of Object.entries(spec.fields)) {
        if (typeof source === "object" && "random" in source && !(source.random >= 16))
          problems.push(`${spec.path}.${field}: a generated value needs at least 16 characters, not ${source.random}`);
      }
    }
    throwIfInvalid(this, problems);

    const secrets: Record<string, KvSecretV2> = {};
    for (const spec of [...props.secrets].sort((a, b) => (a.path < b.path ? -1 : 1))) {
      const name = spec.path.replace(/\//g, "-");
      const data: Record<string, string> = {};
      let usesToken = false;
      for (const [field, source] of Object.entries(spec.fields).sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (source === "cloudflare") {
          data[field] = props.cloudflareApiToken;
          usesToken = true;
        } else if ("value" in source) {
          data[field] = source.value;
        } else {
          // Letters and digits only: the values end up in URLs, connection strings and cookies.
          data[field] = new Password(this, `${name}-${field}`, { length: source.random, special: false }).result;
        }
      }
      secrets[spec.path] = new KvSecretV2(this, name, {
        namespace: props.vault.namespace,
        mount: props.vault.kv.path,
        name: spec.path,
        dataJson: Fn.jsonencode(data),
        ...(usesToken
          ? {
              lifecycle: {
                precondition: [
                  {
                    // "" on the left: cdktf 0.21's Op drops a falsy right operand.
                    condition: Op.neq("", props.cloudflareApiToken),
                    errorMessage:
                      "The Cloudflare API token is empty: set TF_VAR_cloudflare_api_token to a token that may edit DNS of the root zone",
                  },
                ],
              },
            }
          : {}),
      });
    }
    this.secrets = secrets;
  }
}
