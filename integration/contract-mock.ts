/**
 * A stand-in for a service that cannot run here, driven by the service's
 * published API contract (its OpenAPI/Swagger document, kept under
 * integration/contracts/<service>/ with its SOURCE). Prism (Stoplight's
 * contract mock, @stoplight/prism-cli) serves the document and validates
 * every request against it: a request whose path, method, parameters,
 * security scheme (header name, Basic/apiKey) or body does not validate is
 * answered with an error and its violations, and answers are generated from
 * the document's schemas and examples. (Without `--errors`: with it, Prism
 * also fails a valid request whenever its own generated answer misses a
 * field the document requires, as it does for Ziti's detail envelopes.
 * Such answer violations are kept in `answerViolations`, not counted against
 * the request.)
 *
 * In front of Prism, on 127.0.0.1, a recorder keeps every exchange for the
 * test's assertions and adds what a contract document cannot say, each rule
 * explicit and narrow (see integration/contracts/README.md):
 * - the API is served under the document's basePath (Prism ignores it);
 * - the credentials must be the ones the test configured (a document names
 *   the scheme, not the value), and where the document allows anonymous
 *   calls although the service does not, they are required;
 * - `locationIds`: a 201's `Location` header, which a document types only as
 *   a string, names the created resource (`<basePath><path>/<id>`), as the
 *   real service's does;
 * - `nullBodyOnReads`: a GET or DELETE whose body is exactly the JSON `null`
 *   (harbor 1.4.0's client encodes "no payload" so) is passed on without it,
 *   because Prism refuses any body on an operation that declares none, while
 *   the real service (a go-swagger server) never reads it;
 * - `answerValues`: where a document types a field only as a string and
 *   names its values in prose (Harbor's project metadata: "The valid values
 *   are "true", "false""), the generated placeholder is replaced with one of
 *   those values;
 * - `echoCreated` (with `locationIds`): a read of a resource created here
 *   answers the generated object with the fields the creation sent laid over
 *   it (same names, or renamed as given: Harbor's `project_name` is the
 *   project's `name`), as a real service answers with what it stored;
 * - `pathsIncludeBasePath`: the document's paths already begin with the
 *   basePath (GitLab's `/api/v4/...`, no `basePath` field), so requests go
 *   to Prism unchanged;
 * - `createdIds`: the `id` of a 201's JSON answer, which Prism generates
 *   (GitLab's int64 `id` comes out as -2^53+1), is a new small number, or the
 *   request field that is the created thing's id (a project member's `id` is
 *   its `user_id`), as the real service assigns it;
 * - `conditionallyRequired`: a field the document lists as required that the
 *   service requires only for one value of another field (GitLab's Grape
 *   `given` blocks, which its generator renders as an unconditional
 *   `required`): otherwise its absence is no violation, and Prism gets the
 *   body with the field at the document's own `example`, so that the rest is
 *   still validated; with that value, its absence is a violation;
 * - `untypedFileProperties`: Prism gets a copy of the document in which no
 *   schema has `type: file` (valid in Swagger 2.0 only for formData
 *   parameters; GitLab's generator puts it in JSON bodies, such as a group's
 *   `avatar`), because with one Prism validates nothing of such a body; the
 *   committed document stays as published;
 * - `undocumented`: operations the service has but the document leaves out
 *   (GitLab's generated document has no `/users`) are answered by the
 *   recorder itself as a plain store, credentials checked, and the exchange
 *   is marked `unvalidated`: nothing in it is checked against a contract.
 */
import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";
import { freePort } from "./servers";
import { REPO_ROOT } from "./toolchain";

/** Where the contract documents are kept. */
export const CONTRACTS_DIR = process.env.HOMELAB_CONTRACTS_DIR ?? path.join(REPO_ROOT, "integration", "contracts");

/** One request the stand-in received, with its answer. */
export interface Exchange {
  readonly method: string;
  /** Path and query as the client sent them (with the basePath). */
  readonly url: string;
  readonly status: number;
  /** Request header names, lower-case, as sent. */
  readonly headerNames: readonly string[];
  /** The request body as sent. */
  readonly body: string;
  /** Why the request does not conform, or undefined when it does. */
  readonly problem?: string;
  /** Where Prism's generated answer misses the document's own schema (not the client's fault). */
  readonly answerViolations: readonly string[];
  /** The operation is not in the document (`undocumented`): answered by the recorder, not validated. */
  readonly unvalidated?: boolean;
}

