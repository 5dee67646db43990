import { Password } from "@cdktf/provider-random/lib/password";
import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { Fn, Token } from "cdktf";
import { Construct } from "constructs";
import { OpenidClient } from "../.gen/providers/keycloak/openid-client";
import { OpenidUserRealmRoleProtocolMapper } from "../.gen/providers/keycloak/openid-user-realm-role-protocol-mapper";
import { Realm, RealmSecurityDefensesBruteForceDetection } from "../.gen/providers/keycloak/realm";
import { Role } from "../.gen/providers/keycloak/role";
import { User } from "../.gen/providers/keycloak/user";
import { UserRoles } from "../.gen/providers/keycloak/user-roles";
import type { UserModel } from "../model";
import type { VaultRoot } from "./vault-root";
import { throwIfInvalid } from "./validation";

/** A cluster whose broker realm federates the upstream realm. */
export interface UpstreamBroker {
  /** Cluster name; the upstream client is `broker-<name>`. */
  readonly name: string;
  /** Base URL of the cluster's own Keycloak (`https://auth.kss.lab.example.com`). */
  readonly keycloakUrl: string;
  /** Realm of the cluster's broker. */
  readonly brokerRealm: string;
  /** The cluster's Vault namespace, which receives the client's credentials. */
  readonly vaultNamespace: string;
}

/** Where a secret was written in Vault. */
export interface VaultSecretLocation {
  /** Namespace path, or undefined for the root namespace. */
  readonly namespace?: string;
  /** KV v2 mount. */
  readonly mount: string;
  /** Secret name inside the mount. */
  readonly name: string;
}

export interface KeycloakUpstreamProps {
  /** Public base URL of the upstream Keycloak (`https://idp.support.lab.example.com`). */
  readonly url: string;
  /** The people who log in, from the site file. Each gets a generated initial password in Vault. */
  readonly users: readonly UserModel[];
  /** Each cluster's broker, which gets a confidential client here. */
  readonly brokers: readonly UpstreamBroker[];
  /**
   * Teleport's OIDC callback on the support VM, the redirect URI of the client `teleport`
   * (`https://teleport.support.lab.example.com:3080/v1/webapi/oidc/callback`).
   */
  readonly teleportRedirectUri: string;
  /**
   * GitLab's OIDC callback on the support VM, the redirect URI of the client `gitlab`
   * (`https://gitlab.support.lab.example.com/users/auth/openid_connect/callback`).
   */
  readonly gitlabRedirectUri: string;
  /** Where secrets go: user passwords and the Teleport/GitLab client to `siteKv`, broker clients to the cluster's namespace. */
  readonly root: VaultRoot;
  /** Realm name. @default "upstream" */
  readonly realm?: string;
  /** Access token lifetime, in minutes. @default 5 */
  readonly accessTokenMinutes?: number;
  /** SSO session idle timeout, in minutes. @default 30 */
  readonly ssoIdleMinutes?: number;
  /** SSO session maximum lifetime, in hours. @default 10 */
  readonly ssoMaxHours?: number;
  /**
   * Whether a user must choose a new password at first login, which makes
   * the password in Vault a one-time credential.
   * @default true
   */
  readonly temporaryPasswords?: boolean;
}

/** An OIDC client of the upstream realm, with its generated secret. */
export interface UpstreamClient {
  /** Client ID, known at synth time. */
  readonly clientId: string;
  readonly client: OpenidClient;
  /** The client secret (sensitive). */
  readonly secret: string;
  /** Where the client ID, secret and issuer were written in Vault. */
  readonly vault: VaultSecretLocation;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]*$/;
/** An exact redirect URI for a confidential client: https, a host, a path, no wildcard. */
const REDIRECT_URI = /^https:\/\/[^/\s*]+\/[^\s*]*$/;

/**
 * Brute-force protection for every realm people log in to: a temporary
 * lockout that grows from a minute to 15 after 5 failures, never permanent
 * (a permanent lockout would let anyone lock an admin out).
 */
export const BRUTE_FORCE_DETECTION: RealmSecurityDefensesBruteForceDetection = {
  maxLoginFailures: 5,
  waitIncrementSeconds: 60,
  maxFailureWaitSeconds: 900,
  failureResetTimeSeconds: 43200,
  minimumQuickLoginWaitSeconds: 60,
  quickLoginCheckMilliSeconds: 1000,
  permanentLockout: false,
};

/** A generated OIDC client secret; letters and digits only, since it is pasted into env files and YAML downstream. */
export function clientSecret(scope: Construct, id: string): Password {
  return new Password(scope, id, { length: 48, special: false });
}

/**
 * The upstream identity provider on the support VM's Keycloak: the realm
 * people actually log in to. It holds the users from the site file (with
 * generated initial passwords stored in Vault), the realm roles `admin`
 * and `user`, and one confidential client for each cluster's broker realm,
 * for Teleport and for GitLab. Client secrets are generated here and set
 * on the client, so Keycloak and Vault always agree and a re-apply changes
 * nothing; each client's credentials and the issuer are written to Vault
 * for whoever consumes them.
 */
