/** The conditional matrix: which Applications and objects a cluster gets from its cni, profile, OIDC and the site's switches. */
import { parse } from "yaml";
import type { ClusterIndex, GitopsIndex } from "../../gitops";
import { bootstrapManifests, CHARTS, MANIFESTS, renderGitops } from "../../gitops";
import type { HomelabModel } from "../../model";
import { modelWith, shippedModel } from "../../testing/model";

function render(model: HomelabModel) {
  const files = Object.fromEntries(renderGitops(model).entries());
  const index = JSON.parse(files["index.json"]) as GitopsIndex;
  const cluster = (name: string) => index.clusters.find((c) => c.name === name) as ClusterIndex;
  const apps = (name: string) => cluster(name).applications.map((a) => a.name);
  return { files, index, cluster, apps };
}

const shipped = render(shippedModel());

/** Objects of one kind in a cluster's tree. */
function kinds(files: Record<string, string>, cluster: string, kind: string): any[] {
  return Object.entries(files)
    .filter(([f]) => f.startsWith(`clusters/${cluster}/kustomize/`) && !f.endsWith("kustomization.yaml"))
    .map(([, text]) => parse(text))
    .filter((o) => o.kind === kind);
}

describe("conditional matrix", () => {
  test("Canal/default (kss): MetalLB L2, ingress-nginx, NetworkPolicies; no Cilium, Istio or Gateway API", () => {
    const apps = shipped.apps("kss");
    expect(apps).toEqual(expect.arrayContaining(["metallb", "metallb-config", "ingress-nginx", "network-policies"]));
    for (const absent of ["cilium", "tetragon", "cilium-lb", "istio-base", "istiod", "ztunnel", "gateway", "kiali"])
      expect(apps).not.toContain(absent);
    expect(kinds(shipped.files, "kss", "NetworkPolicy").length).toBeGreaterThan(5);
    expect(kinds(shipped.files, "kss", "CiliumNetworkPolicy")).toEqual([]);
    const pool = kinds(shipped.files, "kss", "IPAddressPool")[0];
    expect(pool.spec.addresses).toEqual(["10.69.50.192/28"]);
  });

  test("Cilium/istio-mesh (kcs): Cilium + Tetragon, BGP to the site's gateway, Istio Ambient, Gateway; no MetalLB or nginx", () => {
    const apps = shipped.apps("kcs");
    expect(apps).toEqual(
      expect.arrayContaining([
        "cilium",
        "tetragon",
        "cilium-lb",
        "gateway-api-crds",
        "istio-base",
        "istio-cni",
        "istiod",
      ]),
    );
    expect(apps).toEqual(expect.arrayContaining(["ztunnel", "gateway", "kiali"]));
    for (const absent of ["metallb", "metallb-config", "ingress-nginx"]) expect(apps).not.toContain(absent);
    const bgp = kinds(shipped.files, "kcs", "CiliumBGPClusterConfig")[0];
    // The peer is the site's gateway and its ASN; the local ASN is the cluster file's.
    expect(bgp.spec.bgpInstances[0]).toMatchObject({
      localASN: 64513,
      peers: [{ peerAddress: "10.69.50.1", peerASN: 64512 }],
    });
    expect(kinds(shipped.files, "kcs", "CiliumLoadBalancerIPPool")[0].spec.blocks).toEqual([
      { cidr: "10.69.50.208/28" },
    ]);
    const probes = kinds(shipped.files, "kcs", "CiliumClusterwideNetworkPolicy").find(
      (p) => p.metadata.name === "allow-ambient-hostprobes",
    );
    expect(probes.spec.ingress).toEqual([{ fromCIDR: ["169.254.7.127/32"] }]);
    expect(probes.spec.enableDefaultDeny).toEqual({ ingress: false, egress: false });
    expect(kinds(shipped.files, "kcs", "NetworkPolicy")).toEqual([]);
  });

  test("Cilium with the default profile: Cilium and its policies, with MetalLB and ingress-nginx, no mesh", () => {
    const { apps, files } = render(
      modelWith((raw) => {
        raw.clusters.kss.cni = "cilium";
      }),
    );
    expect(apps("kss")).toEqual(
      expect.arrayContaining(["cilium", "tetragon", "metallb", "metallb-config", "ingress-nginx"]),
    );
    for (const absent of ["cilium-lb", "istiod", "gateway", "gateway-api-crds"])
      expect(apps("kss")).not.toContain(absent);
    expect(kinds(files, "kss", "CiliumNetworkPolicy").length).toBeGreaterThan(5);
    expect(kinds(files, "kss", "NetworkPolicy")).toEqual([]);
    expect(kinds(files, "kss", "CiliumClusterwideNetworkPolicy")).toEqual([]);
    const values = parse(files["clusters/kss/values/cilium.yaml"]);
    expect(values).toMatchObject({
      bgpControlPlane: { enabled: false },
      cni: { exclusive: true },
      k8sServiceHost: "10.69.50.20",
    });
  });

  test("the BGP peer follows the site file, never a literal", () => {
    const { files } = render(
      modelWith((raw) => {
        raw.site.network = { ...raw.site.network, gateway_ip: "10.69.50.254", bgp_peer_asn: 65001 };
      }),
    );
    expect(kinds(files, "kcs", "CiliumBGPClusterConfig")[0].spec.bgpInstances[0].peers[0]).toMatchObject({
      peerAddress: "10.69.50.254",
      peerASN: 65001,
    });
  });

  test("ambient namespaces are labelled on Istio clusters only", () => {
    const label = (cluster: string, name: string) =>
      kinds(shipped.files, cluster, "Namespace").find((n) => n.metadata.name === name)?.metadata.labels;
    expect(label("kcs", "monitoring")).toEqual({ "istio.io/dataplane-mode": "ambient" });
    expect(label("kcs", "cert-manager")).toBeUndefined();
    expect(label("kss", "monitoring")).toBeUndefined();
  });

  test("OIDC on: RBAC bindings for the broker's groups with kube-apiserver's oidc: prefix; off: none", () => {
    const bindings = kinds(shipped.files, "kss", "ClusterRoleBinding");
    expect(bindings.flatMap((b) => b.subjects.map((s: any) => s.name)).sort()).toEqual([
      "oidc:k8s-admins",
      "oidc:k8s-operators",
      "oidc:platform-admins",
      "oidc:web-admins",
      "oidc:web-operators",
    ]);
    const off = render(
      modelWith((raw) => {
        raw.clusters.kss.oidc = { enabled: false, client_id: "kubernetes" };
      }),
    );
    expect(off.apps("kss")).not.toContain("oidc-rbac");
    expect(off.apps("kcs")).toContain("oidc-rbac");
  });

  test("apps.kiali switches Kiali (and its secret) on Istio clusters only", () => {
    expect(shipped.apps("kss")).not.toContain("kiali");
    const off = render(
      modelWith((raw) => {
        raw.site.apps = { ...raw.site.apps, kiali: false };
      }),
    );
    expect(off.apps("kcs")).not.toContain("kiali");
    expect(Object.keys(off.files).filter((f) => f.includes("kiali"))).toEqual([]);
  });

  test("apps.open_webui switches Open WebUI, its database and secrets on every cluster", () => {
    expect(shipped.apps("kss")).not.toContain("open-webui");
    const on = render(
      modelWith((raw) => {
        raw.site.apps = { ...raw.site.apps, open_webui: true };
      }),
    );
    for (const cluster of ["kss", "kcs"]) {
      expect(on.apps(cluster)).toEqual(expect.arrayContaining(["open-webui", "open-webui-db"]));
      expect(kinds(on.files, cluster, "ExternalSecret").map((e) => e.metadata.name)).toEqual(
        expect.arrayContaining(["open-webui-oidc", "open-webui-db"]),
      );
    }
  });

  test("apps.dependency_track switches Dependency-Track, its database and secrets on every cluster", () => {
    expect(shipped.apps("kss")).not.toContain("dependency-track");
    const on = render(
      modelWith((raw) => {
        raw.site.apps = { ...raw.site.apps, dependency_track: true };
      }),
    );
    for (const cluster of ["kss", "kcs"]) {
      expect(on.apps(cluster)).toEqual(expect.arrayContaining(["dependency-track", "dependency-track-db"]));
      expect(kinds(on.files, cluster, "ExternalSecret").map((e) => e.metadata.name)).toEqual(
        expect.arrayContaining(["dependency-track-db", "dependency-track-oidc"]),
      );
    }
    const route = kinds(on.files, "kcs", "HTTPRoute").find((r) => r.metadata.name === "dtrack");
    expect(route.spec.rules[0]).toEqual({
      matches: [{ path: { type: "PathPrefix", value: "/api" } }],
      backendRefs: [{ name: "dependency-track-api-server", port: 8080 }],
    });
  });

  test("a third cluster file gets its own tree, with no code change", () => {
    const { index } = render(
      modelWith((raw) => {
        const lab = structuredClone(raw.clusters.kss);
        lab.name = "lab";
        lab.master = { ...lab.master, ip: "10.69.50.70", mac: "52:54:00:69:50:70" };
        lab.workers = [{ ...lab.workers[0], ip: "10.69.50.71", mac: "52:54:00:69:50:71" }];
        lab.loadbalancer = { cidr: "10.69.50.224/28" };
        lab.vault = { auth_mount: "kubernetes", namespace: "lab" };
        lab.bgp = { asn: 64520 };
        raw.clusters.lab = lab;
      }),
    );
    expect(index.clusters.map((c) => c.name)).toEqual(["kcs", "kss", "lab"]);
    expect(index.clusters[2].kustomizations).toContain("clusters/lab/kustomize/metallb-config");
  });
});

