/**
 * Ingress policies: every namespace with an egress policy admits only its
 * own pods, the ingress controller, Prometheus, its listed callers and the
 * nodes (webhooks, probes); the databases keep their stricter policies and
 * the ambient probe allow stays.
 */
import { parse } from "yaml";
import { renderGitops } from "../../gitops";
import type { HomelabModel } from "../../model";
import { modelWith } from "../../testing/model";

const everything = modelWith((raw) => {
  raw.site.apps = { ...raw.site.apps, open_webui: true, dependency_track: true, kiali: true };
});

function policies(model: HomelabModel, cluster: string): any[] {
  return renderGitops(model)
    .entries()
    .filter(
      ([f]) => f.startsWith(`clusters/${cluster}/kustomize/network-policies/`) && !f.endsWith("kustomization.yaml"),
    )
    .map(([, text]) => parse(text));
}

const kss = policies(everything, "kss");
const kcs = policies(everything, "kcs");
const named = (list: any[], name: string) =>
  new Map(list.filter((p) => p.metadata.name === name).map((p) => [p.metadata.namespace, p]));

/** A pod (namespace and labels), or a node's host network. */
type Source = { namespace: string; labels?: Record<string, string> } | "node";

function selects(selector: any, labels: Record<string, string>): boolean {
  if (selector.matchLabels && Object.entries(selector.matchLabels).some(([k, v]) => labels[k] !== v)) return false;
  for (const e of selector.matchExpressions ?? []) {
    if (e.operator === "DoesNotExist" && e.key in labels) return false;
    if (e.operator !== "DoesNotExist") throw new Error(`operator ${e.operator} not modelled`);
  }
  return true;
}

/**
 * Whether Canal (Kubernetes NetworkPolicy semantics) admits `source` to a pod with `labels` in `namespace`
 * on `port`, for the kinds of rules this tree renders. A node is another node: its own is always admitted.
 */
function canalAdmits(list: any[], source: Source, namespace: string, labels: Record<string, string>, port: number) {
  const applying = list.filter(
    (p) =>
      p.kind === "NetworkPolicy" &&
      p.metadata.namespace === namespace &&
      p.spec.policyTypes.includes("Ingress") &&
      selects(p.spec.podSelector, labels),
  );
  if (applying.length === 0) return true;
  return applying.some((p) =>
    (p.spec.ingress ?? []).some((rule: any) => {
      if (rule.ports && !rule.ports.some((p: any) => p.port === port)) return false;
      if (!rule.from) return true;
      if (source === "node") return false;
      return rule.from.some((peer: any) =>
        peer.namespaceSelector
          ? selects(peer.namespaceSelector, { "kubernetes.io/metadata.name": source.namespace })
          : peer.podSelector && source.namespace === namespace && selects(peer.podSelector, source.labels ?? {}),
      );
    }),
  );
}

/** The same for Cilium: endpoints by namespace label, nodes as the `remote-node` entity; `cluster` holds both. */
function ciliumAdmits(list: any[], source: Source, namespace: string, labels: Record<string, string>, port = 8080) {
  const applying = list.filter(
    (p) =>
      (p.kind === "CiliumNetworkPolicy" && p.metadata.namespace === namespace && p.spec.ingress) ||
      (p.kind === "CiliumClusterwideNetworkPolicy" && p.spec.ingress && p.spec.enableDefaultDeny?.ingress !== false),
  );
  const selected = applying.filter((p) => selects(p.spec.endpointSelector, labels));
  if (selected.length === 0) return true;
  return selected.some((p) =>
    p.spec.ingress.some((rule: any) => {
      const ports = rule.toPorts?.flatMap((t: any) => t.ports.map((p: any) => Number(p.port)));
      if (ports && !ports.includes(port)) return false;
      const entities: string[] = rule.fromEntities ?? [];
      if (entities.includes("all") || entities.includes("cluster")) return true;
      if (source === "node") return entities.includes("remote-node");
      return (rule.fromEndpoints ?? []).some(
        (e: any) => e.matchLabels["k8s:io.kubernetes.pod.namespace"] === source.namespace,
      );
    }),
  );
}

const pod = (namespace: string, labels: Record<string, string> = {}) => ({ namespace, labels });

