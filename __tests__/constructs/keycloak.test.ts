import { DataVaultGenericSecret } from "@cdktf/provider-vault/lib/data-vault-generic-secret";
import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { Testing } from "cdktf";
import { Construct } from "constructs";
import { CustomIdentityProviderMapper } from "../../.gen/providers/keycloak/custom-identity-provider-mapper";
import { GroupRoles } from "../../.gen/providers/keycloak/group-roles";
import { OidcIdentityProvider } from "../../.gen/providers/keycloak/oidc-identity-provider";
import { OpenidAudienceProtocolMapper } from "../../.gen/providers/keycloak/openid-audience-protocol-mapper";
import { OpenidClient } from "../../.gen/providers/keycloak/openid-client";
import { OpenidGroupMembershipProtocolMapper } from "../../.gen/providers/keycloak/openid-group-membership-protocol-mapper";
import { Realm } from "../../.gen/providers/keycloak/realm";
import { User } from "../../.gen/providers/keycloak/user";
import { UserRoles } from "../../.gen/providers/keycloak/user-roles";
import {
  BrokerClient,
  KeycloakBroker,
  KeycloakBrokerProps,
  KeycloakUpstream,
  KeycloakUpstreamProps,
  VaultCluster,
  VaultRoot,
} from "../../constructs";
import type { ClusterModel } from "../../model";
import { shippedModel } from "../../testing/model";

const model = shippedModel();
const kss = model.clusters.find((c) => c.name === "kss")!;
const kcs = model.clusters.find((c) => c.name === "kcs")!;
const address = "https://vault.support.lab.example.com";

function upstream(scope: Construct, overrides: Partial<KeycloakUpstreamProps> = {}): KeycloakUpstream {
  const root = new VaultRoot(scope, "vault-root", { address, caCommonName: "Root", namespaces: ["kss", "kcs"] });
  return new KeycloakUpstream(scope, "upstream", {
    url: "https://idp.support.lab.example.com",
    users: model.site.identity.users,
    teleportRedirectUri: model.site.services.teleportOidcCallbackUrl,
    gitlabRedirectUri: model.site.services.gitlabOidcCallbackUrl,
    root,
    brokers: model.clusters.map((c) => ({
      name: c.name,
      keycloakUrl: c.keycloakUrl,
      brokerRealm: c.brokerRealm,
      vaultNamespace: c.vault.namespace,
    })),
    ...overrides,
  });
}

function synthUpstream(overrides: Partial<KeycloakUpstreamProps> = {}): string {
  return Testing.synthScope((scope) => {
    upstream(scope, overrides);
  });
}

function synthBroker(
  cluster: ClusterModel = kss,
  overrides: Partial<Omit<KeycloakBrokerProps, "cluster" | "upstream" | "vault">> = {},
): string {
  return Testing.synthScope((scope) => {
    const up = upstream(scope);
    const root = up.node.scope!.node.findChild("vault-root") as VaultRoot;
    const vault = new VaultCluster(scope, "vault-cluster", { cluster, root, address });
    new KeycloakBroker(scope, "broker", { cluster, upstream: up, vault, ...overrides });
  });
}

function byType(out: string, type: string): any[] {
  return Object.values(JSON.parse(out).resource[type] ?? {});
}

/** The broker's resources of a type (the upstream realm is in the same scope). */
function brokerOnly(out: string, type: string): any[] {
  return Object.entries(JSON.parse(out).resource[type] ?? {})
    .filter(([id]) => id.startsWith("broker_"))
    .map(([, value]) => value);
}