describe("versions", () => {
  test("every chart and manifest set in versions.ts is used by an Application, at its pinned version", () => {
    const everything = render(
      modelWith((raw) => {
        raw.site.apps = { ...raw.site.apps, open_webui: true, kiali: true, dependency_track: true };
      }),
    );
    const used = new Set<string>();
    for (const [file, text] of Object.entries(everything.files)) {
      if (!/^clusters\/[^/]+\/apps\/[^/]+\.yaml$/.test(file) || file.endsWith("kustomization.yaml")) continue;
      const spec = parse(text).spec;
      for (const source of spec.sources ?? [spec.source])
        used.add(`${source.repoURL} ${source.chart ?? source.path} ${source.targetRevision}`);
    }
    const unused = Object.entries(CHARTS).filter(([, c]) => !used.has(`${c.repoURL} ${c.chart} ${c.version}`));
    expect(unused.map(([key]) => key)).toEqual([]);
    for (const m of Object.values(MANIFESTS)) expect(used).toContain(`${m.repoURL} ${m.path} ${m.version}`);
  });
});

describe("ordering and projects", () => {
  test("every wave is within −5…5, CRD-heavy charts apply server-side, config of CRD kinds skips the dry run", () => {
    for (const cluster of ["kss", "kcs"]) {
      for (const app of shipped.cluster(cluster).applications) {
        expect(app.wave).toBeGreaterThanOrEqual(-5);
        expect(app.wave).toBeLessThanOrEqual(5);
        const spec = parse(shipped.files[`clusters/${cluster}/apps/${app.name}.yaml`]).spec;
        expect(spec.syncPolicy.automated).toEqual({ prune: app.name !== "namespaces", selfHeal: true });
        expect(spec.syncPolicy.retry).toEqual({
          limit: 10,
          backoff: { duration: "30s", factor: 2, maxDuration: "10m" },
        });
        if (["cert-manager", "external-secrets", "prometheus-operator-crds", "cilium", "argocd"].includes(app.name))
          expect(spec.syncPolicy.syncOptions).toContain("ServerSideApply=true");
        if (
          ["cluster-secrets", "cluster-certs", "metallb-config", "cilium-lb", "gateway", "keycloak"].includes(app.name)
        )
          expect(spec.syncPolicy.syncOptions).toContain("SkipDryRunOnMissingResource=true");
      }
    }
  });

  test("the managed ArgoCD's argocd-cm makes waves wait for child Applications", () => {
    const values = parse(shipped.files["clusters/kss/values/argocd.yaml"]);
    const lua = values.configs.cm["resource.customizations.health.argoproj.io_Application"];
    expect(lua).toContain("hs.status = obj.status.health.status");
    // Self-management must not replace the known hosts the bootstrap pins.
    expect(values.configs.ssh).toEqual({ create: false });
  });

  test("AppProjects come from the bootstrap and allow exactly their Applications' namespaces and repositories", () => {
    const model = shippedModel();
    for (const cluster of model.clusters) {
      const { appProjects, rootApplication } = bootstrapManifests(model, cluster);
      expect(rootApplication.spec.project).toBe("bootstrap");
      expect(rootApplication.spec.source?.repoURL).toBe(
        "ssh://gitlab@gitlab.support.lab.example.com:2222/infra/homelab.git",
      );
      expect(rootApplication.spec.source?.targetRevision).toBe("deploy");
      const projects = Object.fromEntries(appProjects.map((p) => [p.metadata!.name, p.spec!]));
      for (const app of shipped.cluster(cluster.name).applications) {
        const spec = parse(shipped.files[`clusters/${cluster.name}/apps/${app.name}.yaml`]).spec;
        const project = projects[spec.project];
        expect(project.destinations!.map((d: { namespace?: string }) => d.namespace)).toContain(
          spec.destination.namespace,
        );
        for (const source of spec.sources ?? [spec.source]) expect(project.sourceRepos).toContain(source.repoURL);
      }
      // Nothing in the tree targets a namespace that no Application creates or that is not a system namespace.
      const created = new Set(
        Object.entries(shipped.files)
          .filter(([f]) => f.startsWith(`clusters/${cluster.name}/kustomize/namespaces/namespace-`))
          .map(([, t]) => parse(t).metadata.name),
      );
      for (const [file, text] of Object.entries(shipped.files)) {
        if (!file.startsWith(`clusters/${cluster.name}/kustomize/`) || file.endsWith("kustomization.yaml")) continue;
        const ns = parse(text).metadata?.namespace;
        if (ns)
          expect({ file, ns, exists: created.has(ns) || ["kube-system", "argocd"].includes(ns) }).toEqual({
            file,
            ns,
            exists: true,
          });
      }
    }
  });

  test("every object an overlay or base deploys is in a namespace, or of a cluster-scoped kind, its project allows", () => {
    const model = shippedModel();
    const clusterScoped = new Set([
      "Namespace",
      "ClusterRole",
      "ClusterRoleBinding",
      "ClusterIssuer",
      "ClusterSecretStore",
      "CiliumLoadBalancerIPPool",
      "CiliumBGPClusterConfig",
      "CiliumBGPPeerConfig",
      "CiliumBGPAdvertisement",
      "CiliumClusterwideNetworkPolicy",
      "TracingPolicy",
      "ConstraintTemplate",
    ]);
    for (const cluster of model.clusters) {
      const projects = Object.fromEntries(
        bootstrapManifests(model, cluster).appProjects.map((p) => [p.metadata!.name!, p.spec!]),
      );
      for (const app of shipped.cluster(cluster.name).applications) {
        const spec = parse(shipped.files[`clusters/${cluster.name}/apps/${app.name}.yaml`]).spec;
        const dir = spec.source?.path;
        if (!dir || !spec.source.repoURL.startsWith("ssh://")) continue;
        const project = projects[spec.project];
        const allowed = new Set(project.destinations!.map((d: { namespace?: string }) => d.namespace));
        const kinds = (project.clusterResourceWhitelist ?? []).map((w: { group: string; kind: string }) => w);
        for (const [file, text] of Object.entries(shipped.files)) {
          if (!file.startsWith(`${dir}/`) || file.endsWith("kustomization.yaml")) continue;
          const object = parse(text);
          const group = object.apiVersion.includes("/") ? object.apiVersion.split("/")[0] : "";
          if (object.metadata.namespace)
            expect({ file, ns: object.metadata.namespace, allowed: allowed.has(object.metadata.namespace) }).toEqual({
              file,
              ns: object.metadata.namespace,
              allowed: true,
            });
          else if (clusterScoped.has(object.kind) || group.startsWith("constraints.gatekeeper.sh"))
            expect({
              file,
              kind: object.kind,
              allowed: kinds.some((w) => w.group === group && (w.kind === "*" || w.kind === object.kind)),
            }).toEqual({ file, kind: object.kind, allowed: true });
        }
      }
    }
  });

  test("the Applications per cluster, with wave, project and namespace (reviewed snapshot)", () => {
    const table = (name: string) =>
      shipped
        .cluster(name)
        .applications.map(
          (a) => `${String(a.wave).padStart(2)} ${a.project.padEnd(12)} ${a.namespace.padEnd(18)} ${a.name}`,
        );
    expect({ kss: table("kss"), kcs: table("kcs") }).toMatchSnapshot();
  });
});
