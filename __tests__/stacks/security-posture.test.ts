/**
 * The security settings of the synthesized stacks, one named assertion each,
 * on the real cdk.tf.json of the shipped model (base and both clusters: kss is
 * the Canal/default profile, kcs the Cilium/istio-mesh one). A change to any of
 * them fails here by name instead of hiding in a snapshot diff.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT, shippedModel } from "../../testing/model";
import { synthStacks } from "../../testing/synth";

const model = shippedModel();
const stacks: Record<string, any> = Object.fromEntries(
  Object.entries(synthStacks(model)).map(([name, text]) => [name, JSON.parse(text)]),
);
const CLUSTERS = ["kss", "kcs"];
const SUPPORT_DOMAIN = model.site.domains.support;
const clusterDomain = (name: string) => model.clusters.find((c) => c.name === name)!.domain;

const STACKS = Object.keys(stacks);
/** The stacks that hold `scope`'s blocks: base, or a cluster's stack and its later stages (`<cluster>-…`). */
const stacksOf = (scope: string) => STACKS.filter((s) => s === scope || s.startsWith(`${scope}-`));

/** The blocks of `type` of `scope` (resources, or data sources with `section: "data"`), without cdktf's metadata. */
function blocks(scope: string, type: string, section: "resource" | "data" = "resource"): [string, any][] {
  return stacksOf(scope).flatMap((stack) =>
    Object.entries<any>(stacks[stack][section]?.[type] ?? {}).map(([id, body]): [string, any] => {
      const { "//": _metadata, ...rest } = body;
      return [id, rest];
    }),
  );
}
const bodies = (scope: string, type: string) => blocks(scope, type).map(([, body]) => body);
function single(stack: string, type: string): any {
  const all = bodies(stack, type);
  expect(all).toHaveLength(1);
  return all[0];
}
/** The one block of `type` in `stack` whose id (the construct path, joined by "_") starts with `prefix`. */
function byId(stack: string, type: string, prefix: string): any {
  const found = blocks(stack, type).filter(([id]) => id.startsWith(`${prefix}_`));
  expect(found.map(([id]) => id)).toHaveLength(1);
  return found[0][1];
}
/** The restapi objects of `stack` sent to the API behind `provider` (`restapi.<alias>`): path and `data` (a jsonencode expression). */
function restObjects(stack: string, provider: string): { path: string; data: string }[] {
  return bodies(stack, "restapi_object")
    .filter((o) => o.provider === `restapi.${provider}`)
    .map((o) => ({ path: o.path, data: o.data }));
}

const upstreamRealm = () => single("base", "keycloak_realm");
const brokerRealm = (cluster: string) => single(cluster, "keycloak_realm");
const realms = () => [["upstream", upstreamRealm()], ...CLUSTERS.map((c) => [`${c} broker`, brokerRealm(c)])];

