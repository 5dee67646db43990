/**
 * The support VM's wildcard certificate, ordered and renewed against a real
 * ACME server on 127.0.0.1: Pebble (Let's Encrypt's test CA), which
 * validates the DNS-01 challenge by asking pebble-challtestsrv's DNS server,
 * and lego, the ACME client NixOS' security.acme runs.
 *
 * What comes from our configuration: nixos/modules/support/acme.nix is
 * evaluated for the support host.json (with the directory URL pointed at
 * Pebble through homelab.support.acme.server), and lego gets the arguments
 * security.acme builds from that: the account e-mail, the directory, the
 * apex and wildcard domains, the key type, DNS-01 with the configured
 * provider and `--dns.resolvers`. The one stand-in is the DNS provider:
 * Cloudflare's API cannot be reached here, so lego's `exec` provider writes
 * the TXT records into challtestsrv instead (resolver: challtestsrv, not
 * 1.1.1.1). lego is 5.2.2, whose CLI takes every flag after `run`; a
 * renewal is `run` again for a certificate that exists, forced here with
 * `--renew-days` beyond its validity (security.acme's renewal passes its
 * `validMinDays` the same way).
 */
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import { evalNixosHost } from "../testing/nixos";
import { freePort } from "./servers";
import { REPO_ROOT, toolEnv, toolPath } from "./toolchain";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-acme-"));
const children: ChildProcess[] = [];

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = toolEnv()) {
  const result = spawnSync(command, args, { encoding: "utf8", env, cwd: dir });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

function start(name: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv): () => string {
  const logFile = path.join(dir, `${name}.log`);
  const out = fs.openSync(logFile, "a");
  const child = spawn(command, args, { env, stdio: ["ignore", out, out], cwd: dir });
  fs.closeSync(out);
  children.push(child);
  return () => fs.readFileSync(logFile, "utf8");
}

/** GET or POST over HTTPS to 127.0.0.1, trusting `ca`. */
function request(url: string, ca: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    // Pebble answers 400 to requests without a User-Agent, as ACME asks of clients.
    const options = {
      method: body === undefined ? "GET" : "POST",
      ca,
      agent: false,
      headers: { "User-Agent": "homelab-acme-test" },
    };
    const req = https.request(url, options, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    if (body === undefined) req.end();
    else req.end(body);
  });
}

