/**
 * Every Helm chart and upstream manifest set the platform installs, with its
 * version: declared here once. The ArgoCD Applications, the bootstrap stack
 * (which installs Cilium and ArgoCD before ArgoCD manages them) and the
 * verification tier all read this table, so a version cannot drift between
 * them.
 */

/** A Helm chart at a pinned version. */
export interface ChartPin {
  /** Chart name in its repository. */
  readonly chart: string;
  /** Helm repository URL. */
  readonly repoURL: string;
  /** Exact chart version (never a range). */
  readonly version: string;
  /**
   * Where the chart's source can be read without its Helm repository: a Go
   * module whose zip holds the chart at this version (used by the
   * verification tier to `helm template` the generated values).
   */
  readonly module?: { readonly path: string; readonly version: string; readonly chartDir: string };
}

/** Manifests taken from an upstream Git repository at a tag (an ArgoCD directory source). */
export interface ManifestPin {
  readonly repoURL: string;
  /** Git tag. */
  readonly version: string;
  /** Directory inside the repository. */
  readonly path: string;
  /** Files of the directory to apply (ArgoCD `directory.include`), when not all of them. */
  readonly include?: string;
}

const PROMETHEUS_COMMUNITY = "https://prometheus-community.github.io/helm-charts";
const CILIUM = "https://helm.cilium.io";
const ISTIO = "https://istio-release.storage.googleapis.com/charts";
const GRAFANA = "https://grafana.github.io/helm-charts";
const SPIFFE = "https://spiffe.github.io/helm-charts-hardened";
const ISTIO_VERSION = "1.28.5";

export const CHARTS = {
  prometheusOperatorCrds: { chart: "prometheus-operator-crds", repoURL: PROMETHEUS_COMMUNITY, version: "18.0.1" },
  metallb: {
    chart: "metallb",
    repoURL: "https://metallb.github.io/metallb",
    version: "0.15.3",
    module: { path: "go.universe.tf/metallb", version: "v0.15.3", chartDir: "charts/metallb" },
  },
  cilium: {
    chart: "cilium",
    repoURL: CILIUM,
    version: "1.19.0",
    module: { path: "github.com/cilium/cilium", version: "v1.19.0", chartDir: "install/kubernetes/cilium" },
  },
  tetragon: { chart: "tetragon", repoURL: CILIUM, version: "1.2.1" },
  certManager: {
    chart: "cert-manager",
    repoURL: "https://charts.jetstack.io",
    version: "v1.19.4",
    module: {
      path: "github.com/cert-manager/cert-manager",
      version: "v1.19.4",
      chartDir: "deploy/charts/cert-manager",
    },
  },
  externalSecrets: {
    chart: "external-secrets",
    repoURL: "https://charts.external-secrets.io",
    version: "0.16.2",
    module: {
      path: "github.com/external-secrets/external-secrets",
      version: "v0.16.2",
      chartDir: "deploy/charts/external-secrets",
    },
  },
  externalDns: { chart: "external-dns", repoURL: "https://kubernetes-sigs.github.io/external-dns", version: "1.20.0" },
  ingressNginx: { chart: "ingress-nginx", repoURL: "https://kubernetes.github.io/ingress-nginx", version: "4.14.5" },
  istioBase: { chart: "base", repoURL: ISTIO, version: ISTIO_VERSION },
  istioCni: { chart: "cni", repoURL: ISTIO, version: ISTIO_VERSION },
  istiod: { chart: "istiod", repoURL: ISTIO, version: ISTIO_VERSION },
  ztunnel: { chart: "ztunnel", repoURL: ISTIO, version: ISTIO_VERSION },
  argocd: { chart: "argo-cd", repoURL: "https://argoproj.github.io/argo-helm", version: "9.4.17" },
  zitiRouter: { chart: "ziti-router", repoURL: "https://openziti.io/helm-charts", version: "1.6.2" },
  teleportKubeAgent: {
    chart: "teleport-kube-agent",
    repoURL: "https://charts.releases.teleport.dev",
    version: "18.7.3",
  },
  oauth2Proxy: { chart: "oauth2-proxy", repoURL: "https://oauth2-proxy.github.io/manifests", version: "10.4.2" },
  cloudnativePg: { chart: "cloudnative-pg", repoURL: "https://cloudnative-pg.github.io/charts", version: "0.27.1" },
  gatekeeper: {
    chart: "gatekeeper",
    repoURL: "https://open-policy-agent.github.io/gatekeeper/charts",
    version: "3.21.1",
    module: {
      path: "github.com/open-policy-agent/gatekeeper/v3",
      version: "v3.21.1",
      chartDir: "charts/gatekeeper",
    },
  },
  longhorn: { chart: "longhorn", repoURL: "https://charts.longhorn.io", version: "1.8.2" },
  spireCrds: { chart: "spire-crds", repoURL: SPIFFE, version: "0.5.0" },
  spire: { chart: "spire", repoURL: SPIFFE, version: "0.28.3" },
  kubePrometheusStack: { chart: "kube-prometheus-stack", repoURL: PROMETHEUS_COMMUNITY, version: "82.16.0" },
  loki: { chart: "loki", repoURL: GRAFANA, version: "6.55.0" },
  tempo: { chart: "tempo", repoURL: GRAFANA, version: "1.24.4" },
  alloy: { chart: "alloy", repoURL: GRAFANA, version: "1.6.2" },
  beyla: { chart: "beyla", repoURL: GRAFANA, version: "1.15.0" },
  crowdsec: { chart: "crowdsec", repoURL: "https://crowdsecurity.github.io/helm-charts", version: "0.22.1" },
  headlamp: { chart: "headlamp", repoURL: "https://kubernetes-sigs.github.io/headlamp/", version: "0.41.0" },
  kiali: { chart: "kiali-server", repoURL: "https://kiali.org/helm-charts", version: "2.24.0" },
  dependencyTrack: {
    chart: "dependency-track",
    repoURL: "https://dependencytrack.github.io/helm-charts",
    version: "0.43.0",
  },
  openWebui: { chart: "open-webui", repoURL: "https://helm.openwebui.com/", version: "12.13.0" },
  trivyOperator: { chart: "trivy-operator", repoURL: "https://aquasecurity.github.io/helm-charts", version: "0.32.1" },
} as const satisfies Record<string, ChartPin>;

