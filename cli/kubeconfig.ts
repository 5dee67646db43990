/**
 * Whether the Kubernetes API server a kubeconfig names is ready: `GET /readyz`
 * with the kubeconfig's own trust and credentials, as the kubernetes and helm
 * providers will connect. Read here rather than through kubectl, so that `up`
 * needs no kubectl, and so that nothing from the file (a client key, a token)
 * reaches a command line or a message.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import { parse, YAMLError } from "yaml";

/** What a connection to the API server needs, taken from one context of a kubeconfig. */
export interface ApiServerAccess {
  readonly server: string;
  readonly ca?: Buffer;
  readonly insecure: boolean;
  readonly serverName?: string;
  readonly cert?: Buffer;
  readonly key?: Buffer;
  readonly token?: string;
  readonly basic?: { readonly username: string; readonly password: string };
  /** The user's credentials come from something this module does not run (an exec plugin, an auth provider). */
  readonly externalCredentials: boolean;
}

type Entry = Record<string, unknown>;
const named = (list: unknown, name: string): Entry | undefined => {
  if (!Array.isArray(list)) return undefined;
  const found = list.find((e) => (e as Entry | null)?.name === name) as Entry | undefined;
  return found && typeof found === "object" ? found : undefined;
};
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/**
 * Reads `file` and the context `context` (default: its current-context, or its only context).
 * Throws an Error with a reason a person can act on; never one holding the file's values.
 */
export function readApiServerAccess(file: string, context?: string): ApiServerAccess {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === "ENOENT" ? `${file} does not exist yet` : `${file} cannot be read (${code})`);
  }
  let doc: Entry;
  try {
    doc = parse(text) as Entry;
  } catch (e) {
    // The parser's message quotes the file; only the line is given, since the file holds credentials.
    const line = e instanceof YAMLError ? e.linePos?.[0].line : undefined;
    throw new Error(`${file} is not YAML${line ? ` (line ${line})` : ""}`);
  }
  if (!doc || typeof doc !== "object") throw new Error(`${file} is not a kubeconfig (no mapping at its top)`);
  const contexts = Array.isArray(doc.contexts) ? (doc.contexts as Entry[]) : [];
  const contextName =
    context ?? str(doc["current-context"]) ?? (contexts.length === 1 ? str(contexts[0]?.name) : undefined);
  if (!contextName) throw new Error(`${file} sets no current-context and has ${contexts.length} contexts`);
  const ctx = named(doc.contexts, contextName)?.context as Entry | undefined;
  if (!ctx) throw new Error(`${file} has no context named ${contextName}`);
  const clusterName = str(ctx.cluster);
  const cluster = clusterName ? (named(doc.clusters, clusterName)?.cluster as Entry | undefined) : undefined;
  if (!cluster) throw new Error(`${file}: context ${contextName} names no cluster the file defines`);
  const server = str(cluster.server);
  if (!server || !/^https?:\/\//.test(server))
    throw new Error(`${file}: cluster ${clusterName} has no http(s) server address`);
  const userName = str(ctx.user);
  const user = (userName ? (named(doc.users, userName)?.user as Entry | undefined) : undefined) ?? {};

  // Relative file references are relative to the kubeconfig, as kubectl reads them.
  const dir = path.dirname(file);
  const fromFile = (field: string, ref: unknown): Buffer | undefined => {
    const p = str(ref);
    if (!p) return undefined;
    const resolved = p.startsWith("~/") ? path.join(os.homedir(), p.slice(2)) : path.resolve(dir, p);
    try {
      return fs.readFileSync(resolved);
    } catch (e) {
      throw new Error(`${file}: ${field} ${resolved} cannot be read (${(e as NodeJS.ErrnoException).code})`);
    }
  };
  const data = (value: unknown): Buffer | undefined => {
    const v = str(value);
    return v === undefined ? undefined : Buffer.from(v, "base64");
  };
  const username = str(user.username);
  const password = str(user.password);
  return {
    server,
    ca:
      data(cluster["certificate-authority-data"]) ??
      fromFile("certificate-authority", cluster["certificate-authority"]),
    insecure: cluster["insecure-skip-tls-verify"] === true,
    serverName: str(cluster["tls-server-name"]),
    cert: data(user["client-certificate-data"]) ?? fromFile("client-certificate", user["client-certificate"]),
    key: data(user["client-key-data"]) ?? fromFile("client-key", user["client-key"]),
    token: str(user.token) ?? fromFile("tokenFile", user.tokenFile)?.toString("utf8").trim(),
    basic: username && password ? { username, password } : undefined,
    externalCredentials: user.exec !== undefined || user["auth-provider"] !== undefined,
  };
}

/**
 * `undefined` when the API server behind `file` answers `/readyz` with `ok`; otherwise why
 * not (the file missing, no answer, or the checks that failed). With credentials from an exec
 * plugin, which this does not run, an API server that answers at all counts as ready.
 */
export async function apiServerReady(file: string, context?: string, timeoutMs = 5000): Promise<string | undefined> {
  let access: ApiServerAccess;
  try {
    access = readApiServerAccess(file, context);
  } catch (e) {
    return (e as Error).message;
  }
  const url = new URL(access.server);
  url.pathname = `${url.pathname.replace(/\/$/, "")}/readyz`;
  const headers: Record<string, string> = { accept: "text/plain" };
  if (access.token) headers.authorization = `Bearer ${access.token}`;
  else if (access.basic)
    headers.authorization = `Basic ${Buffer.from(`${access.basic.username}:${access.basic.password}`).toString("base64")}`;
  const answer = await new Promise<{ status: number; body: string } | { error: string }>((resolve) => {
    const options: https.RequestOptions = {
      method: "GET",
      headers,
      timeout: timeoutMs,
      ...(url.protocol === "https:"
        ? {
            ca: access.ca,
            cert: access.cert,
            key: access.key,
            servername: access.serverName,
            rejectUnauthorized: !access.insecure,
          }
        : {}),
    };
    const request = (url.protocol === "https:" ? https : http).request(url, options, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (c: string) => (body.length < 64_000 ? (body += c) : undefined));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    request.on("error", (e) => resolve({ error: e.message }));
    request.end();
  });
  const where = `the API server ${access.server}`;
  if ("error" in answer) return `${where}: ${answer.error}`;
  if (answer.status === 200 && answer.body.trim() === "ok") return undefined;
  if ((answer.status === 401 || answer.status === 403) && access.externalCredentials) return undefined;
  if (answer.status === 401) return `${where} does not accept the kubeconfig's credentials (401)`;
  if (answer.status === 403) return `${where} refuses the kubeconfig's user access to /readyz (403)`;
  const failed = answer.body
    .split("\n")
    .filter((l) => l.startsWith("[-]"))
    .map((l) => l.slice(3).split(" ")[0]);
  return `${where} is not ready (readyz answered ${answer.status}${failed.length ? `; failing: ${failed.join(", ")}` : ""})`;
}
