/**
 * Secrets the platform reads from Vault through external-secrets: one list,
 * from which the ExternalSecrets are rendered, the external-secrets Vault
 * policy is derived (exactly these keys, read only) and the secrets the
 * cluster stack generates are taken. Keys are `<mount>/<path>` in the
 * cluster's Vault namespace: mount `apps` is the cluster stack's KV v2 mount
 * (VaultCluster.kv), `secret` the base stack's (VaultRoot.kvPath).
 */
import type { IExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1/ExternalSecret";
import type { ClusterContext } from "./context";
import { APPS_GROUP, appsGroupUrl } from "./context";
import { IMAGE_UPDATER_NAMESPACE } from "./image-updater";
import { COMPANION_SECRETS, OPEN_WEBUI_NAMESPACE, terminalConnectionsTemplate } from "./open-webui";

export const CLUSTER_KV = "apps";
export const BASE_KV = "secret";
export const SECRET_STORE = "vault";
/** Dependency-Track's `admin` login (username, password), which only the API-key Job reads. */
export const DEPENDENCY_TRACK_ADMIN_SECRET = "dependency-track-admin";

/** A secret the cluster stack generates (ClusterAppSecrets), at `apps/<path>`. */
export interface GeneratedSecretSpec {
  /** Path inside the `apps` mount. */
  readonly path: string;
  /** Fields: a fixed value, a random password of that length, or the Cloudflare token input. */
  readonly fields: Readonly<Record<string, { readonly value: string } | { readonly random: number } | "cloudflare">>;
}

/** One property of a Vault secret, copied into a Kubernetes Secret key. */
interface SecretField {
  readonly secretKey: string;
  /** `<mount>/<path>` */
  readonly vaultKey: string;
  readonly property: string;
}

export interface ExternalSecretSpec {
  readonly name: string;
  readonly namespace: string;
  readonly fields: readonly SecretField[];
  /** Kubernetes Secret type and templated data, when the Secret is not plain key/values. */
  readonly template?: {
    readonly type?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly data?: Readonly<Record<string, string>>;
  };
}

function field(secretKey: string, vaultKey: string, property: string): SecretField {
  return { secretKey, vaultKey, property };
}

const client = (name: string) => `${CLUSTER_KV}/keycloak/clients/${name}`;

/** Whether the cluster runs Kiali (Istio clusters with the site switch on; the broker has its client then). */
export function kialiEnabled(ctx: ClusterContext): boolean {
  return ctx.istio && ctx.site.apps.kiali;
}

/** Whether the site runs Dependency-Track (the broker has its public client then). */
export function dependencyTrackEnabled(site: ClusterContext["site"]): boolean {
  return site.apps.dependencyTrack;
}

/** The secrets ClusterAppSecrets generates for a site. */
export function generatedSecrets(site: ClusterContext["site"]): GeneratedSecretSpec[] {
  const specs: GeneratedSecretSpec[] = [
    { path: "cloudflare/api-token", fields: { api_token: "cloudflare" } },
    { path: "grafana/admin", fields: { username: { value: "admin" }, password: { random: 32 } } },
    { path: "keycloak/db", fields: { username: { value: "keycloak" }, password: { random: 32 } } },
    // oauth2-proxy wants a 16, 24 or 32 byte cookie secret; 32 URL-safe characters are 32 bytes.
    { path: "oauth2-proxy/cookie", fields: { cookie_secret: { random: 32 } } },
  ];
  if (site.apps.openWebui) {
    specs.push({ path: "open-webui/db", fields: { username: { value: "openwebui" }, password: { random: 32 } } });
    specs.push({ path: "open-terminal/api-key", fields: { api_key: { random: 48 } } });
    specs.push({ path: "searxng/secret", fields: { secret_key: { random: 48 } } });
  }
  if (dependencyTrackEnabled(site)) {
    specs.push({ path: "dependency-track/db", fields: { username: { value: "dtrack" }, password: { random: 32 } } });
    // Dependency-Track's built-in `admin`: the API-key Job replaces the initial password with this one.
    specs.push({ path: "dependency-track/admin", fields: { username: { value: "admin" }, password: { random: 32 } } });
  }
  return specs;
}

/** A dockerconfigjson for one registry, from `registry`, `username`, `password` properties. */
const DOCKER_CONFIG =
  '{"auths":{"{{ .registry }}":{"username":"{{ .username }}","password":"{{ .password }}","auth":"{{ printf "%s:%s" .username .password | b64enc }}"}}}';

function pullSecretFields(name: string, vaultKey: string): Omit<ExternalSecretSpec, "namespace"> {
  return {
    name,
    fields: ["registry", "username", "password"].map((p) => field(p, vaultKey, p)),
    template: { type: "kubernetes.io/dockerconfigjson", data: { ".dockerconfigjson": DOCKER_CONFIG } },
  };
}

function pullSecret(name: string, namespace: string, vaultKey: string): ExternalSecretSpec {
  return { namespace, ...pullSecretFields(name, vaultKey) };
}

/** The `apps` group's tokens (GitLabDeploy.addAppsGroup), in the base stack's KV mount. */
const APPS_TOKEN = `${BASE_KV}/gitlab/${APPS_GROUP}`;
const APPS_WRITER_TOKEN = `${BASE_KV}/gitlab/${APPS_GROUP}-writer`;
const APPS_PULL = `${CLUSTER_KV}/harbor/apps-pull`;

/** Names of the Secrets the `apps` group's discovery and image updates read (apps-discovery.ts, image-updater.ts). */
export const APPS_DISCOVERY_SECRETS = {
  scm: "gitlab-apps-scm",
  repoCreds: "gitlab-apps-repo-creds",
  pull: "harbor-apps-pull",
  write: "gitlab-apps-write",
} as const;

/**
 * ArgoCD's two Secrets for the `apps` group, both holding its read-only
 * token: the ApplicationSet's SCM token (labelled `scm-creds`, which the
 * controller's strict token mode requires) and a repository credential
 * template for every project under the group's URL (`repo-creds`). And the
 * image updater's two: the `apps` Harbor project's pull robot, to list
 * tags, and the group's writer token, to commit them.
 */
export function appsDiscoverySecrets(ctx: ClusterContext): ExternalSecretSpec[] {
  const token = [field("token", APPS_TOKEN, "token")];
  return [
    pullSecret(APPS_DISCOVERY_SECRETS.pull, IMAGE_UPDATER_NAMESPACE, APPS_PULL),
    {
      name: APPS_DISCOVERY_SECRETS.write,
      namespace: IMAGE_UPDATER_NAMESPACE,
      fields: [field("token", APPS_WRITER_TOKEN, "token")],
      // The updater's `git:secret:` credential: user name and password over HTTPS.
      template: { data: { username: "argocd-image-updater", password: "{{ .token }}" } },
    },
    {
      name: APPS_DISCOVERY_SECRETS.scm,
      namespace: "argocd",
      fields: token,
      template: { labels: { "argocd.argoproj.io/secret-type": "scm-creds" }, data: { token: "{{ .token }}" } },
    },
    {
      name: APPS_DISCOVERY_SECRETS.repoCreds,
      namespace: "argocd",
      fields: token,
      template: {
        labels: { "argocd.argoproj.io/secret-type": "repo-creds" },
        data: {
          type: "git",
          // ArgoCD matches the longest credential URL that prefixes a repository's: the group's, with its slash.
          url: `${appsGroupUrl(ctx.site)}/`,
          // GitLab takes any user name with an access token over HTTPS.
          username: "argocd-discovery",
          password: "{{ .token }}",
        },
      },
    },
  ];
}

/** The pull secret (the `apps` Harbor project's pull robot) of every discovered application's namespace. */
export function appsPullSecret(): Omit<ExternalSecretSpec, "namespace"> {
  return pullSecretFields(APPS_DISCOVERY_SECRETS.pull, APPS_PULL);
}

/** Loki's or Tempo's MinIO user (confined to its bucket), as the S3 environment variables the charts expand. */
function minioSecret(app: "loki" | "tempo"): ExternalSecretSpec {
  const key = `${CLUSTER_KV}/minio/${app}`;
  return {
    name: `${app}-minio`,
    namespace: "monitoring",
    fields: [
      field("AWS_ACCESS_KEY_ID", key, "access_key_id"),
      field("AWS_SECRET_ACCESS_KEY", key, "secret_access_key"),
    ],
  };
}

/** Every ExternalSecret of a cluster. */
export function externalSecretSpecs(ctx: ClusterContext): ExternalSecretSpec[] {
  const cloudflare = `${CLUSTER_KV}/cloudflare/api-token`;
  const specs: ExternalSecretSpec[] = [
    { name: "cloudflare-api-token", namespace: "cert-manager", fields: [field("api-token", cloudflare, "api_token")] },
    { name: "cloudflare-api-token", namespace: "external-dns", fields: [field("api-token", cloudflare, "api_token")] },
    {
      name: "argocd-oidc-secret",
      namespace: "argocd",
      fields: [field("client-secret", client("argocd"), "client_secret")],
      // ArgoCD only reads `$<secret>:<key>` references from Secrets labelled as its own.
      template: { labels: { "app.kubernetes.io/part-of": "argocd" } },
    },
    {
      name: "ziti-router-jwt",
      namespace: "ziti-system",
      fields: [field("enrollmentJwt", `${BASE_KV}/ziti/router`, "jwt")],
    },
    {
      name: "teleport-join-token",
      namespace: "teleport",
      fields: [field("auth-token", `${BASE_KV}/teleport/agent`, "token")],
    },
    {
      name: "keycloak-db-credentials",
      namespace: "keycloak",
      fields: [
        field("username", `${CLUSTER_KV}/keycloak/db`, "username"),
        field("password", `${CLUSTER_KV}/keycloak/db`, "password"),
      ],
      template: { type: "kubernetes.io/basic-auth" },
    },
    {
      name: "oauth2-proxy-credentials",
      namespace: "oauth2-proxy",
      fields: [
        field("client-id", client("oauth2-proxy"), "client_id"),
        field("client-secret", client("oauth2-proxy"), "client_secret"),
        field("cookie-secret", `${CLUSTER_KV}/oauth2-proxy/cookie`, "cookie_secret"),
      ],
    },
    {
      name: "grafana-admin",
      namespace: "monitoring",
      fields: [
        field("admin-user", `${CLUSTER_KV}/grafana/admin`, "username"),
        field("admin-password", `${CLUSTER_KV}/grafana/admin`, "password"),
      ],
    },
    {
      name: "grafana-oidc",
      namespace: "monitoring",
      fields: [
        field("client-id", client("grafana"), "client_id"),
        field("client-secret", client("grafana"), "client_secret"),
      ],
    },
    {
      name: "headlamp-oidc",
      namespace: "headlamp",
      fields: [
        field("clientId", client("headlamp"), "client_id"),
        field("clientSecret", client("headlamp"), "client_secret"),
        field("issuer", client("headlamp"), "issuer"),
      ],
      template: {
        data: {
          OIDC_CLIENT_ID: "{{ .clientId }}",
          OIDC_CLIENT_SECRET: "{{ .clientSecret }}",
          OIDC_ISSUER_URL: "{{ .issuer }}",
          OIDC_SCOPES: "openid,profile,email,groups",
        },
      },
    },
    minioSecret("loki"),
    minioSecret("tempo"),
    // The cluster's own Harbor project, and the site-wide `apps` project, for applications in `apps`.
    pullSecret("harbor-pull", "apps", `${CLUSTER_KV}/harbor/pull-robot`),
    pullSecret("harbor-apps-pull", "apps", `${CLUSTER_KV}/harbor/apps-pull`),
  ];
  if (kialiEnabled(ctx))
    specs.push({
      name: "kiali",
      namespace: "istio-system",
      fields: [field("oidc-secret", client("kiali"), "client_secret")],
    });
  if (ctx.site.apps.openWebui) {
    specs.push({
      name: "open-webui-oidc",
      namespace: "open-webui",
      fields: [
        field("client-id", client("open-webui"), "client_id"),
        field("client-secret", client("open-webui"), "client_secret"),
      ],
    });
    specs.push({
      name: "open-webui-db",
      namespace: "open-webui",
      fields: [
        field("username", `${CLUSTER_KV}/open-webui/db`, "username"),
        field("password", `${CLUSTER_KV}/open-webui/db`, "password"),
      ],
      // CloudNativePG reads username/password; Open WebUI one connection URL to the cluster's read-write Service.
      template: {
        type: "kubernetes.io/basic-auth",
        data: {
          username: "{{ .username }}",
          password: "{{ .password }}",
          url: "postgresql://{{ .username }}:{{ .password }}@open-webui-db-rw:5432/openwebui",
        },
      },
    });
    const terminalKey = `${CLUSTER_KV}/open-terminal/api-key`;
    specs.push({
      name: COMPANION_SECRETS.openTerminal,
      namespace: OPEN_WEBUI_NAMESPACE,
      fields: [field("api-key", terminalKey, "api_key")],
    });
    specs.push({
      name: COMPANION_SECRETS.terminalConnections,
      namespace: OPEN_WEBUI_NAMESPACE,
      fields: [field("key", terminalKey, "api_key")],
      template: { data: { connections: terminalConnectionsTemplate("{{ .key }}") } },
    });
    specs.push({
      name: COMPANION_SECRETS.searxng,
      namespace: OPEN_WEBUI_NAMESPACE,
      fields: [field("secret-key", `${CLUSTER_KV}/searxng/secret`, "secret_key")],
    });
  }
  if (dependencyTrackEnabled(ctx.site)) {
    specs.push({
      name: "dependency-track-db",
      namespace: "dependency-track",
      fields: [
        field("username", `${CLUSTER_KV}/dependency-track/db`, "username"),
        field("password", `${CLUSTER_KV}/dependency-track/db`, "password"),
      ],
      template: { type: "kubernetes.io/basic-auth" },
    });
    // A public client: its ID and the issuer, no secret.
    specs.push({
      name: "dependency-track-oidc",
      namespace: "dependency-track",
      fields: [
        field("client-id", client("dependency-track"), "client_id"),
        field("issuer", client("dependency-track"), "issuer"),
      ],
    });
    specs.push({
      name: DEPENDENCY_TRACK_ADMIN_SECRET,
      namespace: "dependency-track",
      fields: [
        field("username", `${CLUSTER_KV}/dependency-track/admin`, "username"),
        field("password", `${CLUSTER_KV}/dependency-track/admin`, "password"),
      ],
      template: { type: "kubernetes.io/basic-auth" },
    });
  }
  return specs;
}

/** The Vault keys a cluster's ExternalSecrets read, sorted: what the external-secrets policy grants. */
export function externalSecretKeys(ctx: ClusterContext): string[] {
  const specs = [...externalSecretSpecs(ctx), ...appsDiscoverySecrets(ctx), appsPullSecret()];
  return [...new Set(specs.flatMap((s) => s.fields.map((f) => f.vaultKey)))].sort();
}

/** Broker clients the cluster's applications log in with. */
export function oidcClientsUsed(ctx: ClusterContext): string[] {
  const prefix = `${CLUSTER_KV}/keycloak/clients/`;
  const clients = externalSecretKeys(ctx)
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length));
  if (ctx.cluster.oidc.enabled) clients.push(ctx.cluster.oidc.clientId);
  return [...new Set(clients)].sort();
}

export function externalSecret(spec: ExternalSecretSpec): IExternalSecret {
  const template = spec.template;
  return {
    apiVersion: "external-secrets.io/v1",
    kind: "ExternalSecret",
    metadata: { name: spec.name, namespace: spec.namespace },
    spec: {
      refreshInterval: "1h",
      secretStoreRef: { kind: "ClusterSecretStore", name: SECRET_STORE },
      target: {
        name: spec.name,
        creationPolicy: "Owner",
        ...(template
          ? {
              template: {
                engineVersion: "v2",
                ...(template.type ? { type: template.type } : {}),
                ...(template.labels ? { metadata: { labels: { ...template.labels } } } : {}),
                ...(template.data ? { data: { ...template.data } } : {}),
              },
            }
          : {}),
      },
      data: spec.fields.map((f) => ({
        secretKey: f.secretKey,
        remoteRef: { key: f.vaultKey, property: f.property },
      })),
    },
  };
}