/** A field that the document lists as required, but the service requires only when `when` holds. */
export interface ConditionalRequirement {
  /** `METHOD /path` of the operation, the path as in the document without the basePath (`POST /user/runners`). */
  readonly operation: string;
  readonly field: string;
  /** Body fields and the values under which `field` is required (`{ runner_type: "group_type" }`). */
  readonly when: Readonly<Record<string, unknown>>;
}

/** Whose `id` a 201 from a collection carries (`createdIds`). */
export interface CreatedIds {
  /** The collection's path template without the basePath (`/groups`, `/projects/{id}/members`). */
  readonly collection: string;
  /** The request field whose value is the id; undefined: a new number. */
  readonly from?: string;
}

export interface ContractMockOptions {
  /** Service name, for messages (`Harbor`). */
  readonly service: string;
  /** The contract document, relative to {@link CONTRACTS_DIR} (`harbor/swagger.yaml`). */
  readonly document: string;
  /** The document's basePath (`/api/v2.0`). */
  readonly basePath: string;
  /** Checks a request's credentials; returns why they are wrong, or undefined. */
  readonly credentials: (headers: http.IncomingHttpHeaders) => string | undefined;
  /** Rewrite a 201's Location header to name the created resource. @default false */
  readonly locationIds?: boolean;
  /** Drop a body of exactly `null` from GET and DELETE requests. @default false */
  readonly nullBodyOnReads?: boolean;
  /**
   * Values for string fields whose allowed values a document gives only in
   * prose: key = field name anywhere in a JSON answer, value = the value to
   * answer instead of a generated placeholder. @default {}
   */
  readonly answerValues?: Readonly<Record<string, string>>;
  /**
   * Answer reads of created resources with the creation's fields (requires
   * `locationIds`): key = request field, value = its name in the answer.
   * Undefined: reads answer the generated object alone.
   */
  readonly echoCreated?: Readonly<Record<string, string>>;
  /** The document's paths begin with `basePath`: forward paths as they are. @default false */
  readonly pathsIncludeBasePath?: boolean;
  /** Collections whose 201 answers get the `id` the service would assign. @default [] */
  readonly createdIds?: readonly CreatedIds[];
  /**
   * Serve Prism a copy of the document whose schemas (`definitions`) have no
   * `type: file`: Swagger 2.0 allows it only for formData parameters, Prism
   * cannot compile a JSON body schema that has one and then checks nothing
   * of that body. The property stays, without a type. @default false
   */
  readonly untypedFileProperties?: boolean;
  /** Required fields the service requires only under a condition. @default [] */
  readonly conditionallyRequired?: readonly ConditionalRequirement[];
  /**
   * Collections (path templates without the basePath, `/users`,
   * `/users/{id}/keys`) missing from the document, answered from a store:
   * POST adds the body with a new `id` (201), GET, PUT (merged) and DELETE
   * (204) act on `<collection>/<id>`. @default []
   */
  readonly undocumented?: readonly (string | UndocumentedCollection)[];
}

/** A collection the document leaves out, whose creation answer carries more than the request sent. */
export interface UndocumentedCollection {
  /** Path template without the basePath (`/groups/{id}/access_tokens`). */
  readonly collection: string;
  /** Fields the service adds to what it creates (a new access token's `token`). */
  readonly created: (fields: Record<string, unknown>) => Record<string, unknown>;
}

/** A regular expression for a path template (`/projects/{id}/members`), placeholders one segment each. */
function templatePattern(template: string, suffix = ""): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
  return new RegExp(`^${escaped}${suffix}$`);
}

/** Drops `type: file` from every schema under `schemas`, in place (`untypedFileProperties`). */
function untypeFileProperties(schemas: unknown): void {
  if (Array.isArray(schemas)) return schemas.forEach(untypeFileProperties);
  if (schemas === null || typeof schemas !== "object") return;
  const record = schemas as Record<string, unknown>;
  if (record.type === "file") delete record.type;
  Object.values(record).forEach(untypeFileProperties);
}

/** The document's `example` for `field` of the body `operation` (`POST /user/runners`) sends. */
function bodyExample(doc: any, pathPrefix: string, operation: string, field: string): unknown {
  const [method, route] = operation.split(" ");
  const op = doc.paths?.[`${pathPrefix}${route}`]?.[method.toLowerCase()];
  const ref: string | undefined = op?.parameters?.find((p: any) => p.in === "body")?.schema?.$ref;
  const example = ref && doc.definitions?.[ref.replace("#/definitions/", "")]?.properties?.[field]?.example;
  if (example === undefined) throw new Error(`the document has no example for ${field} of ${operation}`);
  return example;
}

