import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { Testing } from "cdktf";
import { Construct } from "constructs";
import { Project } from "../../.gen/providers/harbor/project";
import { ObjectResource } from "../../.gen/providers/restapi/object-resource";
import { RestapiProvider, RestapiProviderConfig } from "../../.gen/providers/restapi/provider";
import { HarborClusterProject, HarborClusterProjectProps } from "../../constructs/harbor-cluster-project";
import { VaultCluster } from "../../constructs/vault-cluster";
import { VaultRoot } from "../../constructs/vault-root";
import { shippedModel } from "../../testing/model";

const kss = shippedModel().clusters.find((c) => c.name === "kss")!;
const registryUrl = "https://harbor.support.lab.example.com";

function synth(
  overrides: Partial<Omit<HarborClusterProjectProps, "vault" | "api">> = {},
  api: Partial<RestapiProviderConfig> = {},
): string {
  return Testing.synthScope((scope: Construct) => {
    const address = "https://vault.support.lab.example.com";
    const root = new VaultRoot(scope, "vault-root", { address, caCommonName: "Root", namespaces: ["kss"] });
    const vault = new VaultCluster(scope, "vault-cluster", { cluster: kss, root, address });
    const provider = new RestapiProvider(scope, "harbor-api", {
      uri: `${registryUrl}/api/v2.0`,
      createReturnsObject: true,
      ...api,
    });
    new HarborClusterProject(scope, "harbor", { cluster: kss, vault, api: provider, registryUrl, ...overrides });
  });
}

const resources = (out: string, type: string): Record<string, any>[] =>
  Object.values(JSON.parse(out).resource[type] ?? {});

describe("HarborClusterProject", () => {
  test("creates a private project named after the cluster, scanned on push", () => {
    expect(synth()).toHaveResourceWithProperties(Project, {
      name: "kss",
      public: "false",
      vulnerability_scanning: true,
      storage_quota: 0,
    });
  });

  test("creates a pull-only robot on that project", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(ObjectResource, { path: "/robots" });
    const [robot] = resources(out, "restapi_object");
    expect(robot.data).toContain('"name" = "kss-pull"');
    expect(robot.data).toContain('"namespace" = harbor_project.harbor_project_');
    expect(robot.data).toContain('"access" = [{"resource" = "repository", "action" = "pull"}]');
  });

  test("writes the robot's login to the cluster's own KV mount, in its namespace, at harbor/pull-robot", () => {
    expect(synth()).toHaveResourceWithProperties(KvSecretV2, {
      namespace: expect.stringMatching(/^\$\{vault_namespace\.vault-root_ns-kss_\w+\.path\}$/),
      mount: expect.stringMatching(/^\$\{vault_mount\.vault-cluster_kv_\w+\.path\}$/),
      name: "harbor/pull-robot",
      data_json: expect.stringMatching(
        /create_response\)\.secret, ""\), "registry" = "harbor\.support\.lab\.example\.com"/,
      ),
    });
  });

  test("refuses to write a robot whose secret is not in the state", () => {
    const [secret] = resources(synth(), "vault_kv_secret_v2");
    expect(secret.lifecycle.precondition[0].error_message).toMatch(
      /Harbor robot "kss-pull" has no secret in the state.*tofu apply -replace=restapi_object\.harbor_pull-robot_\w+$/,
    );
  });

  test("puts no credential into the configuration", () => {
    const [secret] = resources(synth(), "vault_kv_secret_v2");
    expect(secret.data_json).not.toMatch(/"password" = "/);
  });

  test("rejects a cluster name Harbor would refuse", () => {
    expect(() => synth({ cluster: { name: "KSS" } })).toThrow(/cluster\.name "KSS" is not a valid Harbor name/);
  });

  test("rejects the name of the project Harbor creates at installation", () => {
    expect(() => synth({ cluster: { name: "library" } })).toThrow(
      /cluster\.name "library" is the project Harbor creates/,
    );
  });

  test("rejects a registry URL that is not https", () => {
    expect(() => synth({ registryUrl: "http://harbor.example.com" })).toThrow(
      /registryUrl "http:\/\/harbor\.example\.com"/,
    );
  });

  test("rejects an api provider pointed elsewhere", () => {
    expect(() => synth({}, { uri: "https://harbor.example.com/api/v2.0" })).toThrow(/api has uri/);
  });

  test("rejects an api provider that does not read objects from POST answers", () => {
    expect(() => synth({}, { createReturnsObject: false })).toThrow(
      /api has neither createReturnsObject nor writeReturnsObject/,
    );
  });
});
