import { Password } from "@cdktf/provider-random/lib/password";
import { DataVaultGenericSecret } from "@cdktf/provider-vault/lib/data-vault-generic-secret";
import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { Fn, Token } from "cdktf";
import { Construct } from "constructs";
import { CustomIdentityProviderMapper } from "../.gen/providers/keycloak/custom-identity-provider-mapper";
import { Group } from "../.gen/providers/keycloak/group";
import { GroupRoles } from "../.gen/providers/keycloak/group-roles";
import { OidcGoogleIdentityProvider } from "../.gen/providers/keycloak/oidc-google-identity-provider";
import { OidcIdentityProvider } from "../.gen/providers/keycloak/oidc-identity-provider";
import { OpenidAudienceProtocolMapper } from "../.gen/providers/keycloak/openid-audience-protocol-mapper";
import { OpenidClient } from "../.gen/providers/keycloak/openid-client";
import { OpenidClientDefaultScopes } from "../.gen/providers/keycloak/openid-client-default-scopes";
import { OpenidClientScope } from "../.gen/providers/keycloak/openid-client-scope";
import { OpenidGroupMembershipProtocolMapper } from "../.gen/providers/keycloak/openid-group-membership-protocol-mapper";
import { Realm } from "../.gen/providers/keycloak/realm";
import { Role } from "../.gen/providers/keycloak/role";
import type { ClusterModel } from "../model";
import { BRUTE_FORCE_DETECTION, clientSecret, KeycloakUpstream, UPSTREAM_IDP_ALIAS } from "./keycloak-upstream";
import { crossStackValue } from "./cross-stack";
import type { VaultCluster } from "./vault-cluster";
import { throwIfInvalid } from "./validation";

/** Social identity providers a broker realm can offer besides the upstream realm. */
export type SocialProvider = "github" | "google" | "microsoft";

/** The broker's access levels: a realm role each, granted through a group of the plural name. */
export const BROKER_ACCESS = [
  { role: "platform-admin", group: "platform-admins", description: "Administers the whole platform" },
  { role: "k8s-admin", group: "k8s-admins", description: "Administers the Kubernetes cluster" },
  { role: "k8s-operator", group: "k8s-operators", description: "Operates workloads on the cluster" },
  { role: "web-admin", group: "web-admins", description: "Administers the web applications" },
  { role: "web-operator", group: "web-operators", description: "Operates the web applications" },
  { role: "app-user", group: "app-users", description: "Uses the applications" },
] as const;

export type BrokerGroup = (typeof BROKER_ACCESS)[number]["group"];

/** An OIDC client of the broker realm. */
export interface BrokerClientSpec {
  /** Client ID, also the name of its entry in Vault (`keycloak/clients/<clientId>`). */
  readonly clientId: string;
  /** Shown on Keycloak's consent and account pages. */
  readonly name: string;
  /** Redirect URIs, absolute (`http://localhost:8000` for CLIs). */
  readonly redirectUris: readonly string[];
  /**
   * A public client holds no secret (a CLI such as kubectl's OIDC login, or a
   * single-page app); its Vault entry then has only `client_id` and `issuer`.
   * @default false (confidential, with a generated secret)
   */
  readonly public?: boolean;
  /** Whether the client may exchange a user's password for tokens (direct access grants). @default false */
  readonly directAccessGrants?: boolean;
  /** Whether the authorization code flow requires PKCE (S256). @default false */
  readonly pkce?: boolean;
  /** Whether the access token carries the client's own ID as audience (for resource servers). @default false */
  readonly audience?: boolean;
  /**
   * Client IDs added to the audience of the client's ID and access tokens, for
   * tokens presented to another client (Headlamp's to the API server, `kubernetes`).
   * @default none
   */
  readonly audiences?: readonly string[];
}

/** What {@link KeycloakBroker.addClient} creates. */
export interface BrokerClient {
  readonly client: OpenidClient;
  /** The generated secret; undefined for a public client. */
  readonly secret?: Password;
  /** The client's Vault entry, `keycloak/clients/<clientId>` in the cluster's KV mount. */
  readonly vault: KvSecretV2;
}

