/**
 * The platform stacks of both shipped clusters, applied with real OpenTofu and
 * the helm, kubernetes and vault providers against a real kube-apiserver (with
 * etcd and kube-controller-manager) and OpenBao, all inside one loopback-only
 * network namespace (integration/kube.ts), one cluster after the other:
 *
 * - `support`'s generated keys and `base`'s Vault part are applied first (local state),
 *   so the platform stack reads them through its remote state as it does in use;
 * - charts come from a Helm repository served on 127.0.0.1 in the namespace:
 *   the real Cilium chart at the pinned version (from the Cilium Go module zip,
 *   toolchain `charts/`), and for ArgoCD, whose argo-helm chart cannot be
 *   obtained here, a test chart named `argo-cd` at `CHARTS.argocd.version` whose
 *   content is ArgoCD's own `manifests/cluster-install` (kustomize, from the
 *   argo-cd module zip: the real CRDs, RBAC and workloads), which honours
 *   `configs.ssh.create` for the known hosts ConfigMap as the chart does;
 * - the nodes the model names are registered as Node objects marked Ready.
 *
 * There is no kubelet or scheduler: nothing runs. What is checked is what the
 * API server holds: the releases, the CRDs they brought, the pinned known
 * hosts, the repository Secret with the key from Vault, the AppProjects and
 * the root Application; then a second plan with no changes, and a destroy that
 * leaves nothing behind.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { stringify } from "yaml";
import { CHARTS, deployRepoUrl } from "../gitops";
import { addHomelabStacks } from "../stacks";
import { shippedModel } from "../testing/model";
import { KubeServer, startKubeApiServer } from "./kube";
import { secret } from "./servers";
import { serviceTargets } from "./targets";
import { toolDir, toolPath } from "./toolchain";

const REPO_ROOT = path.resolve(__dirname, "..");
const model = shippedModel();
// The stacks refer to the repository as `${path.module}/../../..`: a directory of its own holds
// the output, the chart and scripts the stacks use, and the kubeconfigs the cluster stacks fetch.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-platform-"));
const outdir = path.join(root, "out");
const stackDir = (stack: string) => path.join(outdir, "stacks", stack);
/** Each stack's local state file. */
const stateOf = (stack: string) => path.join(root, `${stack}.tfstate`);
const passphrase = `it-${secret(12)}`;
const baoToken = secret();
const baoPort = 18200 + Math.floor(Math.random() * 1000);
const repoPort = 18879 + Math.floor(Math.random() * 100);
const chartRepo = `http://127.0.0.1:${repoPort}`;
let kube: KubeServer;
let env: Record<string, string>;

function tofuIn(stack: string, args: readonly string[]) {
  return kube.exec(toolPath("tofu"), [`-chdir=${stackDir(stack)}`, ...args], { env, timeoutSeconds: 900 });
}
function tofuOkIn(stack: string, args: readonly string[]) {
  const result = tofuIn(stack, args);
  if (result.status !== 0) throw new Error(`tofu ${args.join(" ")} in ${stack}:\n${result.stdout}\n${result.stderr}`);
  return result;
}
const kubectlJson = (args: string[]) => JSON.parse(kube.execOk(toolPath("kubectl"), [...args, "-o", "json"]).stdout);
const bao = (args: string[]) =>
  kube.exec(toolPath("bao"), args, { env: { BAO_ADDR: `http://127.0.0.1:${baoPort}`, BAO_TOKEN: baoToken } });

/** Points a stack at local state and the OpenBao in the namespace, as an operator's override file would. */
function override(stack: string): void {
  const config = JSON.parse(fs.readFileSync(path.join(stackDir(stack), "cdk.tf.json"), "utf8"));
  const file: Record<string, unknown> = {
    terraform: { backend: { local: { path: stateOf(stack) } } },
    provider: { vault: { address: `http://127.0.0.1:${baoPort}` } },
  };
  const remote = config.data?.terraform_remote_state ?? {};
  if (Object.keys(remote).length > 0)
    file.data = {
      terraform_remote_state: Object.fromEntries(
        Object.keys(remote).map((name) => [
          name,
          { backend: "local", config: { path: stateOf(name.replace(/^cross-stack-reference-input-/, "")) } },
        ]),
      ),
    };
  // GitLab does not run here, so base's project (whose clone URL GitLab reports) is never made:
  // the platform stacks get the URL GitLab would report, and the key is put into Vault below.
  if (stack.endsWith("-platform")) file.locals = { "from-base-deploy-clone-url": deployRepoUrl(model.site) };
  fs.writeFileSync(path.join(stackDir(stack), "zz_test_override.tf.json"), JSON.stringify(file));
}

