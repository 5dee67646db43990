import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { Testing } from "cdktf";
import { Construct } from "constructs";
import { Project } from "../../.gen/providers/harbor/project";
import { Registry } from "../../.gen/providers/harbor/registry";
import { ObjectResource } from "../../.gen/providers/restapi/object-resource";
import { RestapiProvider, RestapiProviderConfig } from "../../.gen/providers/restapi/provider";
import { HarborRegistry, HarborRegistryProps } from "../../constructs/harbor-registry";
import { VaultCluster } from "../../constructs/vault-cluster";
import { VaultRoot } from "../../constructs/vault-root";
import { shippedModel } from "../../testing/model";

const registryUrl = "https://harbor.support.lab.example.com";

function synth(
  overrides: Partial<Omit<HarborRegistryProps, "root" | "api">> = {},
  api: Partial<RestapiProviderConfig> = {},
): string {
  return Testing.synthScope((scope: Construct) => {
    const root = new VaultRoot(scope, "vault-root", {
      address: "https://vault.example.com",
      caCommonName: "Root",
      namespaces: ["kss"],
    });
    const provider = new RestapiProvider(scope, "harbor-api", {
      alias: "harbor",
      uri: `${registryUrl}/api/v2.0`,
      createReturnsObject: true,
      ...api,
    });
    new HarborRegistry(scope, "harbor", { root, api: provider, registryUrl, ...overrides });
  });
}

type Resources = Record<string, Record<string, any>>;
const resources = (out: string, type: string): Record<string, any>[] =>
  Object.values((JSON.parse(out).resource as Resources)[type] ?? {});