export interface KeycloakBrokerProps {
  /** The cluster, from the model: its domain, broker realm, Keycloak URL and profile. */
  readonly cluster: ClusterModel;
  /** The upstream realm this broker federates (from the base stack). */
  readonly upstream: KeycloakUpstream;
  /** The cluster's part of Vault: the upstream client is read from the base stack's KV, client secrets go to the cluster's. */
  readonly vault: VaultCluster;
  /**
   * Social providers to offer, from the site file. Each needs `client_id` and
   * `client_secret` at `keycloak/social/<provider>` in the cluster namespace's base KV mount.
   * @default none
   */
  readonly social?: readonly SocialProvider[];
  /** Site apps that decide optional clients: `open-webui`, `dependency-track`, and `kiali` (Istio clusters only). @default all off */
  readonly apps?: { readonly openWebui?: boolean; readonly kiali?: boolean; readonly dependencyTrack?: boolean };
  /** Groups that social logins land in; least privilege unless an admin promotes them. @default ["app-users"] */
  readonly socialGroups?: readonly BrokerGroup[];
  /**
   * Upstream realm role → the broker groups it lands in, applied at every login (sync mode FORCE).
   * @default admin → all six groups, user → app-users ({@link DEFAULT_UPSTREAM_ROLE_GROUPS})
   */
  readonly upstreamRoleGroups?: Readonly<Record<string, readonly BrokerGroup[]>>;
  /** Access token lifetime, in minutes. @default 5 */
  readonly accessTokenMinutes?: number;
}

/** Upstream admins hold every access level of the broker; upstream users only use the applications. */
export const DEFAULT_UPSTREAM_ROLE_GROUPS: Readonly<Record<string, readonly BrokerGroup[]>> = {
  admin: BROKER_ACCESS.map((a) => a.group),
  user: ["app-users"],
};

const SOCIAL_ENDPOINTS: Record<Exclude<SocialProvider, "google">, { authorizationUrl: string; tokenUrl: string }> = {
  github: {
    authorizationUrl: "https://github.com/login/oauth/authorize",
    tokenUrl: "https://github.com/login/oauth/access_token",
  },
  microsoft: {
    authorizationUrl: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
    tokenUrl: "https://login.microsoftonline.com/common/oauth2/v2.0/token",
  },
};

/**
 * The client scopes every broker client gets by default. Keycloak ≥ 25 puts
 * `sub` in the `basic` scope, so it must stay in the list; `groups` carries
 * group membership. Realm-level default scopes cannot be managed with the
 * pinned Keycloak provider (4.5.0), so the list is set on each client.
 */
const DEFAULT_SCOPES = ["acr", "basic", "email", "profile", "roles", "web-origins"];

/**
 * A cluster's broker realm in the cluster's own Keycloak. People log in
 * through the upstream realm (an OIDC identity provider in sync mode FORCE,
 * so changes upstream apply at the next login) or an optional social
 * provider; the broker turns that into groups and roles
 * (`platform-admins`, `k8s-admins`, `k8s-operators`, `web-admins`,
 * `web-operators`, `app-users`), published in a `groups` claim to the
 * cluster's applications: Kubernetes (a public client, for kubectl's OIDC
 * login), ArgoCD, Grafana, OAuth2-Proxy, Headlamp (whose tokens the API
 * server accepts), and Open WebUI, Dependency-Track (public, PKCE) and Kiali
 * where enabled. A confidential client's secret is generated here and
 * written to the cluster's KV mount, where external-secrets hands it to the
 * application; more clients are added with {@link addClient}.
 */
export class KeycloakBroker extends Construct {
  public readonly realm: Realm;
  /** `<cluster Keycloak>/realms/<realm>` */
  public readonly issuerUrl: string;
  /** The identity provider federating the upstream realm. */
  public readonly upstreamProvider: OidcIdentityProvider;
  /** Groups by name. */
  public readonly groups: Readonly<Record<BrokerGroup, Group>>;
  /** Clients by client ID. */
  public readonly clients: Readonly<Record<string, OpenidClient>>;
  /** The clients' Vault entries (`client_id`, `issuer`, and `client_secret` if confidential), by client ID. */
  public readonly clientSecrets: Readonly<Record<string, KvSecretV2>>;

  private readonly clientsById: Record<string, OpenidClient> = {};
  private readonly vaultEntries: Record<string, KvSecretV2> = {};
  /** The cluster's Vault namespace and KV mount, as this stack refers to them. */
  private readonly vault: { readonly namespace: string; readonly baseKvPath: string; readonly kvPath: string };
  private readonly groupsScopeName: string;

