/**
 * The synthesized stacks against real servers on 127.0.0.1: MinIO holds
 * the state and is configured, OpenBao (dev mode) is what the Vault
 * provider configures, and Keycloak serves both the upstream realm (base)
 * and a cluster's broker realm (the stacks' Vault, MinIO and Keycloak
 * resources are applied; their VMs need a libvirtd, and Harbor, GitLab and
 * Ziti are not run here).
 * Proves that every stack initializes against its S3 backend, that the lock
 * file keeps a second operation out, that state at rest in MinIO is
 * encrypted, that cluster stacks read base's encrypted state, that a second
 * plan is empty, and that no credential lands in the output directory.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { shippedRaw, writeModelDir } from "../testing/model";
import { runApp } from "../testing/synth";
import { jwtClaims, oidcLogin } from "./oidc-login";
import { KeycloakServer, MinioServer, OpenBaoServer, secret, startKeycloak, startMinio, startOpenBao } from "./servers";
import { serviceTargets as selectTargets } from "./targets";
import { tofu, tofuOk, toolEnv, toolPath } from "./toolchain";

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-backend-"));
const passphrase = `it-${secret(12)}`;
let minio: MinioServer;
let baoServer: OpenBaoServer;
let keycloak: KeycloakServer;
let modelDir: string;
let env: Record<string, string>;

const stackDir = (stack: string) => path.join(outdir, "stacks", stack);
const stateObject = (stack: string) => `local/tofu-state/${stack}/terraform.tfstate`;

/** Points a synthesized stack at the local servers, as an operator's override file would. */
function pointAtLocalServers(stack: string): void {
  const config = JSON.parse(fs.readFileSync(path.join(stackDir(stack), "cdk.tf.json"), "utf8"));
  const minioHost = new URL(minio.endpoint).host;
  const providers = {
    ...(config.provider.vault ? { vault: { address: baoServer.address } } : {}),
    ...(config.provider.minio ? { minio: { minio_server: minioHost, minio_ssl: false } } : {}),
  };
  const override: Record<string, unknown> = Object.keys(providers).length > 0 ? { provider: providers } : {};
  const remote = config.data?.terraform_remote_state ?? {};
  if (Object.keys(remote).length > 0) {
    override.data = {
      terraform_remote_state: Object.fromEntries(
        Object.entries(remote).map(([name, source]: [string, any]) => [
          name,
          { config: { ...source.config, endpoints: { s3: minio.endpoint } } },
        ]),
      ),
    };
  }
  fs.writeFileSync(path.join(stackDir(stack), "zz_local_servers_override.tf.json"), JSON.stringify(override));
}

/**
 * `-target` flags for a stack's configuration of the services that run here (Vault, MinIO,
 * Keycloak), leaving out whatever depends on a VM (libvirt.test.ts covers those), Harbor,
 * GitLab or the Ziti controller.
 */
function serviceTargets(stack: string): string[] {
  // The support stack's part is what it generates (passwords, keys); its VM is libvirt.test.ts's.
  if (stack === "support") return selectTargets(stackDir(stack), ["random_", "tls_"]);
  return selectTargets(stackDir(stack), ["vault_", "minio_", "keycloak_"]);
}

/** Runs `bao <command> -format=json <args>` against the test server and parses the answer. */
function bao(command: readonly string[], args: readonly string[]): any {
  return JSON.parse(
    execFileSync(toolPath("bao"), [...command, "-format=json", ...args], {
      encoding: "utf8",
      env: toolEnv({ BAO_ADDR: baoServer.address, BAO_TOKEN: baoServer.token }),
    }),
  );
}

function exists(object: string): boolean {
  return minio.mc(["stat", object]).status === 0;
}

async function until(what: string, check: () => boolean, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  minio = await startMinio();
  baoServer = await startOpenBao();
  keycloak = await startKeycloak();
  env = {
    AWS_ACCESS_KEY_ID: minio.accessKey,
    AWS_SECRET_ACCESS_KEY: minio.secretKey,
    TF_VAR_state_passphrase: passphrase,
    // Written to each cluster's Vault (ClusterAppSecrets); nothing here calls Cloudflare.
    TF_VAR_cloudflare_api_token: `test-${secret(12)}`,
    VAULT_TOKEN: baoServer.token,
    KEYCLOAK_USER: keycloak.adminUser,
    KEYCLOAK_PASSWORD: keycloak.adminPassword,
    MINIO_USER: minio.accessKey,
    MINIO_PASSWORD: minio.secretKey,
  };
  // The state bucket is created outside OpenTofu, as the README tells operators to.
  const made = minio.mc(["mb", "--with-versioning", "local/tofu-state"]);
  if (made.status !== 0) throw new Error(`mc mb failed: ${made.stderr}`);
  // The model as shipped, with both Keycloaks (upstream and kss's broker) at the test server.
  const raw = shippedRaw();
  raw.site.identity.keycloak_url = keycloak.url;
  raw.clusters.kss.identity = { ...raw.clusters.kss.identity, keycloak_url: keycloak.url };
  modelDir = writeModelDir(raw);
  const synth = runApp({ outdir, modelDir });
  if (synth.status !== 0) throw new Error(`synth failed:\n${synth.stderr}`);
  for (const stack of ["support", "base", "kss", "kss-identity"]) pointAtLocalServers(stack);
});