export class KeycloakUpstream extends Construct {
  public readonly realm: Realm;
  /** `<url>/realms/<realm>`: the issuer every client and broker trusts. */
  public readonly issuerUrl: string;
  /** Realm roles `admin` and `user`. */
  public readonly roles: Readonly<Record<"admin" | "user", Role>>;
  /** Users by username. */
  public readonly users: Readonly<Record<string, User>>;
  /** Clients by client ID (`broker-<cluster>`, `teleport`, `gitlab`). */
  public readonly clients: Readonly<Record<string, UpstreamClient>>;

  constructor(scope: Construct, id: string, props: KeycloakUpstreamProps) {
    super(scope, id);
    const realmName = props.realm ?? "upstream";
    const accessTokenMinutes = props.accessTokenMinutes ?? 5;
    const ssoIdleMinutes = props.ssoIdleMinutes ?? 30;
    const ssoMaxHours = props.ssoMaxHours ?? 10;
    const temporaryPasswords = props.temporaryPasswords ?? true;
    const url = props.url.replace(/\/+$/, "");

    const problems: string[] = [];
    if (!Token.isUnresolved(url) && !/^https?:\/\/[^/\s]+(\/[^\s]*)?$/.test(url))
      problems.push(`url "${url}" is not an http(s) URL — for example https://idp.support.lab.example.com`);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(realmName))
      problems.push(`realm "${realmName}" must be lower-case letters, digits and '-'`);
    if (!(accessTokenMinutes >= 1 && accessTokenMinutes < ssoIdleMinutes))
      problems.push(
        `accessTokenMinutes ${accessTokenMinutes} must be at least 1 and shorter than ssoIdleMinutes ${ssoIdleMinutes}`,
      );
    for (const [prop, uri, example] of [
      [
        "teleportRedirectUri",
        props.teleportRedirectUri,
        "Teleport's, https://teleport.<support domain>:3080/v1/webapi/oidc/callback",
      ],
      [
        "gitlabRedirectUri",
        props.gitlabRedirectUri,
        "GitLab's, https://gitlab.<support domain>/users/auth/openid_connect/callback",
      ],
    ] as const) {
      if (!Token.isUnresolved(uri) && !REDIRECT_URI.test(uri))
        problems.push(
          `${prop} "${uri}" must be an https URL with a path and no '*' — use the service's OIDC callback, ${example}`,
        );
    }
    if (!(ssoIdleMinutes <= ssoMaxHours * 60))
      problems.push(
        `ssoIdleMinutes ${ssoIdleMinutes} exceeds ssoMaxHours ${ssoMaxHours} — the idle timeout must fit in the session`,
      );
    const usernames = new Set<string>();
    props.users.forEach((user, i) => {
      if (!USERNAME.test(user.username))
        problems.push(`users[${i}].username "${user.username}" must be lower-case letters, digits, '.', '_' or '-'`);
      if (usernames.has(user.username))
        problems.push(`users[${i}].username "${user.username}" appears twice — list each person once`);
      usernames.add(user.username);
    });
    const brokerNames = new Set<string>();
    props.brokers.forEach((broker, i) => {
      if (brokerNames.has(broker.name))
        problems.push(`brokers[${i}].name "${broker.name}" appears twice — list each cluster once`);
      brokerNames.add(broker.name);
      if (!props.root.namespaces[broker.vaultNamespace])
        problems.push(
          `brokers[${i}].vaultNamespace "${broker.vaultNamespace}" is not a namespace of the Vault root — add the cluster to the model`,
        );
      if (!Token.isUnresolved(broker.keycloakUrl) && !/^https?:\/\/[^/\s]+/.test(broker.keycloakUrl))
        problems.push(`brokers[${i}].keycloakUrl "${broker.keycloakUrl}" is not an http(s) URL`);
    });
    throwIfInvalid(this, problems);

    this.realm = new Realm(this, "realm", {
      realm: realmName,
      enabled: true,
      displayName: "Homelab",
      sslRequired: "external",
      loginWithEmailAllowed: true,
      duplicateEmailsAllowed: false,
      resetPasswordAllowed: false,
      registrationAllowed: false,
      accessTokenLifespan: `${accessTokenMinutes}m`,
      ssoSessionIdleTimeout: `${ssoIdleMinutes}m`,
      ssoSessionMaxLifespan: `${ssoMaxHours}h`,
      passwordPolicy: "length(12) and notUsername and notEmail",
      securityDefenses: { bruteForceDetection: BRUTE_FORCE_DETECTION },
    });
    const realmId = this.realm.id;
    this.issuerUrl = `${url}/realms/${realmName}`;

