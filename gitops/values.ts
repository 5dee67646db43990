/**
 * Helm values of the platform's charts, per cluster: everything here is
 * derived from the model (domains, addresses, switches) and written to
 * `clusters/<cluster>/values/<app>.yaml`.
 */
import { applicationSetParams } from "./apps-discovery";
import { APPLICATION_HEALTH_LUA } from "./argocd";
import type { ClusterContext } from "./context";
import { GRAFANA_DASHBOARD_LABEL, GRAFANA_FOLDER_ANNOTATION, PROMETHEUS_DATASOURCE_UID } from "./dashboards";
import { COMPANION_SECRETS, searxngQueryUrl, toolServerConnections } from "./open-webui";
import { toYaml } from "./tree";

/** Web front ends: an Ingress (nginx) on default clusters, an HTTPRoute on Istio clusters. */
export function ingressValues(ctx: ClusterContext, hostname: string): Record<string, unknown> {
  return {
    enabled: !ctx.istio,
    ingressClassName: "nginx",
    hosts: [hostname],
  };
}

export function ciliumValues(ctx: ClusterContext): Record<string, unknown> {
  return {
    // RKE2 runs with `cni: none` and without kube-proxy on Cilium clusters: Cilium replaces both.
    kubeProxyReplacement: true,
    k8sServiceHost: ctx.cluster.master.ip,
    k8sServicePort: 6443,
    ipam: { mode: "kubernetes" },
    routingMode: "tunnel",
    tunnelProtocol: "vxlan",
    bgpControlPlane: { enabled: ctx.istio },
    loadBalancer: { mode: "snat" },
    // Istio Ambient chains its CNI after Cilium's and redirects in the pod namespace.
    cni: { exclusive: !ctx.istio },
    socketLB: { hostNamespaceOnly: ctx.istio },
    bpf: { masquerade: false, hostLegacyRouting: true },
    enableIPv4Masquerade: true,
    hubble: { relay: { enabled: true }, ui: { enabled: true } },
    operator: { replicas: 1 },
    gatewayAPI: { enabled: false },
    encryption: { enabled: false },
  };
}

/** The managed ArgoCD's values; the bootstrap installs ArgoCD with the same ones. */
export function argocdValues(ctx: ClusterContext): Record<string, unknown> {
  const { host } = ctx.cluster.webApps.argocd;
  const oidc = {
    name: "Keycloak",
    issuer: ctx.cluster.oidc.issuerUrl,
    clientID: "argocd",
    clientSecret: "$argocd-oidc-secret:client-secret",
    requestedScopes: ["openid", "profile", "email", "groups"],
  };
  // ArgoCD sees the broker's plain group names (no `oidc:` prefix, which only kube-apiserver adds).
  const policy = [
    "g, platform-admins, role:admin",
    "g, k8s-admins, role:admin",
    "g, web-admins, role:admin",
    "g, k8s-operators, role:readonly",
    "g, web-operators, role:readonly",
    "",
  ].join("\n");
  return {
    global: { domain: host },
    crds: { keep: true },
    configs: {
      cm: {
        url: `https://${host}`,
        "oidc.config": toYaml(oidc),
        "resource.customizations.health.argoproj.io_Application": APPLICATION_HEALTH_LUA,
        "application.resourceTrackingMethod": "annotation",
      },
      params: { "server.insecure": true, ...applicationSetParams(ctx) },
      // The bootstrap writes argocd-ssh-known-hosts-cm with GitLab's pinned host key, which the tree
      // cannot know; the chart's default list must not replace it.
      ssh: { create: false },
      rbac: { "policy.default": "role:readonly", "policy.csv": policy, scopes: "[groups]" },
    },
    server: {
      ingress: { enabled: !ctx.istio, ingressClassName: "nginx", hostname: host, tls: true },
    },
    // argocd_app_info, which the platform alerts watch. The ServiceMonitor is in monitoring-config: the
    // bootstrap installs these values before the ServiceMonitor CRD exists.
    controller: { metrics: { enabled: true } },
  };
}

