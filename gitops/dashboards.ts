/**
 * Grafana dashboards of the platform's own plumbing, as ConfigMaps that
 * kube-prometheus-stack's Grafana sidecar loads (the label and folder
 * annotation below are what monitoringValues configures the sidecar with):
 * cluster health, ArgoCD's Applications, certificates, ExternalSecrets, and
 * policy and scanning (Gatekeeper, Trivy). Every query reads metrics of a
 * component the tree scrapes; a test checks each metric's source against
 * the values that turn its scraping on.
 */
import type { IPodMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor";
import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";

/** The Grafana sidecar's discovery label (kube-prometheus-stack `grafana.sidecar.dashboards.label`/`labelValue`). */
export const GRAFANA_DASHBOARD_LABEL = { name: "grafana_dashboard", value: "1" } as const;
/** The annotation naming a dashboard's folder (`grafana.sidecar.dashboards.folderAnnotation`). */
export const GRAFANA_FOLDER_ANNOTATION = "grafana_folder";
const FOLDER = "Platform";

/** The Prometheus data source kube-prometheus-stack provisions (its `uid`). */
export const PROMETHEUS_DATASOURCE_UID = "prometheus";

interface Target {
  readonly expr: string;
  readonly legend?: string;
  /** One value per series at the dashboard's end time (tables and stats). */
  readonly instant?: boolean;
}

interface PanelSpec {
  readonly title: string;
  readonly type: "stat" | "timeseries" | "table" | "bargauge";
  readonly targets: readonly Target[];
  /** Width in Grafana's 24-column grid. */
  readonly width: number;
  readonly unit?: string;
  readonly description?: string;
  /** Thresholds from green: [value, colour] steps. */
  readonly thresholds?: readonly (readonly [number, string])[];
}

interface DashboardSpec {
  readonly uid: string;
  readonly title: string;
  readonly description: string;
  readonly panels: readonly PanelSpec[];
}

const HEIGHT = 8;

/** A dashboard in Grafana's JSON model, panels laid out left to right in rows. */
function dashboardJson(spec: DashboardSpec): Record<string, unknown> {
  let x = 0;
  let y = 0;
  const datasource = { type: "prometheus", uid: PROMETHEUS_DATASOURCE_UID };
  const panels = spec.panels.map((panel, index) => {
    if (x + panel.width > 24) {
      x = 0;
      y += HEIGHT;
    }
    const gridPos = { x, y, w: panel.width, h: HEIGHT };
    x += panel.width;
    return {
      id: index + 1,
      type: panel.type,
      title: panel.title,
      ...(panel.description ? { description: panel.description } : {}),
      gridPos,
      datasource,
      targets: panel.targets.map((target, t) => ({
        refId: String.fromCharCode(65 + t),
        datasource,
        expr: target.expr,
        ...(target.legend ? { legendFormat: target.legend } : {}),
        ...(target.instant
          ? { instant: true, range: false, format: panel.type === "table" ? "table" : "time_series" }
          : {}),
      })),
      fieldConfig: {
        defaults: {
          ...(panel.unit ? { unit: panel.unit } : {}),
          thresholds: {
            mode: "absolute",
            steps: [
              { color: "green", value: null },
              ...(panel.thresholds ?? []).map(([value, color]) => ({ color, value })),
            ],
          },
        },
        overrides: [],
      },
      options: {},
    };
  });
  return {
    uid: spec.uid,
    title: spec.title,
    description: spec.description,
    tags: ["platform"],
    editable: false,
    schemaVersion: 39,
    version: 1,
    time: { from: "now-24h", to: "now" },
    refresh: "1m",
    timezone: "browser",
    panels,
  };
}

const DASHBOARDS: readonly DashboardSpec[] = [
  {
    uid: "platform-cluster",
    title: "Cluster health",
    description: "Nodes, pods and volumes of the cluster",
    panels: [
      {
        title: "Nodes ready",
        type: "stat",
        width: 6,
        targets: [{ expr: 'sum(kube_node_status_condition{condition="Ready",status="true"})', instant: true }],
      },
      {
        title: "Nodes not ready",
        type: "stat",
        width: 6,
        thresholds: [[1, "red"]],
        targets: [{ expr: 'sum(kube_node_status_condition{condition="Ready",status!="true"})', instant: true }],
      },
      {
        title: "Pods not running",
        type: "stat",
        width: 6,
        description: "Pending, Failed or Unknown",
        thresholds: [[1, "orange"]],
        targets: [{ expr: 'sum(kube_pod_status_phase{phase=~"Pending|Failed|Unknown"})', instant: true }],
      },
      {
        title: "Container restarts (1 h)",
        type: "stat",
        width: 6,
        thresholds: [[5, "orange"]],
        targets: [{ expr: "sum(increase(kube_pod_container_status_restarts_total[1h]))", instant: true }],
      },
      {
        title: "CPU busy per node",
        type: "timeseries",
        width: 12,
        unit: "percentunit",
        targets: [
          {
            expr: '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m]))',
            legend: "{{instance}}",
          },
        ],
      },
      {
        title: "Memory used per node",
        type: "timeseries",
        width: 12,
        unit: "percentunit",
        targets: [{ expr: "1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes", legend: "{{instance}}" }],
      },
      {
        title: "Most restarted containers (1 h)",
        type: "table",
        width: 12,
        targets: [
          {
            expr: "topk(10, increase(kube_pod_container_status_restarts_total[1h]) > 0)",
            instant: true,
          },
        ],
      },
      {
        title: "Volumes by use",
        type: "bargauge",
        width: 12,
        unit: "percentunit",
        thresholds: [
          [0.8, "orange"],
          [0.9, "red"],
        ],
        targets: [
          {
            expr: "topk(10, kubelet_volume_stats_used_bytes / kubelet_volume_stats_capacity_bytes)",
            legend: "{{namespace}}/{{persistentvolumeclaim}}",
            instant: true,
          },
        ],
      },
    ],
  },
  {
    uid: "platform-gitops",
    title: "GitOps (ArgoCD)",
    description: "Sync and health of the cluster's ArgoCD Applications",
    panels: [
      {
        title: "Applications by sync status",
        type: "stat",
        width: 8,
        targets: [{ expr: "count by (sync_status) (argocd_app_info)", legend: "{{sync_status}}", instant: true }],
      },
      {
        title: "Applications by health",
        type: "stat",
        width: 8,
        targets: [{ expr: "count by (health_status) (argocd_app_info)", legend: "{{health_status}}", instant: true }],
      },
      {
        title: "Failed syncs (24 h)",
        type: "stat",
        width: 8,
        thresholds: [[1, "red"]],
        targets: [{ expr: 'sum(increase(argocd_app_sync_total{phase=~"Error|Failed"}[24h]))', instant: true }],
      },
      {
        title: "Applications not synced or not healthy",
        type: "table",
        width: 24,
        targets: [
          {
            expr: 'argocd_app_info{sync_status!="Synced"} or argocd_app_info{health_status!="Healthy"}',
            instant: true,
          },
        ],
      },
      {
        title: "Sync operations",
        type: "timeseries",
        width: 24,
        targets: [{ expr: "sum by (phase) (increase(argocd_app_sync_total[10m]))", legend: "{{phase}}" }],
      },
    ],
  },
  {
    uid: "platform-certificates",
    title: "Certificates",
    description: "cert-manager's certificates: time to expiry, readiness, ACME requests",
    panels: [
      {
        title: "Certificates not ready",
        type: "stat",
        width: 8,
        thresholds: [[1, "red"]],
        targets: [{ expr: 'sum(certmanager_certificate_ready_status{condition="False"})', instant: true }],
      },
      {
        title: "Soonest expiry",
        type: "stat",
        width: 8,
        unit: "d",
        description: "Days until the first certificate expires; cert-manager renews 30 days before",
        targets: [
          { expr: "min(certmanager_certificate_expiration_timestamp_seconds - time()) / 86400", instant: true },
        ],
      },
      {
        title: "ACME requests",
        type: "timeseries",
        width: 8,
        targets: [
          {
            expr: "sum by (status) (rate(certmanager_http_acme_client_request_count[5m]))",
            legend: "{{status}}",
          },
        ],
      },
      {
        title: "Days until expiry",
        type: "bargauge",
        width: 24,
        unit: "d",
        targets: [
          {
            expr: "(certmanager_certificate_expiration_timestamp_seconds - time()) / 86400",
            legend: "{{namespace}}/{{name}}",
            instant: true,
          },
        ],
      },
    ],
  },
  {
    uid: "platform-external-secrets",
    title: "ExternalSecrets",
    description: "Secrets read from Vault by external-secrets",
    panels: [
      {
        title: "ExternalSecrets not ready",
        type: "stat",
        width: 8,
        thresholds: [[1, "red"]],
        targets: [{ expr: 'sum(externalsecret_status_condition{condition="Ready",status="False"})', instant: true }],
      },
      {
        title: "ExternalSecrets ready",
        type: "stat",
        width: 8,
        targets: [{ expr: 'sum(externalsecret_status_condition{condition="Ready",status="True"})', instant: true }],
      },
      {
        title: "Vault calls by status",
        type: "timeseries",
        width: 8,
        targets: [
          {
            expr: "sum by (status) (rate(externalsecret_provider_api_calls_count[5m]))",
            legend: "{{status}}",
          },
        ],
      },
      {
        title: "ExternalSecrets failing to sync",
        type: "table",
        width: 24,
        targets: [{ expr: 'externalsecret_status_condition{condition="Ready",status="False"} == 1', instant: true }],
      },
      {
        title: "Sync errors",
        type: "timeseries",
        width: 24,
        targets: [
          {
            expr: "sum by (namespace, name) (increase(externalsecret_sync_calls_error[10m])) > 0",
            legend: "{{namespace}}/{{name}}",
          },
        ],
      },
    ],
  },
  {
    uid: "platform-policy",
    title: "Policy and scanning",
    description: "Gatekeeper's audit findings and the Trivy operator's vulnerability reports",
    panels: [
      {
        title: "Gatekeeper violations",
        type: "stat",
        width: 8,
        description: "Audit findings by enforcement action (deny, warn)",
        targets: [
          {
            expr: "sum by (enforcement_action) (gatekeeper_violations)",
            legend: "{{enforcement_action}}",
            instant: true,
          },
        ],
      },
      {
        title: "Admission requests by result",
        type: "timeseries",
        width: 16,
        targets: [
          {
            expr: "sum by (admission_status) (rate(gatekeeper_validation_request_count[5m]))",
            legend: "{{admission_status}}",
          },
        ],
      },
      {
        title: "Image vulnerabilities by severity",
        type: "stat",
        width: 8,
        targets: [
          {
            expr: "sum by (severity) (trivy_image_vulnerabilities)",
            legend: "{{severity}}",
            instant: true,
          },
        ],
      },
      {
        title: "Images with the most critical vulnerabilities",
        type: "table",
        width: 16,
        targets: [
          {
            expr: 'topk(10, sum by (namespace, image_repository, image_tag) (trivy_image_vulnerabilities{severity="Critical"}) > 0)',
            instant: true,
          },
        ],
      },
    ],
  },
];

/** The dashboards, one ConfigMap each in `monitoring`. */
export function dashboardConfigMaps(): IConfigMap[] {
  return DASHBOARDS.map((spec) => ({
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: {
      name: `grafana-dashboard-${spec.uid.replace(/^platform-/, "")}`,
      namespace: "monitoring",
      labels: { [GRAFANA_DASHBOARD_LABEL.name]: GRAFANA_DASHBOARD_LABEL.value },
      annotations: { [GRAFANA_FOLDER_ANNOTATION]: FOLDER },
    },
    data: { [`${spec.uid}.json`]: `${JSON.stringify(dashboardJson(spec), null, 2)}\n` },
  }));
}

/**
 * Scrapes Gatekeeper's controller and audit pods (port `metrics`, 8888):
 * the chart makes no Service or monitor of its own.
 */
export function gatekeeperPodMonitor(): IPodMonitor {
  return {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "PodMonitor",
    metadata: { name: "gatekeeper", namespace: "monitoring" },
    spec: {
      namespaceSelector: { matchNames: ["gatekeeper-system"] },
      selector: { matchLabels: { "gatekeeper.sh/system": "yes" } },
      podMetricsEndpoints: [{ port: "metrics", interval: "30s" }],
    },
  };
}