  constructor(scope: Construct, id: string, props: KeycloakBrokerProps) {
    super(scope, id);
    const { cluster, upstream } = props;
    // The broker lives in its own stack, after the cluster's: the cluster stack's Vault
    // namespace and KV mount reach it through one local each (see crossStackValue).
    const vault = {
      namespace: crossStackValue(this, props.vault, "vault-namespace", props.vault.namespace),
      baseKvPath: props.vault.baseKvPath,
      kvPath: crossStackValue(this, props.vault.kv, "kv-path", props.vault.kv.path),
    };
    const social = [...new Set(props.social ?? [])].sort();
    const socialGroups = props.socialGroups ?? ["app-users"];
    const upstreamRoleGroups = props.upstreamRoleGroups ?? DEFAULT_UPSTREAM_ROLE_GROUPS;
    const accessTokenMinutes = props.accessTokenMinutes ?? 5;
    const apps = {
      openWebui: props.apps?.openWebui ?? false,
      kiali: props.apps?.kiali ?? false,
      dependencyTrack: props.apps?.dependencyTrack ?? false,
    };
    const keycloakUrl = cluster.keycloakUrl.replace(/\/+$/, "");
    const realmName = cluster.brokerRealm;
    const groupNames: readonly string[] = BROKER_ACCESS.map((a) => a.group);

    const problems: string[] = [];
    for (const provider of props.social ?? []) {
      if (!["github", "google", "microsoft"].includes(provider))
        problems.push(`social lists "${provider}" — use github, google or microsoft`);
    }
    for (const group of socialGroups) {
      if (!groupNames.includes(group))
        problems.push(`socialGroups lists "${group}" — use one of ${groupNames.join(", ")}`);
    }
    for (const [role, targets] of Object.entries(upstreamRoleGroups)) {
      if (targets.length === 0)
        problems.push(`upstreamRoleGroups maps "${role}" to no group — list at least one, or leave the role out`);
      for (const group of targets) {
        if (!groupNames.includes(group))
          problems.push(`upstreamRoleGroups maps "${role}" to "${group}" — use one of ${groupNames.join(", ")}`);
      }
    }
    if (!(accessTokenMinutes >= 1 && accessTokenMinutes <= 60))
      problems.push(`accessTokenMinutes ${accessTokenMinutes} must be between 1 and 60`);
    if (!Token.isUnresolved(keycloakUrl) && !/^https?:\/\/[^/\s]+/.test(keycloakUrl))
      problems.push(`cluster.keycloakUrl "${keycloakUrl}" is not an http(s) URL`);
    if (!upstream.clients[`broker-${cluster.name}`])
      problems.push(
        `upstream has no client for cluster "${cluster.name}" — list the cluster among the upstream's brokers`,
      );
    throwIfInvalid(this, problems);

    this.realm = new Realm(this, "realm", {
      realm: realmName,
      enabled: true,
      displayName: `${cluster.name} platform`,
      sslRequired: "external",
      registrationAllowed: false,
      accessTokenLifespan: `${accessTokenMinutes}m`,
      ssoSessionIdleTimeout: "30m",
      ssoSessionMaxLifespan: "10h",
      securityDefenses: { bruteForceDetection: BRUTE_FORCE_DETECTION },
    });
    const realm = this.realm.realm;
    const realmId = this.realm.id;
    this.issuerUrl = `${keycloakUrl}/realms/${realmName}`;

    const groups = {} as Record<BrokerGroup, Group>;
    for (const access of BROKER_ACCESS) {
      const role = new Role(this, `role-${access.role}`, {
        realmId,
        name: access.role,
        description: access.description,
      });
      const group = new Group(this, `group-${access.group}`, { realmId, name: access.group });
      new GroupRoles(this, `group-${access.group}-roles`, {
        realmId,
        groupId: group.id,
        roleIds: [role.id],
        exhaustive: true,
      });
      groups[access.group] = group;
    }
    this.groups = groups;

    const groupsScope = new OpenidClientScope(this, "scope-groups", {
      realmId,
      name: "groups",
      description: "Group membership, as a `groups` claim of names",
      includeInTokenScope: true,
    });
    new OpenidGroupMembershipProtocolMapper(this, "scope-groups-mapper", {
      realmId,
      clientScopeId: groupsScope.id,
      name: "groups",
      claimName: "groups",
      // Plain names (`k8s-admins`), which RBAC bindings and app configs match on.
      fullPath: false,
      addToIdToken: true,
      addToAccessToken: true,
      addToUserinfo: true,
    });

    // The upstream realm, federated. Its client secret is read from where the base stack wrote it.
    const upstreamClient = upstream.clients[`broker-${cluster.name}`];
    // The generic data source reads KV v2 by its mount path; the KV-specific one is deprecated in
    // favour of an ephemeral resource, whose values cannot reach a provider argument that is not write-only.
    const upstreamSecret = new DataVaultGenericSecret(this, "upstream-client", {
      namespace: vault.namespace,
      path: `${vault.baseKvPath}/${upstreamClient.vault.name}`,
      withLeaseStartTime: false,
    });
    const oidc = `${upstream.issuerUrl}/protocol/openid-connect`;
    this.upstreamProvider = new OidcIdentityProvider(this, "idp-upstream", {
      realm,
      alias: UPSTREAM_IDP_ALIAS,
      displayName: "Homelab account",
      providerId: "oidc",
      issuer: upstream.issuerUrl,
      authorizationUrl: `${oidc}/auth`,
      tokenUrl: `${oidc}/token`,
      userInfoUrl: `${oidc}/userinfo`,
      jwksUrl: `${oidc}/certs`,
      logoutUrl: `${oidc}/logout`,
      validateSignature: true,
      backchannelSupported: true,
      clientId: upstreamClient.clientId,
      clientSecret: Fn.lookup(upstreamSecret.data, "client_secret"),
      defaultScopes: "openid profile email",
      // FORCE: names, email and group mappings follow the upstream account at every login.
      syncMode: "FORCE",
      trustEmail: true,
      storeToken: false,
      extraConfig: { clientAuthMethod: "client_secret_post", pkceEnabled: "true", pkceMethod: "S256" },
    });
    // One mapper per (role, group): Keycloak's advanced group mapper joins exactly one group.
    for (const [role, targets] of Object.entries(upstreamRoleGroups).sort(([a], [b]) => a.localeCompare(b))) {
      for (const group of [...new Set(targets)].sort()) {
        new CustomIdentityProviderMapper(this, `idp-upstream-role-${role}-${group}`, {
          realm,
          identityProviderAlias: this.upstreamProvider.alias,
          name: `${role} role to ${group}`,
          identityProviderMapper: "oidc-advanced-group-idp-mapper",
          extraConfig: {
            syncMode: "FORCE",
            claims: JSON.stringify([{ key: "roles", value: role }]),
            "are.claim.values.regex": "false",
            group: `/${group}`,
          },
        });
      }
    }

    for (const provider of social) {
      const credentials = new DataVaultGenericSecret(this, `social-${provider}-credentials`, {
        namespace: vault.namespace,
        path: `${vault.baseKvPath}/keycloak/social/${provider}`,
        withLeaseStartTime: false,
      });
      const common = {
        realm,
        clientId: Fn.lookup(credentials.data, "client_id"),
        clientSecret: Fn.lookup(credentials.data, "client_secret"),
        // IMPORT: the account is created once; group changes made in the broker are kept.
        syncMode: "IMPORT",
        trustEmail: false,
      };
      const idp =
        provider === "google"
          ? new OidcGoogleIdentityProvider(this, "idp-google", common)
          : new OidcIdentityProvider(this, `idp-${provider}`, {
              ...common,
              alias: provider,
              providerId: provider,
              ...SOCIAL_ENDPOINTS[provider],
            });
      const alias = provider === "google" ? "google" : (idp as OidcIdentityProvider).alias;
      for (const group of [...socialGroups].sort()) {
        new CustomIdentityProviderMapper(this, `idp-${provider}-group-${group}`, {
          realm,
          identityProviderAlias: alias,
          name: `${group} for ${provider} logins`,
          // The `oidc-` prefix matters: the unprefixed type is accepted by the API and then fails at login.
          identityProviderMapper: "oidc-hardcoded-group-idp-mapper",
          extraConfig: { syncMode: "INHERIT", group: `/${group}` },
        });
      }
    }

    this.vault = vault;
    this.groupsScopeName = groupsScope.name;
    this.clients = this.clientsById;
    this.clientSecrets = this.vaultEntries;

    const kubernetesClientId = cluster.oidc.clientId;
    // kubectl's OIDC login (kubelogin) runs on the user's machine and can keep no secret, so PKCE
    // binds the code to it. Direct access grants let scripts and the cluster's setup tooling log in
    // without a browser.
    this.addClient({
      clientId: kubernetesClientId,
      name: "Kubernetes API (kubectl OIDC login)",
      redirectUris: [
        "http://localhost:8000",
        "http://localhost:18000",
        "http://127.0.0.1:8000",
        "http://127.0.0.1:18000",
      ],
      public: true,
      pkce: true,
      directAccessGrants: true,
    });
    const web = cluster.webApps;
    this.addClient({ clientId: "argocd", name: "Argo CD", redirectUris: web.argocd.redirectUris });
    this.addClient({
      clientId: "grafana",
      name: "Grafana",
      redirectUris: web.grafana.redirectUris,
    });
    this.addClient({
      clientId: "oauth2-proxy",
      name: "OAuth2 Proxy",
      redirectUris: web.oauth2Proxy.redirectUris,
      audience: true,
    });
    // Headlamp hands the user's ID token to the API server, which accepts only its own client ID as audience.
    this.addClient({
      clientId: "headlamp",
      name: "Headlamp",
      redirectUris: web.headlamp.redirectUris,
      audiences: [kubernetesClientId],
    });
    if (apps.openWebui)
      this.addClient({
        clientId: "open-webui",
        name: "Open WebUI",
        redirectUris: web.openWebui.redirectUris,
      });
    // Dependency-Track's web UI logs in from the browser: a public client, protected by PKCE.
    if (apps.dependencyTrack)
      this.addClient({
        clientId: "dependency-track",
        name: "Dependency-Track",
        redirectUris: web.dependencyTrack.redirectUris,
        public: true,
        pkce: true,
      });
    if (apps.kiali && cluster.profile === "istio-mesh")
      this.addClient({ clientId: "kiali", name: "Kiali", redirectUris: web.kiali.redirectUris });
  }

