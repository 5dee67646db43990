/**
 * A real OpenZiti controller for the slow tier: the toolchain's `ziti`
 * (v1.6.0, the nearest release the module proxy serves; the support VM runs
 * 1.6.14), on 127.0.0.1 only, with a PKI of its own and a random admin.
 *
 * Every address in its configuration is 127.0.0.1: the control-plane
 * listener (routers would dial it; none is started) and the web listener
 * with the edge management and client APIs, both bound and advertised
 * there. `sockets()` lets a test check that the process listens nowhere
 * else and holds no connection to anything else.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import { stringify } from "yaml";
import { freePort, secret, startLogged, stopChild, waitFor } from "./servers";
import { toolEnv, toolPath } from "./toolchain";

export interface ZitiResponse {
  readonly status: number;
  /** The parsed JSON answer (`{"data": …, "meta": …}` or `{"error": …}`), or the raw text. */
  readonly body: any;
}

export interface ZitiSocket {
  /** `<ip>:<port>` of the controller's end. */
  readonly local: string;
  /** `<ip>:<port>` of the peer; `0.0.0.0:0` (or `:::0`) for a listening socket. */
  readonly remote: string;
  readonly listening: boolean;
}

export interface ZitiController {
  /** The edge management API, `https://127.0.0.1:<port>/edge/management/v1`. */
  readonly managementUrl: string;
  /** PEM file of the controller's own root CA, which its server certificate chains to. */
  readonly caFile: string;
  readonly adminUser: string;
  readonly adminPassword: string;
  /** The controller's log. */
  readonly logFile: string;
  /** `POST /authenticate?method=password` as the admin: a new API session's `zt-session` token. */
  login(): Promise<string>;
  /** `method path` on the management API (`path` below `/edge/management/v1`) with `session` in `zt-session`. */
  request(method: string, urlPath: string, session: string, body?: unknown): Promise<ZitiResponse>;
  /** The TCP sockets the controller process holds now. */
  sockets(): ZitiSocket[];
  stop(): Promise<void>;
}