describe("HarborRegistry", () => {
  test("creates the private apps project, scanned on push, leaving the quota to Harbor", () => {
    expect(synth()).toHaveResourceWithProperties(Project, {
      name: "apps",
      public: "false",
      vulnerability_scanning: true,
      storage_quota: 0,
    });
  });

  test("caches docker.io, ghcr.io, quay.io and gcr.io in public projects that the nodes' mirrors name", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(Registry, {
      name: "docker.io",
      provider_name: "docker-hub",
      endpoint_url: "https://hub.docker.com",
    });
    for (const name of ["ghcr.io", "quay.io", "gcr.io"])
      expect(out).toHaveResourceWithProperties(Registry, {
        name,
        provider_name: "docker-registry",
        endpoint_url: `https://${name}`,
      });
    const caches = resources(out, "harbor_project").filter((p) => p.registry_id);
    expect(caches.map((p) => p.name).sort()).toEqual(["docker.io", "gcr.io", "ghcr.io", "quay.io"]);
    expect(caches.every((p) => p.public === "true")).toBe(true);
    expect(out).toHaveResourceWithProperties(Project, {
      name: "quay.io",
      registry_id: expect.stringMatching(/^\$\{harbor_registry\.harbor_quayio-endpoint_\w+\.registry_id\}$/),
    });
  });

  test("takes the list of proxy caches from props", () => {
    const out = synth({
      proxyCaches: [
        { name: "registry.k8s.io", providerName: "docker-registry", endpointUrl: "https://registry.k8s.io" },
      ],
    });
    expect(resources(out, "harbor_registry").map((r) => r.name)).toEqual(["registry.k8s.io"]);
  });

  test("creates a push and a pull robot on the apps project through Harbor's robot v2 API", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(ObjectResource, { path: "/robots", provider: "restapi.harbor" });
    const robots = resources(out, "restapi_object");
    expect(robots).toHaveLength(2);
    for (const robot of robots) {
      expect(robot.force_new).toEqual([robot.data]);
      expect(robot.data).toContain('"namespace" = harbor_project.harbor_apps_');
    }
    const push = robots.find((r) => r.data.includes('"name" = "apps-push"'));
    const pull = robots.find((r) => r.data.includes('"name" = "apps-pull"'));
    expect(push?.data).toContain('"action" = "push"');
    expect(pull?.data).not.toContain('"action" = "push"');
    expect(pull?.data).toContain('"action" = "pull"');
  });

  test("writes each robot's login to the site KV at harbor/robots/<robot>", () => {
    expect(synth()).toHaveResourceWithProperties(KvSecretV2, {
      mount: expect.stringMatching(/^\$\{vault_mount\.vault-root_site-kv_\w+\.path\}$/),
      name: "harbor/robots/apps-push",
      data_json: expect.stringMatching(
        /"username" = try\(jsondecode\(restapi_object\.harbor_push-robot_\w+\.create_response\)\.name, ""\), "password" = try\(jsondecode\(restapi_object\.harbor_push-robot_\w+\.create_response\)\.secret, ""\), "registry" = "harbor\.support\.lab\.example\.com"/,
      ),
    });
  });

  test("gives a cluster the pull robot in its own namespace's KV mount, copied from the site-wide secret", () => {
    const kss = shippedModel().clusters.find((c) => c.name === "kss")!;
    const out = Testing.synthScope((scope: Construct) => {
      const root = new VaultRoot(scope, "vault-root", {
        address: "https://vault.example.com",
        caCommonName: "Root",
        namespaces: ["kss"],
      });
      const api = new RestapiProvider(scope, "harbor-api", {
        uri: `${registryUrl}/api/v2.0`,
        createReturnsObject: true,
      });
      const harbor = new HarborRegistry(scope, "harbor", { root, api, registryUrl });
      const vault = new VaultCluster(scope, "vault-cluster", {
        cluster: kss,
        root,
        address: "https://vault.example.com",
      });
      harbor.grantClusterPull(vault);
    });
    expect(out).toHaveResourceWithProperties(KvSecretV2, {
      namespace: expect.stringMatching(/^\$\{vault_namespace\.vault-root_ns-kss_\w+\.path\}$/),
      mount: expect.stringMatching(/^\$\{vault_mount\.vault-cluster_kv_\w+\.path\}$/),
      name: "harbor/apps-pull",
      // The same {username, password, registry} as the site-wide secret of the pull robot, never the push robot's.
      data_json: expect.stringMatching(/^\$\{vault_kv_secret_v2\.harbor_pull-robot-secret_\w+\.data_json\}$/),
    });
  });

  test("refuses to write a robot whose secret is not in the state, naming the replacement", () => {
    const secrets = resources(synth(), "vault_kv_secret_v2").filter((s) => s.name === "harbor/robots/apps-pull");
    const [check] = secrets[0].lifecycle.precondition;
    expect(check.condition).toMatch(
      /\("" != try\(jsondecode\(restapi_object\.harbor_pull-robot_\w+\.create_response\)\.secret, ""\)\)/,
    );
    expect(check.error_message).toMatch(/tofu apply -replace=restapi_object\.harbor_pull-robot_\w+$/);
  });

  test("puts no credential into the configuration", () => {
    const out = synth();
    for (const secret of resources(out, "vault_kv_secret_v2").filter((s) => s.name.startsWith("harbor/")))
      expect(secret.data_json).not.toMatch(/"password" = "/);
    expect(out).not.toMatch(/access_secret|"secret"\s*:/);
  });

  test("rejects a registry URL with a path", () => {
    expect(() => synth({ registryUrl: "https://harbor.example.com/v2" })).toThrow(
      /registryUrl "https:\/\/harbor\.example\.com\/v2" must be an https URL without a path/,
    );
  });

  test("rejects an api provider pointed elsewhere", () => {
    expect(() => synth({}, { uri: "https://gitlab.example.com/api/v4" })).toThrow(
      /api has uri "https:\/\/gitlab\.example\.com\/api\/v4"/,
    );
  });

  test("rejects an api provider that does not read objects from POST answers", () => {
    expect(() => synth({}, { createReturnsObject: undefined })).toThrow(
      /api has neither createReturnsObject nor writeReturnsObject/,
    );
  });

  test("rejects a project name Harbor would refuse", () => {
    expect(() => synth({ appsProject: "Apps" })).toThrow(/appsProject "Apps" is not a valid Harbor name/);
  });

  test("rejects the name of the project Harbor creates at installation", () => {
    expect(() => synth({ appsProject: "library" })).toThrow(/appsProject "library" is the project Harbor creates/);
  });

  test("rejects a proxy cache listed twice or named like the apps project", () => {
    const cache = { name: "docker.io", providerName: "docker-hub", endpointUrl: "https://hub.docker.com" } as const;
    expect(() => synth({ proxyCaches: [cache, cache] })).toThrow(
      /proxyCaches\[1\]\.name "docker\.io" is already used by an earlier proxy cache/,
    );
    expect(() => synth({ proxyCaches: [{ ...cache, name: "apps" }] })).toThrow(
      /proxyCaches\[0\]\.name "apps" is already used by appsProject/,
    );
  });

  test("rejects a proxy cache name longer than Harbor's endpoint names", () => {
    const name = `${"a".repeat(60)}.io.x`;
    expect(() =>
      synth({ proxyCaches: [{ name, providerName: "docker-registry", endpointUrl: "https://a.io" }] }),
    ).toThrow(/proxyCaches\[0\]\.name "a+\.io\.x" is longer than the 64 characters/);
  });

  test("rejects an upstream kind harbor 1.4.0 cannot create as a proxy cache", () => {
    expect(() =>
      synth({ proxyCaches: [{ name: "quay.io", providerName: "quay" as never, endpointUrl: "https://quay.io" }] }),
    ).toThrow(/proxyCaches\[0\]\.providerName "quay" is not one of docker-hub, docker-registry, harbor/);
  });

  test("rejects an upstream endpoint that is not an https URL", () => {
    expect(() =>
      synth({ proxyCaches: [{ name: "quay.io", providerName: "docker-registry", endpointUrl: "quay.io" }] }),
    ).toThrow(/proxyCaches\[0\]\.endpointUrl "quay\.io" must be an https URL without a path/);
  });

  test("reports every problem at once", () => {
    expect(() => synth({ registryUrl: "http://harbor", appsProject: "-apps" })).toThrow(
      /registryUrl .*; .*appsProject "-apps"/,
    );
  });
});
