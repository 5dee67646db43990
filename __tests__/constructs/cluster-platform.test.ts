import { Release } from "@cdktf/provider-helm/lib/release";
import { ConfigMapV1 } from "@cdktf/provider-kubernetes/lib/config-map-v1";
import { SecretV1 } from "@cdktf/provider-kubernetes/lib/secret-v1";
import { DataVaultGenericSecret } from "@cdktf/provider-vault/lib/data-vault-generic-secret";
import { TerraformLocal, Testing } from "cdktf";
import { Construct } from "constructs";
import { parse } from "yaml";
import { ClusterPlatform, ClusterPlatformProps } from "../../constructs/cluster-platform";
import { argocdValues, bootstrapManifests, CHARTS, ciliumValues } from "../../gitops";
import { shippedModel } from "../../testing/model";

const model = shippedModel();
const kcs = model.clusters.find((c) => c.name === "kcs")!;
const kss = model.clusters.find((c) => c.name === "kss")!;
const url = `ssh://gitlab@gitlab.${model.site.domains.support}:2222/infra/homelab.git`;
const hostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleHostKeyOnlyForTests0000000000000000";

function props(cluster = kcs, overrides: Partial<ClusterPlatformProps> = {}): ClusterPlatformProps {
  return {
    cluster,
    kubeconfigPath: `.state/kubeconfig/${cluster.name}.yaml`,
    nodeNames: [cluster.master.hostname, ...cluster.workers.map((w) => w.hostname)],
    argocd: { chart: CHARTS.argocd, values: argocdValues(model, cluster) },
    cilium: { chart: CHARTS.cilium, values: ciliumValues(model, cluster) },
    repository: { url, hostPublicKey: hostKey, vaultNamespace: cluster.vault.namespace },
    manifests: bootstrapManifests(model, cluster),
    ...overrides,
  };
}

function synth(p: ClusterPlatformProps = props()): string {
  return Testing.synthScope((scope: Construct) => {
    new ClusterPlatform(scope, "platform", p);
  });
}

const resources = (out: string, type: string): Record<string, any> => JSON.parse(out).resource[type] ?? {};
const release = (out: string, name: string): any =>
  Object.values(resources(out, "helm_release")).find((r: any) => r.name === name);
const idOf = (out: string, type: string, match: (r: any) => boolean): string =>
  `${type}.${Object.entries(resources(out, type)).find(([, r]) => match(r))![0]}`;

