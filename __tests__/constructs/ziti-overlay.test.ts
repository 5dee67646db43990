import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { TerraformOutput, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { DataRestapiObject } from "../../.gen/providers/restapi/data-restapi-object";
import { ObjectResource } from "../../.gen/providers/restapi/object-resource";
import { RestapiProvider, RestapiProviderConfig } from "../../.gen/providers/restapi/provider";
import { VaultRoot } from "../../constructs/vault-root";
import { ZitiOverlay, ZitiOverlayProps } from "../../constructs/ziti-overlay";

type Cluster = ZitiOverlayProps["clusters"][number];

const KSS: Cluster = { name: "kss", domain: "kss.lab.example.com", ingressIp: "10.69.51.10", vaultNamespace: "kss" };
const KCS: Cluster = { name: "kcs", domain: "kcs.lab.example.com", ingressIp: "10.69.52.10", vaultNamespace: "kcs" };
const KDS: Cluster = { name: "kds", domain: "kds.lab.example.com", ingressIp: "10.69.53.10", vaultNamespace: "kds" };

interface SynthOptions {
  readonly props?: (scope: Construct) => Partial<ZitiOverlayProps>;
  readonly provider?: Partial<RestapiProviderConfig>;
  readonly output?: (overlay: ZitiOverlay, scope: Construct) => void;
}

function synth(options: SynthOptions = {}): string {
  return Testing.synthScope((scope: Construct) => {
    const root = new VaultRoot(scope, "vault-root", {
      address: "https://vault.example.com",
      caCommonName: "Root",
      namespaces: ["kss", "kcs", "kds"],
    });
    const provider = new RestapiProvider(scope, "restapi", {
      uri: "https://ziti.lab.example.com:2029/edge/management/v1",
      createReturnsObject: true,
      ...options.provider,
    });
    const overlay = new ZitiOverlay(scope, "ziti", {
      provider,
      root,
      support: { domain: "support.lab.example.com", ip: "10.69.50.5" },
      clusters: [KSS, KCS],
      devices: [
        { name: "laptop", roleAttributes: ["admin"] },
        { name: "phone", roleAttributes: ["user"] },
      ],
      ...options.props?.(scope),
    });
    options.output?.(overlay, scope);
  });
}

/** Resources of one type in a synthesized stack, by address. */
function resources(out: string, type: string): Record<string, Record<string, unknown>> {
  return JSON.parse(out).resource[type] ?? {};
}

/** The `data` body of the restapi_object whose body carries this Ziti name. */
function body(out: string, name: string): string {
  const found = Object.values(resources(out, "restapi_object")).filter((r) =>
    String(r.data).includes(`"name" = "${name}"`),
  );
  expect(found).toHaveLength(1);
  return String(found[0].data);
}

describe("ZitiOverlay", () => {
  test("creates a tunneler-enabled edge router per cluster and one for the support VM", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(ObjectResource, {
      path: "/edge-routers",
      data: '${jsonencode({"name" = "kss-router", "isTunnelerEnabled" = true, "roleAttributes" = ["kss", "clusters"]})}',
    });
    expect(out).toHaveResourceWithProperties(ObjectResource, {
      path: "/edge-routers",
      data: '${jsonencode({"name" = "support-router", "isTunnelerEnabled" = true, "roleAttributes" = ["support"]})}',
    });
    const routers = Object.values(resources(out, "restapi_object")).filter((r) => r.path === "/edge-routers");
    expect(routers).toHaveLength(3);
  });

  test("the ingress host config dials the cluster's ingress address from the model", () => {
    const out = synth({ props: () => ({ clusters: [{ ...KSS, ingressIp: "10.69.51.77" }] }) });
    expect(body(out, "kss-ingress.host.v1")).toContain(
      '"configTypeId" = "NH5p4FpGR", "data" = {"protocol" = "tcp", "address" = "10.69.51.77", "port" = 443}',
    );
    expect(body(out, "support-web.host.v1")).toContain('"address" = "10.69.50.5", "port" = 443');
  });

  test("the intercept config captures *.<domain> on the port", () => {
    const out = synth({ props: () => ({ port: 8443 }) });
    expect(body(out, "kcs-ingress.intercept.v1")).toContain(
      '"configTypeId" = "g7cIWbcGg", "data" = {"protocols" = ["tcp"], "addresses" = ["*.kcs.lab.example.com"], "portRanges" = [{"low" = 8443, "high" = 8443}]}',
    );
    expect(body(out, "support-web.intercept.v1")).toContain('"addresses" = ["*.support.lab.example.com"]');
    expect(body(out, "kcs-ingress.host.v1")).toContain('"port" = 8443');
  });

  test("each service carries its two configs and is bound by its router's identity, by id", () => {
    const out = synth();
    expect(body(out, "kss-ingress")).toContain(
      '"configs" = [restapi_object.ziti_config-kss-ingress-intercept_9BE34B0A.id, restapi_object.ziti_config-kss-ingress-host_3487E04A.id]',
    );
    expect(body(out, "kss-ingress-bind")).toContain(
      '"type" = "Bind", "semantic" = "AnyOf", "identityRoles" = ["@${restapi_object.ziti_router-kss-router_CBA1D3F2.id}"], "serviceRoles" = ["@${restapi_object.ziti_service-kss-ingress_A33EC185.id}"]',
    );
    expect(body(out, "support-web-bind")).toContain(
      '"identityRoles" = ["@${restapi_object.ziti_router-support-router_159CDEEC.id}"]',
    );
  });

  test("every object takes its id from Ziti's data envelope and is updated by PUT", () => {
    const objects = Object.values(resources(synth(), "restapi_object"));
    expect(objects.length).toBeGreaterThan(0);
    for (const object of objects) {
      expect(object).toMatchObject({ id_attribute: "data/id", create_method: "POST", update_method: "PUT" });
    }
  });

  test("identity and config updates leave out the fields only a create accepts", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(ObjectResource, {
      path: "/identities",
      data: '${jsonencode({"name" = "laptop", "type" = "Device", "isAdmin" = false, "roleAttributes" = ["admin", "devices"], "enrollment" = {"ott" = true}})}',
      update_data:
        '${jsonencode({"name" = "laptop", "type" = "Device", "isAdmin" = false, "roleAttributes" = ["admin", "devices"]})}',
    });
    const hostConfig = Object.values(resources(out, "restapi_object")).find((r) =>
      String(r.data).includes('"kss-ingress.host.v1"'),
    );
    expect(hostConfig?.update_data).not.toContain("configTypeId");
  });

  test("by default admins dial every service and users the cluster ingresses", () => {
    const out = synth();
    expect(body(out, "dial-admin")).toContain(
      '"type" = "Dial", "semantic" = "AnyOf", "identityRoles" = ["#admin"], "serviceRoles" = ["#all"]',
    );
    expect(body(out, "dial-user")).toContain('"identityRoles" = ["#user"], "serviceRoles" = ["#clusters"]');
  });

  test("dialRoles replaces the Dial policies", () => {
    const out = synth({ props: () => ({ dialRoles: { ops: ["#support", "#kss"] } }) });
    expect(body(out, "dial-ops")).toContain('"identityRoles" = ["#ops"], "serviceRoles" = ["#support", "#kss"]');
    expect(out).not.toContain("dial-admin");
  });

  test("devices may use every router and every service every router", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(ObjectResource, {
      path: "/edge-router-policies",
      data: '${jsonencode({"name" = "devices-all-routers", "semantic" = "AnyOf", "edgeRouterRoles" = ["#all"], "identityRoles" = ["#devices"]})}',
    });
    expect(out).toHaveResourceWithProperties(ObjectResource, {
      path: "/service-edge-router-policies",
      data: '${jsonencode({"name" = "all-services-all-routers", "semantic" = "AnyOf", "edgeRouterRoles" = ["#all"], "serviceRoles" = ["#all"]})}',
    });
  });

  test("writes each cluster router's JWT once into that cluster's namespace, again if the router is re-created", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(KvSecretV2, {
      namespace: "${vault_namespace.vault-root_ns-kss_E697B7D6.path}",
      mount: "${vault_mount.vault-root_ns-kss-kv_4BB2BBED.path}",
      name: "ziti/router",
      lifecycle: {
        ignore_changes: ["data_json"],
        replace_triggered_by: ["restapi_object.ziti_router-kss-router_CBA1D3F2.id"],
      },
    });
    expect(out).toHaveResourceWithProperties(KvSecretV2, {
      namespace: "${vault_namespace.vault-root_ns-kcs_2F4FE6E9.path}",
      name: "ziti/router",
    });
  });

  test("writes the support router's and the devices' JWTs once into the site KV", () => {
    const secrets = Object.values(resources(synth(), "vault_kv_secret_v2"));
    const site = secrets.filter((s) => s.namespace === undefined);
    expect(site.map((s) => s.name).sort()).toEqual([
      "ziti/identities/laptop",
      "ziti/identities/phone",
      "ziti/routers/support-router",
    ]);
    for (const secret of site) {
      expect(secret).toMatchObject({
        mount: "${vault_mount.vault-root_site-kv_06227254.path}",
        lifecycle: {
          ignore_changes: ["data_json"],
          replace_triggered_by: [expect.stringMatching(/^restapi_object\.ziti_(router|identity)-/)],
        },
      });
    }
  });

  test("takes JWTs from the objects read back from the controller, never from literals", () => {
    const out = synth();
    expect(out).toHaveDataSourceWithProperties(DataRestapiObject, {
      path: "/edge-routers",
      query_string: "filter=id%3D%22${restapi_object.ziti_router-kss-router_CBA1D3F2.id}%22",
      results_key: "data",
      search_value: "${restapi_object.ziti_router-kss-router_CBA1D3F2.id}",
    });
    expect(out).toHaveResourceWithProperties(KvSecretV2, {
      name: "ziti/identities/laptop",
      data_json:
        '${jsonencode({"jwt" = try(jsondecode(data.restapi_object.ziti_identity-laptop-enrolment_8381625A.api_response).data.enrollment.ott.jwt, "")})}',
    });
    expect(out).toHaveResourceWithProperties(KvSecretV2, {
      name: "ziti/router",
      data_json:
        '${jsonencode({"jwt" = try(jsondecode(data.restapi_object.ziti_router-kss-router-enrolment_1B0E174D.api_response).data.enrollmentJwt, "")})}',
    });
    expect(out).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
  });

  test("exposes the support router's JWT as kept in Vault", () => {
    const out = synth({
      output: (overlay, scope) =>
        new TerraformOutput(scope, "jwt", { value: overlay.supportRouterJwt, sensitive: true }),
    });
    expect(JSON.parse(out).output.jwt.value).toBe(
      "${jsondecode(vault_kv_secret_v2.ziti_router-support-router-jwt_55FE756F.data_json).jwt}",
    );
  });

  test("adding a cluster adds only its resources and renames none", () => {
    const addresses = (out: string): string[] =>
      ["resource", "data"].flatMap((kind) =>
        Object.entries(JSON.parse(out)[kind]).flatMap(([type, rs]) =>
          Object.keys(rs as object).map((name) => `${kind === "data" ? "data." : ""}${type}.${name}`),
        ),
      );
    const before = addresses(synth());
    const after = addresses(synth({ props: () => ({ clusters: [KSS, KCS, KDS] }) }));
    expect(after).toEqual(expect.arrayContaining(before));
    const added = after.filter((a) => !before.includes(a)).map((a) => a.replace(/_[0-9A-F]{8}$/, ""));
    expect(added.sort()).toEqual([
      "data.restapi_object.ziti_router-kds-router-enrolment",
      "restapi_object.ziti_config-kds-ingress-host",
      "restapi_object.ziti_config-kds-ingress-intercept",
      "restapi_object.ziti_policy-kds-ingress-bind",
      "restapi_object.ziti_router-kds-router",
      "restapi_object.ziti_service-kds-ingress",
      "vault_kv_secret_v2.ziti_router-kds-router-jwt",
    ]);
  });

  test("accepts unresolved values and skips their checks", () => {
    expect(() =>
      synth({
        props: (scope) => ({
          clusters: [{ ...KSS, ingressIp: new TerraformVariable(scope, "ip", {}).stringValue }],
        }),
      }),
    ).not.toThrow();
  });

  test("reports every problem at once", () => {
    expect(() => synth({ props: () => ({ port: 0, clusters: [KSS, KSS] }) })).toThrow(
      /^ZitiOverlay "stack\/ziti": port 0 .*; clusters\[1\]\.name "kss" is already used/,
    );
  });

  describe("rejects", () => {
    test("a provider that does not read ids from create answers", () => {
      expect(() => synth({ provider: { createReturnsObject: false } })).toThrow(
        /provider has neither createReturnsObject nor writeReturnsObject — set createReturnsObject: true, because Ziti answers a create only with the new id/,
      );
    });

    test("a provider with copyKeys", () => {
      expect(() => synth({ provider: { copyKeys: ["meta"] } })).toThrow(/provider copyKeys \["meta"\]/);
    });

    test("duplicate cluster names", () => {
      expect(() => synth({ props: () => ({ clusters: [KSS, { ...KCS, name: "kss" }] }) })).toThrow(
        /clusters\[1\]\.name "kss" is already used by clusters\[0\]/,
      );
    });

    test("a cluster name that is not a DNS label", () => {
      expect(() => synth({ props: () => ({ clusters: [{ ...KSS, name: "K_SS" }] }) })).toThrow(
        /clusters\[0\]\.name "K_SS" is not a DNS label/,
      );
    });

    test("a cluster whose router would take the support router's name", () => {
      expect(() => synth({ props: () => ({ clusters: [{ ...KSS, name: "support" }] }) })).toThrow(
        /clusters\[0\]\.name "support" gives router "support-router", the name of the support router/,
      );
    });

    test("duplicate device names", () => {
      expect(() =>
        synth({
          props: () => ({
            devices: [
              { name: "laptop", roleAttributes: ["admin"] },
              { name: "laptop", roleAttributes: ["user"] },
            ],
          }),
        }),
      ).toThrow(/devices\[1\]\.name "laptop" is already used by devices\[0\]/);
    });

    test("a device named like a router", () => {
      expect(() => synth({ props: () => ({ devices: [{ name: "kss-router", roleAttributes: ["admin"] }] }) })).toThrow(
        /devices\[0\]\.name "kss-router" is the name of a router/,
      );
    });

    test("a device name that cannot be a Vault path", () => {
      expect(() => synth({ props: () => ({ devices: [{ name: "a/b", roleAttributes: [] }] }) })).toThrow(
        /devices\[0\]\.name "a\/b" must be letters, digits/,
      );
    });

    test("an ingressIp that is not IPv4", () => {
      expect(() => synth({ props: () => ({ clusters: [{ ...KSS, ingressIp: "10.69.51.300" }] }) })).toThrow(
        /clusters\[0\]\.ingressIp "10\.69\.51\.300" is not an IPv4 address/,
      );
    });

    test("a support ip that is not IPv4", () => {
      expect(() => synth({ props: () => ({ support: { domain: "support.lab.example.com", ip: "support" } }) })).toThrow(
        /support\.ip "support" is not an IPv4 address/,
      );
    });

    test("an ingressIp shared by two clusters", () => {
      expect(() => synth({ props: () => ({ clusters: [KSS, { ...KCS, ingressIp: KSS.ingressIp }] }) })).toThrow(
        /clusters\[1\]\.ingressIp 10\.69\.51\.10 is already used by clusters\[0\]/,
      );
    });

    test("a vaultNamespace the Vault root does not have", () => {
      expect(() => synth({ props: () => ({ clusters: [{ ...KSS, vaultNamespace: "lab" }] }) })).toThrow(
        /clusters\[0\]\.vaultNamespace "lab" is not a namespace of the Vault root/,
      );
    });

    test("a vaultNamespace shared by two clusters", () => {
      expect(() => synth({ props: () => ({ clusters: [KSS, { ...KCS, vaultNamespace: "kss" }] }) })).toThrow(
        /clusters\[1\]\.vaultNamespace "kss" is already used by clusters\[0\]/,
      );
    });

    test("a domain that is not a DNS name", () => {
      expect(() => synth({ props: () => ({ clusters: [{ ...KSS, domain: "*.kss.lab.example.com" }] }) })).toThrow(
        /clusters\[0\]\.domain "\*\.kss\.lab\.example\.com" is not a DNS name/,
      );
      expect(() => synth({ props: () => ({ support: { domain: "Support Lab", ip: "10.69.50.5" } }) })).toThrow(
        /support\.domain "Support Lab" is not a DNS name/,
      );
    });

    test("a domain intercepted twice", () => {
      expect(() => synth({ props: () => ({ clusters: [{ ...KSS, domain: "support.lab.example.com" }] }) })).toThrow(
        /clusters\[0\]\.domain "support\.lab\.example\.com" is already intercepted for support\.domain/,
      );
    });

    test("a port out of range", () => {
      expect(() => synth({ props: () => ({ port: 70000 }) })).toThrow(/port 70000 is not a TCP port/);
    });

    test("an empty role attribute", () => {
      expect(() => synth({ props: () => ({ devices: [{ name: "laptop", roleAttributes: ["admin", " "] }] }) })).toThrow(
        /devices\[0\]\.roleAttributes\[1\] is empty/,
      );
    });

    test("a role attribute written as a role reference", () => {
      expect(() => synth({ props: () => ({ devices: [{ name: "laptop", roleAttributes: ["#admin"] }] }) })).toThrow(
        /devices\[0\]\.roleAttributes\[0\] "#admin" must be a bare attribute .* write "admin"/,
      );
    });

    test("a dialRoles key written as a role reference", () => {
      expect(() => synth({ props: () => ({ dialRoles: { "#admin": ["#all"] } }) })).toThrow(
        /dialRoles key "#admin" must be a bare device role attribute/,
      );
    });

    test("a dialRoles service role no service carries", () => {
      expect(() => synth({ props: () => ({ dialRoles: { admin: ["#cluster"] } }) })).toThrow(
        /dialRoles\.admin names "#cluster", which no service carries/,
      );
    });

    test("#all with other service roles", () => {
      expect(() => synth({ props: () => ({ dialRoles: { admin: ["#all", "#support"] } }) })).toThrow(
        /dialRoles\.admin lists "#all" with other roles/,
      );
    });

    test("a dialRoles entry with no service roles", () => {
      expect(() => synth({ props: () => ({ dialRoles: { admin: [] } }) })).toThrow(/dialRoles\.admin is empty/);
    });
  });
});