/**
 * What the store of an undocumented collection answers (`undocumented`): POST
 * to the collection adds `fields` with a new id, GET, PUT (merged) and DELETE
 * act on an object in it. Undefined: no such operation.
 */
function storeAnswer(
  store: Map<string, Record<string, unknown>>,
  route: string,
  isCollection: boolean,
  method: string,
  fields: Record<string, unknown>,
  newId: () => number,
  created: (fields: Record<string, unknown>) => Record<string, unknown> = () => ({}),
): { status: number; value?: unknown } | undefined {
  if (isCollection && method === "POST") {
    const object = { ...fields, ...created(fields), id: newId() };
    store.set(`${route}/${object.id}`, object);
    return { status: 201, value: object };
  }
  if (isCollection && method !== "GET") return undefined;
  const object = store.get(route);
  if (isCollection || object === undefined) return { status: 404, value: { message: "404 Not found" } };
  if (method === "GET") return { status: 200, value: object };
  if (method === "PUT") {
    store.set(route, { ...object, ...fields, id: object.id });
    return { status: 200, value: store.get(route) };
  }
  if (method === "DELETE") {
    store.delete(route);
    return { status: 204 };
  }
  return undefined;
}

/** `answer` with the fields of `sent` that it also has laid over it, recursively. */
function overlay(answer: unknown, sent: unknown, renames: Readonly<Record<string, string>>): unknown {
  if (answer === null || typeof answer !== "object" || Array.isArray(answer)) return answer;
  if (sent === null || typeof sent !== "object" || Array.isArray(sent)) return answer;
  const result: Record<string, unknown> = { ...(answer as Record<string, unknown>) };
  for (const [key, value] of Object.entries(sent as Record<string, unknown>)) {
    const target = renames[key] ?? key;
    if (!(target in result)) continue;
    result[target] =
      value !== null && typeof value === "object" && !Array.isArray(value)
        ? overlay(result[target], value, renames)
        : value;
  }
  return result;
}

/** Replaces the values of `fields` anywhere in `value` (a parsed JSON answer). */
function withValues(value: unknown, fields: Readonly<Record<string, string>>): unknown {
  if (Array.isArray(value)) return value.map((v) => withValues(v, fields));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k in fields && typeof v === "string" ? fields[k] : withValues(v, fields),
    ]),
  );
}

export interface ContractMock {
  /** Base URL of the API, `http://127.0.0.1:<port><basePath>`. */
  readonly url: string;
  /** Every exchange so far, in order. */
  readonly exchanges: readonly Exchange[];
  /** The exchanges that did not conform, one line each. */
  problems(): string[];
  stop(): Promise<void>;
}

async function waitForPrism(port: number, child: ChildProcess, log: () => string, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`prism exited with ${child.exitCode}:\n${log()}`);
    if (/Prism is listening/.test(log())) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`prism did not listen on 127.0.0.1:${port} within ${seconds}s:\n${log()}`);
}