describe("KeycloakUpstream", () => {
  test("creates the realm with short tokens, bounded sessions and brute-force protection", () => {
    expect(synthUpstream()).toHaveResourceWithProperties(Realm, {
      realm: "upstream",
      access_token_lifespan: "5m",
      sso_session_idle_timeout: "30m",
      sso_session_max_lifespan: "10h",
      security_defenses: { brute_force_detection: expect.objectContaining({ max_login_failures: 5 }) },
    });
  });

  test("creates the site's users with generated passwords, kept in Vault and never in the JSON", () => {
    const out = synthUpstream();
    expect(out).toHaveResourceWithProperties(User, {
      username: "alice",
      email: "alice@example.com",
      initial_password: { value: "${random_password.upstream_password-alice_6EF76180.result}", temporary: true },
      lifecycle: { ignore_changes: ["required_actions"] },
    });
    expect(out).toHaveResourceWithProperties(KvSecretV2, {
      mount: "${vault_mount.vault-root_site-kv_06227254.path}",
      name: "keycloak/users/alice",
      lifecycle: { ignore_changes: ["data_json"] },
    });
    for (const user of byType(out, "keycloak_user"))
      expect(user.initial_password.value).toMatch(/^\$\{random_password\./);
  });

  test("grants admins both realm roles and users only `user`", () => {
    const roles = byType(synthUpstream(), "keycloak_user_roles").map((r) => [r.user_id, r.role_ids.length]);
    expect(roles).toEqual([
      ["${keycloak_user.upstream_user-alice_1780A0AF.id}", 2],
      ["${keycloak_user.upstream_user-bob_9EB752CE.id}", 1],
    ]);
    expect(synthUpstream()).toHaveResourceWithProperties(UserRoles, { exhaustive: false });
  });

  test("gives each cluster's broker a confidential client whose secret goes to the cluster's namespace", () => {
    const out = synthUpstream();
    expect(out).toHaveResourceWithProperties(OpenidClient, {
      client_id: "broker-kss",
      access_type: "CONFIDENTIAL",
      valid_redirect_uris: ["https://auth.kss.lab.example.com/realms/broker/broker/upstream/endpoint"],
    });
    expect(out).toHaveResourceWithProperties(KvSecretV2, {
      namespace: "${vault_namespace.vault-root_ns-kss_E697B7D6.path}",
      name: "keycloak/broker-client",
    });
  });

  test("gives Teleport and GitLab clients with their OIDC callbacks as the only redirect URIs", () => {
    const out = synthUpstream();
    expect(out).toHaveResourceWithProperties(OpenidClient, {
      client_id: "teleport",
      valid_redirect_uris: ["https://teleport.support.lab.example.com:3080/v1/webapi/oidc/callback"],
    });
    expect(out).toHaveResourceWithProperties(OpenidClient, {
      client_id: "gitlab",
      valid_redirect_uris: ["https://gitlab.support.lab.example.com/users/auth/openid_connect/callback"],
    });
    expect(byType(out, "keycloak_openid_client")).toHaveLength(4);
    // PKCE is required only where both ends are this project's (the brokers).
    const pkce = Object.fromEntries(
      byType(out, "keycloak_openid_client").map((c) => [c.client_id, c.pkce_code_challenge_method]),
    );
    expect(pkce).toEqual({ "broker-kcs": "S256", "broker-kss": "S256", gitlab: undefined, teleport: undefined });
  });

  test("rejects duplicate users and brokers, bad names and unknown namespaces", () => {
    const alice = model.site.identity.users[0];
    expect(() => synthUpstream({ users: [alice, alice] })).toThrow(/users\[1\]\.username "alice" appears twice/);
    expect(() => synthUpstream({ users: [{ ...alice, username: "Alice Admin" }] })).toThrow(
      /users\[0\]\.username "Alice Admin" must be lower-case/,
    );
    expect(() =>
      synthUpstream({
        brokers: [{ name: "lab", keycloakUrl: "https://auth.lab", brokerRealm: "broker", vaultNamespace: "lab" }],
      }),
    ).toThrow(/brokers\[0\]\.vaultNamespace "lab" is not a namespace of the Vault root/);
  });

  test("rejects a bad URL and token lifetimes that do not nest", () => {
    expect(() => synthUpstream({ url: "idp.example.com" })).toThrow(/url "idp\.example\.com" is not an http\(s\) URL/);
    expect(() => synthUpstream({ accessTokenMinutes: 45 })).toThrow(
      /accessTokenMinutes 45 must be at least 1 and shorter than ssoIdleMinutes 30/,
    );
    expect(() => synthUpstream({ ssoIdleMinutes: 700 })).toThrow(/ssoIdleMinutes 700 exceeds ssoMaxHours 10/);
  });

  test("rejects a Teleport or GitLab redirect URI that is not an exact https URL", () => {
    expect(() => synthUpstream({ teleportRedirectUri: "teleport.support.lab.example.com:3080" })).toThrow(
      /teleportRedirectUri "teleport\.support\.lab\.example\.com:3080" must be an https URL with a path and no '\*' — use the service's OIDC callback, Teleport's/,
    );
    expect(() => synthUpstream({ gitlabRedirectUri: "https://gitlab.support.lab.example.com/*" })).toThrow(
      /gitlabRedirectUri "https:\/\/gitlab\.support\.lab\.example\.com\/\*" must be an https URL .* GitLab's/,
    );
  });
});

describe("KeycloakBroker", () => {
  test("federates the upstream realm in sync mode FORCE, with the secret read from Vault", () => {
    const out = synthBroker();
    expect(out).toHaveResourceWithProperties(OidcIdentityProvider, {
      alias: "upstream",
      issuer: "https://idp.support.lab.example.com/realms/upstream",
      token_url: "https://idp.support.lab.example.com/realms/upstream/protocol/openid-connect/token",
      client_id: "broker-kss",
      sync_mode: "FORCE",
    });
    expect(out).toHaveDataSourceWithProperties(DataVaultGenericSecret, {
      namespace: "${vault_namespace.vault-root_ns-kss_E697B7D6.path}",
      path: "secret/keycloak/broker-client",
    });
    expect(byType(out, "keycloak_oidc_identity_provider")[0].client_secret).toMatch(
      /^\$\{data\.vault_generic_secret\./,
    );
  });

  test("has the six roles, each granted through its group", () => {
    const out = synthBroker();
    const roles = brokerOnly(out, "keycloak_role").map((r) => r.name);
    expect(roles.sort()).toEqual([
      "app-user",
      "k8s-admin",
      "k8s-operator",
      "platform-admin",
      "web-admin",
      "web-operator",
    ]);
    const groups = byType(out, "keycloak_group").map((g) => g.name);
    expect(groups.sort()).toEqual([
      "app-users",
      "k8s-admins",
      "k8s-operators",
      "platform-admins",
      "web-admins",
      "web-operators",
    ]);
    expect(out).toHaveResourceWithProperties(GroupRoles, {
      group_id: "${keycloak_group.broker_group-k8s-admins_E7EF78BC.id}",
      role_ids: ["${keycloak_role.broker_role-k8s-admin_0F640A47.id}"],
    });
  });

  test("maps upstream realm roles to broker groups", () => {
    expect(synthBroker()).toHaveResourceWithProperties(CustomIdentityProviderMapper, {
      identity_provider_alias: "${keycloak_oidc_identity_provider.broker_idp-upstream_8115201E.alias}",
      identity_provider_mapper: "oidc-advanced-group-idp-mapper",
      extra_config: expect.objectContaining({ claims: '[{"key":"roles","value":"admin"}]', group: "/platform-admins" }),
    });
  });

  test("lands upstream admins in all six broker groups and upstream users in app-users only", () => {
    const mapped = (role: string) =>
      byType(synthBroker(), "keycloak_custom_identity_provider_mapper")
        .filter((m) => m.extra_config.claims === JSON.stringify([{ key: "roles", value: role }]))
        .map((m) => m.extra_config.group)
        .sort();
    expect(mapped("admin")).toEqual([
      "/app-users",
      "/k8s-admins",
      "/k8s-operators",
      "/platform-admins",
      "/web-admins",
      "/web-operators",
    ]);
    expect(mapped("user")).toEqual(["/app-users"]);
  });

  test("publishes group names in a `groups` claim, a default scope of every client", () => {
    const out = synthBroker();
    expect(out).toHaveResourceWithProperties(OpenidGroupMembershipProtocolMapper, {
      claim_name: "groups",
      full_path: false,
    });
    const scopes = byType(out, "keycloak_openid_client_default_scopes");
    expect(scopes).toHaveLength(brokerOnly(out, "keycloak_openid_client").length);
    for (const s of scopes)
      expect(s.default_scopes).toEqual(
        expect.arrayContaining(["basic", "${keycloak_openid_client_scope.broker_scope-groups_0A6B32A7.name}"]),
      );
  });

  test("has the platform's clients with redirect URIs under the cluster domain and secrets in the cluster's KV", () => {
    const out = synthBroker();
    const clients = brokerOnly(out, "keycloak_openid_client").map((c) => c.client_id);
    expect(clients.sort()).toEqual(["argocd", "grafana", "headlamp", "kubernetes", "oauth2-proxy"]);
    expect(out).toHaveResourceWithProperties(KvSecretV2, {
      name: "keycloak/clients/argocd",
      data_json: expect.stringMatching(/"client_secret" = random_password\.broker_secret-argocd_\w+\.result/),
    });
    expect(out).toHaveResourceWithProperties(OpenidClient, {
      client_id: "argocd",
      access_type: "CONFIDENTIAL",
      valid_redirect_uris: ["https://argocd.kss.lab.example.com/auth/callback"],
    });
    expect(out).toHaveResourceWithProperties(KvSecretV2, {
      namespace: "${vault_namespace.vault-root_ns-kss_E697B7D6.path}",
      mount: "${vault_mount.vault-cluster_kv_42BB7BB3.path}",
      name: "keycloak/clients/argocd",
    });
  });

  test("makes kubernetes a public client with direct access grants, holding no secret anywhere", () => {
    const out = synthBroker();
    const kubernetes = brokerOnly(out, "keycloak_openid_client").find((c) => c.client_id === "kubernetes");
    expect(kubernetes).toMatchObject({
      access_type: "PUBLIC",
      standard_flow_enabled: true,
      direct_access_grants_enabled: true,
      valid_redirect_uris: expect.arrayContaining(["http://localhost:8000", "http://localhost:18000"]),
    });
    expect(kubernetes.client_secret).toBeUndefined();
    expect(Object.keys(JSON.parse(out).resource.random_password).filter((id) => id.includes("kubernetes"))).toEqual([]);
    const entry = brokerOnly(out, "vault_kv_secret_v2").find((e) => e.name === "keycloak/clients/kubernetes");
    expect(entry.data_json).not.toContain("client_secret");
    expect(entry.data_json).toContain('"issuer" = "https://auth.kss.lab.example.com/realms/broker"');
  });

  test("gives Headlamp's ID and access tokens the kubernetes audience, so the API server accepts them", () => {
    const out = synthBroker();
    expect(out).toHaveResourceWithProperties(OpenidAudienceProtocolMapper, {
      client_id: expect.stringMatching(/^\$\{keycloak_openid_client\.broker_client-headlamp_\w+\.id\}$/),
      included_client_audience: expect.stringMatching(
        /^\$\{keycloak_openid_client\.broker_client-kubernetes_\w+\.client_id\}$/,
      ),
      add_to_id_token: true,
      add_to_access_token: true,
    });
  });

  test("adds Dependency-Track, public with PKCE, only when the site enables it", () => {
    const find = (out: string) =>
      brokerOnly(out, "keycloak_openid_client").find((c) => c.client_id === "dependency-track");
    expect(find(synthBroker())).toBeUndefined();
    const out = synthBroker(kss, { apps: { dependencyTrack: true } });
    expect(find(out)).toMatchObject({
      access_type: "PUBLIC",
      pkce_code_challenge_method: "S256",
      direct_access_grants_enabled: false,
      valid_redirect_uris: ["https://dtrack.kss.lab.example.com/static/oidc-callback.html"],
    });
    expect(out).toHaveResourceWithProperties(KvSecretV2, {
      mount: "${vault_mount.vault-cluster_kv_42BB7BB3.path}",
      name: "keycloak/clients/dependency-track",
      data_json:
        '${jsonencode({"client_id" = "dependency-track", "issuer" = "https://auth.kss.lab.example.com/realms/broker"})}',
    });
  });

  test("addClient adds a client with the realm's scopes and a Vault entry, and returns them", () => {
    let added: BrokerClient | undefined;
    const out = Testing.synthScope((scope) => {
      const up = upstream(scope);
      const root = up.node.scope!.node.findChild("vault-root") as VaultRoot;
      const vault = new VaultCluster(scope, "vault-cluster", { cluster: kss, root, address });
      const broker = new KeycloakBroker(scope, "broker", { cluster: kss, upstream: up, vault });
      added = broker.addClient({
        clientId: "wiki",
        name: "Wiki",
        redirectUris: ["https://wiki.kss.lab.example.com/cb"],
      });
      expect(broker.clients.wiki).toBe(added.client);
      expect(broker.clientSecrets.wiki).toBe(added.vault);
    });
    expect(added?.secret).toBeDefined();
    expect(out).toHaveResourceWithProperties(OpenidClient, { client_id: "wiki", access_type: "CONFIDENTIAL" });
    const scopes = byType(out, "keycloak_openid_client_default_scopes").find((s) =>
      /broker_client-wiki_/.test(s.client_id),
    );
    expect(scopes.default_scopes).toEqual(expect.arrayContaining(["basic"]));
    expect(out).toHaveResourceWithProperties(KvSecretV2, { name: "keycloak/clients/wiki" });
  });

  test("addClient rejects a client ID that is taken or malformed, and a client without redirect URIs", () => {
    const attempt = (spec: Parameters<KeycloakBroker["addClient"]>[0]) =>
      Testing.synthScope((scope) => {
        const up = upstream(scope);
        const root = up.node.scope!.node.findChild("vault-root") as VaultRoot;
        const vault = new VaultCluster(scope, "vault-cluster", { cluster: kss, root, address });
        new KeycloakBroker(scope, "broker", { cluster: kss, upstream: up, vault }).addClient(spec);
      });
    const uris = ["https://x.kss.lab.example.com/cb"];
    expect(() => attempt({ clientId: "argocd", name: "again", redirectUris: uris })).toThrow(
      /KeycloakBroker "stack\/broker": clientId "argocd" is already a client of the realm/,
    );
    expect(() => attempt({ clientId: "Wiki", name: "Wiki", redirectUris: uris })).toThrow(/clientId "Wiki" must be/);
    expect(() => attempt({ clientId: "wiki", name: "Wiki", redirectUris: [] })).toThrow(
      /client "wiki" has no redirect URIs/,
    );
    expect(() => attempt({ clientId: "wiki", name: "Wiki", redirectUris: ["/cb"] })).toThrow(
      /client "wiki" has redirect URI "\/cb" — use an absolute http\(s\) URL/,
    );
  });

  test("adds Open WebUI when the site enables it, and Kiali only on Istio clusters", () => {
    const ids = (out: string) => brokerOnly(out, "keycloak_openid_client").map((c) => c.client_id);
    expect(ids(synthBroker(kss, { apps: { openWebui: true, kiali: true } }))).toEqual(
      expect.arrayContaining(["open-webui"]),
    );
    expect(ids(synthBroker(kss, { apps: { kiali: true } }))).not.toContain("kiali");
    expect(ids(synthBroker(kcs, { apps: { kiali: true } }))).toContain("kiali");
    expect(ids(synthBroker(kcs, { apps: { kiali: false } }))).not.toContain("kiali");
  });

  test("offers social providers from the site, landing logins in app-users with the prefixed mapper type", () => {
    const out = synthBroker(kss, { social: ["github", "google"] });
    expect(out).toHaveResourceWithProperties(OidcIdentityProvider, {
      alias: "github",
      provider_id: "github",
      sync_mode: "IMPORT",
    });
    expect(out).toHaveResourceWithProperties(CustomIdentityProviderMapper, {
      identity_provider_alias: "${keycloak_oidc_identity_provider.broker_idp-github_3BE7E3DC.alias}",
      identity_provider_mapper: "oidc-hardcoded-group-idp-mapper",
      extra_config: { syncMode: "INHERIT", group: "/app-users" },
    });
    expect(out).toHaveDataSourceWithProperties(DataVaultGenericSecret, { path: "secret/keycloak/social/google" });
    expect(byType(synthBroker(), "keycloak_oidc_identity_provider")).toHaveLength(1);
  });

  test("rejects unknown social providers and groups", () => {
    expect(() => synthBroker(kss, { social: ["gitlab" as never] })).toThrow(
      /social lists "gitlab" — use github, google or microsoft/,
    );
    expect(() => synthBroker(kss, { socialGroups: ["admins" as never] })).toThrow(/socialGroups lists "admins"/);
    expect(() => synthBroker(kss, { upstreamRoleGroups: { admin: ["root" as never] } })).toThrow(
      /upstreamRoleGroups maps "admin" to "root"/,
    );
    expect(() => synthBroker(kss, { upstreamRoleGroups: { admin: [] } })).toThrow(
      /upstreamRoleGroups maps "admin" to no group/,
    );
    expect(() => synthBroker(kss, { accessTokenMinutes: 0 })).toThrow(/accessTokenMinutes 0 must be between 1 and 60/);
  });

  test("rejects a cluster the upstream has no client for", () => {
    const lab = { ...kss, name: "lab" };
    expect(() => synthBroker(lab)).toThrow(/upstream has no client for cluster "lab"/);
  });
});
