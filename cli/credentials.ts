/**
 * The credentials a stack's providers need, collected by the CLI instead of
 * the operator: from the support VM over SSH (OpenBao's root token, MinIO's
 * root credentials), from earlier stacks' outputs (the generated admin
 * passwords), by logging in (a Ziti session) or by asking the service (a
 * short-lived GitLab token). They live in this process and in the
 * environment of the tofu it starts: never on a command line, never in a
 * file outside the VM, never printed. A variable the operator already set
 * is taken as it is.
 */
import * as https from "node:https";
import { CliError } from "./errors";
import type { Remote } from "./remote";
import type { StackConfig } from "./inspect";

/** Where the support VM keeps what its services generate (nixos/contract.json's secretsDir). */
export interface SupportFiles {
  readonly secretsDir: string;
  readonly minioRootEnv: string;
  readonly openbaoInit: string;
}

export interface CredentialSources {
  readonly remote: Remote;
  readonly files: SupportFiles;
  /** `tofu output -json` of the stack that has the output `name`, or undefined when no stack has it. */
  outputs(name: string): Promise<unknown>;
  /** The upstream Keycloak's URL (the support VM's), to tell it from a cluster's own. */
  readonly upstreamKeycloakUrl: string;
  /** Reads a cluster Keycloak's admin login from the cluster that runs it. */
  clusterKeycloakAdmin(url: string): Promise<{ username: string; password: string }>;
}

/** Parses KEY=VALUE lines (an environment file). */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m) out[m[1]] = m[2].replace(/^"(.*)"$/, "$1").replace(/^'(.*)'$/, "$1");
  }
  return out;
}

function postJson(url: string, body: object, timeoutMs = 15_000): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = https.request(
      url,
      {
        method: "POST",
        timeout: timeoutMs,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(data) },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
          } catch {
            resolve({ status: res.statusCode ?? 0, body: undefined });
          }
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer from ${new URL(url).host} within ${timeoutMs / 1000} s`)));
    req.on("error", reject);
    req.end(data);
  });
}

/** The GitLab token is made for one run: an admin token that expires the next day. */
export const GITLAB_TOKEN_SCRIPT =
  "u = User.find_by_username('root'); " +
  "t = u.personal_access_tokens.create!(name: 'homelab-cli', scopes: [:api], expires_at: 1.day.from_now); " +
  "puts t.token";

export class Credentials {
  private readonly cache = new Map<string, Promise<string>>();

  constructor(
    private readonly sources: CredentialSources,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Every variable `config`'s stack needs, collected; throws naming the ones that cannot be had. */
  async forStack(
    config: StackConfig,
    needed: readonly { name: string; required: boolean }[],
  ): Promise<Record<string, string>> {
    const result: Record<string, string> = {};
    const unavailable: string[] = [];
    for (const v of needed) {
      const value =
        this.env[v.name] ||
        (await this.collect(v.name, config).catch((e: Error) => {
          if (v.required) unavailable.push(`${v.name}: ${e.message}`);
          return "";
        }));
      if (value) result[v.name] = value;
    }
    if (unavailable.length > 0) {
      throw new CliError(
        `${config.stack} needs credentials that could not be collected:\n  ${unavailable.join("\n  ")}`,
      );
    }
    return result;
  }

  private once(key: string, make: () => Promise<string>): Promise<string> {
    let p = this.cache.get(key);
    if (!p) {
      p = make();
      this.cache.set(key, p);
    }
    return p;
  }

  private async supportFile(file: string): Promise<string> {
    return this.once(`file:${file}`, () =>
      this.sources.remote.run(`sudo cat ${this.sources.files.secretsDir}/${file}`),
    );
  }

  private async minioRoot(): Promise<{ user: string; password: string }> {
    const env = parseEnvFile(await this.supportFile(this.sources.files.minioRootEnv));
    if (!env.MINIO_ROOT_USER || !env.MINIO_ROOT_PASSWORD) {
      throw new CliError(
        `${this.sources.files.minioRootEnv} on ${this.sources.remote.host} lacks MINIO_ROOT_USER or MINIO_ROOT_PASSWORD`,
      );
    }
    return { user: env.MINIO_ROOT_USER, password: env.MINIO_ROOT_PASSWORD };
  }

  private async adminPassword(service: string): Promise<string> {
    const passwords = (await this.sources.outputs("service_admin_passwords")) as Record<string, unknown> | undefined;
    const value = passwords?.[service];
    if (typeof value !== "string" || value === "") {
      throw new CliError(
        `no generated ${service} admin password yet (output service_admin_passwords.${service}) — apply the stack that creates the support VM first`,
      );
    }
    return value;
  }

  /** Collects one variable; throws when it cannot be had. */
  async collect(name: string, config: StackConfig): Promise<string> {
    switch (name) {
      case "AWS_ACCESS_KEY_ID":
      case "MINIO_USER":
        return (await this.minioRoot()).user;
      case "AWS_SECRET_ACCESS_KEY":
      case "MINIO_PASSWORD":
        return (await this.minioRoot()).password;
      case "VAULT_TOKEN": {
        const init = JSON.parse(await this.supportFile(this.sources.files.openbaoInit)) as { root_token?: unknown };
        if (typeof init.root_token !== "string")
          throw new CliError(`${this.sources.files.openbaoInit} holds no root_token`);
        return init.root_token;
      }
      case "TF_VAR_harbor_admin_password":
        return this.adminPassword("harbor");
      case "KEYCLOAK_USER":
      case "KEYCLOAK_PASSWORD": {
        const url = String(config.providers.keycloak?.[0]?.url ?? "");
        if (url.replace(/\/$/, "") === this.sources.upstreamKeycloakUrl.replace(/\/$/, "")) {
          return name === "KEYCLOAK_USER" ? "admin" : this.adminPassword("keycloak");
        }
        const admin = await this.once(`kc:${url}`, async () =>
          JSON.stringify(await this.sources.clusterKeycloakAdmin(url)),
        );
        const parsed = JSON.parse(admin) as { username: string; password: string };
        return name === "KEYCLOAK_USER" ? parsed.username : parsed.password;
      }
      case "TF_VAR_ziti_session":
        return this.once("ziti", async () => {
          const api = (config.providers.restapi ?? []).find((p) => p.alias === "ziti")?.uri;
          if (typeof api !== "string") throw new CliError("no Ziti management API in this stack's providers");
          const password = await this.adminPassword("ziti");
          const r = await postJson(`${api.replace(/\/$/, "")}/authenticate?method=password`, {
            username: "admin",
            password,
          });
          const token = r.body?.data?.token;
          if (r.status !== 200 || typeof token !== "string")
            throw new CliError(`the Ziti controller refused the admin login (HTTP ${r.status})`);
          return token;
        });
      case "TF_VAR_gitlab_token":
        return this.once("gitlab", async () => {
          const out = await this.sources.remote.run(`sudo gitlab-rails runner "${GITLAB_TOKEN_SCRIPT}"`, {
            timeoutMs: 300_000,
          });
          const token = out.trim().split("\n").pop() ?? "";
          if (!/^[A-Za-z0-9_-]{20,}$/.test(token)) throw new CliError("gitlab-rails printed no token");
          return token;
        });
      default:
        throw new CliError(`set ${name} in the environment (it is yours to choose, or comes from outside the homelab)`);
    }
  }
}