  /**
   * Adds an OIDC client to the realm: the client with the realm's default
   * scopes and the `groups` claim, its audience mappers, for a confidential
   * client a generated secret, and its Vault entry at
   * `keycloak/clients/<clientId>` in the cluster's KV mount
   * (`{client_id, client_secret, issuer}`, or `{client_id, issuer}` for a public client).
   */
  public addClient(spec: BrokerClientSpec): BrokerClient {
    const { clientId } = spec;
    const problems: string[] = [];
    if (!/^[a-z0-9][a-z0-9-]*$/.test(clientId))
      problems.push(`clientId "${clientId}" must be lower-case letters, digits and '-'`);
    if (this.clientsById[clientId]) problems.push(`clientId "${clientId}" is already a client of the realm`);
    if (spec.redirectUris.length === 0) problems.push(`client "${clientId}" has no redirect URIs — give at least one`);
    for (const uri of spec.redirectUris) {
      if (!Token.isUnresolved(uri) && !/^https?:\/\/[^/\s]+/.test(uri))
        problems.push(`client "${clientId}" has redirect URI "${uri}" — use an absolute http(s) URL`);
    }
    for (const audience of spec.audiences ?? []) {
      if (audience === clientId)
        problems.push(`client "${clientId}" lists itself in audiences — set audience: true instead`);
    }
    throwIfInvalid(this, problems);

    const realmId = this.realm.id;
    const secret = spec.public ? undefined : clientSecret(this, `secret-${clientId}`);
    const client = new OpenidClient(this, `client-${clientId}`, {
      realmId,
      clientId,
      name: spec.name,
      accessType: spec.public ? "PUBLIC" : "CONFIDENTIAL",
      clientSecret: secret?.result,
      standardFlowEnabled: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: spec.directAccessGrants ?? false,
      pkceCodeChallengeMethod: spec.pkce ? "S256" : undefined,
      validRedirectUris: [...spec.redirectUris],
      validPostLogoutRedirectUris: ["+"],
      webOrigins: ["+"],
    });
    new OpenidClientDefaultScopes(this, `client-${clientId}-scopes`, {
      realmId,
      clientId: client.id,
      defaultScopes: [...DEFAULT_SCOPES, this.groupsScopeName],
    });
    if (spec.audience) {
      new OpenidAudienceProtocolMapper(this, `client-${clientId}-audience`, {
        realmId,
        clientId: client.id,
        name: "audience",
        includedClientAudience: client.clientId,
        addToAccessToken: true,
        addToIdToken: false,
      });
    }
    for (const audience of [...new Set(spec.audiences ?? [])].sort()) {
      new OpenidAudienceProtocolMapper(this, `client-${clientId}-audience-${audience}`, {
        realmId,
        clientId: client.id,
        name: `${audience} audience`,
        // A client of this realm by reference, so Keycloak knows it before the mapper names it.
        includedClientAudience: this.clientsById[audience]?.clientId ?? audience,
        addToAccessToken: true,
        addToIdToken: true,
      });
    }
    const entry = { client_id: clientId, ...(secret ? { client_secret: secret.result } : {}), issuer: this.issuerUrl };
    const vault = new KvSecretV2(this, `client-${clientId}-secret`, {
      namespace: this.vault.namespace,
      mount: this.vault.kvPath,
      name: `keycloak/clients/${clientId}`,
      dataJson: Fn.jsonencode(entry),
    });
    this.clientsById[clientId] = client;
    this.vaultEntries[clientId] = vault;
    return { client, secret, vault };
  }
}