/** The Helm repository: the real Cilium chart and the ArgoCD test chart, packaged and indexed. */
function buildChartRepository(): string {
  const repo = path.join(root, "charts-repo");
  const build = path.join(root, "chart-build");
  fs.mkdirSync(repo);
  const helm = (args: string[]) => kube.execOk(toolPath("helm"), args, { cwd: root });
  const cilium = path.join(toolDir("charts"), "cilium", `v${CHARTS.cilium.version}`, "cilium");
  helm(["package", cilium, "--version", CHARTS.cilium.version, "-d", repo]);

  const argocdSources = fs
    .readdirSync(path.join(toolDir("sources"), "argo-cd"))
    .map((v) => path.join(toolDir("sources"), "argo-cd", v, "manifests", "cluster-install"))[0];
  const install = kube.execOk(toolPath("kustomize"), ["build", argocdSources]).stdout;
  const docs = install.split(/^---$/m).filter((d) => d.trim());
  const isKnownHosts = (d: string) => /^kind: ConfigMap$/m.test(d) && /name: argocd-ssh-known-hosts-cm$/m.test(d);
  const chart = path.join(build, "argo-cd");
  fs.mkdirSync(path.join(chart, "files"), { recursive: true });
  fs.mkdirSync(path.join(chart, "templates"));
  fs.writeFileSync(
    path.join(chart, "Chart.yaml"),
    stringify({
      apiVersion: "v2",
      name: CHARTS.argocd.chart,
      version: CHARTS.argocd.version,
      description: "Test chart: ArgoCD's manifests/cluster-install, for the slow tier only",
    }),
  );
  fs.writeFileSync(path.join(chart, "values.yaml"), stringify({ configs: { ssh: { create: true } } }));
  fs.writeFileSync(path.join(chart, "files", "install.yaml"), docs.filter((d) => !isKnownHosts(d)).join("\n---\n"));
  fs.writeFileSync(path.join(chart, "files", "known-hosts.yaml"), docs.filter(isKnownHosts).join("\n---\n"));
  // Files are not templates: ArgoCD's manifests go in unchanged.
  fs.writeFileSync(path.join(chart, "templates", "install.yaml"), '{{ .Files.Get "files/install.yaml" }}\n');
  fs.writeFileSync(
    path.join(chart, "templates", "known-hosts.yaml"),
    '{{- if .Values.configs.ssh.create }}\n{{ .Files.Get "files/known-hosts.yaml" }}\n{{- end }}\n',
  );
  helm(["package", chart, "-d", repo]);
  helm(["repo", "index", repo, "--url", chartRepo]);
  return repo;
}

async function until(what: string, check: () => boolean, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Registers the cluster's nodes and marks them Ready, as their kubelets would. */
function registerNodes(names: string[]): void {
  for (const name of names) {
    kube.execOk(toolPath("kubectl"), ["apply", "-f", "-"], {
      input: JSON.stringify({ apiVersion: "v1", kind: "Node", metadata: { name } }),
    });
    const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
    kube.execOk(toolPath("kubectl"), [
      "patch",
      "node",
      name,
      "--subresource=status",
      "--type=merge",
      "-p",
      JSON.stringify({
        status: {
          conditions: [
            {
              type: "Ready",
              status: "True",
              reason: "KubeletReady",
              message: "test",
              lastHeartbeatTime: now,
              lastTransitionTime: now,
            },
          ],
        },
      }),
    ]);
  }
}

beforeAll(
  async () => {
    kube = await startKubeApiServer();
    env = { TF_VAR_state_passphrase: passphrase, VAULT_TOKEN: baoToken, TF_IN_AUTOMATION: "1", NO_COLOR: "1" };

    kube.spawn(toolPath("bao"), [
      "server",
      "-dev",
      `-dev-root-token-id=${baoToken}`,
      `-dev-listen-address=127.0.0.1:${baoPort}`,
    ]);
    await until("OpenBao", () => bao(["status"]).status === 0);

    buildChartRepository();
    kube.spawn("python3", [
      "-m",
      "http.server",
      String(repoPort),
      "--bind",
      "127.0.0.1",
      "--directory",
      path.join(root, "charts-repo"),
    ]);
    await until(
      "the chart repository",
      () =>
        kube.exec("python3", ["-c", `import urllib.request; urllib.request.urlopen("${chartRepo}/index.yaml")`])
          .status === 0,
    );

    fs.symlinkSync(path.join(REPO_ROOT, "charts"), path.join(root, "charts"));
    fs.symlinkSync(path.join(REPO_ROOT, "scripts"), path.join(root, "scripts"));
    fs.mkdirSync(path.join(root, ".state", "kubeconfig"), { recursive: true });
    for (const c of model.clusters)
      fs.copyFileSync(kube.kubeconfigPath, path.join(root, ".state", "kubeconfig", `${c.name}.yaml`));

    // The providers the mirror holds (integration/run.sh sets this for every synth of the tier).
    process.env.HOMELAB_PROVIDER_VERSIONS = "mirror";
    const app = new App({ outdir, skipValidation: false });
    addHomelabStacks(app, model, {
      supportBackend: "local",
      platform: { chartMirror: chartRepo, waitForArgocd: false },
    });
    app.synth();
    for (const stack of ["support", "base", "kcs-platform", "kss-platform"]) override(stack);

    // GitLab's host key (generated with the support VM's secrets), then base's Vault namespaces
    // and mounts with the deploy repository's key in them.
    tofuOkIn("support", ["init", "-input=false"]);
    tofuOkIn("support", [
      "apply",
      "-auto-approve",
      "-input=false",
      ...serviceTargets(stackDir("support"), ["tls_", "random_"]),
    ]);
    tofuOkIn("base", ["init", "-input=false"]);
    tofuOkIn("base", [
      "apply",
      "-auto-approve",
      "-input=false",
      ...serviceTargets(stackDir("base"), ["vault_", "tls_"]),
    ]);
    // What base's GitLab part writes for each cluster once GitLab answers: Argo CD's key and the clone URL.
    const keyFile = path.join(root, "argocd-key");
    execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "argocd", "-f", keyFile]);
    for (const c of model.clusters) {
      const put = bao([
        "kv",
        "put",
        `-namespace=${c.vault.namespace}`,
        "-mount=secret",
        "gitlab/argocd",
        `sshPrivateKey=@${keyFile}`,
        `url=${deployRepoUrl(model.site)}`,
      ]);
      if (put.status !== 0) throw new Error(`bao kv put failed:\n${put.stdout}\n${put.stderr}`);
    }
  },
  30 * 60 * 1000,
);

