/**
 * Contract tests for the services whose version cannot run here (Harbor, the
 * OpenZiti controller at 1.6.14, where ziti.test.ts runs a real 1.6.0, the
 * nearest obtainable; GitLab): the base stack's Harbor, Ziti and GitLab
 * resources are applied, read back and destroyed with the real OpenTofu and
 * providers (harbor 1.4.0, restapi 1.20.0) against stand-ins driven by each
 * service's published API document at the version the support VM runs, or
 * the nearest obtainable one (integration/contracts/, see its README and
 * SOURCE files; integration/contract-mock.ts for what the stand-in checks).
 * Every request the providers send must validate against the document (path,
 * method, parameters, security scheme and header name, body) and carry the
 * configured credentials; a request the real service would refuse fails the
 * test.
 *
 * GitLab's generated document leaves out the users API: the `argocd` user
 * and its SSH key are answered by the stand-in's store without a contract,
 * and the test pins exactly which requests those are.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";
import { runApp } from "../testing/synth";
import {
  apiKeyHeader,
  basicAuth,
  ContractMock,
  CONTRACTS_DIR,
  requiredApiKeyHeader,
  startContractMock,
} from "./contract-mock";
import { secret, startAll } from "./servers";
import { serviceTargets } from "./targets";
import { toolEnv, toolPath } from "./toolchain";

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-contracts-"));
const stackDir = path.join(outdir, "stacks", "base");
const harborPassword = secret();
const zitiSession = secret();
const gitlabToken = `glpat-${secret(20)}`;
const env = {
  TF_VAR_state_passphrase: `it-${secret(12)}`,
  TF_VAR_harbor_admin_password: harborPassword,
  TF_VAR_ziti_session: zitiSession,
  TF_VAR_gitlab_token: gitlabToken,
};
/** ProjectMetadata (Harbor's swagger.yaml): for each, "The valid values are "true", "false"". */
const HARBOR_METADATA_VALUES = Object.fromEntries(
  [
    "public",
    "enable_content_trust",
    "enable_content_trust_cosign",
    "prevent_vul",
    "auto_scan",
    "auto_sbom_generation",
    "reuse_sys_cve_allowlist",
  ].map((field) => [field, "false"]),
);
let harbor: ContractMock;
let ziti: ContractMock;
let gitlab: ContractMock;
let targets: string[] = [];
let applied = false;

/**
 * Runs `tofu args` in the stack without blocking: the stand-ins answer from
 * this process, so a synchronous spawn would leave every request unanswered.
 */
function tofu(args: readonly string[], minutes = 8): Promise<{ status: number | null; text: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(toolPath("tofu"), [`-chdir=${stackDir}`, ...args], {
      env: toolEnv(env),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    child.stdout.on("data", (d: Buffer) => (text += d.toString()));
    child.stderr.on("data", (d: Buffer) => (text += d.toString()));
    const timer = setTimeout(() => {
      text += `\n(killed after ${minutes} minutes)`;
      child.kill("SIGTERM");
    }, minutes * 60_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, text });
    });
  });
}

/** The base stack's JSON as synthesized. */
function baseConfig(): any {
  return JSON.parse(fs.readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8"));
}

/**
 * `-target` flags for the Harbor, Ziti and GitLab resources: harbor_* and
 * the restapi objects of the `harbor`, `ziti` and `gitlab` REST providers,
 * each only with dependencies that need nothing else (no VM, no Vault; the
 * `argocd` user's key pair is generated).
 */
function serviceResourceTargets(): string[] {
  const resources = baseConfig().resource as Record<string, Record<string, { provider?: string }>>;
  return serviceTargets(stackDir, ["harbor_", "restapi_"]).filter((flag) => {
    const [type, name] = flag.slice("-target=".length).split(".");
    if (type.startsWith("harbor_")) return true;
    return ["restapi.harbor", "restapi.ziti", "restapi.gitlab"].includes(resources[type][name].provider ?? "");
  });
}

/** The restapi objects of the `gitlab` provider, by their `path`. */
function gitlabObjects(): Record<string, number> {
  const objects = Object.values(baseConfig().resource.restapi_object as Record<string, any>);
  const counts: Record<string, number> = {};
  for (const o of objects.filter((r) => r.provider === "restapi.gitlab")) {
    const collection = o.path.replace(/\$\{[^}]+\}/g, "{id}");
    counts[collection] = (counts[collection] ?? 0) + 1;
  }
  return counts;
}