/** Runs `ziti args`; throws with its output unless it exits 0. */
async function ziti(args: readonly string[], cwd: string): Promise<void> {
  const child = spawn(toolPath("ziti"), args, { cwd, env: toolEnv(), stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  child.stdout.on("data", (d: Buffer) => (text += d.toString()));
  child.stderr.on("data", (d: Buffer) => (text += d.toString()));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (status !== 0) throw new Error(`ziti ${args.join(" ")} exited with ${status}:\n${text}`);
}

/**
 * `ziti controller edge init` with the admin's password typed at its prompts. The command
 * takes a password only as `-p` (visible in the process list) or from a terminal, so it
 * runs under `script`, which gives it one. That terminal's echo is off before the command
 * starts (`stty -echo`), not only while it reads: an answer written the moment a prompt
 * shows can reach the terminal before the command turns echo off itself, and would be
 * echoed into the output. Each answer is written once its prompt shows.
 */
async function initAdmin(configFile: string, user: string, password: string, logFile: string): Promise<void> {
  const quoted = [toolPath("ziti"), "controller", "edge", "init", configFile, "-u", user, "--cliagent=false"]
    .map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`)
    .join(" ");
  const command = `stty -echo && exec ${quoted}`;
  const child = spawn("script", ["-qec", command, "/dev/null"], {
    env: toolEnv(),
    stdio: ["pipe", "pipe", "pipe"],
  });
  let text = "";
  const prompts = ["Enter the admin password: ", "Confirm the admin password: "];
  let answered = 0;
  const onData = (d: Buffer) => {
    text += d.toString();
    while (answered < prompts.length && text.split(prompts[answered]).length > 1) {
      child.stdin.write(`${password}\n`);
      text = text.replace(prompts[answered], `${prompts[answered].trim()} (answered)\n`);
      answered++;
    }
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  clearTimeout(timer);
  fs.writeFileSync(logFile, text);
  if (text.includes(password)) throw new Error("ziti controller edge init echoed the admin password");
  if (status !== 0 || answered < prompts.length)
    throw new Error(`ziti controller edge init exited with ${status} after ${answered} answers:\n${text}`);
}

/** `0100007F:1F90` (as /proc/net/tcp writes it) as `127.0.0.1:8080`; IPv6 as `[0:0:…:1]:8080`. */
function procAddress(hex: string): string {
  const [ip, port] = hex.split(":");
  // The address is a sequence of 32-bit words, each in host (little-endian) byte order.
  const bytes = (ip.match(/.{8}/g) ?? []).flatMap((word) =>
    (word.match(/../g) ?? []).reverse().map((b) => parseInt(b, 16)),
  );
  const address =
    bytes.length === 4
      ? bytes.join(".")
      : `[${Array.from({ length: 8 }, (_, i) => ((bytes[2 * i] << 8) | bytes[2 * i + 1]).toString(16)).join(":")}]`;
  return `${address}:${parseInt(port, 16)}`;
}

/** The TCP sockets (IPv4 and IPv6) among the open files of process `pid`. */
function processSockets(pid: number): ZitiSocket[] {
  const inodes = new Set<string>();
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    try {
      const target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
      const match = /^socket:\[(\d+)\]$/.exec(target);
      if (match) inodes.add(match[1]);
    } catch {
      // closed while listing
    }
  }
  const sockets: ZitiSocket[] = [];
  for (const table of ["tcp", "tcp6"]) {
    const lines = fs.readFileSync(`/proc/${pid}/net/${table}`, "utf8").trim().split("\n").slice(1);
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
      if (!inodes.has(fields[9])) continue;
      sockets.push({ local: procAddress(fields[1]), remote: procAddress(fields[2]), listening: fields[3] === "0A" });
    }
  }
  return sockets;
}

/**
 * Starts a controller: `ziti pki` makes a root CA, a signing CA (which also signs
 * enrolments) and a server certificate for 127.0.0.1 and localhost, plus the
 * controller's client certificate; the configuration is written from the object
 * below; `ziti controller edge init` creates the database and the admin; then
 * `ziti controller run` serves until `stop()`. Ready when a login succeeds.
 */
export async function startZitiController(): Promise<ZitiController> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-ziti-"));
  const pki = path.join(dir, "pki");
  const [ctrlPort, webPort] = [await freePort(), await freePort()];
  const adminUser = `admin-${secret(4)}`;
  const adminPassword = secret(18);
  const logFile = path.join(dir, "controller.log");
  // P-256 keys: the default RSA 4096 takes seconds each on a loaded machine.
  const curve = ["--curve", "P256", `--pki-root=${pki}`];
  await ziti(["pki", "create", "ca", ...curve, "--ca-file=root", "--ca-name=homelab test root"], dir);
  await ziti(
    [
      "pki",
      "create",
      "intermediate",
      ...curve,
      "--ca-name=root",
      "--intermediate-file=signing",
      "--intermediate-name=homelab test signing",
    ],
    dir,
  );
  await ziti(
    [
      "pki",
      "create",
      "server",
      ...curve,
      "--ca-name=signing",
      "--server-file=server",
      "--server-name=localhost",
      "--dns=localhost",
      "--ip=127.0.0.1",
    ],
    dir,
  );
  await ziti(
    ["pki", "create", "client", ...curve, "--ca-name=signing", "--client-file=client", "--client-name=controller"],
    dir,
  );
  const caFile = path.join(pki, "root/certs/root.cert");
  const identity = {
    cert: path.join(pki, "signing/certs/client.chain.pem"),
    server_cert: path.join(pki, "signing/certs/server.chain.pem"),
    key: path.join(pki, "signing/keys/server.key"),
    ca: caFile,
  };
  const ctrlAddress = `tls:127.0.0.1:${ctrlPort}`;
  const webAddress = `127.0.0.1:${webPort}`;
  const config = {
    v: 3,
    // Without a SPIFFE id in the certificates, a non-HA controller takes its trust domain from here.
    trustDomain: "homelab-test",
    db: path.join(dir, "ctrl.db"),
    identity,
    ctrl: { options: { advertiseAddress: ctrlAddress }, listener: ctrlAddress },
    edge: {
      api: { sessionTimeout: "30m", address: webAddress },
      enrollment: {
        signingCert: {
          cert: path.join(pki, "signing/certs/signing.cert"),
          key: path.join(pki, "signing/keys/signing.key"),
        },
        edgeIdentity: { duration: "180m" },
        edgeRouter: { duration: "180m" },
      },
    },
    web: [
      {
        name: "client-management",
        bindPoints: [{ interface: webAddress, address: webAddress }],
        identity,
        apis: [{ binding: "edge-management" }, { binding: "edge-client" }, { binding: "fabric" }],
      },
    ],
  };
  const configFile = path.join(dir, "controller.yml");
  fs.writeFileSync(configFile, stringify(config));
  await initAdmin(configFile, adminUser, adminPassword, path.join(dir, "init.log"));

  const child = startLogged(
    toolPath("ziti"),
    ["controller", "run", configFile, "--cliagent=false"],
    toolEnv(),
    logFile,
  );
  const ca = fs.readFileSync(caFile);
  const managementUrl = `https://${webAddress}/edge/management/v1`;
  const request = (method: string, urlPath: string, session: string | undefined, body?: unknown) =>
    new Promise<ZitiResponse>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = https.request(
        `${managementUrl}${urlPath}`,
        {
          method,
          ca,
          // A connection per request: the controller closes idle ones, and a reused one would hang up.
          agent: false,
          headers: {
            accept: "application/json",
            ...(session ? { "zt-session": session } : {}),
            ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}),
          },
        },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (d: string) => (text += d));
          res.on("end", () => {
            let parsed: unknown = text;
            try {
              parsed = JSON.parse(text);
            } catch {
              // not JSON: kept as text
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
        },
      );
      req.on("error", reject);
      req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${urlPath}: no answer in 30 s`)));
      req.end(payload);
    });
  const login = async () => {
    const answer = await request("POST", "/authenticate?method=password", undefined, {
      username: adminUser,
      password: adminPassword,
    });
    const token = answer.body?.data?.token;
    if (answer.status !== 200 || typeof token !== "string")
      throw new Error(`admin login: ${answer.status} ${JSON.stringify(answer.body?.error ?? answer.body)}`);
    return token;
  };
  const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "");
  const stop = async () => {
    await stopChild(child);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor("the Ziti controller", async () => typeof (await login()) === "string", child, log, 90);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    managementUrl,
    caFile,
    adminUser,
    adminPassword,
    logFile,
    login,
    request,
    sockets: () => processSockets(child.pid as number),
    stop,
  };
}