export function openWebuiValues(ctx: ClusterContext): Record<string, unknown> {
  const fromSecret = (name: string, secret: string, key: string) => ({
    name,
    valueFrom: { secretKeyRef: { name: secret, key } },
  });
  const ollama = ctx.site.network.ollamaUrl;
  return {
    ollama: { enabled: false },
    pipelines: { enabled: false },
    ...(ollama ? { ollamaUrls: [ollama] } : {}),
    ingress: { enabled: !ctx.istio, class: "nginx", host: ctx.cluster.webApps.openWebui.host },
    extraEnvVars: [
      fromSecret("DATABASE_URL", "open-webui-db", "url"),
      fromSecret("OAUTH_CLIENT_ID", "open-webui-oidc", "client-id"),
      fromSecret("OAUTH_CLIENT_SECRET", "open-webui-oidc", "client-secret"),
      { name: "OPENID_PROVIDER_URL", value: `${ctx.cluster.oidc.issuerUrl}/.well-known/openid-configuration` },
      { name: "OPENID_REDIRECT_URI", value: ctx.cluster.webApps.openWebui.redirectUris[0] },
      { name: "OAUTH_PROVIDER_NAME", value: "Keycloak" },
      { name: "OAUTH_SCOPES", value: "openid email profile groups" },
      { name: "ENABLE_OAUTH_SIGNUP", value: "true" },
      { name: "ENABLE_LOGIN_FORM", value: "false" },
      { name: "WEBUI_URL", value: ctx.cluster.webApps.openWebui.url },
      // The companions (gitops/open-webui.ts): web search through SearXNG, mcpo's tool servers, Open Terminal.
      { name: "ENABLE_WEB_SEARCH", value: "true" },
      { name: "WEB_SEARCH_ENGINE", value: "searxng" },
      { name: "SEARXNG_QUERY_URL", value: searxngQueryUrl() },
      { name: "TOOL_SERVER_CONNECTIONS", value: toolServerConnections() },
      fromSecret("TERMINAL_SERVER_CONNECTIONS", COMPANION_SECRETS.terminalConnections, "connections"),
    ],
  };
}

export function monitoringValues(ctx: ClusterContext): Record<string, unknown> {
  const issuer = ctx.cluster.oidc.issuerUrl;
  return {
    // prometheus-operator-crds (wave −5) owns the CRDs.
    crds: { enabled: false },
    prometheus: {
      prometheusSpec: {
        retention: "7d",
        storageSpec: {
          volumeClaimTemplate: {
            spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "20Gi" } } },
          },
        },
        serviceMonitorSelectorNilUsesHelmValues: false,
        podMonitorSelectorNilUsesHelmValues: false,
        ruleSelectorNilUsesHelmValues: false,
      },
    },
    grafana: {
      admin: { existingSecret: "grafana-admin", userKey: "admin-user", passwordKey: "admin-password" },
      // The platform dashboards (gitops/dashboards.ts) in their folder, and the data source they query.
      sidecar: {
        dashboards: {
          enabled: true,
          label: GRAFANA_DASHBOARD_LABEL.name,
          labelValue: GRAFANA_DASHBOARD_LABEL.value,
          folderAnnotation: GRAFANA_FOLDER_ANNOTATION,
          provider: { foldersFromFilesStructure: true },
        },
        datasources: { uid: PROMETHEUS_DATASOURCE_UID },
      },
      ingress: ingressValues(ctx, ctx.cluster.webApps.grafana.host),
      "grafana.ini": {
        server: { root_url: ctx.cluster.webApps.grafana.url },
        "auth.generic_oauth": {
          enabled: true,
          name: "Keycloak",
          client_id: "$__file{/etc/secrets/grafana-oidc/client-id}",
          client_secret: "$__file{/etc/secrets/grafana-oidc/client-secret}",
          scopes: "openid profile email groups",
          auth_url: `${issuer}/protocol/openid-connect/auth`,
          token_url: `${issuer}/protocol/openid-connect/token`,
          api_url: `${issuer}/protocol/openid-connect/userinfo`,
          groups_attribute_path: "groups",
          role_attribute_path:
            "contains(groups[*], 'platform-admins') && 'Admin' || contains(groups[*], 'web-admins') && 'Editor' || 'Viewer'",
          allow_assign_grafana_admin: false,
          use_pkce: true,
        },
      },
      extraSecretMounts: [
        { name: "grafana-oidc", secretName: "grafana-oidc", mountPath: "/etc/secrets/grafana-oidc", readOnly: true },
      ],
      additionalDataSources: [
        { name: "Loki", type: "loki", uid: "loki", access: "proxy", url: "http://loki.monitoring.svc:3100" },
        {
          name: "Tempo",
          type: "tempo",
          uid: "tempo",
          access: "proxy",
          url: "http://tempo.monitoring.svc:3200",
          jsonData: {
            tracesToLogsV2: { datasourceUid: "loki" },
            serviceMap: { datasourceUid: PROMETHEUS_DATASOURCE_UID },
          },
        },
      ],
    },
  };
}