/** The requests the stand-in answered without a contract (`METHOD /path`, ids as {id}), once each. */
function unvalidatedRequests(mock: ContractMock): string[] {
  return [
    ...new Set(
      mock.exchanges
        .filter((e) => e.unvalidated)
        .map(
          (e) =>
            `${e.method} ${e.url
              .split("?")[0]
              .slice("/api/v4".length)
              .replace(/\/\d+(?=\/|$)/g, "/{id}")}`,
        ),
    ),
  ].sort();
}

/** Requests by `METHOD /path-without-ids`, counted. */
function requestCounts(mock: ContractMock, basePath: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of mock.exchanges) {
    const route = e.url
      .split("?")[0]
      .slice(basePath.length)
      .replace(/\/(\d+|string)(?=\/|$)/g, "/{id}");
    const key = `${e.method} ${route}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

beforeAll(
  async () => {
    [harbor, ziti, gitlab] = await startAll([
      startContractMock({
        service: "Harbor",
        document: "harbor/swagger.yaml",
        basePath: "/api/v2.0",
        credentials: basicAuth("admin", harborPassword),
        locationIds: true,
        nullBodyOnReads: true,
        answerValues: HARBOR_METADATA_VALUES,
        echoCreated: { project_name: "name" },
      }),
      startContractMock({
        service: "Ziti",
        document: "ziti/management.yml",
        basePath: "/edge/management/v1",
        credentials: apiKeyHeader("zt-session", zitiSession),
      }),
      startContractMock({
        service: "GitLab",
        document: "gitlab/openapi_v2.yaml",
        basePath: "/api/v4",
        pathsIncludeBasePath: true,
        untypedFileProperties: true,
        credentials: requiredApiKeyHeader("PRIVATE-TOKEN", gitlabToken),
        createdIds: [
          { collection: "/groups" },
          { collection: "/projects" },
          { collection: "/projects/{id}/members", from: "user_id" },
          { collection: "/projects/{id}/deploy_keys" },
          { collection: "/user/runners" },
        ],
        // lib/api/user_runners.rb: group_id and project_id are `given` runner_type group_type / project_type.
        conditionallyRequired: [
          { operation: "POST /user/runners", field: "group_id", when: { runner_type: "group_type" } },
          { operation: "POST /user/runners", field: "project_id", when: { runner_type: "project_type" } },
        ],
        undocumented: [
          "/users",
          "/users/{id}/keys",
          // GitLab answers a new access token with its value, once (`token`).
          { collection: "/groups/{id}/access_tokens", created: () => ({ token: `glgat-${secret(20)}` }) },
        ],
      }),
    ] as const);
    const synth = runApp({ outdir, env: { HOMELAB_BASE_BACKEND: "local" } });
    if (synth.status !== 0) throw new Error(`synth failed:\n${synth.stderr}`);
    // The providers at the stand-ins, as an operator's override file would point them elsewhere.
    const harborOrigin = harbor.url.slice(0, -"/api/v2.0".length);
    fs.writeFileSync(
      path.join(stackDir, "zz_contract_override.tf.json"),
      JSON.stringify({
        // State next to the stack, not in the repository-relative .state/ the stack names.
        terraform: { backend: { local: { path: path.join(stackDir, "terraform.tfstate") } } },
        provider: {
          harbor: { url: harborOrigin },
          restapi: [
            { alias: "harbor", uri: harbor.url },
            { alias: "ziti", uri: ziti.url },
            { alias: "gitlab", uri: gitlab.url },
          ],
        },
      }),
    );
    targets = serviceResourceTargets();
    const init = await tofu(["init", "-input=false"]);
    if (init.status !== 0) throw new Error(`tofu init failed:\n${init.text}`);
  },
  10 * 60 * 1000,
);

afterAll(async () => {
  if (applied) await tofu(["destroy", "-auto-approve", "-input=false", ...targets]);
  await harbor?.stop();
  await ziti?.stop();
  await gitlab?.stop();
  fs.rmSync(outdir, { recursive: true, force: true });
});

describe("Harbor, Ziti and GitLab resources against the services' published API documents", () => {
  test("the stack authenticates with the schemes and header names the documents define", () => {
    const zitiDoc = parse(fs.readFileSync(path.join(CONTRACTS_DIR, "ziti/management.yml"), "utf8"));
    // Harbor's document does not load with a strict YAML 1.2 parser (a multi-line quoted
    // description in ProjectMetadata); Prism reads it, the test needs only this block.
    const harborDoc = fs.readFileSync(path.join(CONTRACTS_DIR, "harbor/swagger.yaml"), "utf8");
    const providers = baseConfig().provider;
    const restapi = Object.fromEntries(providers.restapi.map((p: any) => [p.alias, p]));
    expect(zitiDoc.securityDefinitions.ztSession).toMatchObject({ type: "apiKey", in: "header" });
    expect(Object.keys(restapi.ziti.headers)).toEqual([zitiDoc.securityDefinitions.ztSession.name]);
    expect(harborDoc).toMatch(/^securityDefinitions:\n {2}basic:\n {4}type: basic\n/m);
    expect(restapi.harbor).toMatchObject({ username: "admin", password: "${var.harbor_admin_password}" });
    expect(providers.harbor[0]).toMatchObject({ username: "admin", password: "${var.harbor_admin_password}" });
    const gitlabDoc = parse(fs.readFileSync(path.join(CONTRACTS_DIR, "gitlab/openapi_v2.yaml"), "utf8"));
    expect(gitlabDoc.securityDefinitions.access_token_header).toMatchObject({ type: "apiKey", in: "header" });
    expect(restapi.gitlab.headers).toEqual({
      [gitlabDoc.securityDefinitions.access_token_header.name]: "${var.gitlab_token}",
    });
    // The stand-in's conditional requirement stands in for exactly what the document over-requires.
    expect(gitlabDoc.definitions.postApiV4UserRunners.required).toEqual(["runner_type", "group_id", "project_id"]);
    // And what it answers from its store is really missing from the document.
    for (const route of [
      "/api/v4/users",
      "/api/v4/users/{id}",
      "/api/v4/users/{id}/keys",
      "/api/v4/users/{id}/keys/{key_id}",
      "/api/v4/groups/{id}/access_tokens",
      "/api/v4/groups/{id}/access_tokens/{token_id}",
    ])
      expect(gitlabDoc.paths[route]).toBeUndefined();
  });

  test("selects the Harbor projects, registries and robots, the whole Ziti overlay and GitLab's objects", () => {
    const types = targets.map((flag) => flag.slice("-target=".length).split(".")[0]);
    expect(types.filter((t) => t === "harbor_project")).toHaveLength(5);
    expect(types.filter((t) => t === "harbor_registry")).toHaveLength(4);
    // 2 robots, and for the Ziti overlay: 3 routers, 3 services with 2 configs and a Bind policy each,
    // the devices, the Dial policies and the 3 shared policies.
    const zitiObjects = Object.values(baseConfig().resource.restapi_object as Record<string, any>).filter(
      (r) => r.provider === "restapi.ziti",
    );
    // GitLab: the deploy group and the apps group with its two access tokens, the project, the
    // argocd user, its key and membership, and the runner (the deploy key of deploy-sync, when the
    // stack has one).
    const gitlab = gitlabObjects();
    expect(gitlab).toMatchObject({
      "/groups": 2,
      "/groups/{id}/access_tokens": 2,
      "/projects": 1,
      "/users": 1,
      "/users/{id}/keys": 1,
      "/projects/{id}/members": 1,
      "/user/runners": 1,
    });
    const gitlabCount = Object.values(gitlab).reduce((a, b) => a + b, 0);
    expect(types.filter((t) => t === "restapi_object")).toHaveLength(2 + zitiObjects.length + gitlabCount);
  });

  test("apply: every request validates against the documents", async () => {
    const result = await tofu(["apply", "-auto-approve", "-input=false", ...targets]);
    applied = true;
    expect(harbor.problems()).toEqual([]);
    expect(ziti.problems()).toEqual([]);
    expect(gitlab.problems()).toEqual([]);
    expect(result.status === 0 ? "" : result.text).toBe("");
    const harborCounts = requestCounts(harbor, "/api/v2.0");
    expect(harborCounts["POST /projects"]).toBe(5);
    expect(harborCounts["POST /registries"]).toBe(4);
    expect(harborCounts["POST /robots"]).toBe(2);
    const zitiCounts = requestCounts(ziti, "/edge/management/v1");
    for (const collection of [
      "/edge-routers",
      "/configs",
      "/services",
      "/service-policies",
      "/identities",
      "/edge-router-policies",
      "/service-edge-router-policies",
    ])
      expect(zitiCounts[`POST ${collection}`]).toBeGreaterThan(0);
    // Every Ziti request carried the session in the header the document names.
    expect(ziti.exchanges.every((e) => e.headerNames.includes("zt-session"))).toBe(true);
    const gitlabCounts = requestCounts(gitlab, "/api/v4");
    expect(gitlabCounts["POST /groups"]).toBe(2);
    for (const collection of ["/projects", "/projects/{id}/members", "/user/runners"])
      expect(gitlabCounts[`POST ${collection}`]).toBe(1);
    expect(gitlab.exchanges.every((e) => e.headerNames.includes("private-token"))).toBe(true);
    // Only the users and group access token APIs, which the document does not have, went without a contract.
    expect(unvalidatedRequests(gitlab)).toEqual([
      "POST /groups/{id}/access_tokens",
      "POST /users",
      "POST /users/{id}/keys",
    ]);
  });

  test("a second apply reads every object back and sends the updates it plans; they validate too", async () => {
    const before = harbor.exchanges.length + ziti.exchanges.length + gitlab.exchanges.length;
    const result = await tofu(["apply", "-auto-approve", "-input=false", ...targets]);
    expect(harbor.problems()).toEqual([]);
    expect(ziti.problems()).toEqual([]);
    expect(gitlab.problems()).toEqual([]);
    expect(result.status === 0 ? "" : result.text).toBe("");
    expect(harbor.exchanges.length + ziti.exchanges.length + gitlab.exchanges.length).toBeGreaterThan(before);
  });

  test("GitLab's objects read back without changes", async () => {
    const gitlabTargets = targets.filter((flag) => {
      const [type, name] = flag.slice("-target=".length).split(".");
      return type === "restapi_object" && baseConfig().resource[type][name].provider === "restapi.gitlab";
    });
    const before = gitlab.exchanges.length;
    const plan = await tofu(["plan", "-detailed-exitcode", "-input=false", ...gitlabTargets]);
    expect(gitlab.problems()).toEqual([]);
    // 0: no changes (2 would be changes, 1 an error).
    expect(plan.status === 0 ? "" : plan.text).toBe("");
    expect(gitlab.exchanges.slice(before).every((e) => e.method === "GET")).toBe(true);
  });

  test("destroy: every DELETE validates", async () => {
    const result = await tofu(["destroy", "-auto-approve", "-input=false", ...targets]);
    applied = result.status !== 0;
    expect(harbor.problems()).toEqual([]);
    expect(ziti.problems()).toEqual([]);
    expect(gitlab.problems()).toEqual([]);
    expect(result.status === 0 ? "" : result.text).toBe("");
    expect(requestCounts(harbor, "/api/v2.0")["DELETE /projects/{id}"]).toBe(5);
    expect(requestCounts(ziti, "/edge/management/v1")["DELETE /edge-routers/{id}"]).toBe(3);
    const gitlabCounts = requestCounts(gitlab, "/api/v4");
    expect(gitlabCounts["DELETE /groups/{id}"]).toBe(2);
    for (const item of ["/projects/{id}", "/projects/{id}/members/{id}", "/runners/{id}"])
      expect(gitlabCounts[`DELETE ${item}`]).toBe(1);
    expect(unvalidatedRequests(gitlab)).toEqual([
      "DELETE /groups/{id}/access_tokens/{id}",
      "DELETE /users/{id}",
      "DELETE /users/{id}/keys/{id}",
      "GET /groups/{id}/access_tokens/{id}",
      "GET /users/{id}",
      "GET /users/{id}/keys/{id}",
      "POST /groups/{id}/access_tokens",
      "POST /users",
      "POST /users/{id}/keys",
    ]);
  });
});