afterAll(async () => {
  // Destroy in reverse order, then stop the servers, whatever happened above.
  for (const stack of ["kss-identity", "kss", "base", "support"]) {
    if (env && fs.existsSync(path.join(stackDir(stack), ".terraform")))
      tofu(stackDir(stack), ["destroy", "-auto-approve", "-input=false", ...serviceTargets(stack)], env);
  }
  await keycloak?.stop();
  await baoServer?.stop();
  await minio?.stop();
  fs.rmSync(outdir, { recursive: true, force: true });
  if (modelDir) fs.rmSync(modelDir, { recursive: true, force: true });
});

describe("state in MinIO; OpenBao, MinIO and Keycloak configured", () => {
  test("the state bucket is versioned", () => {
    expect(minio.mc(["version", "info", "local/tofu-state"]).stdout.toString()).toMatch(/versioning is enabled/i);
  });

  test("every stack initializes against its S3 backend", () => {
    for (const stack of fs.readdirSync(path.join(outdir, "stacks")).sort()) {
      const result = tofuOk(
        stackDir(stack),
        ["init", "-input=false", `-backend-config=endpoints={s3="${minio.endpoint}"}`],
        env,
      );
      expect(result.text).toMatch(/Successfully configured the backend "s3"/);
    }
  });

  test("while one operation holds the lock, a second one is refused", async () => {
    // `tofu console` takes the state lock and keeps it until its input ends.
    const holder = spawn(toolPath("tofu"), [`-chdir=${stackDir("base")}`, "console"], {
      env: toolEnv(env),
      stdio: ["pipe", "ignore", "ignore"],
    });
    const exited = new Promise((resolve) => holder.once("exit", resolve));
    try {
      await until("the lock file to appear", () => exists(`${stateObject("base")}.tflock`));
      const second = tofu(stackDir("base"), ["plan", "-input=false", "-lock-timeout=0s"], env);
      expect(second.status).not.toBe(0);
      expect(second.text).toMatch(/Error acquiring the state lock/);
    } finally {
      holder.stdin.end();
      await exited;
    }
    await until("the lock file to go", () => !exists(`${stateObject("base")}.tflock`));
  });

  test("support applies what it generates (its VM is libvirt.test.ts's), which base reads", () => {
    tofuOk(stackDir("support"), ["apply", "-auto-approve", "-input=false", ...serviceTargets("support")], env);
    const outputs = JSON.parse(tofuOk(stackDir("support"), ["output", "-json"], env).stdout);
    expect(outputs.service_admin_passwords.sensitive).toBe(true);
    expect(exists(stateObject("support"))).toBe(true);
  });

  test("base applies, and its state object in MinIO is encrypted", () => {
    tofuOk(stackDir("base"), ["apply", "-auto-approve", "-input=false", ...serviceTargets("base")], env);
    const stored = minio.mc(["cat", stateObject("base")]);
    expect(stored.status).toBe(0);
    const text = stored.stdout.toString("utf8");
    expect(Object.keys(JSON.parse(text))).toEqual(expect.arrayContaining(["encrypted_data", "meta"]));
    for (const plain of [
      "vault_pki_secret_backend_root_cert",
      "vault_namespace",
      "BEGIN CERTIFICATE",
      "Root CA",
      "cross-stack-output",
    ]) {
      expect(text).not.toContain(plain);
    }
    // ... and OpenTofu itself still reads it with the passphrase.
    expect(tofuOk(stackDir("base"), ["state", "list"], env).stdout).toMatch(/vault_pki_secret_backend_root_cert\./);
  });

  test("base creates the private buckets, and a harbor user confined to its bucket", () => {
    const buckets = minio.mc(["ls", "local"]).stdout.toString();
    for (const bucket of ["harbor/", "loki-kss/", "tempo-kss/", "loki-kcs/", "tempo-kcs/", "tofu-state/"])
      expect(buckets).toContain(bucket);
    expect(minio.mc(["anonymous", "get", "local/loki-kss"]).stdout.toString()).toMatch(
      /Access permission for `local\/loki-kss` is `private`/,
    );

    // Log in as harbor with the secret base generated (read back from state, as OpenTofu stored it).
    // Harbor's secret key is generated with the support VM's secrets, in the support stack.
    const state = JSON.parse(tofuOk(stackDir("support"), ["show", "-json"], env).stdout);
    const resources: any[] = state.values.root_module.resources;
    const secretKey = resources.find((r) => r.type === "random_password" && r.name.includes("harbor-s3-secret-key"))
      .values.result;
    const asHarbor = (args: string[]) => minio.mcAs("harbor", secretKey, args);
    const object = path.join(outdir, "probe.txt");
    fs.writeFileSync(object, "probe");
    expect(asHarbor(["cp", object, "local/harbor/probe.txt"]).status).toBe(0);
    expect(asHarbor(["rm", "local/harbor/probe.txt"]).status).toBe(0);
    expect(asHarbor(["ls", "local/loki-kss"]).status).not.toBe(0);
    expect(asHarbor(["cp", object, "local/tofu-state/probe.txt"]).status).not.toBe(0);
  });

  test("each cluster's Teleport join token lands in its own Vault namespace", () => {
    const read = (namespace: string) =>
      bao(["kv", "get"], [`-namespace=${namespace}`, "-mount=secret", "teleport/agent"]).data.data;
    const kss = read("kss");
    const kcs = read("kcs");
    expect(kss.proxy_addr).toBe("teleport.support.lab.example.com:3080");
    expect(kss.token).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(kcs.token).not.toBe(kss.token);
  });

  test("state cannot be read with another passphrase", () => {
    const wrong = tofu(stackDir("base"), ["state", "list"], { ...env, TF_VAR_state_passphrase: `wrong-${secret(10)}` });
    expect(wrong.status).not.toBe(0);
    expect(wrong.text).toMatch(/decrypt/i);
  });

  test("a cluster stack reads base's encrypted state and applies", () => {
    tofuOk(stackDir("kss"), ["apply", "-auto-approve", "-input=false", ...serviceTargets("kss")], env);
    const outputs = JSON.parse(tofuOk(stackDir("kss"), ["output", "-json"], env).stdout);
    expect(outputs.pki_issue_path.value).toBe("kss/pki_int/sign/kss");
    expect(outputs.intermediate_ca_pem.value).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(minio.mc(["cat", stateObject("kss")]).stdout.toString()).not.toContain("BEGIN CERTIFICATE");
  });

  test("the cluster's Loki and Tempo credentials in its namespace reach only their own buckets", () => {
    const object = path.join(outdir, "probe.txt");
    fs.writeFileSync(object, "probe");
    for (const store of ["loki", "tempo"]) {
      const creds = bao(["kv", "get"], ["-namespace=kss", "-mount=apps", `minio/${store}`]).data.data;
      expect(creds).toMatchObject({ access_key_id: `${store}-kss`, bucket: `${store}-kss` });
      expect(creds.secret_access_key).toMatch(/^[A-Za-z0-9]{40}$/);
      const as = (args: string[]) => minio.mcAs(creds.access_key_id, creds.secret_access_key, args);
      expect(as(["cp", object, `local/${store}-kss/probe.txt`]).status).toBe(0);
      expect(as(["rm", `local/${store}-kss/probe.txt`]).status).toBe(0);
      const other = store === "loki" ? "tempo-kss" : "loki-kss";
      expect(as(["cp", object, `local/${other}/probe.txt`]).status).not.toBe(0);
      expect(as(["ls", "local/harbor"]).status).not.toBe(0);
      expect(as(["cp", object, "local/tofu-state/probe.txt"]).status).not.toBe(0);
    }
  });

  test("the identity stack reads the cluster's state and applies the broker realm", () => {
    tofuOk(
      stackDir("kss-identity"),
      ["apply", "-auto-approve", "-input=false", ...serviceTargets("kss-identity")],
      env,
    );
    // The realm, its clients and their secrets in the cluster's namespace, through the cluster stack's state.
    const state = tofuOk(stackDir("kss-identity"), ["state", "list"], env).stdout;
    expect(state).toMatch(/^keycloak_realm\.keycloak-broker_realm_\w+$/m);
    expect(state).toMatch(/^vault_kv_secret_v2\.keycloak-broker_client-argocd-secret_\w+$/m);
    expect(state).toMatch(/^data\.terraform_remote_state\.cross-stack-reference-input-kss$/m);
  });

  test("Keycloak serves both realms, and the broker's upstream provider points at the upstream issuer", async () => {
    const upstreamIssuer = `${keycloak.url}/realms/upstream`;
    const discovery = (realm: string) =>
      keycloak.fetchJson<{ issuer: string }>(`/realms/${realm}/.well-known/openid-configuration`);
    expect((await discovery("upstream")).issuer).toBe(upstreamIssuer);
    expect((await discovery("broker")).issuer).toBe(`${keycloak.url}/realms/broker`);

    const token = await keycloak.adminToken();
    const idp = await keycloak.fetchJson<{ config: Record<string, string> }>(
      "/admin/realms/broker/identity-provider/instances/upstream",
      token,
    );
    expect(idp.config).toMatchObject({
      issuer: upstreamIssuer,
      tokenUrl: `${upstreamIssuer}/protocol/openid-connect/token`,
      authorizationUrl: `${upstreamIssuer}/protocol/openid-connect/auth`,
      clientId: "broker-kss",
      syncMode: "FORCE",
    });
  });

  test("client secrets in Vault are the ones Keycloak holds", async () => {
    const token = await keycloak.adminToken();
    const keycloakSecret = async (realm: string, clientId: string) => {
      const [client] = await keycloak.fetchJson<{ id: string }[]>(
        `/admin/realms/${realm}/clients?clientId=${clientId}`,
        token,
      );
      return (
        await keycloak.fetchJson<{ value: string }>(`/admin/realms/${realm}/clients/${client.id}/client-secret`, token)
      ).value;
    };
    const broker = bao(["kv", "get"], ["-namespace=kss", "-mount=secret", "keycloak/broker-client"]).data.data;
    expect(broker.client_secret).toBe(await keycloakSecret("upstream", "broker-kss"));
    const argocd = bao(["kv", "get"], ["-namespace=kss", "-mount=apps", "keycloak/clients/argocd"]).data.data;
    expect(argocd).toMatchObject({ client_id: "argocd", issuer: `${keycloak.url}/realms/broker` });
    expect(argocd.client_secret).toBe(await keycloakSecret("broker", "argocd"));
  });

  /** alice's password once her first login replaced the temporary one. */
  let alicePassword = "";

  test("a site user logs in to a cluster app through the broker, and lands in the group of their upstream role", async () => {
    const alice = bao(["kv", "get"], ["-mount=homelab", "keycloak/users/alice"]).data.data;
    alicePassword = `Aa1!${secret(12)}`;
    const argocd = bao(["kv", "get"], ["-namespace=kss", "-mount=apps", "keycloak/clients/argocd"]).data.data;
    const broker = `${keycloak.url}/realms/broker/protocol/openid-connect`;
    const redirectUri = "https://argocd.kss.lab.example.com/auth/callback";
    const authorize = new URL(`${broker}/auth`);
    authorize.search = new URLSearchParams({
      client_id: "argocd",
      redirect_uri: redirectUri,
      response_type: "code",
      scope: "openid",
      state: secret(8),
      nonce: secret(8),
      kc_idp_hint: "upstream",
    }).toString();
    const { code } = await oidcLogin({
      authorizeUrl: authorize.toString(),
      redirectUri,
      username: "alice",
      password: alice.password,
      newPassword: alicePassword,
    });
    const response = await fetch(`${broker}/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code,
        redirect_uri: redirectUri,
        client_id: "argocd",
        client_secret: argocd.client_secret,
      }),
    });
    expect(response.status).toBe(200);
    const claims = jwtClaims(((await response.json()) as { id_token: string }).id_token);
    expect(claims).toMatchObject({ iss: `${keycloak.url}/realms/broker`, aud: "argocd", email: "alice@example.com" });
    // alice is an upstream admin: she holds every access level of the broker.
    expect([...(claims.groups as string[])].sort()).toEqual([
      "app-users",
      "k8s-admins",
      "k8s-operators",
      "platform-admins",
      "web-admins",
      "web-operators",
    ]);
  });

  test("kubectl's login to the public kubernetes client needs no secret, and Headlamp's ID token names kubernetes", async () => {
    expect(alicePassword).not.toBe("");
    const broker = `${keycloak.url}/realms/broker/protocol/openid-connect`;
    const login = async (clientId: string, redirectUri: string, extra: Record<string, string> = {}) => {
      const authorize = new URL(`${broker}/auth`);
      authorize.search = new URLSearchParams({
        client_id: clientId,
        redirect_uri: redirectUri,
        response_type: "code",
        scope: "openid",
        state: secret(8),
        nonce: secret(8),
        kc_idp_hint: "upstream",
        ...extra,
      }).toString();
      const { code } = await oidcLogin({
        authorizeUrl: authorize.toString(),
        redirectUri,
        username: "alice",
        password: alicePassword,
        newPassword: alicePassword,
      });
      return code;
    };
    const token = async (body: Record<string, string>) => {
      const response = await fetch(`${broker}/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ grant_type: "authorization_code", ...body }),
      });
      const text = await response.text();
      expect({ status: response.status, text }).toMatchObject({ status: 200 });
      return jwtClaims((JSON.parse(text) as { id_token: string }).id_token);
    };

    // Public: no secret in Vault and none sent, as kubelogin does.
    expect(bao(["kv", "get"], ["-namespace=kss", "-mount=apps", "keycloak/clients/kubernetes"]).data.data).toEqual({
      client_id: "kubernetes",
      issuer: `${keycloak.url}/realms/broker`,
    });
    const kubectlRedirect = "http://localhost:8000";
    // Without a secret, PKCE binds the code to the client that asked for it (kubelogin sends S256).
    await expect(login("kubernetes", kubectlRedirect)).rejects.toThrow(/code_challenge_method/);
    const verifier = secret(32);
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const code = await login("kubernetes", kubectlRedirect, {
      code_challenge: challenge,
      code_challenge_method: "S256",
    });
    const kubectl = await token({
      code,
      redirect_uri: kubectlRedirect,
      client_id: "kubernetes",
      code_verifier: verifier,
    });
    expect(kubectl).toMatchObject({ aud: "kubernetes", email: "alice@example.com" });

    const headlamp = bao(["kv", "get"], ["-namespace=kss", "-mount=apps", "keycloak/clients/headlamp"]).data.data;
    const headlampRedirect = "https://headlamp.kss.lab.example.com/oidc-callback";
    const headlampCode = await login("headlamp", headlampRedirect);
    const claims = await token({
      code: headlampCode,
      redirect_uri: headlampRedirect,
      client_id: "headlamp",
      client_secret: headlamp.client_secret,
    });
    // The API server (--oidc-client-id=kubernetes) accepts an ID token whose audience includes it.
    expect(claims.aud).toEqual(expect.arrayContaining(["headlamp", "kubernetes"]));
  });

  test("a second plan of each applied stack shows no changes", () => {
    for (const stack of ["support", "base", "kss", "kss-identity"]) {
      const plan = tofu(stackDir(stack), ["plan", "-input=false", "-detailed-exitcode", ...serviceTargets(stack)], env);
      // On failure, show what would change.
      const changes = plan.stdout
        .replace(/\x1b\[[0-9;]*m/g, "")
        .split("\n")
        .filter((line) => /^\s+[#~+-] /.test(line));
      expect({ stack, status: plan.status, changes: plan.status === 0 ? [] : changes }).toEqual({
        stack,
        status: 0,
        changes: [],
      });
    }
  });

  test("no credential appears anywhere in the output directory", () => {
    const secrets = [minio.accessKey, minio.secretKey, baoServer.token, keycloak.adminPassword, passphrase];
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        // Provider binaries are the mirror's, not ours.
        if (entry.isDirectory() && entry.name === "providers" && dir.endsWith(".terraform")) continue;
        if (entry.isDirectory()) walk(file);
        else if (entry.isFile()) {
          const text = fs.readFileSync(file, "latin1");
          for (const value of secrets) if (text.includes(value)) offenders.push(path.relative(outdir, file));
        }
      }
    };
    walk(outdir);
    expect(offenders).toEqual([]);
  });

  test("destroy removes what the stacks created, cluster first", async () => {
    // Targeted like the applies: the libvirt provider would connect to a libvirtd that is not running here.
    for (const stack of ["kss-identity", "kss", "base", "support"])
      tofuOk(stackDir(stack), ["destroy", "-auto-approve", "-input=false", ...serviceTargets(stack)], env);
    const realms = await keycloak.fetchJson<{ realm: string }[]>("/admin/realms", await keycloak.adminToken());
    expect(realms.map((r) => r.realm)).toEqual(["master"]);
    // `namespace list` exits non-zero when there is none left.
    const namespaces = spawnSync(toolPath("bao"), ["namespace", "list"], {
      encoding: "utf8",
      env: toolEnv({ BAO_ADDR: baoServer.address, BAO_TOKEN: baoServer.token }),
    });
    expect(namespaces.stdout).not.toMatch(/kss|kcs/);
    expect(minio.mc(["ls", "local"]).stdout.toString().trim().split("\n")).toHaveLength(1);
  });
});