describe("ingress policies", () => {
  test("every namespace with an egress policy has an ingress policy, on Canal and on Cilium", () => {
    for (const list of [kss, kcs]) {
      const egress = [...named(list, "egress").keys()].sort();
      expect(egress.length).toBeGreaterThan(10);
      expect([...named(list, "ingress").keys()].sort()).toEqual(egress);
    }
  });

  test.each([
    ["kss", "Canal", kss, "ingress-nginx"],
    ["kcs", "Cilium/Istio", kcs, "istio-ingress"],
  ])(
    "%s (%s): the ingress controller, Prometheus and the namespace itself get in; other namespaces do not",
    (_, __, list, controller) => {
      const admits = (source: Source, ns: string, labels: Record<string, string> = {}, port = 8080) =>
        list === kss ? canalAdmits(list, source, ns, labels, port) : ciliumAdmits(list, source, ns, labels, port);
      // Web routes and OAuth2-Proxy's auth checks.
      for (const ns of [
        "keycloak",
        "argocd",
        "monitoring",
        "headlamp",
        "oauth2-proxy",
        "open-webui",
        "dependency-track",
      ])
        expect({ ns, admitted: admits(pod(controller), ns) }).toEqual({ ns, admitted: true });
      // Scraping, everywhere.
      for (const ns of named(list, "ingress").keys())
        expect({ ns, admitted: admits(pod("monitoring"), ns) }).toEqual({ ns, admitted: true });
      // Within a namespace: Open WebUI reaches its companions, the SBOM Jobs Dependency-Track.
      expect(admits(pod("open-webui", { "app.kubernetes.io/name": "open-webui" }), "open-webui")).toBe(true);
      expect(admits(pod("dependency-track"), "dependency-track")).toBe(true);
      // Callers across namespaces.
      // Alloy's OTLP receivers take traces from Beyla and any application; the rest of monitoring does not.
      expect(admits(pod("beyla-system"), "monitoring", {}, 4318)).toBe(true);
      expect(admits(pod("apps"), "monitoring", {}, 4317)).toBe(true);
      expect(admits(pod("spire-system"), "spire-server", {}, 8081)).toBe(true);
      // Nobody else: an application does not talk to another's pods, or to the platform's, directly.
      expect(admits(pod("open-webui"), "keycloak")).toBe(false);
      expect(admits(pod("dependency-track"), "open-webui")).toBe(false);
      expect(admits(pod("headlamp"), "argocd")).toBe(false);
      expect(admits(pod("apps"), "monitoring", {}, 9090)).toBe(false);
      // The ingress controller itself takes clients from anywhere.
      expect(admits(pod("apps"), controller)).toBe(true);
      expect(admits("node", controller, {}, 443)).toBe(true);
    },
  );

  test("Canal: the API server on another node reaches the admission webhooks, and only their ports", () => {
    const webhooks: [string, number][] = [
      ["cert-manager", 10250],
      ["external-secrets", 10250],
      ["gatekeeper-system", 8443],
      ["cnpg-system", 9443],
      ["monitoring", 10250],
      ["longhorn-system", 9502],
      ["spire-server", 9443],
    ];
    for (const [ns, port] of webhooks) {
      expect({ ns, port, admitted: canalAdmits(kss, "node", ns, {}, port) }).toEqual({ ns, port, admitted: true });
      expect({ ns, admitted: canalAdmits(kss, "node", ns, {}, 8080) }).toEqual({ ns, admitted: false });
    }
    // Cilium admits the nodes' entities instead, ports open.
    for (const [ns] of webhooks) expect(ciliumAdmits(kcs, "node", ns, {})).toBe(true);
    expect(named(kcs, "ingress").get("keycloak").spec.ingress).toContainEqual({
      fromEntities: ["host", "remote-node", "kube-apiserver"],
    });
  });

  test("the databases keep their own, stricter policies: the ingress controller does not reach them", () => {
    const db = { "cnpg.io/cluster": "keycloak-db" };
    expect(canalAdmits(kss, pod("ingress-nginx"), "keycloak", db, 5432)).toBe(false);
    expect(canalAdmits(kss, pod("keycloak"), "keycloak", db, 5432)).toBe(true);
    expect(canalAdmits(kss, pod("cnpg-system"), "keycloak", db, 8000)).toBe(true);
    expect(ciliumAdmits(kcs, pod("istio-ingress"), "keycloak", db, 5432)).toBe(false);
    expect(ciliumAdmits(kcs, pod("keycloak"), "keycloak", db, 5432)).toBe(true);
  });

  test("Istio clusters keep the clusterwide allow for ztunnel's probes, and Kiali reaches Prometheus", () => {
    const probes = kcs.find(
      (p) => p.kind === "CiliumClusterwideNetworkPolicy" && p.metadata.name === "allow-ambient-hostprobes",
    );
    expect(probes.spec).toMatchObject({
      endpointSelector: {},
      enableDefaultDeny: { ingress: false, egress: false },
      ingress: [{ fromCIDR: ["169.254.7.127/32"] }],
    });
    expect(ciliumAdmits(kcs, pod("istio-system"), "monitoring", {})).toBe(true);
    const noKiali = policies(
      modelWith((raw) => {
        raw.site.apps = { ...raw.site.apps, kiali: false };
      }),
      "kcs",
    );
    expect(ciliumAdmits(noKiali, pod("istio-system"), "monitoring", {})).toBe(false);
  });

  test("Canal: Prometheus may reach every node (kubelet, node-exporter, the control plane's metrics)", () => {
    const nodes = [everything.clusters.find((c) => c.name === "kss")!].flatMap((c) => [c.master, ...c.workers]);
    const blocks = named(kss, "egress")
      .get("monitoring")
      .spec.egress.flatMap((rule: any) => (rule.ports ? [] : rule.to.map((t: any) => t.ipBlock?.cidr)));
    for (const node of nodes) expect(blocks).toContain(`${node.ip}/32`);
  });
});