function readBody(stream: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

/** Starts Prism on the document and the recorder in front of it, both on 127.0.0.1. */
export async function startContractMock(options: ContractMockOptions): Promise<ContractMock> {
  const document = path.join(CONTRACTS_DIR, options.document);
  if (!fs.existsSync(document)) throw new Error(`contract document ${document} is missing`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `homelab-contract-${options.service.toLowerCase()}-`));
  const conditional = options.conditionallyRequired ?? [];
  // Only these rules need the document here: its examples, or a working copy for Prism.
  const doc: any =
    conditional.length > 0 || options.untypedFileProperties ? parse(fs.readFileSync(document, "utf8")) : undefined;
  let served = document;
  if (options.untypedFileProperties) {
    untypeFileProperties(doc.definitions);
    served = path.join(dir, "served.json");
    fs.writeFileSync(served, JSON.stringify(doc));
  }
  const logFile = path.join(dir, "prism.log");
  const prismPort = await freePort();
  const out = fs.openSync(logFile, "a");
  const prism = spawn(
    path.join(REPO_ROOT, "node_modules", ".bin", "prism"),
    ["mock", "--host", "127.0.0.1", "--port", String(prismPort), served],
    { stdio: ["ignore", out, out], env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } },
  );
  fs.closeSync(out);
  const log = () => fs.readFileSync(logFile, "utf8");
  try {
    await waitForPrism(prismPort, prism, log, 120);
  } catch (error) {
    prism.kill("SIGKILL");
    throw error;
  }

  const exchanges: Exchange[] = [];
  let nextId = 1;
  const pathPrefix = options.pathsIncludeBasePath ? options.basePath : "";
  const examples = conditional.map((c) => bodyExample(doc, pathPrefix, c.operation, c.field));
  /** Objects of the undocumented collections, by path (without the basePath). */
  const store = new Map<string, Record<string, unknown>>();
  const undocumented = (options.undocumented ?? []).map((u) => {
    const template = typeof u === "string" ? u : u.collection;
    return {
      collection: templatePattern(template),
      item: templatePattern(template, "/[^/]+"),
      created: typeof u === "string" ? undefined : u.created,
    };
  });
  /** Request bodies of the resources created here, by their Location. */
  const created = new Map<string, unknown>();
  const server = http.createServer((req, res) => {
    void (async () => {
      const sent = await readBody(req);
      const dropNull =
        options.nullBodyOnReads === true &&
        (req.method === "GET" || req.method === "DELETE") &&
        sent.toString("utf8").trim() === "null";
      const body = dropNull ? Buffer.alloc(0) : sent;
      const url = req.url ?? "/";
      const record = (status: number, problem?: string, answerViolations: readonly string[] = []) =>
        exchanges.push({
          answerViolations,
          method: req.method ?? "",
          url,
          status,
          headerNames: Object.keys(req.headers),
          body: sent.toString("utf8"),
          problem,
        });
      const refuse = (status: number, problem: string) => {
        record(status, problem);
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: `${options.service} contract stand-in: ${problem}` }));
      };
      if (
        url !== options.basePath &&
        !url.startsWith(`${options.basePath}/`) &&
        !url.startsWith(`${options.basePath}?`)
      )
        return refuse(404, `${url} is outside the API's basePath ${options.basePath}`);
      const credentialProblem = options.credentials(req.headers);
      if (credentialProblem !== undefined) return refuse(401, credentialProblem);

      const route = url.split("?")[0].slice(options.basePath.length).replace(/\/$/, "") || "/";
      if (undocumented.some((u) => u.collection.test(route) || u.item.test(route))) {
        const answer = (status: number, value?: unknown) => {
          exchanges.push({
            method: req.method ?? "",
            url,
            status,
            headerNames: Object.keys(req.headers),
            body: sent.toString("utf8"),
            answerViolations: [],
            unvalidated: true,
          });
          const text = value === undefined ? "" : JSON.stringify(value);
          res.writeHead(status, value === undefined ? {} : { "content-type": "application/json" });
          res.end(text);
        };
        const fields = body.length > 0 ? (JSON.parse(body.toString("utf8")) as Record<string, unknown>) : {};
        const collection = undocumented.find((u) => u.collection.test(route));
        const stored = storeAnswer(
          store,
          route,
          collection !== undefined,
          req.method ?? "",
          fields,
          () => nextId++,
          collection?.created,
        );
        return stored === undefined
          ? refuse(405, `${req.method} ${route} is not an operation of the stand-in's store`)
          : answer(stored.status, stored.value);
      }

      let forwarded = body;
      for (const [i, c] of conditional.entries()) {
        if (!templatePattern(c.operation).test(`${req.method} ${route}`)) continue;
        const fields = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
        if (c.field in fields) continue;
        if (Object.entries(c.when).every(([k, v]) => fields[k] === v))
          return refuse(
            422,
            `${c.field} is required when ${JSON.stringify(c.when)} (${c.operation}), and the body has none`,
          );
        forwarded = Buffer.from(JSON.stringify({ ...JSON.parse(forwarded.toString("utf8")), [c.field]: examples[i] }));
      }

      const upstreamPath = options.pathsIncludeBasePath ? url : url.slice(options.basePath.length) || "/";
      const headers = { ...req.headers, host: `127.0.0.1:${prismPort}` };
      delete headers["content-length"];
      if (dropNull) delete headers["content-type"];
      if (forwarded.length > 0) headers["content-length"] = String(forwarded.length);
      const answer = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
        (resolve, reject) => {
          const upstream = http.request(
            { host: "127.0.0.1", port: prismPort, method: req.method, path: upstreamPath, headers },
            (response) =>
              readBody(response).then(
                (b) => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: b }),
                reject,
              ),
          );
          upstream.on("error", reject);
          upstream.end(forwarded);
        },
      );
      const violations: { location: string[]; message: string }[] = JSON.parse(
        String(answer.headers["sl-violations"] ?? "[]"),
      );
      const requestViolations = violations.filter((v) => v.location[0] !== "response").map((v) => v.message);
      const answerViolations = violations.filter((v) => v.location[0] === "response").map((v) => v.message);
      let problem: string | undefined;
      if (answer.status >= 400 || requestViolations.length > 0)
        problem = `answered ${answer.status}${requestViolations.length > 0 ? `, violations: ${requestViolations.join("; ")}` : ""}: ${answer.body.toString("utf8").slice(0, 600)}`;
      const outHeaders: http.OutgoingHttpHeaders = { ...answer.headers };
      delete outHeaders["transfer-encoding"];
      delete outHeaders["connection"];
      delete outHeaders["keep-alive"];
      if (options.locationIds && answer.status === 201 && answer.headers.location !== undefined) {
        const collection = url.split("?")[0].replace(/\/$/, "");
        outHeaders.location = `${collection}/${nextId++}`;
        if (options.echoCreated !== undefined && body.length > 0)
          created.set(outHeaders.location, JSON.parse(body.toString("utf8")));
      }
      let answerBody = answer.body;
      const fields = options.answerValues ?? {};
      const stored = req.method === "GET" ? created.get(url.split("?")[0]) : undefined;
      const ids =
        req.method === "POST" && answer.status === 201
          ? (options.createdIds ?? []).find((c) => templatePattern(c.collection).test(route))
          : undefined;
      if (
        (Object.keys(fields).length > 0 || stored !== undefined || ids !== undefined) &&
        /json/.test(String(answer.headers["content-type"] ?? ""))
      ) {
        let parsed = withValues(JSON.parse(answer.body.toString("utf8")), fields);
        if (stored !== undefined) parsed = overlay(parsed, stored, options.echoCreated ?? {});
        if (ids !== undefined && parsed !== null && typeof parsed === "object" && "id" in parsed) {
          const generated = (parsed as { id: unknown }).id;
          const id = ids.from === undefined ? nextId++ : (JSON.parse(body.toString("utf8")) as any)[ids.from];
          // The document's type for the id stays (the runner's registration answer types it as a string).
          parsed = { ...parsed, id: typeof generated === "string" ? String(id) : id };
        }
        answerBody = Buffer.from(JSON.stringify(parsed));
        outHeaders["content-length"] = String(answerBody.length);
      }
      record(answer.status, problem, answerViolations);
      res.writeHead(answer.status, outHeaders);
      res.end(answerBody);
    })().catch((error: unknown) => {
      exchanges.push({
        method: req.method ?? "",
        url: req.url ?? "",
        status: 502,
        headerNames: [],
        body: "",
        answerViolations: [],
        problem: `stand-in failed: ${String(error)}`,
      });
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });

  return {
    url: `http://127.0.0.1:${port}${options.basePath}`,
    exchanges,
    problems: () =>
      exchanges
        .filter((e) => e.problem !== undefined)
        .map((e) => `${options.service}: ${e.method} ${e.url} (headers: ${e.headerNames.join(", ")}) ${e.problem}`),
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (prism.exitCode === null && prism.signalCode === null) {
        const exited = new Promise<void>((resolve) => prism.once("exit", () => resolve()));
        prism.kill("SIGTERM");
        const timer = setTimeout(() => prism.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A credentials check for HTTP Basic with exactly `user`/`password`, on every
 * request. Harbor's document allows anonymous calls everywhere (`security:
 * [basic, {}]`) because Harbor decides per project; every call this project
 * makes (projects, registries, robots) needs the admin, so anonymous is refused.
 */
export function basicAuth(user: string, password: string): ContractMockOptions["credentials"] {
  const expected = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
  return (headers) =>
    headers.authorization === expected
      ? undefined
      : `Authorization is ${headers.authorization === undefined ? "missing" : "not Basic with the configured admin login"}`;
}

/**
 * A credentials check for an API key in header `name` that must be there, with
 * `value`, on every request. GitLab's document defines the `PRIVATE-TOKEN`
 * header (`access_token_header`) but applies no security to any operation, so
 * Prism checks no credentials at all, while every call this project makes
 * needs an administrator's token.
 */
export function requiredApiKeyHeader(name: string, value: string): ContractMockOptions["credentials"] {
  return (headers) => {
    const sent = headers[name.toLowerCase()];
    return sent === value ? undefined : `${name} is ${sent === undefined ? "missing" : "not the configured token"}`;
  };
}

/**
 * A credentials check for an API key in header `name` (HTTP header names are
 * case-insensitive): when the header is there, it must carry `value`. Whether
 * a request without it is allowed is the document's to say, so such a request
 * goes on to Prism, which checks it against the operation's security.
 */
export function apiKeyHeader(name: string, value: string): ContractMockOptions["credentials"] {
  return (headers) => {
    const sent = headers[name.toLowerCase()];
    return sent === undefined || sent === value ? undefined : `${name} is not the configured token`;
  };
}