    this.roles = {
      admin: new Role(this, "role-admin", { realmId, name: "admin", description: "Administers the homelab" }),
      user: new Role(this, "role-user", { realmId, name: "user", description: "Uses the homelab's applications" }),
    };

    const users: Record<string, User> = {};
    for (const person of [...props.users].sort((a, b) => a.username.localeCompare(b.username))) {
      const password = new Password(this, `password-${person.username}`, { length: 24, special: true, minSpecial: 2 });
      const user = new User(this, `user-${person.username}`, {
        realmId,
        username: person.username,
        email: person.email,
        emailVerified: true,
        firstName: person.firstName,
        lastName: person.lastName,
        enabled: true,
        // Only used when the user is created; Keycloak owns the password afterwards.
        initialPassword: { value: password.result, temporary: temporaryPasswords },
        // A temporary password adds UPDATE_PASSWORD, which Keycloak removes once it is done:
        // the pending actions are the user's state, not configuration to restore.
        lifecycle: { ignoreChanges: ["required_actions"] },
      });
      users[person.username] = user;
      const roleIds = person.role === "admin" ? [this.roles.admin.id, this.roles.user.id] : [this.roles.user.id];
      // Not exhaustive: the realm's default roles stay assigned.
      new UserRoles(this, `user-roles-${person.username}`, { realmId, userId: user.id, roleIds, exhaustive: false });
      new KvSecretV2(this, `password-secret-${person.username}`, {
        mount: props.root.siteKv.path,
        name: `keycloak/users/${person.username}`,
        dataJson: Fn.jsonencode({
          username: person.username,
          password: password.result,
          temporary: temporaryPasswords,
          realm_url: this.issuerUrl,
        }),
        // The password Keycloak holds changes at first login; Vault keeps the initial one.
        lifecycle: { ignoreChanges: ["data_json"] },
      });
    }
    this.users = users;

    const clients: Record<string, UpstreamClient> = {};
    const addClient = (
      clientId: string,
      name: string,
      redirectUris: string[],
      vault: VaultSecretLocation,
      requirePkce: boolean,
    ): UpstreamClient => {
      const secret = clientSecret(this, `secret-${clientId}`);
      const client = new OpenidClient(this, `client-${clientId}`, {
        realmId,
        clientId,
        name,
        accessType: "CONFIDENTIAL",
        clientSecret: secret.result,
        standardFlowEnabled: true,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        serviceAccountsEnabled: false,
        validRedirectUris: redirectUris,
        // Required where both ends are ours (the brokers send S256); Teleport and GitLab may not.
        ...(requirePkce ? { pkceCodeChallengeMethod: "S256" } : {}),
      });
      // The realm roles travel in a `roles` claim, so consumers can map them (brokers to groups, Teleport to roles).
      new OpenidUserRealmRoleProtocolMapper(this, `client-${clientId}-roles`, {
        realmId,
        clientId: client.id,
        name: "realm roles",
        claimName: "roles",
        multivalued: true,
        addToIdToken: true,
        addToAccessToken: true,
        addToUserinfo: true,
      });
      new KvSecretV2(this, `client-${clientId}-secret`, {
        ...(vault.namespace === undefined ? {} : { namespace: vault.namespace }),
        mount: vault.mount,
        name: vault.name,
        dataJson: Fn.jsonencode({ client_id: clientId, client_secret: secret.result, issuer: this.issuerUrl }),
      });
      const result = { clientId, client, secret: secret.result, vault };
      clients[clientId] = result;
      return result;
    };

    for (const broker of [...props.brokers].sort((a, b) => a.name.localeCompare(b.name))) {
      const { namespace, kv } = props.root.namespaces[broker.vaultNamespace];
      const keycloakUrl = broker.keycloakUrl.replace(/\/+$/, "");
      addClient(
        `broker-${broker.name}`,
        `${broker.name} broker`,
        [`${keycloakUrl}/realms/${broker.brokerRealm}/broker/${UPSTREAM_IDP_ALIAS}/endpoint`],
        { namespace: namespace.path, mount: kv.path, name: BROKER_CLIENT_SECRET_NAME },
        true,
      );
    }
    addClient(
      "teleport",
      "Teleport",
      [props.teleportRedirectUri],
      {
        mount: props.root.siteKv.path,
        name: "keycloak/clients/teleport",
      },
      false,
    );
    addClient(
      "gitlab",
      "GitLab",
      [props.gitlabRedirectUri],
      {
        mount: props.root.siteKv.path,
        name: "keycloak/clients/gitlab",
      },
      false,
    );
    this.clients = clients;
  }
}

/** Alias of the upstream identity provider in every broker realm; part of the broker's redirect URI. */
export const UPSTREAM_IDP_ALIAS = "upstream";

/** Name of the broker's upstream client credentials in the cluster namespace's KV mount. */
export const BROKER_CLIENT_SECRET_NAME = "keycloak/broker-client";