/** MinIO's S3 endpoint (host, TLS on 443), where Loki and Tempo keep their data in per-cluster buckets. */
function s3Host(ctx: ClusterContext): string {
  return new URL(ctx.site.state.endpoint).host;
}

export function lokiValues(ctx: ClusterContext): Record<string, unknown> {
  const bucket = `loki-${ctx.cluster.name}`;
  return {
    deploymentMode: "SingleBinary",
    loki: {
      auth_enabled: false,
      commonConfig: { replication_factor: 1 },
      schemaConfig: {
        configs: [
          {
            from: "2025-01-01",
            store: "tsdb",
            object_store: "s3",
            schema: "v13",
            index: { prefix: "loki_index_", period: "24h" },
          },
        ],
      },
      storage: {
        type: "s3",
        bucketNames: { chunks: bucket, ruler: bucket, admin: bucket },
        s3: {
          endpoint: s3Host(ctx),
          s3ForcePathStyle: true,
          insecure: false,
          // Expanded from the loki-minio Secret's environment (-config.expand-env).
          accessKeyId: "${AWS_ACCESS_KEY_ID}",
          secretAccessKey: "${AWS_SECRET_ACCESS_KEY}",
        },
      },
      limits_config: { retention_period: "168h" },
      compactor: { retention_enabled: true, delete_request_store: "s3" },
    },
    singleBinary: {
      replicas: 1,
      extraArgs: ["-config.expand-env=true"],
      extraEnvFrom: [{ secretRef: { name: "loki-minio" } }],
    },
    backend: { replicas: 0 },
    read: { replicas: 0 },
    write: { replicas: 0 },
    chunksCache: { enabled: false },
    resultsCache: { enabled: false },
    lokiCanary: { enabled: false },
    test: { enabled: false },
  };
}

export function tempoValues(ctx: ClusterContext): Record<string, unknown> {
  return {
    tempo: {
      extraArgs: { "config.expand-env": "true" },
      extraEnvFrom: [{ secretRef: { name: "tempo-minio" } }],
      retention: "168h",
      storage: {
        trace: {
          backend: "s3",
          s3: {
            bucket: `tempo-${ctx.cluster.name}`,
            endpoint: s3Host(ctx),
            forcepathstyle: true,
            insecure: false,
            access_key: "${AWS_ACCESS_KEY_ID}",
            secret_key: "${AWS_SECRET_ACCESS_KEY}",
          },
        },
      },
      receivers: {
        otlp: { protocols: { grpc: { endpoint: "0.0.0.0:4317" }, http: { endpoint: "0.0.0.0:4318" } } },
      },
    },
  };
}

