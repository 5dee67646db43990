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

/** A confidential OIDC client of the broker realm. */
export interface BrokerClientSpec {
  /** Client ID, also the secret's name in Vault. */
  readonly clientId: string;
  readonly name: string;
  /** Redirect URIs, absolute. */
  readonly redirectUris: readonly string[];
  /** Extra audience the access token carries (for clients that validate access tokens as resource servers). */
  readonly audience?: boolean;
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
  /** Site apps that decide optional clients: `open-webui`, and `kiali` (Istio clusters only). @default both off */
  readonly apps?: { readonly openWebui?: boolean; readonly kiali?: boolean };
  /** Groups that social logins land in; least privilege unless an admin promotes them. @default ["app-users"] */
  readonly socialGroups?: readonly BrokerGroup[];
  /** Upstream realm role → broker group, applied at every login (sync mode FORCE). @default admin → platform-admins, user → app-users */
  readonly upstreamRoleGroups?: Readonly<Record<string, BrokerGroup>>;
  /** Access token lifetime, in minutes. @default 5 */
  readonly accessTokenMinutes?: number;
}

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
 * cluster's applications: Kubernetes, ArgoCD, Grafana, OAuth2-Proxy,
 * Headlamp, and Open WebUI and Kiali where enabled. Each client's secret is
 * generated here and written to the cluster's KV mount, where
 * external-secrets hands it to the application.
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
  /** The client secrets' Vault entries, by client ID. */
  public readonly clientSecrets: Readonly<Record<string, KvSecretV2>>;

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
    const upstreamRoleGroups = props.upstreamRoleGroups ?? { admin: "platform-admins", user: "app-users" };
    const accessTokenMinutes = props.accessTokenMinutes ?? 5;
    const apps = { openWebui: props.apps?.openWebui ?? false, kiali: props.apps?.kiali ?? false };
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
    for (const [role, group] of Object.entries(upstreamRoleGroups)) {
      if (!groupNames.includes(group))
        problems.push(`upstreamRoleGroups maps "${role}" to "${group}" — use one of ${groupNames.join(", ")}`);
    }
    if (!(accessTokenMinutes >= 1 && accessTokenMinutes <= 60))
      problems.push(`accessTokenMinutes ${accessTokenMinutes} must be between 1 and 60`);
    if (!Token.isUnresolved(keycloakUrl) && !/^https?:\/\/[^/\s]+/.test(keycloakUrl))
      problems.push(`cluster.keycloakUrl "${keycloakUrl}" is not an http(s) URL`);
    if (!upstream.clients[`broker-${cluster.name}`])
      problems.push(
        `upstream has no client for cluster "${cluster.name}" — list the cluster among the upstream's brokers`,
      );
    if (problems.length > 0) throw new Error(`KeycloakBroker "${cluster.name}": ${problems.join("; ")}`);

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
    for (const [role, group] of Object.entries(upstreamRoleGroups).sort(([a], [b]) => a.localeCompare(b))) {
      new CustomIdentityProviderMapper(this, `idp-upstream-role-${role}`, {
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

    const domain = cluster.domain;
    const specs: BrokerClientSpec[] = [
      {
        clientId: cluster.oidc.clientId,
        name: "Kubernetes API (kubelogin)",
        redirectUris: ["http://localhost:8000", "http://localhost:18000"],
      },
      { clientId: "argocd", name: "Argo CD", redirectUris: [`https://argocd.${domain}/auth/callback`] },
      { clientId: "grafana", name: "Grafana", redirectUris: [`https://grafana.${domain}/login/generic_oauth`] },
      {
        clientId: "oauth2-proxy",
        name: "OAuth2 Proxy",
        redirectUris: [`https://oauth2-proxy.${domain}/oauth2/callback`, `https://*.${domain}/oauth2/callback`],
        audience: true,
      },
      { clientId: "headlamp", name: "Headlamp", redirectUris: [`https://headlamp.${domain}/oidc-callback`] },
    ];
    if (apps.openWebui)
      specs.push({
        clientId: "open-webui",
        name: "Open WebUI",
        redirectUris: [`https://open-webui.${domain}/oauth/oidc/callback`],
      });
    if (apps.kiali && cluster.profile === "istio-mesh")
      specs.push({ clientId: "kiali", name: "Kiali", redirectUris: [`https://kiali.${domain}/kiali`] });

    const clients: Record<string, OpenidClient> = {};
    const clientSecrets: Record<string, KvSecretV2> = {};
    for (const spec of specs) {
      const secret = clientSecret(this, `secret-${spec.clientId}`);
      const client = new OpenidClient(this, `client-${spec.clientId}`, {
        realmId,
        clientId: spec.clientId,
        name: spec.name,
        accessType: "CONFIDENTIAL",
        clientSecret: secret.result,
        standardFlowEnabled: true,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        validRedirectUris: [...spec.redirectUris],
        validPostLogoutRedirectUris: ["+"],
        webOrigins: ["+"],
      });
      new OpenidClientDefaultScopes(this, `client-${spec.clientId}-scopes`, {
        realmId,
        clientId: client.id,
        defaultScopes: [...DEFAULT_SCOPES, groupsScope.name],
      });
      if (spec.audience) {
        new OpenidAudienceProtocolMapper(this, `client-${spec.clientId}-audience`, {
          realmId,
          clientId: client.id,
          name: "audience",
          includedClientAudience: client.clientId,
          addToAccessToken: true,
          addToIdToken: false,
        });
      }
      clients[spec.clientId] = client;
      clientSecrets[spec.clientId] = new KvSecretV2(this, `client-${spec.clientId}-secret`, {
        namespace: vault.namespace,
        mount: vault.kvPath,
        name: `keycloak/clients/${spec.clientId}`,
        dataJson: Fn.jsonencode({ client_id: spec.clientId, client_secret: secret.result, issuer: this.issuerUrl }),
      });
    }
    this.clients = clients;
    this.clientSecrets = clientSecrets;
  }
}