describe("security posture of the shipped stacks", () => {
  describe("Keycloak realms", () => {
    test("ssl_required is external in the upstream realm", () => {
      expect(upstreamRealm().ssl_required).toBe("external");
    });

    test.each(CLUSTERS)("ssl_required is external in the %s broker realm", (cluster) => {
      expect(brokerRealm(cluster).ssl_required).toBe("external");
    });

    test("brute_force_detection: 5 failures lock an account, for growing waits up to 15 minutes (permanent_lockout off)", () => {
      for (const [, realm] of realms()) {
        expect(realm.security_defenses.brute_force_detection).toEqual({
          permanent_lockout: false,
          max_login_failures: 5,
          wait_increment_seconds: 60,
          max_failure_wait_seconds: 900,
          failure_reset_time_seconds: 43200,
          quick_login_check_milli_seconds: 1000,
          minimum_quick_login_wait_seconds: 60,
        });
      }
    });

    test("access_token_lifespan is 5 minutes", () => {
      for (const [, realm] of realms()) expect(realm.access_token_lifespan).toBe("5m");
    });

    test("sso_session_idle_timeout is 30 minutes and sso_session_max_lifespan 10 hours", () => {
      for (const [, realm] of realms()) {
        expect(realm.sso_session_idle_timeout).toBe("30m");
        expect(realm.sso_session_max_lifespan).toBe("10h");
      }
    });

    test("registration_allowed is false in every realm", () => {
      for (const [, realm] of realms()) expect(realm.registration_allowed).toBe(false);
    });

    test("upstream realm: reset_password_allowed and duplicate_emails_allowed are false", () => {
      expect(upstreamRealm().reset_password_allowed).toBe(false);
      expect(upstreamRealm().duplicate_emails_allowed).toBe(false);
    });

    test("upstream realm: password_policy asks for 12 characters, neither the username nor the e-mail", () => {
      expect(upstreamRealm().password_policy).toBe("length(12) and notUsername and notEmail");
    });

    test("upstream users: initial_password is generated and temporary", () => {
      const users = bodies("base", "keycloak_user");
      expect(users.length).toBe(model.site.identity.users.length);
      for (const user of users) {
        expect(user.initial_password.temporary).toBe(true);
        expect(user.initial_password.value).toMatch(/^\$\{random_password\.[^.]+\.result\}$/);
      }
      for (const [id, password] of blocks("base", "random_password").filter(([id]) => id.includes("_password-"))) {
        expect([id, password.length >= 24, password.special]).toEqual([id, true, true]);
      }
    });
  });

  describe("OpenID clients", () => {
    const allClients = () => [
      ...bodies("base", "keycloak_openid_client").map((c) => ({ stack: "base", ...c })),
      ...CLUSTERS.flatMap((s) => bodies(s, "keycloak_openid_client").map((c) => ({ stack: s, ...c }))),
    ];

    test("access_type is CONFIDENTIAL with a generated 48-character client_secret, or PUBLIC only with PKCE S256", () => {
      for (const scope of ["base", ...CLUSTERS]) {
        const passwords = Object.fromEntries(blocks(scope, "random_password"));
        for (const client of bodies(scope, "keycloak_openid_client")) {
          const at = `${scope} ${client.client_id}`;
          if (client.access_type === "PUBLIC") {
            // A public client (a browser application) has no secret to keep; PKCE binds its code to it.
            expect([at, client.pkce_code_challenge_method, client.client_secret]).toEqual([at, "S256", undefined]);
            continue;
          }
          expect([at, client.access_type]).toEqual([at, "CONFIDENTIAL"]);
          const id = /^\$\{random_password\.([^.]+)\.result\}$/.exec(client.client_secret)?.[1];
          expect([at, passwords[id ?? ""]?.length]).toEqual([at, 48]);
        }
      }
    });

    test("implicit_flow_enabled is false; direct_access_grants_enabled only on kubelogin's client; standard_flow_enabled is true", () => {
      for (const client of allClients()) {
        const kubelogin =
          client.stack !== "base" &&
          client.client_id === model.clusters.find((c) => client.stack.startsWith(c.name))?.oidc.clientId;
        expect([client.client_id, client.implicit_flow_enabled, client.direct_access_grants_enabled]).toEqual([
          client.client_id,
          false,
          kubelogin,
        ]);
        expect(client.standard_flow_enabled).toBe(true);
      }
    });

    test("upstream clients: service_accounts_enabled is false", () => {
      for (const client of bodies("base", "keycloak_openid_client"))
        expect(client.service_accounts_enabled).toBe(false);
    });

    test("PKCE: pkce_code_challenge_method S256 on the upstream clients of the cluster brokers", () => {
      const brokers = bodies("base", "keycloak_openid_client").filter((c) => c.client_id.startsWith("broker-"));
      expect(brokers.map((c) => c.client_id).sort()).toEqual(CLUSTERS.map((c) => `broker-${c}`).sort());
      for (const client of brokers) expect(client.pkce_code_challenge_method).toBe("S256");
    });

    test.each(CLUSTERS)(
      "PKCE: the %s broker's upstream identity provider sends S256 challenges and validates signatures",
      (cluster) => {
        const idp = single(cluster, "keycloak_oidc_identity_provider");
        expect(idp.extra_config).toMatchObject({ pkceEnabled: "true", pkceMethod: "S256" });
        expect(idp.validate_signature).toBe(true);
        expect(idp.store_token).toBe(false);
        // Upstream roles are re-applied at every login, so a role removed upstream is gone at the next one.
        expect(idp.sync_mode).toBe("FORCE");
        // The upstream realm verifies e-mail addresses (its users are created with email_verified by the site).
        expect(idp.trust_email).toBe(true);
        expect(idp.client_secret).toMatch(/^\$\{data\.vault_generic_secret\./);
        for (const url of ["issuer", "authorization_url", "token_url", "jwks_url", "user_info_url", "logout_url"])
          expect(idp[url]).toMatch(new RegExp(`^https://idp\\.${SUPPORT_DOMAIN.replace(/\./g, "\\.")}/realms/`));
      },
    );

    test('web_origins and valid_post_logout_redirect_uris of the broker clients are "+" (only their redirect URIs)', () => {
      for (const cluster of CLUSTERS)
        for (const client of bodies(cluster, "keycloak_openid_client")) {
          expect([client.client_id, client.web_origins]).toEqual([client.client_id, ["+"]]);
          expect([client.client_id, client.valid_post_logout_redirect_uris]).toEqual([client.client_id, ["+"]]);
        }
    });

    test("valid_redirect_uris: https under the site's domains, no wildcard but oauth2-proxy's per-host callback", () => {
      const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      for (const client of allClients()) {
        const domain = client.stack === "base" ? undefined : clusterDomain(client.stack);
        for (const uri of client.valid_redirect_uris as string[]) {
          const at = `${client.stack} ${client.client_id}: ${uri}`;
          const kubelogin =
            domain && client.client_id === model.clusters.find((c) => c.name === client.stack)!.oidc.clientId;
          if (kubelogin && uri.startsWith("http://")) {
            // kubelogin's loopback redirect (RFC 8252 §7.3): a fixed port on the loopback host, nothing else.
            expect([at, /^http:\/\/(localhost|127\.0\.0\.1):\d+$/.test(uri)]).toEqual([at, true]);
            continue;
          }
          if (uri.includes("*")) {
            // oauth2-proxy authenticates every application host of its cluster at that host's own callback.
            expect([at, client.client_id, domain && uri === `https://*.${domain}/oauth2/callback`]).toEqual([
              at,
              "oauth2-proxy",
              true,
            ]);
            continue;
          }
          const hosts = domain ? [domain, SUPPORT_DOMAIN] : [SUPPORT_DOMAIN, ...CLUSTERS.map(clusterDomain)];
          const underDomain = new RegExp(`^https://([a-z0-9-]+\\.)+(${hosts.map(escape).join("|")})(:\\d+)?/[^*]*$`);
          expect([at, underDomain.test(uri)]).toEqual([at, true]);
        }
      }
    });
  });

  describe("Vault PKI", () => {
    test("root CA: EC P-384 key, ttl 87600h (10 years) and a pki mount whose max_lease_ttl_seconds matches", () => {
      const root = single("base", "vault_pki_secret_backend_root_cert");
      expect(root).toMatchObject({ type: "internal", key_type: "ec", key_bits: 384, ttl: "87600h" });
      const mount = byId("base", "vault_mount", "vault-root_pki");
      expect(mount.max_lease_ttl_seconds).toBe(87600 * 3600);
    });

    test("root CA: max_path_length is left to Vault, and every intermediate it signs gets max_path_length 0", () => {
      // Setting it on the root now would replace the root CA (the field forces a new resource);
      // the intermediates' 0 is what stops any CA below them.
      expect(single("base", "vault_pki_secret_backend_root_cert").max_path_length).toBeUndefined();
      for (const cluster of CLUSTERS)
        expect(single(cluster, "vault_pki_secret_backend_root_sign_intermediate").max_path_length).toBe(0);
    });

    test.each(CLUSTERS)(
      "%s intermediate CA: ttl 43800h (5 years), EC P-384, permitted_dns_domains only its own and the support domain",
      (cluster) => {
        const signed = single(cluster, "vault_pki_secret_backend_root_sign_intermediate");
        expect(signed.ttl).toBe("43800h");
        expect(signed.permitted_dns_domains).toEqual([clusterDomain(cluster), SUPPORT_DOMAIN]);
        expect(single(cluster, "vault_pki_secret_backend_intermediate_cert_request")).toMatchObject({
          type: "internal",
          key_type: "ec",
          key_bits: 384,
        });
        const mount = bodies(cluster, "vault_mount").find((m) => m.type === "pki");
        expect(mount.max_lease_ttl_seconds).toBe(43800 * 3600);
      },
    );

    test.each(CLUSTERS)(
      "%s PKI role: allow_ip_sans false, enforce_hostnames true, allowed_domains its own and the support domain, max_ttl 1 year",
      (cluster) => {
        const role = single(cluster, "vault_pki_secret_backend_role");
        expect(role.allow_ip_sans).toBe(false);
        expect(role.enforce_hostnames).toBe(true);
        expect(role.allow_any_name).toBeUndefined();
        expect(role.allowed_domains).toEqual([clusterDomain(cluster), SUPPORT_DOMAIN]);
        expect(role.max_ttl).toBe(String(365 * 24 * 3600));
        // What the role does allow below those domains: the domains themselves, subdomains and wildcards.
        expect(role).toMatchObject({
          allow_bare_domains: true,
          allow_subdomains: true,
          allow_wildcard_certificates: true,
        });
      },
    );

    test("issuing_certificates and crl_distribution_points are served over https", () => {
      for (const stack of ["base", ...CLUSTERS]) {
        const urls = single(stack, "vault_pki_secret_backend_config_urls");
        for (const url of [...urls.issuing_certificates, ...urls.crl_distribution_points])
          expect(url).toMatch(/^https:\/\//);
      }
    });
  });

  describe("Vault policies and Kubernetes auth", () => {
    const policies = (cluster: string) =>
      Object.fromEntries(bodies(cluster, "vault_policy").map((p) => [p.name, JSON.parse(p.policy).path]));

    test.each(CLUSTERS)("%s cert-manager policy: only create and update on its PKI role's sign path", (cluster) => {
      expect(policies(cluster)["cert-manager"]).toEqual({
        [`pki_int/sign/${single(cluster, "vault_pki_secret_backend_role").name}`]: {
          capabilities: ["create", "update"],
        },
      });
    });

    test.each(CLUSTERS)(
      "%s external-secrets policy: read (and list metadata) on the cluster's KV mounts, nothing else",
      (cluster) => {
        const paths = policies(cluster)["external-secrets"];
        expect(Object.keys(paths).length).toBeGreaterThan(0);
        for (const [at, rule] of Object.entries<{ capabilities: string[] }>(paths)) {
          expect([at, /^(apps|secret)\/(data|metadata)\//.test(at)]).toEqual([at, true]);
          const allowed = at.includes("/metadata/") ? ["read", "list"] : ["read"];
          for (const capability of rule.capabilities)
            expect([at, allowed]).toEqual([at, expect.arrayContaining([capability])]);
        }
      },
    );

    test("no policy grants sudo, delete or patch, or reaches sys/, auth/ or a bare wildcard path", () => {
      for (const cluster of CLUSTERS) {
        for (const [name, paths] of Object.entries<Record<string, { capabilities: string[] }>>(policies(cluster))) {
          for (const [at, rule] of Object.entries(paths)) {
            expect([name, at, /^(sys|auth)\//.test(at) || at === "*" || at.startsWith("+")]).toEqual([name, at, false]);
            expect([name, at, rule.capabilities.filter((c) => ["sudo", "delete", "patch"].includes(c))]).toEqual([
              name,
              at,
              [],
            ]);
          }
        }
      }
    });

    test.each(CLUSTERS)(
      "%s Kubernetes auth roles: one service account in one namespace each, audience vault, token_ttl 1 hour",
      (cluster) => {
        const roles = bodies(cluster, "vault_kubernetes_auth_backend_role");
        expect(roles.map((r) => r.role_name).sort()).toEqual(Object.keys(policies(cluster)).sort());
        for (const role of roles) {
          expect(role.bound_service_account_names).toEqual([role.role_name]);
          expect(role.bound_service_account_namespaces).toEqual([role.role_name]);
          expect(role.audience).toBe("vault");
          expect(role.token_ttl).toBe(3600);
          expect(role.token_max_ttl).toBe(3600);
          expect(role.token_policies).toHaveLength(1);
        }
        const config = single(cluster, "vault_kubernetes_auth_backend_config");
        expect(config.kubernetes_host).toMatch(/^https:\/\//);
        expect(config.kubernetes_ca_cert).toMatch(/^\$\{data\.local_file\./);
        expect(config.disable_local_ca_jwt).toBe(true);
        // Vault's recommended setting since Kubernetes 1.21: tokens are checked by the API server's TokenReview.
        expect(config.disable_iss_validation).toBe(true);
      },
    );
  });

  describe("OpenZiti", () => {
    const zitiData = () => restObjects("base", "ziti").map((o) => ({ path: o.path, data: o.data }));

    test("encryptionRequired is true on every service", () => {
      const services = zitiData().filter((o) => o.path === "/services");
      expect(services.length).toBe(CLUSTERS.length + 1);
      for (const service of services) expect(service.data).toContain('"encryptionRequired" = true');
    });

    test("device identities: isAdmin false, enrolled with a one-time token", () => {
      const identities = zitiData().filter((o) => o.path === "/identities");
      expect(identities.length).toBeGreaterThan(0);
      for (const identity of identities) {
        expect(identity.data).toContain('"isAdmin" = false');
        expect(identity.data).toContain('"enrollment" = {"ott" = true}');
      }
    });

    test("service policies: users dial only the clusters' services, routers bind only their own service", () => {
      const policies = zitiData().filter((o) => o.path === "/service-policies");
      const dialUser = policies.find((p) => p.data.includes('"name" = "dial-user"'))!;
      expect(dialUser.data).toContain('"identityRoles" = ["#user"], "serviceRoles" = ["#clusters"]');
      const dialAny = policies.filter((p) => p.data.includes('"serviceRoles" = ["#all"]'));
      expect(dialAny.map((p) => /"identityRoles" = (\[[^\]]*\])/.exec(p.data)![1])).toEqual(['["#admin"]']);
      for (const bind of policies.filter((p) => p.data.includes('"type" = "Bind"')))
        expect(bind.data).toMatch(/"identityRoles" = \["@\$\{restapi_object\.[^}]+\}"\], "serviceRoles" = \["@\$\{/);
    });
  });

  describe("state", () => {
    test.each(STACKS)("%s: state and plan encryption enforced (aes_gcm, pbkdf2 from var.state_passphrase)", (stack) => {
      const encryption = stacks[stack].terraform.encryption;
      expect(encryption.state).toEqual({ enforced: true, method: "method.aes_gcm.state" });
      expect(encryption.plan).toEqual({ enforced: true, method: "method.aes_gcm.state" });
      expect(encryption.remote_state_data_sources).toEqual({ default: { method: "method.aes_gcm.state" } });
      expect(encryption.method).toEqual({ aes_gcm: { state: { keys: "key_provider.pbkdf2.state" } } });
      expect(encryption.key_provider).toEqual({ pbkdf2: { state: { passphrase: "${var.state_passphrase}" } } });
      expect(JSON.stringify(encryption)).not.toMatch(/unencrypted|fallback/);
    });

    test.each(STACKS)("%s: state_passphrase is sensitive, required and at least 16 characters", (stack) => {
      const variable = stacks[stack].variable.state_passphrase;
      expect(variable.sensitive).toBe(true);
      expect(variable.nullable).toBe(false);
      expect(variable.default).toBeUndefined();
      expect(variable.validation[0].condition).toBe("${length(var.state_passphrase) >= 16}");
    });

    test.each(STACKS)("%s: the S3 backend is reached over https and locks the state", (stack) => {
      const s3 = stacks[stack].terraform.backend.s3;
      expect(s3.endpoints.s3).toMatch(/^https:\/\//);
      expect(s3.use_lockfile).toBe(true);
      expect(Object.keys(s3)).not.toEqual(expect.arrayContaining(["access_key", "secret_key"]));
    });
  });

  describe("credentials and files", () => {
    test("sensitive: every variable and output that carries a credential is marked sensitive", () => {
      const credential = /password|passphrase|token|session|secret|key/i;
      for (const [name, stack] of Object.entries(stacks)) {
        for (const [variable, body] of Object.entries<any>(stack.variable ?? {}))
          if (credential.test(variable)) expect([name, variable, body.sensitive]).toEqual([name, variable, true]);
        for (const [output, body] of Object.entries<any>(stack.output ?? {}))
          if (credential.test(output) || /random_password|private_key/.test(JSON.stringify(body.value)))
            expect([name, output, body.sensitive]).toEqual([name, output, true]);
      }
      expect(stacks.support.output.service_admin_passwords.sensitive).toBe(true);
      for (const cluster of CLUSTERS) expect(stacks[cluster].output.join_token.sensitive).toBe(true);
    });

    test("cross-stack outputs are sensitive, so base's values are not printed by tofu output", () => {
      const crossStack = Object.entries<any>(stacks.base.output).filter(([name]) =>
        name.startsWith("cross-stack-output-"),
      );
      expect(crossStack.length).toBeGreaterThan(0);
      for (const [name, body] of crossStack) expect([name, body.sensitive]).toEqual([name, true]);
    });

    test("Harbor: insecure is false and every Harbor, Vault, Keycloak, MinIO and REST endpoint is https", () => {
      for (const [name, stack] of Object.entries(stacks)) {
        const providers = stack.provider as Record<string, any[]>;
        for (const harbor of providers.harbor ?? []) expect([name, harbor.insecure]).toEqual([name, false]);
        for (const minio of providers.minio ?? []) expect([name, minio.minio_ssl]).toEqual([name, true]);
        for (const [type, configs] of Object.entries(providers))
          for (const config of configs) {
            for (const key of ["url", "uri", "address"])
              if (key in config && type !== "libvirt")
                expect([name, type, config[key]]).toEqual([name, type, expect.stringMatching(/^https:\/\//)]);
            expect([
              name,
              type,
              Object.keys(config).filter((k) => /insecure|skip_tls|tls_insecure/.test(k) && config[k] !== false),
            ]).toEqual([name, type, []]);
          }
      }
    });

    test("Harbor: the apps and cluster projects are private and scanned; robots are project-level with only pull (push for CI)", () => {
      const projects = [...bodies("base", "harbor_project"), ...CLUSTERS.map((c) => single(c, "harbor_project"))];
      for (const project of projects.filter((p) => !p.registry_id)) {
        expect([project.name, project.public, project.vulnerability_scanning]).toEqual([project.name, "false", true]);
      }
      const robots = [...restObjects("base", "harbor"), ...CLUSTERS.flatMap((c) => restObjects(c, "harbor"))];
      expect(robots.length).toBe(2 + CLUSTERS.length);
      for (const robot of robots) {
        expect(robot.data).toContain('"level" = "project"');
        const actions = [...robot.data.matchAll(/"action" = "([a-z-]+)"/g)].map((m) => m[1]).sort();
        expect(actions).toEqual(robot.data.includes('"name" = "apps-push"') ? ["pull", "push"] : ["pull"]);
      }
    });

    test("MinIO: buckets are private and kept on destroy; each service's user reaches only its own bucket", () => {
      for (const bucket of bodies("base", "minio_s3_bucket")) {
        expect([bucket.bucket, bucket.acl, bucket.force_destroy]).toEqual([bucket.bucket, "private", false]);
      }
      const policies = bodies("base", "minio_iam_policy");
      // harbor, and loki-<c> and tempo-<c> for each cluster.
      expect(policies).toHaveLength(1 + 2 * CLUSTERS.length);
      for (const body of policies) {
        const bucket = body.name === "harbor-registry" ? "harbor" : body.name;
        const own = new RegExp(
          `^arn:aws:s3:::\\$\\{minio_s3_bucket\\.object-storage_bucket-${bucket}_[^}]+\\}(\\/\\*)?$`,
        );
        for (const statement of JSON.parse(body.policy).Statement) {
          expect(statement.Effect).toBe("Allow");
          for (const resource of statement.Resource)
            expect([body.name, resource]).toEqual([body.name, expect.stringMatching(own)]);
        }
      }
    });

    test("GitLab: the deploy group and project are private; Argo CD's user is external with read access (reporter, 20)", () => {
      const gitlab = restObjects("base", "gitlab");
      for (const o of gitlab.filter((o) => o.path === "/groups" || o.path === "/projects"))
        expect(o.data).toContain('"visibility" = "private"');
      const user = gitlab.find((o) => o.path === "/users")!;
      expect(user.data).toContain('"external" = true');
      expect(user.data).toContain('"projects_limit" = 0');
      expect(user.data).toContain('"can_create_group" = false');
      expect(user.data).toContain('"force_random_password" = true');
      expect(gitlab.find((o) => o.path.endsWith("/members"))!.data).toContain('"access_level" = 20');
      expect(byId("base", "tls_private_key", "gitlab-deploy_ssh-key").algorithm).toBe("ED25519");
    });

    test("kubeconfig: written by fetch-kubeconfig.sh (mode 0600, see its test) into the gitignored .state/", () => {
      expect(fs.readFileSync(path.join(REPO_ROOT, ".gitignore"), "utf8").split("\n")).toContain(".state/");
      for (const cluster of CLUSTERS) {
        const fetch = byId(cluster, "terraform_data", "rke2_kubeconfig");
        const exec = fetch.provisioner[0]["local-exec"];
        expect(exec.command).toContain("scripts/fetch-kubeconfig.sh");
        expect(exec.environment.HOMELAB_KUBECONFIG).toBe(`\${path.module}/../../../.state/kubeconfig/${cluster}.yaml`);
        expect(stacks[cluster].output.kubeconfig_path.value).toBe(`.state/kubeconfig/${cluster}.yaml`);
      }
    });

    test("secret files: delivered by deliver-nixos.sh (0600 in a 0700 directory, see its test) below /var/lib/homelab/secrets, never in host.json", () => {
      for (const stack of ["base", ...CLUSTERS]) {
        for (const [id, data] of blocks(stack, "terraform_data")) {
          const exec = data.provisioner?.[0]?.["local-exec"];
          if (!exec?.command.includes("scripts/deliver-nixos.sh")) continue;
          expect([id, exec.environment.HOMELAB_SECRETS_DIR]).toEqual([id, "/var/lib/homelab/secrets"]);
          expect(exec.environment.HOMELAB_SECRETS).toMatch(/^\$\{jsonencode\(/);
          expect(exec.environment.HOMELAB_HOST_JSON ?? "").not.toContain("${");
        }
      }
    });

    test("VMs: VNC graphics listen nowhere (listen_type none)", () => {
      for (const stack of ["base", ...CLUSTERS])
        for (const domain of bodies(stack, "libvirt_domain"))
          expect(domain.graphics).toEqual({ type: "vnc", listen_type: "none" });
    });

    test("VMs: cloud-init gives root SSH keys only (no password, no password login)", () => {
      for (const stack of ["base", ...CLUSTERS])
        for (const [id, disk] of blocks(stack, "libvirt_cloudinit_disk")) {
          expect([id, /passw|chpasswd|ssh_pwauth|lock_passwd/i.test(disk.user_data)]).toEqual([id, false]);
          expect(disk.user_data).toMatch(/\nssh_authorized_keys:\n {2}- ssh-/);
        }
    });

    test("Harbor robots: duration -1 (no expiry; a robot is rotated by replacing it)", () => {
      for (const stack of ["base", ...CLUSTERS])
        for (const robot of restObjects(stack, "harbor")) expect(robot.data).toContain('"duration" = -1');
    });

    test("RKE2: the join token is a generated 64-character value, and the API server trusts the broker realm over https", () => {
      for (const cluster of CLUSTERS) {
        expect(byId(cluster, "random_password", "rke2_join-token")).toEqual({
          length: 64,
          special: false,
        });
        const master = byId(cluster, "terraform_data", "rke2_master_nixos");
        const hostJson = JSON.parse(master.provisioner[0]["local-exec"].environment.HOMELAB_HOST_JSON);
        expect(hostJson.homelab.cluster.oidc.issuerUrl).toBe(`https://auth.${clusterDomain(cluster)}/realms/broker`);
      }
    });
  });
});