/** Alloy: every pod's logs to Loki, OTLP traces (from Beyla and applications) to Tempo. */
export const ALLOY_CONFIG = [
  'discovery.kubernetes "pods" {',
  '  role = "pod"',
  "}",
  "",
  'discovery.relabel "pods" {',
  "  targets = discovery.kubernetes.pods.targets",
  "  rule {",
  '    source_labels = ["__meta_kubernetes_namespace"]',
  '    target_label  = "namespace"',
  "  }",
  "  rule {",
  '    source_labels = ["__meta_kubernetes_pod_name"]',
  '    target_label  = "pod"',
  "  }",
  "  rule {",
  '    source_labels = ["__meta_kubernetes_pod_container_name"]',
  '    target_label  = "container"',
  "  }",
  "}",
  "",
  'loki.source.kubernetes "pods" {',
  "  targets    = discovery.relabel.pods.output",
  "  forward_to = [loki.write.default.receiver]",
  "}",
  "",
  'loki.write "default" {',
  "  endpoint {",
  '    url = "http://loki.monitoring.svc:3100/loki/api/v1/push"',
  "  }",
  "}",
  "",
  'otelcol.receiver.otlp "default" {',
  "  grpc {}",
  "  http {}",
  "  output {",
  "    traces = [otelcol.exporter.otlp.tempo.input]",
  "  }",
  "}",
  "",
  'otelcol.exporter.otlp "tempo" {',
  "  client {",
  '    endpoint = "tempo.monitoring.svc:4317"',
  "    tls {",
  "      insecure = true",
  "    }",
  "  }",
  "}",
  "",
].join("\n");

/** Dependency-Track: API server on the cluster's CloudNativePG database, OIDC login (public client, PKCE) in the UI. */
export function dependencyTrackValues(ctx: ClusterContext): Record<string, unknown> {
  const { host } = ctx.cluster.webApps.dependencyTrack;
  const issuer = ctx.cluster.oidc.issuerUrl;
  const fromSecret = (name: string, secret: string, key: string) => ({
    name,
    valueFrom: { secretKeyRef: { name: secret, key } },
  });
  return {
    apiServer: {
      extraEnv: [
        { name: "ALPINE_DATABASE_MODE", value: "external" },
        { name: "ALPINE_DATABASE_URL", value: "jdbc:postgresql://dependency-track-db-rw:5432/dtrack" },
        { name: "ALPINE_DATABASE_DRIVER", value: "org.postgresql.Driver" },
        fromSecret("ALPINE_DATABASE_USERNAME", "dependency-track-db", "username"),
        fromSecret("ALPINE_DATABASE_PASSWORD", "dependency-track-db", "password"),
        { name: "ALPINE_OIDC_ENABLED", value: "true" },
        { name: "ALPINE_OIDC_ISSUER", value: issuer },
        fromSecret("ALPINE_OIDC_CLIENT_ID", "dependency-track-oidc", "client-id"),
        { name: "ALPINE_OIDC_USERNAME_CLAIM", value: "preferred_username" },
        { name: "ALPINE_OIDC_TEAMS_CLAIM", value: "groups" },
        { name: "ALPINE_OIDC_USER_PROVISIONING", value: "true" },
        { name: "ALPINE_OIDC_TEAM_SYNCHRONIZATION", value: "true" },
      ],
    },
    frontend: {
      extraEnv: [
        { name: "API_BASE_URL", value: `https://${host}` },
        { name: "OIDC_ISSUER", value: issuer },
        fromSecret("OIDC_CLIENT_ID", "dependency-track-oidc", "client-id"),
        { name: "OIDC_SCOPE", value: "openid profile email groups" },
        { name: "OIDC_FLOW", value: "code" },
      ],
    },
    ingress: { enabled: !ctx.istio, ingressClassName: "nginx", hostname: host },
  };
}

/** CrowdSec: the agent reads the ingress's access logs (nginx, or the Istio Gateway's Envoy) and decides on attackers. */
export function crowdsecValues(ctx: ClusterContext): Record<string, unknown> {
  const acquisition = ctx.istio
    ? { namespace: ctx.gateway.namespace, podName: `${ctx.gateway.name}-istio-*`, program: "envoy" }
    : { namespace: "ingress-nginx", podName: "ingress-nginx-controller-*", program: "nginx" };
  return {
    container_runtime: "containerd",
    agent: {
      acquisition: [acquisition],
      env: [{ name: "COLLECTIONS", value: ctx.istio ? "crowdsecurity/envoy" : "crowdsecurity/nginx" }],
    },
    lapi: {
      // Decisions stay in the cluster: no enrolment with CrowdSec's console or central API.
      env: [{ name: "DISABLE_ONLINE_API", value: "true" }],
    },
  };
}