describe("ClusterPlatform", () => {
  test("installs Cilium first on a Cilium cluster, pointed at the API server, with BGP control plane on", () => {
    const out = synth();
    const cilium = release(out, "cilium");
    expect(cilium).toMatchObject({
      chart: "cilium",
      namespace: "kube-system",
      version: CHARTS.cilium.version,
      repository: CHARTS.cilium.repoURL,
    });
    const values = parse(cilium.values[0]);
    // RKE2 runs without kube-proxy there: Cilium reaches the API server at the master itself.
    expect(values.k8sServiceHost).toBe(kcs.master.ip);
    expect(values.k8sServicePort).toBe(6443);
    expect(values.kubeProxyReplacement).toBe(true);
    expect(values.bgpControlPlane.enabled).toBe(true);
    expect(values.ipam.mode).toBe("kubernetes");
    // The values of Cilium's Application, so that ArgoCD adopts the release unchanged.
    expect(values).toEqual(ciliumValues(model, kcs));
  });

  test("has no Cilium on a Canal cluster, and still waits for its nodes", () => {
    const out = synth(props(kss));
    expect(release(out, "cilium")).toBeUndefined();
    const wait = Object.values(resources(out, "terraform_data")).find((r: any) => "nodes" in r.triggers_replace) as any;
    expect(wait.triggers_replace).toEqual({ nodes: "kss-master kss-worker-1 kss-worker-2 kss-worker-3" });
  });

  test("waits for every node by name after Cilium, and installs ArgoCD only then", () => {
    const out = synth();
    const [waitId, wait] = Object.entries(resources(out, "terraform_data")).find(
      ([, r]: [string, any]) => "nodes" in r.triggers_replace,
    ) as [string, any];
    expect(wait.triggers_replace.cilium).toMatch(/^\$\{helm_release\.[\w-]+\.metadata\.revision\}$/);
    const exec = wait.provisioner[0]["local-exec"];
    expect(exec.command).toContain("scripts/wait-nodes-ready.sh");
    expect(exec.environment).toMatchObject({
      HOMELAB_KUBECONFIG: "${path.module}/../../../.state/kubeconfig/kcs.yaml",
      HOMELAB_NODES: "kcs-master kcs-worker-1 kcs-worker-2 kcs-worker-3",
      HOMELAB_TIMEOUT_SECONDS: "600",
    });
    const ns = Object.values(resources(out, "kubernetes_namespace_v1"))[0] as any;
    expect(ns.depends_on).toEqual([`terraform_data.${waitId}`]);
    // ArgoCD's release goes into that namespace, so it follows the wait.
    expect(release(out, "argocd").namespace).toMatch(/^\$\{kubernetes_namespace_v1\.[\w-]+\.metadata\[0\]\.name\}$/);
  });

  test("installs ArgoCD at the version of the one list of chart versions, waiting for it", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(Release, {
      name: "argocd",
      chart: "argo-cd",
      repository: CHARTS.argocd.repoURL,
      version: CHARTS.argocd.version,
      wait: true,
    });
    const values = parse(release(out, "argocd").values[0]);
    // The known hosts ConfigMap is the stack's, with the pinned key, not the chart's list.
    expect(values.configs.ssh.create).toBe(false);
    // Otherwise the values of ArgoCD's self-managed Application.
    const managed = argocdValues(model, kcs) as any;
    expect(values.configs.params).toEqual(managed.configs.params);
    expect(values.configs.cm).toEqual(managed.configs.cm);
    expect({ ...values, configs: undefined }).toEqual({ ...managed, configs: undefined });
  });

  test("pins GitLab's host key as ArgoCD's only known host, with the SSH port", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(ConfigMapV1, {
      metadata: expect.objectContaining({ name: "argocd-ssh-known-hosts-cm" }),
      data: { ssh_known_hosts: `[gitlab.${model.site.domains.support}]:2222 \${trimspace("${hostKey}")}\n` },
    });
  });

  test("with the clone URL known only at apply time (GitLab reports it), the pinned host is the root Application's", () => {
    const out = Testing.synthScope((scope: Construct) => {
      const reported = new TerraformLocal(scope, "clone-url", "reported by GitLab").asString;
      new ClusterPlatform(scope, "platform", {
        ...props(),
        repository: { url: reported, hostPublicKey: hostKey, vaultNamespace: "kcs" },
      });
    });
    expect(out).toHaveResourceWithProperties(ConfigMapV1, {
      data: { ssh_known_hosts: `[gitlab.${model.site.domains.support}]:2222 \${trimspace("${hostKey}")}\n` },
    });
    expect((Object.values(resources(out, "kubernetes_secret_v1"))[0] as any).data.url).toBe("${local.clone-url}");
  });

  test("the repository Secret reads the SSH key from the cluster's Vault namespace and is not insecure", () => {
    const out = synth();
    expect(out).toHaveDataSourceWithProperties(DataVaultGenericSecret, {
      namespace: "kcs",
      path: "secret/gitlab/argocd",
    });
    const secret = Object.values(resources(out, "kubernetes_secret_v1"))[0] as any;
    expect(secret.metadata.labels).toEqual({ "argocd.argoproj.io/secret-type": "repository" });
    expect(secret.data.url).toBe(url);
    expect(secret.data.type).toBe("git");
    expect(secret.data.sshPrivateKey).toMatch(/^\$\{data\.vault_generic_secret\.[\w-]+\.data\.sshPrivateKey\}$/);
    expect(secret.data).not.toHaveProperty("insecure");
    expect(out).toHaveResourceWithProperties(SecretV1, { metadata: expect.objectContaining({ name: "repo-deploy" }) });
  });

  test("installs the AppProjects and the root Application as a local chart, after ArgoCD and its credentials", () => {
    const out = synth();
    const bootstrap = release(out, "argocd-bootstrap");
    expect(bootstrap.chart).toBe("${path.module}/../../../charts/argocd-bootstrap");
    const { manifests } = parse(bootstrap.values[0]);
    expect(manifests.map((m: any) => `${m.kind}/${m.metadata.name}`)).toEqual([
      "AppProject/bootstrap",
      "AppProject/platform",
      "AppProject/identity",
      "AppProject/applications",
      "AppProject/apps",
      "Application/root",
    ]);
    const crds = idOf(out, "terraform_data", (r) => "argocd" in r.triggers_replace);
    expect(bootstrap.depends_on.sort()).toEqual(
      [crds, idOf(out, "kubernetes_config_map_v1", () => true), idOf(out, "kubernetes_secret_v1", () => true)].sort(),
    );
    // …which waits until the API server serves the kinds the chart holds, after each ArgoCD release.
    const wait = resources(out, "terraform_data")[crds.split(".")[1]];
    expect(wait.triggers_replace.argocd).toMatch(/^\$\{helm_release\.[\w-]+\.metadata\.revision\}$/);
    expect(wait.provisioner[0]["local-exec"].command).toContain(
      "wait --for=condition=Established --timeout=120s crd/applications.argoproj.io crd/appprojects.argoproj.io",
    );
    // No resource that needs ArgoCD's CRDs at plan time.
    expect(JSON.parse(out).resource.kubernetes_manifest).toBeUndefined();
  });

  test("a chart mirror replaces every chart's repository; waiting for ArgoCD can be turned off", () => {
    const out = synth(props(kcs, { chartMirror: "http://127.0.0.1:8879", waitForArgocd: false }));
    expect(release(out, "cilium").repository).toBe("http://127.0.0.1:8879");
    expect(release(out, "argocd").repository).toBe("http://127.0.0.1:8879");
    expect(release(out, "argocd").wait).toBe(false);
  });

  test("model strings stay literal for OpenTofu in Helm values", () => {
    const manifests = bootstrapManifests(model, kcs) as any;
    manifests.appProjects[0].spec.description = "costs ${var.x} and %{ if true }";
    const out = synth(props(kcs, { manifests }));
    expect(release(out, "argocd-bootstrap").values[0]).toContain("costs $${var.x} and %%{ if true }");
  });

  test("rejects a repository URL that is not an SSH clone URL", () => {
    expect(() =>
      synth(
        props(kcs, {
          repository: { url: "https://gitlab.example.com/x.git", hostPublicKey: hostKey, vaultNamespace: "kcs" },
        }),
      ),
    ).toThrow(/repository\.url "https:\/\/gitlab\.example\.com\/x\.git" is not an SSH clone URL/);
  });

  test("rejects a host key that is not an ed25519 public key", () => {
    expect(() =>
      synth(props(kcs, { repository: { url, hostPublicKey: "ssh-rsa AAAA", vaultNamespace: "kcs" } })),
    ).toThrow(/repository\.hostPublicKey is not an OpenSSH ed25519 public key/);
  });

  test("rejects a Cilium cluster without the Cilium chart", () => {
    expect(() => synth(props(kcs, { cilium: undefined }))).toThrow(/cilium is missing/);
  });

  test("rejects an empty node list and a bad timeout", () => {
    expect(() => synth(props(kcs, { nodeNames: [], nodesReadyTimeoutSeconds: 0 }))).toThrow(
      /nodeNames is empty.*nodesReadyTimeoutSeconds 0 must be a positive whole number/,
    );
  });

  test("rejects a root Application whose project is not defined or that reads another repository", () => {
    const manifests = bootstrapManifests(model, kcs) as any;
    manifests.rootApplication.spec.project = "nope";
    manifests.rootApplication.spec.source.repoURL = "ssh://git@elsewhere:22/x.git";
    expect(() => synth(props(kcs, { manifests }))).toThrow(
      /project "nope", which manifests\.appProjects does not define.*does not read ssh:\/\/gitlab@gitlab/,
    );
  });
});