async function until(what: string, check: () => Promise<boolean>, log: () => string, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not become ready in ${seconds}s:\n${log()}`);
}

const openssl = (args: readonly string[]) => run("openssl", args);

/** The leaf certificate of a PEM bundle (lego's <name>.crt holds leaf and issuer). */
function leafOf(bundle: string): string {
  const match = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/.exec(bundle);
  if (!match) throw new Error("no certificate in the bundle");
  return match[0];
}

interface CertConfig {
  domain: string;
  extraDomainNames: string[];
  email: string;
  server: string;
  dnsProvider: string;
  dnsResolver: string;
  credentialFiles: Record<string, string>;
}

let pebbleLog: () => string = () => "";
let pebbleUrl = "";
let pebbleManagement = "";
let challtestsrv = "";
let dnsAddress = "";
let tlsCa = "";
let cert: CertConfig;
let legoEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  // Pebble's own HTTPS listener: a throwaway CA and a certificate for 127.0.0.1.
  const caKey = path.join(dir, "listener-ca.key");
  const caCert = path.join(dir, "listener-ca.pem");
  openssl([
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-days",
    "1",
    "-subj",
    "/CN=homelab ACME test listener CA",
    "-keyout",
    caKey,
    "-out",
    caCert,
  ]);
  const key = path.join(dir, "listener.key");
  const csr = path.join(dir, "listener.csr");
  const crt = path.join(dir, "listener.pem");
  openssl([
    "req",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-subj",
    "/CN=127.0.0.1",
    "-keyout",
    key,
    "-out",
    csr,
  ]);
  fs.writeFileSync(path.join(dir, "listener.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
  openssl([
    "x509",
    "-req",
    "-in",
    csr,
    "-CA",
    caCert,
    "-CAkey",
    caKey,
    "-CAcreateserial",
    "-days",
    "1",
    "-extfile",
    path.join(dir, "listener.ext"),
    "-out",
    crt,
  ]);
  tlsCa = fs.readFileSync(caCert, "utf8");

  const dnsPort = await freePort();
  const managementPort = await freePort();
  dnsAddress = `127.0.0.1:${dnsPort}`;
  challtestsrv = `http://127.0.0.1:${managementPort}`;
  const challLog = start(
    "challtestsrv",
    toolPath("pebble-challtestsrv"),
    [
      "-dnsserver",
      dnsAddress,
      "-management",
      `127.0.0.1:${managementPort}`,
      "-http01",
      "",
      "-https01",
      "",
      "-tlsalpn01",
      "",
      "-doh",
      "",
      "-defaultIPv4",
      "127.0.0.1",
      "-defaultIPv6",
      "",
    ],
    toolEnv(),
  );
  await until(
    "pebble-challtestsrv",
    async () =>
      (
        await fetch(`${challtestsrv}/dns-request-history`, {
          method: "POST",
          body: JSON.stringify({ host: "probe.invalid." }),
        })
      ).ok,
    challLog,
  );

  const port = await freePort();
  const mgmt = await freePort();
  pebbleUrl = `https://127.0.0.1:${port}/dir`;
  pebbleManagement = `https://127.0.0.1:${mgmt}`;
  fs.writeFileSync(
    path.join(dir, "pebble.json"),
    JSON.stringify({
      pebble: {
        listenAddress: `127.0.0.1:${port}`,
        managementListenAddress: `127.0.0.1:${mgmt}`,
        certificate: crt,
        privateKey: key,
        httpPort: await freePort(),
        tlsPort: await freePort(),
        ocspResponderURL: "",
        externalAccountBindingRequired: false,
      },
    }),
  );
  pebbleLog = start(
    "pebble",
    toolPath("pebble"),
    ["-config", path.join(dir, "pebble.json"), "-dnsserver", dnsAddress],
    // No artificial validation delay, no random nonce rejections, and a fresh DNS-01
    // validation for every order (no reuse of the first order's authorizations).
    toolEnv({ PEBBLE_VA_NOSLEEP: "1", PEBBLE_WFE_NONCEREJECT: "0", PEBBLE_AUTHZREUSE: "0" }),
  );
  await until("Pebble", async () => (await request(pebbleUrl, tlsCa)).status === 200, pebbleLog);

  // Our configuration, with its directory pointed at Pebble.
  const host = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "nixos/tests/host-json-example-support.json"), "utf8"));
  host.homelab.support.acme.server = pebbleUrl;
  const evaluated = evalNixosHost(
    JSON.stringify(host),
    `let c = e.acme.certs.${JSON.stringify(host.homelab.support.domain)}; in { inherit (c) domain extraDomainNames email server dnsProvider dnsResolver credentialFiles; }`,
  );
  cert = evaluated;

  // lego's exec provider: `<script> present|cleanup <fqdn> <value>` writes the TXT record.
  const hook = path.join(dir, "dns-hook.js");
  fs.writeFileSync(
    hook,
    `#!/usr/bin/env node
const [action, host, value] = process.argv.slice(2);
const url = process.env.CHALLTESTSRV + (action === "present" ? "/set-txt" : "/clear-txt");
fetch(url, { method: "POST", body: JSON.stringify(action === "present" ? { host, value } : { host }) })
  .then((r) => { if (!r.ok) { console.error(action, host, r.status); process.exit(1); } })
  .catch((e) => { console.error(e); process.exit(1); });
`,
    { mode: 0o755 },
  );
  legoEnv = toolEnv({
    HOME: dir,
    LEGO_CA_CERTIFICATES: caCert,
    EXEC_PATH: hook,
    EXEC_POLLING_INTERVAL: "1",
    EXEC_PROPAGATION_TIMEOUT: "60",
    // The apex and the wildcard share one TXT name, so lego solves them one after the
    // other; by default it waits a propagation timeout (60 s) in between.
    EXEC_SEQUENCE_INTERVAL: "1",
    CHALLTESTSRV: challtestsrv,
  });
}, 180_000);

afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * lego's arguments as security.acme builds them for our certificate (commonOpts and the run
 * options of nixos/modules/security/acme/default.nix), in lego 5's syntax. `--dns exec`
 * replaces the configured provider and challtestsrv the configured resolver; challtestsrv is
 * no authoritative name server, so lego's check of the zone's own servers is skipped.
 */
function legoArgs(extra: readonly string[] = []): string[] {
  return [
    "run",
    "--accept-tos",
    "--path",
    path.join(dir, "lego"),
    "--email",
    cert.email,
    "--dns",
    "exec",
    "--dns.resolvers",
    dnsAddress,
    "--dns.propagation.disable-ans",
    "--server",
    cert.server,
    "--key-type",
    "ec256", // security.acme's default keyType; acme.nix does not change it
    "-d",
    cert.domain,
    ...cert.extraDomainNames.flatMap((name) => ["-d", name]),
    ...extra,
  ];
}

function issued() {
  const base = path.join(dir, "lego", "certificates", cert.domain.replace(/\*/g, "_"));
  return {
    bundle: fs.readFileSync(`${base}.crt`, "utf8"),
    issuer: fs.readFileSync(`${base}.issuer.crt`, "utf8"),
    key: fs.readFileSync(`${base}.key`, "utf8"),
  };
}

