/**
 * `homelab up` on a homelab with a cluster (integration/up-fixture.ts): a support
 * stack whose state moves into a real MinIO, a `cluster` stack naming its
 * kubeconfig as a cluster's stack does, and a `platform` stack whose kubernetes
 * provider reads that kubeconfig and creates objects on a real kube-apiserver
 * (etcd and kube-controller-manager beside it). `up` must wait for the API
 * server before the platform stack: the kubeconfig does not exist until this
 * test writes it, once `up` says it waits for it.
 *
 * The API server calls Service ClusterIPs that would leave this machine, so it
 * runs in a loopback-only network namespace (integration/kube.ts), and with it
 * every client of it: MinIO, `up` (run by integration/up-driver.ts), OpenTofu
 * and its providers, and the CLI. Nothing here is reachable from outside that
 * namespace, and nothing inside it reaches anything else.
 */
import { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import manifest from "../toolchain/manifest.json";
import { REPO_ROOT } from "../testing/model";
import { KubeServer, startKubeApiServer } from "./kube";
import { MinioServer, startMinio } from "./servers";
import { toolPath } from "./toolchain";
import { FIXTURE_KUBECONFIG, FIXTURE_NAMESPACE, fixtureOutdir, fixtureVmSecrets, UpFixture } from "./up-fixture";

const kubernetesProvider = (
  manifest.entries.find((e) => e.name === "kubernetes" && e.kind === "provider") as unknown as {
    mirrorVersions: string[];
  }
).mirrorVersions[0];

let kube: KubeServer;
let minio: MinioServer;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-up-kube-"));
let fixture: UpFixture;
const kubeconfig = path.join(work, FIXTURE_KUBECONFIG);

beforeAll(async () => {
  kube = await startKubeApiServer();
  try {
    minio = await startMinio({ netns: kube.netns });
  } catch (e) {
    await kube.stop();
    throw e;
  }
  fixture = { work, minioEndpoint: minio.endpoint, slowSeconds: 0, kubernetesProvider };
  fs.mkdirSync(fixtureVmSecrets(fixture), { recursive: true });
  fs.writeFileSync(
    path.join(fixtureVmSecrets(fixture), "minio-root.env"),
    `MINIO_ROOT_USER=${minio.accessKey}\nMINIO_ROOT_PASSWORD=${minio.secretKey}\n`,
  );
});
afterAll(async () => {
  await minio?.stop();
  await kube?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

/** No credential in the environment up starts with, and a KUBECONFIG that is not the stack's. */
const baseEnv = () => ({
  HOMELAB_TOFU: toolPath("tofu"),
  KUBECONFIG: path.join(work, "not-this-one.yaml"),
  AWS_ACCESS_KEY_ID: "",
  AWS_SECRET_ACCESS_KEY: "",
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outcomes?: [string, string][];
}

/** `up` in the namespace; `onOutput` sees its progress as it comes. */
function up(waitSeconds: number, onOutput: (stdout: string) => void = () => undefined): Promise<Run> {
  const child: ChildProcess = kube.spawn(
    process.execPath,
    [path.join(REPO_ROOT, "scripts", "run.js"), path.join(__dirname, "up-driver.ts")],
    {
      cwd: work,
      env: { ...baseEnv(), HOMELAB_UP_FIXTURE: JSON.stringify(fixture), HOMELAB_UP_WAIT: String(waitSeconds) },
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => {
    stdout += d.toString();
    onOutput(stdout);
  });
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.once("close", (code) => {
      const last = /^outcomes: (.*)$/m.exec(stdout);
      resolve({ code, stdout, stderr, outcomes: last ? JSON.parse(last[1]) : undefined });
    }),
  );
}

/** The CLI as a user runs it, in the namespace, with the state backend's credentials exported. */
function cli(args: string[]) {
  return kube.exec(
    process.execPath,
    [path.join(REPO_ROOT, "bin", "homelab.js"), "--outdir", fixtureOutdir(fixture), ...args],
    {
      cwd: work,
      env: { ...baseEnv(), AWS_ACCESS_KEY_ID: minio.accessKey, AWS_SECRET_ACCESS_KEY: minio.secretKey },
      timeoutSeconds: 300,
    },
  );
}

const writeKubeconfig = (edit: (text: string) => string = (t) => t) => {
  fs.mkdirSync(path.dirname(kubeconfig), { recursive: true });
  fs.writeFileSync(kubeconfig, edit(fs.readFileSync(kube.kubeconfigPath, "utf8")), { mode: 0o600 });
};

test("up waits for the cluster's API server, then applies the platform stack on it", async () => {
  // Everything involved is in a namespace with nothing but loopback.
  expect(kube.network().links).toHaveLength(1);
  const waiting = `platform: waiting for the Kubernetes API server in ${FIXTURE_KUBECONFIG} (kubernetes)`;
  let written = false;
  const run = await up(120, (out) => {
    if (!written && out.includes(waiting)) {
      written = true;
      writeKubeconfig();
    }
  });
  if (run.code !== 0) throw new Error(`up failed:\n${run.stdout}\n${run.stderr}`);
  expect(written).toBe(true);
  expect(run.outcomes).toEqual([
    ["support", "no changes"],
    ["cluster", "applied"],
    ["platform", "applied"],
  ]);
  expect(run.stdout).toMatch(new RegExp(`${waiting.replace(/[()[\]]/g, "\\$&")}: ready`));
  expect(run.stdout.indexOf(waiting)).toBeLessThan(run.stdout.indexOf("platform: credentials"));
  const configMap = JSON.parse(
    kube.kubectl(["-n", FIXTURE_NAMESPACE, "get", "configmap", "homelab-up", "-o", "json"]).stdout,
  );
  expect(configMap.data).toEqual({ up: "yes" });
  const objects = minio.mc(["ls", "--recursive", "local/tofu-state"]).stdout.toString();
  expect(objects).toMatch(/platform\/terraform\.tfstate/);
  // The kubeconfig's token reached no log.
  const token = /"token":"([^"]+)"/.exec(fs.readFileSync(kubeconfig, "utf8"))![1];
  for (const f of fs.readdirSync(path.join(work, "logs")))
    expect(fs.readFileSync(path.join(work, "logs", f), "utf8")).not.toContain(token);
  expect(run.stdout + run.stderr).not.toContain(token);
});

test("a second up changes nothing", async () => {
  const run = await up(30);
  if (run.code !== 0) throw new Error(`up failed:\n${run.stdout}\n${run.stderr}`);
  expect(run.outcomes).toEqual([
    ["support", "no changes"],
    ["cluster", "no changes"],
    ["platform", "no changes"],
  ]);
});

test("status: the stacks applied, and the cluster's API server asked through the cluster stack's kubeconfig", () => {
  const r = cli(["status", "--json"]);
  if (r.status !== 0) throw new Error(`homelab status failed:\n${r.stderr}`);
  const report = JSON.parse(r.stdout);
  expect(report.stacks.map((s: any) => [s.stack, s.state])).toEqual([
    ["support", "applied"],
    ["cluster", "applied"],
    ["platform", "applied"],
  ]);
  // An API server without kubelets has no nodes.
  expect(report.clusters).toMatchObject([
    { stack: "cluster", kubeconfig: FIXTURE_KUBECONFIG, nodes: { ready: 0, total: 0, notReady: [] } },
  ]);
});

test("credentials the API server refuses: up waits, then stops with that reason, changing nothing", async () => {
  writeKubeconfig((t) => t.replace(/"token":"[^"]+"/, '"token":"not-a-known-token"'));
  try {
    const run = await up(5);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /the Kubernetes API server in \S+lab\.yaml \(kubernetes, for platform\) was not ready after 5 s \(the API server https:\/\/127\.0\.0\.1:\d+ does not accept the kubeconfig's credentials \(401\)\)/,
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
  } finally {
    writeKubeconfig();
  }
});

test("destroy --yes in reverse order leaves nothing on the API server and nothing in any state", () => {
  const r = cli(["destroy", "--yes"]);
  if (r.status !== 0) throw new Error(`homelab destroy failed:\n${r.stdout}\n${r.stderr}`);
  expect(r.stdout.indexOf("platform")).toBeLessThan(r.stdout.indexOf("cluster"));
  const ns = kube.kubectl(["get", "namespace", FIXTURE_NAMESPACE]);
  expect(ns.status).not.toBe(0);
  expect(ns.stderr).toMatch(/NotFound/);
  for (const stack of ["support", "cluster", "platform"]) {
    const state = JSON.parse(minio.mc(["cat", `local/tofu-state/${stack}/terraform.tfstate`]).stdout.toString());
    expect([stack, state.resources]).toEqual([stack, []]);
  }
});
