/**
 * The platform dashboards: loaded by the Grafana sidecar as configured,
 * querying the provisioned Prometheus, and only metrics of components whose
 * scraping the tree turns on.
 */
import { parse } from "yaml";
import { renderGitops } from "../../gitops";
import { shippedModel } from "../../testing/model";

const files = Object.fromEntries(renderGitops(shippedModel()).entries());
const values = (cluster: string, app: string) => parse(files[`clusters/${cluster}/values/${app}.yaml`]);
const overlay = (cluster: string, app: string): any[] =>
  Object.entries(files)
    .filter(([f]) => f.startsWith(`clusters/${cluster}/kustomize/${app}/`) && !f.endsWith("kustomization.yaml"))
    .map(([, text]) => parse(text));

const PROMQL_WORDS = new Set(["by", "sum", "avg", "min", "max", "count", "topk", "rate", "increase", "time", "or"]);

/** Metric names a PromQL expression reads (label matchers and `by (...)` lists removed). */
function metricsOf(expr: string): string[] {
  const bare = expr
    .replace(/\{[^}]*\}/g, "")
    .replace(/by \([^)]*\)/g, "")
    .replace(/\[[^\]]*\]/g, "");
  return [...bare.matchAll(/[a-zA-Z_][a-zA-Z0-9_:]*/g)].map((m) => m[0]).filter((w) => !PROMQL_WORDS.has(w));
}

for (const cluster of ["kss", "kcs"]) {
  describe(`dashboards (${cluster})`, () => {
    const dashboards = overlay(cluster, "monitoring-config").filter(
      (o) => o.kind === "ConfigMap" && o.metadata.name.startsWith("grafana-dashboard-"),
    );
    const grafana = values(cluster, "kube-prometheus-stack").grafana;
    const json = dashboards.map((cm) => JSON.parse(Object.values(cm.data)[0] as string));

    test("five dashboards, labelled and annotated for the sidecar as kube-prometheus-stack configures it", () => {
      const sidecar = grafana.sidecar.dashboards;
      expect(sidecar.enabled).toBe(true);
      expect(json.map((d) => d.title).sort()).toEqual([
        "Certificates",
        "Cluster health",
        "ExternalSecrets",
        "GitOps (ArgoCD)",
        "Policy and scanning",
      ]);
      for (const cm of dashboards) {
        expect(cm.metadata.namespace).toBe("monitoring");
        expect(cm.metadata.labels).toEqual({ [sidecar.label]: sidecar.labelValue });
        expect(Object.keys(cm.metadata.annotations)).toEqual([sidecar.folderAnnotation]);
      }
      expect(new Set(json.map((d) => d.uid)).size).toBe(json.length);
    });

    test("every panel queries the Prometheus data source the sidecar provisions, within the 24-column grid", () => {
      const uid = grafana.sidecar.datasources.uid;
      for (const dashboard of json) {
        expect(dashboard.panels.length).toBeGreaterThan(2);
        for (const panel of dashboard.panels) {
          expect(panel.datasource).toEqual({ type: "prometheus", uid });
          expect(panel.gridPos.x + panel.gridPos.w).toBeLessThanOrEqual(24);
          expect(panel.targets.length).toBeGreaterThan(0);
          for (const target of panel.targets) expect(target.datasource.uid).toBe(uid);
        }
      }
    });

    test("every metric comes from a component whose scraping the tree turns on", () => {
      const monitors = overlay(cluster, "monitoring-config");
      const kps = values(cluster, "kube-prometheus-stack");
      const sources: [RegExp, string, () => boolean][] = [
        [/^kube_/, "kube-state-metrics", () => kps.kubeStateMetrics?.enabled !== false],
        [/^node_/, "node-exporter", () => kps.nodeExporter?.enabled !== false],
        [/^kubelet_/, "the kubelets", () => kps.kubelet?.enabled !== false],
        [
          /^argocd_/,
          "ArgoCD's controller metrics and their ServiceMonitor",
          () =>
            values(cluster, "argocd").controller.metrics.enabled === true &&
            monitors.some((m) => m.kind === "ServiceMonitor" && m.spec.namespaceSelector.matchNames.includes("argocd")),
        ],
        [
          /^certmanager_/,
          "cert-manager's ServiceMonitor",
          () => values(cluster, "cert-manager").prometheus.servicemonitor.enabled,
        ],
        [
          /^externalsecret_/,
          "external-secrets' ServiceMonitor",
          () => values(cluster, "external-secrets").serviceMonitor.enabled,
        ],
        [
          /^gatekeeper_/,
          "the Gatekeeper PodMonitor",
          () =>
            monitors.some(
              (m) => m.kind === "PodMonitor" && m.spec.namespaceSelector.matchNames.includes("gatekeeper-system"),
            ),
        ],
        [
          /^trivy_/,
          "the Trivy operator's ServiceMonitor",
          () => values(cluster, "trivy-operator").serviceMonitor.enabled,
        ],
      ];
      const metrics = new Set(
        json.flatMap((d) => d.panels.flatMap((p: any) => p.targets.flatMap((t: any) => metricsOf(t.expr)))),
      );
      expect(metrics.size).toBeGreaterThan(10);
      for (const metric of metrics) {
        const source = sources.find(([prefix]) => prefix.test(metric));
        expect({ metric, source: source?.[1] }).toEqual({ metric, source: expect.any(String) });
        expect({ metric, scraped: source![2]() }).toEqual({ metric, scraped: true });
      }
    });
  });
}

test("the metric reader finds metric names, not functions or labels", () => {
  expect(
    metricsOf('topk(10, sum by (namespace, image_tag) (trivy_image_vulnerabilities{severity="Critical"}) > 0)'),
  ).toEqual(["trivy_image_vulnerabilities"]);
  expect(metricsOf("1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes")).toEqual([
    "node_memory_MemAvailable_bytes",
    "node_memory_MemTotal_bytes",
  ]);
});
