/**
 * The helm, kubernetes and kubectl providers the toolchain builds, driven by the real
 * OpenTofu against the test API server (all inside its loopback-only namespace): they
 * install from the offline mirror only under their own versions, apply, re-plan with no
 * changes and destroy. See toolchain/NOTES.md, "helm and kubernetes providers".
 */
import * as fs from "node:fs";
import * as path from "node:path";
import manifest from "../toolchain/manifest.json";
import { KubeServer, startKubeApiServer } from "./kube";
import { toolPath } from "./toolchain";

const entry = (name: string) =>
  manifest.entries.find((e) => e.name === name && e.kind === "provider") as unknown as {
    version: string;
    mirrorVersions: string[];
  };

function config(dir: string, kubeconfig: string, versions: { helm: string; kubernetes: string; kubectl: string }) {
  return {
    terraform: {
      required_providers: {
        helm: { source: "hashicorp/helm", version: versions.helm },
        kubernetes: { source: "hashicorp/kubernetes", version: versions.kubernetes },
        kubectl: { source: "gavinbunney/kubectl", version: versions.kubectl },
      },
    },
    provider: {
      helm: { kubernetes: { config_path: kubeconfig } },
      kubernetes: { config_path: kubeconfig },
      kubectl: { config_path: kubeconfig, load_config_file: true },
    },
    resource: {
      kubernetes_namespace_v1: { check: { metadata: { name: "provider-check" } } },
      helm_release: {
        chart: {
          name: "check",
          chart: path.join(dir, "chart"),
          namespace: "${kubernetes_namespace_v1.check.metadata[0].name}",
          wait: false,
        },
      },
      kubectl_manifest: {
        config: {
          server_side_apply: true,
          yaml_body: JSON.stringify({
            apiVersion: "v1",
            kind: "ConfigMap",
            metadata: { name: "provider-check", namespace: "provider-check" },
            data: { key: "value" },
          }),
          depends_on: ["kubernetes_namespace_v1.check"],
        },
      },
    },
  };
}

describe("helm, kubernetes and kubectl providers from the mirror", () => {
  let kube: KubeServer;
  let dir: string;
  const tofu = (args: string[]) => kube.exec(toolPath("tofu"), [`-chdir=${dir}`, ...args], { timeoutSeconds: 600 });

  beforeAll(async () => {
    kube = await startKubeApiServer();
    dir = path.join(kube.dir, "providers");
    fs.mkdirSync(dir);
    // A chart of our own (helm create's skeleton): the point here is the provider, not a chart.
    const created = kube.exec(toolPath("helm"), ["create", path.join(dir, "chart")]);
    if (created.status !== 0) throw new Error(created.stderr);
  });

  afterAll(async () => {
    await kube?.stop();
  });

  test("the releases the stacks pin are not in the mirror: init fails instead of substituting the builds", () => {
    fs.writeFileSync(
      path.join(dir, "main.tf.json"),
      JSON.stringify(
        config(dir, kube.kubeconfigPath, {
          helm: entry("helm").version,
          kubernetes: entry("kubernetes").version,
          kubectl: entry("kubectl").version,
        }),
      ),
    );
    const init = tofu(["init", "-input=false", "-no-color"]);
    expect(init.status).not.toBe(0);
    expect(init.stdout + init.stderr).toMatch(/hashicorp\/(helm|kubernetes)/);
    fs.rmSync(path.join(dir, ".terraform"), { recursive: true, force: true });
    fs.rmSync(path.join(dir, ".terraform.lock.hcl"), { force: true });
  });

  test("with the mirror versions: apply, a re-plan without changes, destroy", () => {
    fs.writeFileSync(
      path.join(dir, "main.tf.json"),
      JSON.stringify(
        config(dir, kube.kubeconfigPath, {
          helm: entry("helm").mirrorVersions[0],
          kubernetes: entry("kubernetes").mirrorVersions[0],
          kubectl: entry("kubectl").mirrorVersions[0],
        }),
      ),
    );
    const init = tofu(["init", "-input=false", "-no-color"]);
    expect(init.stderr).toBe("");
    const apply = tofu(["apply", "-auto-approve", "-input=false", "-no-color"]);
    expect(apply.stderr).toBe("");
    expect(
      kube.kubectl(["get", "configmap", "provider-check", "-n", "provider-check", "-o", "jsonpath={.data.key}"]).stdout,
    ).toBe("value");
    expect(kube.kubectl(["get", "deployment", "-n", "provider-check", "-o", "name"]).stdout).toMatch(/deployment/);
    const plan = tofu(["plan", "-detailed-exitcode", "-input=false", "-no-color"]);
    expect({ status: plan.status, stderr: plan.stderr }).toEqual({ status: 0, stderr: "" });
    const destroy = tofu(["destroy", "-auto-approve", "-input=false", "-no-color"]);
    expect(destroy.stderr).toBe("");
    const gone = kube.kubectl(["get", "namespace", "provider-check"]);
    expect(gone.stderr).toMatch(/NotFound/);
  });
});