/** Checks a certificate's chain up to Pebble's root, its names and its key; returns its fingerprint. */
async function verify(bundle: string, issuer: string, name: string): Promise<string> {
  const root = await request(`${pebbleManagement}/roots/0`, tlsCa);
  expect(root.status).toBe(200);
  const files = {
    root: path.join(dir, `${name}-root.pem`),
    issuer: path.join(dir, `${name}-issuer.pem`),
    leaf: path.join(dir, `${name}.pem`),
  };
  fs.writeFileSync(files.root, root.text);
  fs.writeFileSync(files.issuer, issuer);
  fs.writeFileSync(files.leaf, leafOf(bundle));
  expect(openssl(["verify", "-CAfile", files.root, "-untrusted", files.issuer, files.leaf])).toContain(": OK");
  const sans = openssl(["x509", "-in", files.leaf, "-noout", "-ext", "subjectAltName"]);
  const names = [...sans.matchAll(/DNS:([^,\s]+)/g)].map((m) => m[1]).sort();
  expect(names).toEqual([cert.domain, ...cert.extraDomainNames].sort());
  const text = openssl(["x509", "-in", files.leaf, "-noout", "-text"]);
  expect(text).toMatch(/Public Key Algorithm: id-ecPublicKey/);
  expect(text).toMatch(/NIST CURVE: P-256|prime256v1/);
  // Valid now.
  expect(spawnSync("openssl", ["x509", "-in", files.leaf, "-noout", "-checkend", "0"]).status).toBe(0);
  return openssl(["x509", "-in", files.leaf, "-noout", "-fingerprint", "-sha256"]).trim();
}

/** Authorizations Pebble set valid after validating their challenge. */
function validatedAuthorizations(): number {
  return (pebbleLog().match(/set VALID by completed challenge/g) ?? []).length;
}

/** TXT queries for the challenge name that challtestsrv answered (lego's propagation check, Pebble's validation). */
async function txtQueries(): Promise<number> {
  const res = await fetch(`${challtestsrv}/dns-request-history`, {
    method: "POST",
    body: JSON.stringify({ host: `_acme-challenge.${cert.domain}` }),
  });
  const history = (await res.json()) as { Question?: { Qtype?: number } }[] | null;
  return (history ?? []).filter((e) => e.Question?.Qtype === 16).length;
}

describe("the support VM's wildcard certificate from a real ACME server", () => {
  let first = "";

  test("our configuration orders one certificate for the apex, the wildcard and the Ziti domain, over DNS-01 with Cloudflare's token file", () => {
    expect(cert.domain).toBe("support.lab.example.com");
    // The Ziti controller's management listener serves it under the Ziti domain, which the wildcard does not cover.
    expect(cert.extraDomainNames).toEqual(["*.support.lab.example.com", "ziti.example.com"]);
    expect(cert.email).toBe("admin@example.com");
    expect(cert.server).toBe(pebbleUrl);
    expect(cert.dnsProvider).toBe("cloudflare");
    expect(cert.dnsResolver).toBe("1.1.1.1:53");
    // The variable lego's cloudflare provider reads a file name from (<VAR>_FILE).
    expect(Object.keys(cert.credentialFiles)).toEqual(["CLOUDFLARE_DNS_API_TOKEN_FILE"]);
    expect(run(toolPath("lego"), ["dnshelp", "-c", "cloudflare"], legoEnv)).toContain("CLOUDFLARE_DNS_API_TOKEN");
  });

  test("lego obtains it; the chain leads to the CA's root and the names are the apex, the wildcard and the Ziti domain", async () => {
    run(toolPath("lego"), legoArgs(), legoEnv);
    const { bundle, issuer, key } = issued();
    expect(key).toMatch(/BEGIN EC PRIVATE KEY|BEGIN PRIVATE KEY/);
    first = await verify(bundle, issuer, "first");
    // Every name was validated over DNS: the TXT record was looked up in challtestsrv.
    expect(validatedAuthorizations()).toBe(1 + cert.extraDomainNames.length);
    expect(await txtQueries()).toBeGreaterThan(0);
  }, 180_000);

  test("a forced renewal replaces it with a new, valid certificate for the same names", async () => {
    const before = await txtQueries();
    const validated = validatedAuthorizations();
    run(toolPath("lego"), legoArgs(["--no-random-sleep", "--renew-days", "36500"]), legoEnv);
    const { bundle, issuer } = issued();
    const renewed = await verify(bundle, issuer, "renewed");
    expect(renewed).not.toBe(first);
    // Every name validated again over DNS, not reused from the first order.
    expect(validatedAuthorizations()).toBe(validated + 1 + cert.extraDomainNames.length);
    expect(await txtQueries()).toBeGreaterThan(before);
  }, 180_000);
});