export type ChartKey = keyof typeof CHARTS;

/** Upstream manifest sets applied as ArgoCD directory sources. */
export const MANIFESTS = {
  /** Gateway API, standard channel (Gateway, HTTPRoute, ReferenceGrant, …). */
  gatewayApiCrds: {
    repoURL: "https://github.com/kubernetes-sigs/gateway-api",
    version: "v1.4.1",
    path: "config/crd/standard",
  },
  /** The Keycloak operator's CRDs and deployment (keycloak-k8s-resources). */
  keycloakOperator: {
    repoURL: "https://github.com/keycloak/keycloak-k8s-resources",
    version: "26.5.2",
    path: "kubernetes",
    include: "{keycloaks.k8s.keycloak.org-v1.yml,keycloakrealmimports.k8s.keycloak.org-v1.yml,kubernetes.yml}",
  },
  /**
   * Argo CD Image Updater's own install (its CRD, RBAC and controller), a
   * kustomization; v1.0.0, the version the toolchain extracts (the argo-helm
   * chart is not obtainable offline).
   */
  imageUpdater: {
    repoURL: "https://github.com/argoproj-labs/argocd-image-updater",
    version: "v1.0.0",
    path: "config/default",
  },
} as const satisfies Record<string, ManifestPin>;

/** Images the tree names directly (not through a chart). */
export const IMAGES = {
  /** Coraza's proxy-wasm filter with the OWASP CRS built in (github.com/corazawaf/coraza-proxy-wasm). */
  corazaProxyWasm: "oci://ghcr.io/corazawaf/coraza-proxy-wasm:0.5.0",
  /**
   * Open Terminal's slim variant (github.com/open-webui/open-terminal): the
   * server without sudo, the desktop stack or the capability-bearing Python
   * of the full image, which a container with every capability dropped
   * could not start.
   */
  openTerminal: "ghcr.io/open-webui/open-terminal:0.12.5-slim",
  /** SearXNG (github.com/searxng/searxng); its images are tagged `<date>-<commit>`. */
  searxng: "docker.io/searxng/searxng:2026.9.25-12f8b6515",
  /**
   * uv with Python (github.com/astral-sh/uv), which runs mcpo and its MCP
   * servers from PyPI at the versions in MCPO: no version tag of mcpo's own
   * image (ghcr.io/open-webui/mcpo) could be confirmed, only moving tags
   * (`main`, `latest`) and commit tags.
   */
  uvPython: "ghcr.io/astral-sh/uv:0.9.26-python3.13-bookworm-slim",
  /** Python with nothing added: Dependency-Track's API-key and SBOM upload Jobs use only its standard library. */
  python: "docker.io/library/python:3.12.13-slim",
} as const;

/** mcpo (PyPI `mcpo`) and the MCP servers it serves to Open WebUI (PyPI), started by uvx at these versions. */
export const MCPO = {
  mcpo: "0.0.20",
  servers: {
    /** Current time and time-zone conversion (modelcontextprotocol/servers, `src/time`). */
    time: { package: "mcp-server-time", version: "2026.10.19" },
    /** Fetches a URL and returns it as Markdown (modelcontextprotocol/servers, `src/fetch`). */
    fetch: { package: "mcp-server-fetch", version: "2026.10.24" },
  },
} as const;