afterAll(async () => {
  for (const stack of ["kcs-platform", "kss-platform"])
    if (kube && fs.existsSync(path.join(stackDir(stack), ".terraform")))
      tofuIn(stack, ["destroy", "-auto-approve", "-input=false"]);
  await kube?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

describe.each(model.clusters.map((c) => [c.name, c] as const))("%s-platform", (name, cluster) => {
  const stack = `${name}-platform`;
  const nodes = [cluster.master.hostname, ...cluster.workers.map((w) => w.hostname)];

  test("applies whole with a plain tofu apply once the nodes are Ready", () => {
    registerNodes(nodes);
    tofuOkIn(stack, ["init", "-input=false"]);
    const result = tofuOkIn(stack, ["apply", "-auto-approve", "-input=false"]);
    expect(result.stdout + result.stderr).toContain(`wait-nodes-ready: ${[...nodes].sort().join(" ")} Ready`);
  });

  test("the releases are installed, Cilium first where the cluster runs it", () => {
    const releases = JSON.parse(kube.execOk(toolPath("helm"), ["list", "-A", "-o", "json"]).stdout) as {
      name: string;
      namespace: string;
      chart: string;
      status: string;
    }[];
    const summary = releases.map((r) => `${r.namespace}/${r.name} ${r.chart} ${r.status}`).sort();
    expect(summary).toEqual(
      [
        `argocd/argocd argo-cd-${CHARTS.argocd.version} deployed`,
        "argocd/argocd-bootstrap argocd-bootstrap-1.0.0 deployed",
        ...(cluster.cni === "cilium" ? [`kube-system/cilium cilium-${CHARTS.cilium.version} deployed`] : []),
      ].sort(),
    );
    if (cluster.cni === "cilium") {
      const config = kubectlJson(["get", "configmap", "cilium-config", "-n", "kube-system"]).data;
      expect(config["kube-proxy-replacement"]).toBe("true");
      expect(config["enable-bgp-control-plane"]).toBe("true");
      // Kube-proxy replacement talks to the API server at the master itself.
      const agent = JSON.stringify(kubectlJson(["get", "daemonset", "cilium", "-n", "kube-system"]).spec);
      expect(`${agent} ${JSON.stringify(config)}`).toContain(cluster.master.ip);
    }
    for (const crd of ["applications.argoproj.io", "appprojects.argoproj.io"])
      expect(kubectlJson(["get", "crd", crd]).status.conditions).toContainEqual(
        expect.objectContaining({ type: "Established", status: "True" }),
      );
  });

  test("ArgoCD trusts only GitLab's pinned host key", () => {
    const outputs = JSON.parse(tofuOkIn("support", ["output", "-json"]).stdout);
    const hostKey = Object.entries(outputs).find(([k]) => k.includes("gitlab-ssh-host-key"))![1] as { value: string };
    const cm = kubectlJson(["get", "configmap", "argocd-ssh-known-hosts-cm", "-n", "argocd"]);
    expect(cm.data.ssh_known_hosts).toBe(`[gitlab.${model.site.domains.support}]:2222 ${hostKey.value.trim()}\n`);
    // The stack's ConfigMap, not the chart's list of public hosts.
    expect(cm.metadata.labels["app.kubernetes.io/managed-by"]).toBeUndefined();
  });

  test("the repository Secret holds the deploy key from the cluster's Vault namespace", () => {
    const secretObject = kubectlJson(["get", "secret", "repo-deploy", "-n", "argocd"]);
    expect(secretObject.metadata.labels["argocd.argoproj.io/secret-type"]).toBe("repository");
    const data = Object.fromEntries(
      Object.entries(secretObject.data as Record<string, string>).map(([k, v]) => [
        k,
        Buffer.from(v, "base64").toString(),
      ]),
    );
    const stored = JSON.parse(
      bao(["kv", "get", "-format=json", `-namespace=${cluster.vault.namespace}`, "-mount=secret", "gitlab/argocd"])
        .stdout,
    ).data.data;
    expect(data).toEqual({ type: "git", url: stored.url, sshPrivateKey: stored.sshPrivateKey });
    expect(data.sshPrivateKey).toMatch(/^-----BEGIN OPENSSH PRIVATE KEY-----/);
    expect(data).not.toHaveProperty("insecure");
  });

  test("the AppProjects and the root Application are in place, reading the deploy branch", () => {
    const projects = kubectlJson(["get", "appprojects", "-n", "argocd"]).items.map((p: any) => p.metadata.name);
    expect(projects).toEqual(expect.arrayContaining(["bootstrap"]));
    const rootApp = kubectlJson(["get", "application", "root", "-n", "argocd"]);
    expect(rootApp.spec.project).toBe("bootstrap");
    expect(rootApp.spec.source).toMatchObject({
      repoURL: `ssh://gitlab@gitlab.${model.site.domains.support}:2222/infra/${model.site.git.projectName}.git`,
      targetRevision: "deploy",
      path: `clusters/${name}/apps`,
    });
  });

  test("homelab status tells the cluster's nodes and its ArgoCD applications from the API server", () => {
    // No application controller runs here: the root Application gets the status one would write.
    kube.execOk(toolPath("kubectl"), [
      "patch",
      "application",
      "root",
      "-n",
      "argocd",
      "--type=merge",
      "-p",
      JSON.stringify({ status: { sync: { status: "Synced" }, health: { status: "Progressing" } } }),
    ]);
    const cli = (json: boolean) =>
      kube.execOk(
        process.execPath,
        [path.join(REPO_ROOT, "bin", "homelab.js"), "--outdir", outdir, "status", ...(json ? ["--json"] : []), name],
        { cwd: root, env: { ...env, HOMELAB_TOFU: toolPath("tofu") } },
      ).stdout;
    const report = JSON.parse(cli(true));
    expect(report.clusters).toEqual([
      {
        stack: name,
        kubeconfig: `.state/kubeconfig/${name}.yaml`,
        nodes: { ready: nodes.length, total: nodes.length, notReady: [] },
        applications: [{ name: "root", sync: "Synced", health: "Progressing" }],
      },
    ]);
    expect(cli(false)).toMatch(
      new RegExp(
        `Cluster ${name}: nodes ${nodes.length}/${nodes.length} Ready\\n  ArgoCD: 0/1 applications Synced and Healthy\\n    root: Synced, Progressing`,
      ),
    );
  });

  test("a second plan shows no changes", () => {
    const plan = tofuIn(stack, ["plan", "-input=false", "-detailed-exitcode"]);
    expect(plan.stdout).toContain("No changes.");
    expect(plan.status).toBe(0);
  });

  test("destroy leaves nothing of the platform behind", async () => {
    tofuOkIn(stack, ["destroy", "-auto-approve", "-input=false"]);
    expect(JSON.parse(kube.execOk(toolPath("helm"), ["list", "-A", "-o", "json"]).stdout)).toEqual([]);
    await until("namespace argocd to go", () => kube.kubectl(["get", "namespace", "argocd"]).status !== 0, 120);
    expect(kube.kubectl(["get", "crd", "applications.argoproj.io"]).status).not.toBe(0);
    expect(kube.kubectl(["get", "daemonset", "-n", "kube-system", "-o", "name"]).stdout.trim()).toBe("");
    for (const node of nodes) kube.execOk(toolPath("kubectl"), ["delete", "node", node]);
  });
});
