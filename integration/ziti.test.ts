/**
 * The base stack's Ziti overlay against a real OpenZiti controller: the
 * toolchain's `ziti` v1.6.0, the nearest release the module proxy serves
 * (the support VM runs 1.6.14), on 127.0.0.1 with a PKI of its own
 * (integration/ziti-controller.ts). The overlay's restapi objects and the
 * Vault secrets that receive the enrolment JWTs are applied with the real
 * OpenTofu, restapi 1.20.0 and vault providers, the session from a real
 * password login in `zt-session`, the controller's CA trusted by the tofu
 * process only (SSL_CERT_FILE), and OpenBao (dev mode) as Vault.
 *
 * Proves that the controller accepts every request the overlay sends, that
 * what it stores is what the overlay sent, that the built-in config type ids
 * are the controller's, that the policies give each device and router the
 * services and routers they are meant to, that the JWTs written to Vault are
 * the controller's, that a second plan is empty, and that destroy removes
 * every object. What it does not prove: whatever changed between 1.6.0 and
 * 1.6.14 (contracts.test.ts checks the requests against 1.6.14's API
 * document), the enrolment of a real router or device, and the public
 * listener on 2030 with the support VM's certificate (here the client
 * trusts the controller's own CA).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { RawModel, shippedRaw, writeModelDir } from "../testing/model";
import { runApp } from "../testing/synth";
import { OpenBaoServer, secret, startAll, startOpenBao } from "./servers";
import { serviceTargets } from "./targets";
import { tofu, tofuOk } from "./toolchain";
import { startZitiController, ZitiController } from "./ziti-controller";

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-ziti-"));
const stackDir = path.join(outdir, "stacks", "base");
const OVERLAY = "base/ziti-overlay/";
let controller: ZitiController;
let bao: OpenBaoServer;
let session: string;
let env: Record<string, string>;
let targets: string[] = [];
let applied = false;

interface StateResource {
  readonly address: string;
  readonly type: string;
  readonly values: Record<string, any>;
}

/** The base stack's JSON as synthesized. */
function baseConfig(): any {
  return JSON.parse(fs.readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8"));
}

/** Addresses (`type.name`) of the resources the Ziti overlay construct defines. */
function overlayAddresses(): string[] {
  const resources = baseConfig().resource as Record<string, Record<string, any>>;
  return Object.entries(resources).flatMap(([type, blocks]) =>
    Object.entries(blocks)
      .filter(([, block]) => String(block["//"]?.metadata?.path ?? "").startsWith(OVERLAY))
      .map(([name]) => `${type}.${name}`),
  );
}

/** The managed resources in the stack's state, from `tofu show -json`. */
function state(): StateResource[] {
  const shown = JSON.parse(tofuOk(stackDir, ["show", "-json"], env).stdout);
  return (shown.values?.root_module?.resources ?? []).filter((r: any) => r.mode === "managed");
}

/** The overlay's restapi objects in the state, with the body each was created with. */
function zitiObjects(): { address: string; path: string; id: string; sent: Record<string, any> }[] {
  return state()
    .filter((r) => r.type === "restapi_object" && targets.includes(`-target=${r.address}`))
    .map((r) => ({ address: r.address, path: r.values.path, id: r.values.id, sent: JSON.parse(r.values.data) }));
}

/** GET on the management API as the admin; throws unless 200. */
async function get(urlPath: string): Promise<any> {
  const answer = await controller.request("GET", urlPath, session);
  if (answer.status !== 200) throw new Error(`GET ${urlPath}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.data;
}

/** The one entity named `name` in `collection`. */
async function byName(collection: string, name: string): Promise<any> {
  const found = await get(`${collection}?filter=${encodeURIComponent(`name="${name}"`)}`);
  if (found.length !== 1) throw new Error(`${collection}: ${found.length} entities named ${name}`);
  return found[0];
}

/** Names of the entities a list endpoint returns (up to 500), sorted. */
async function names(urlPath: string): Promise<string[]> {
  return ((await get(`${urlPath}?limit=500`)) as { name: string }[]).map((e) => e.name).sort();
}

/** A KV v2 secret's data as OpenBao holds it. */
async function kv(namespace: string | undefined, mount: string, name: string): Promise<Record<string, string>> {
  const response = await fetch(`${bao.address}/v1/${mount}/data/${name}`, {
    headers: { "X-Vault-Token": bao.token, ...(namespace ? { "X-Vault-Namespace": namespace } : {}) },
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`${namespace ?? ""}/${mount}/${name}: ${response.status} ${body}`);
  return JSON.parse(body).data.data;
}

/** A list as the controller keeps it: a set (its order is not kept), and an empty one as null. */
function asStored(value: unknown): unknown {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) return value;
  return value.length === 0 ? null : [...value].sort();
}

/** Every field of every object's body that the controller does not hold as sent, as a message. */
async function readBackMismatches(): Promise<string[]> {
  const mismatches: string[] = [];
  for (const object of zitiObjects()) {
    const detail = await get(`${object.path}/${object.id}`);
    for (const [field, value] of Object.entries(object.sent)) {
      const identity = object.path === "/identities";
      // Only a create takes an enrolment (checked through the JWTs).
      if (identity && field === "enrollment") continue;
      // The controller stores the identity type Device as Default, under typeId.
      const [actual, expected] = identity && field === "type" ? [detail.typeId, "Default"] : [detail[field], value];
      if (!isDeepStrictEqual(asStored(actual), asStored(expected)))
        mismatches.push(`${object.address} ${field}: sent ${JSON.stringify(value)}, stored ${JSON.stringify(actual)}`);
    }
  }
  return mismatches;
}

/** The JWT each router and device was issued, by name, as the controller shows it until enrolment. */
async function issuedJwts(): Promise<Record<string, string>> {
  const issued: Record<string, string> = {};
  for (const router of ["support-router", "kcs-router", "kss-router"])
    issued[router] = (await byName("/edge-routers", router)).enrollmentJwt;
  for (const device of ["alice-laptop", "bob-phone"])
    issued[device] = (await byName("/identities", device)).enrollment?.ott?.jwt;
  return issued;
}

/** The JWT in each enrolment secret in Vault, by the name of its router or device. */
async function storedJwts(): Promise<Record<string, string>> {
  const secrets = state().filter((r) => r.type === "vault_kv_secret_v2" && targets.includes(`-target=${r.address}`));
  // Each secret's construct id names its entity: router-<name>-jwt, identity-<name>-jwt.
  const blocks = baseConfig().resource.vault_kv_secret_v2 as Record<string, any>;
  const stored: Record<string, string> = {};
  for (const s of secrets) {
    const entity = String(blocks[s.address.split(".")[1]]["//"].metadata.path)
      .slice(OVERLAY.length)
      .replace(/^(router|identity)-(.*)-jwt$/, "$2");
    stored[entity] = (await kv(s.values.namespace || undefined, s.values.mount, s.values.name)).jwt;
  }
  return stored;
}

/** Synthesizes the app for `raw` and puts its base stack in place of the one applied. */
function resynth(raw: RawModel): void {
  const edited = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-ziti-edited-"));
  const modelDir = writeModelDir(raw);
  try {
    const synth = runApp({ outdir: edited, modelDir, env: { HOMELAB_BASE_BACKEND: "local" } });
    if (synth.status !== 0) throw new Error(`synth failed:\n${synth.stderr}`);
    fs.copyFileSync(path.join(edited, "stacks", "base", "cdk.tf.json"), path.join(stackDir, "cdk.tf.json"));
  } finally {
    fs.rmSync(edited, { recursive: true, force: true });
    fs.rmSync(modelDir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  [controller, bao] = await startAll([startZitiController(), startOpenBao()] as const);
  session = await controller.login();
  env = {
    TF_VAR_state_passphrase: `it-${secret(12)}`,
    TF_VAR_ziti_session: session,
    VAULT_TOKEN: bao.token,
    // The controller's own CA, for restapi (a Go program) in this tofu process only.
    SSL_CERT_FILE: controller.caFile,
  };
  const synth = runApp({ outdir, env: { HOMELAB_BASE_BACKEND: "local" } });
  if (synth.status !== 0) throw new Error(`synth failed:\n${synth.stderr}`);
  // The providers at the local servers, as an operator's override file would point them elsewhere.
  fs.writeFileSync(
    path.join(stackDir, "zz_ziti_override.tf.json"),
    JSON.stringify({
      terraform: { backend: { local: { path: path.join(stackDir, "terraform.tfstate") } } },
      provider: { vault: { address: bao.address }, restapi: [{ alias: "ziti", uri: controller.managementUrl }] },
    }),
  );
  const overlay = new Set(overlayAddresses());
  targets = serviceTargets(stackDir, ["restapi_", "vault_"]).filter((flag) =>
    overlay.has(flag.slice("-target=".length)),
  );
  tofuOk(stackDir, ["init", "-input=false"], env);
}, 240_000);

afterAll(async () => {
  if (applied) tofu(stackDir, ["destroy", "-auto-approve", "-input=false", ...targets], env);
  await controller?.stop();
  await bao?.stop();
  fs.rmSync(outdir, { recursive: true, force: true });
});

describe("the Ziti overlay against a real OpenZiti controller (v1.6.0)", () => {
  test("the controller listens on 127.0.0.1 only and refuses a request without a valid session", async () => {
    const listening = controller.sockets().filter((s) => s.listening);
    expect(listening).toHaveLength(2);
    expect(listening.filter((s) => !s.local.startsWith("127.0.0.1:"))).toEqual([]);
    expect((await controller.request("GET", "/services", `not-${secret(8)}`)).status).toBe(401);
  });

  test("selects every resource of the overlay: its restapi objects and the Vault secrets of the JWTs", () => {
    const types = targets.map((flag) => flag.slice("-target=".length).split(".")[0]);
    expect(targets).toHaveLength(overlayAddresses().length);
    expect(types.filter((t) => t === "vault_kv_secret_v2")).toHaveLength(5);
    expect(types.filter((t) => t === "restapi_object")).toHaveLength(21);
  });

  test("apply: the controller accepts every request", () => {
    const result = tofu(stackDir, ["apply", "-auto-approve", "-input=false", ...targets], env);
    applied = true;
    expect(result.status === 0 ? "" : result.text).toBe("");
    expect(zitiObjects()).toHaveLength(21);
  });

  test("every object reads back with the fields the overlay sent", async () => {
    expect(await readBackMismatches()).toEqual([]);
  });

  test("the built-in config type ids the overlay names are intercept.v1 and host.v1", async () => {
    const configs = zitiObjects().filter((o) => o.path === "/configs");
    expect(configs).toHaveLength(6);
    for (const config of configs) {
      const type = await get(`/config-types/${config.sent.configTypeId}`);
      expect(type.name).toBe(config.sent.name.endsWith(".intercept.v1") ? "intercept.v1" : "host.v1");
    }
  });

  test("each router has its tunneler identity, which may bind only its own service", async () => {
    const hosted: Record<string, string> = {
      "support-router": "support-web",
      "kcs-router": "kcs-ingress",
      "kss-router": "kss-ingress",
    };
    for (const [router, service] of Object.entries(hosted)) {
      const { id } = await byName("/edge-routers", router);
      const identity = await get(`/identities/${id}`);
      expect(identity).toMatchObject({ name: router, typeId: "Router" });
      expect(await names(`/identities/${id}/services`)).toEqual([service]);
    }
  });

  test("each device may dial the services of its roles, through every router", async () => {
    const alice = await byName("/identities", "alice-laptop");
    const bob = await byName("/identities", "bob-phone");
    expect(await names(`/identities/${alice.id}/services`)).toEqual(["kcs-ingress", "kss-ingress", "support-web"]);
    expect(await names(`/identities/${bob.id}/services`)).toEqual(["kcs-ingress", "kss-ingress"]);
    for (const device of [alice, bob])
      expect(await names(`/identities/${device.id}/edge-routers`)).toEqual([
        "kcs-router",
        "kss-router",
        "support-router",
      ]);
    expect(await names(`/services/${(await byName("/services", "support-web")).id}/edge-routers`)).toEqual([
      "kcs-router",
      "kss-router",
      "support-router",
    ]);
  });

  test("the enrolment JWTs in Vault are the controller's", async () => {
    const issued = await issuedJwts();
    expect(Object.keys(issued)).toHaveLength(5);
    for (const jwt of Object.values(issued)) expect(jwt).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await storedJwts()).toEqual(issued);
  });

  test("a second plan has no changes", () => {
    const plan = tofu(stackDir, ["plan", "-input=false", "-detailed-exitcode", ...targets], env);
    expect(plan.status === 0 ? "" : plan.text).toBe("");
  });

  test("an edited model is applied in place: the controller accepts the update bodies (PUT)", async () => {
    const before = Object.fromEntries(zitiObjects().map((o) => [o.address, o.id]));
    const jwts = await storedJwts();
    const raw = shippedRaw();
    raw.site.support.ip = "10.69.50.11";
    raw.site.ziti.client_devices = raw.site.ziti.client_devices.map((d: any) =>
      d.name === "bob-phone" ? { ...d, role_attributes: ["admin"] } : d,
    );
    resynth(raw);
    const result = tofu(stackDir, ["apply", "-auto-approve", "-input=false", ...targets], env);
    expect(result.status === 0 ? "" : result.text).toBe("");
    // A config (host.v1 of support-web) and an identity changed, by update: no object was replaced.
    expect(result.stdout).toMatch(/Apply complete! Resources: 0 added, 2 changed, 0 destroyed\./);
    expect(Object.fromEntries(zitiObjects().map((o) => [o.address, o.id]))).toEqual(before);
    expect(await readBackMismatches()).toEqual([]);
    expect((await byName("/configs", "support-web.host.v1")).data).toEqual({
      protocol: "tcp",
      address: "10.69.50.11",
      port: 443,
    });
    const bob = await byName("/identities", "bob-phone");
    expect(bob).toMatchObject({ typeId: "Default", roleAttributes: ["admin", "devices"] });
    expect(await names(`/identities/${bob.id}/services`)).toEqual(["kcs-ingress", "kss-ingress", "support-web"]);
    // Vault keeps the JWTs first written.
    expect(await storedJwts()).toEqual(jwts);
    const plan = tofu(stackDir, ["plan", "-input=false", "-detailed-exitcode", ...targets], env);
    expect(plan.status === 0 ? "" : plan.text).toBe("");
  });

  test("destroy removes every object, and the routers' identities with them", async () => {
    const objects = zitiObjects();
    const routerIds = objects.filter((o) => o.path === "/edge-routers").map((o) => o.id);
    const result = tofu(stackDir, ["destroy", "-auto-approve", "-input=false", ...targets], env);
    applied = result.status !== 0;
    expect(result.status === 0 ? "" : result.text).toBe("");
    const left: string[] = [];
    for (const object of objects)
      if ((await controller.request("GET", `${object.path}/${object.id}`, session)).status !== 404)
        left.push(object.address);
    for (const id of routerIds)
      if ((await controller.request("GET", `/identities/${id}`, session)).status !== 404) left.push(`identity ${id}`);
    expect(left).toEqual([]);
  });

  test("the controller held no socket outside 127.0.0.1", () => {
    const outside = controller
      .sockets()
      .filter((s) => !s.local.startsWith("127.0.0.1:") || !(s.listening || s.remote.startsWith("127.0.0.1:")));
    expect(outside).toEqual([]);
  });
});
