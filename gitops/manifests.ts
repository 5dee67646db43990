/**
 * The objects of the generated overlays: everything that carries a site
 * value (addresses, domains, Vault namespace, ASNs). Site-independent
 * objects live in the committed bases under `kustomize/`.
 */
import type { ICertificate } from "@kubernetes-models/cert-manager/cert-manager.io/v1/Certificate";
import type { IClusterIssuer } from "@kubernetes-models/cert-manager/cert-manager.io/v1/ClusterIssuer";
import type { ICiliumBGPClusterConfig } from "@kubernetes-models/cilium/cilium.io/v2/CiliumBGPClusterConfig";
import type { ICiliumLoadBalancerIPPool } from "@kubernetes-models/cilium/cilium.io/v2/CiliumLoadBalancerIPPool";
import type { IClusterSecretStore } from "@kubernetes-models/external-secrets/external-secrets.io/v1/ClusterSecretStore";
import type { IGateway } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/Gateway";
import type { IHTTPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute";
import type { IReferenceGrant } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1beta1/ReferenceGrant";
import type { IWasmPlugin } from "@kubernetes-models/istio/extensions.istio.io/v1alpha1/WasmPlugin";
import type { IAuthorizationPolicy } from "@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy";
import type { IServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor";
import type { IPrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule";
import type { IClusterRoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding";
import type { INamespace } from "kubernetes-models/v1/Namespace";
import type { ClusterContext } from "./context";
import type { IIPAddressPool } from "./metallb";
import { IMAGES } from "./versions";
import { SECRET_STORE } from "./secrets";

/** The BGP peer config and advertisement in `kustomize/base/cilium-bgp` that the cluster config refers to. */
export const CILIUM_BGP_PEER_CONFIG = "gateway";
/** The MetalLB pool name `kustomize/base/metallb-config`'s L2Advertisement announces. */
export const METALLB_POOL = "lb-pool";

export function namespaceObject(name: string, labels: Record<string, string>): INamespace {
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name, ...(Object.keys(labels).length > 0 ? { labels } : {}) },
  };
}

export function metallbPool(ctx: ClusterContext): IIPAddressPool {
  return {
    apiVersion: "metallb.io/v1beta1",
    kind: "IPAddressPool",
    metadata: { name: METALLB_POOL, namespace: "metallb-system" },
    spec: { addresses: [ctx.cluster.loadBalancerCidr], autoAssign: true },
  };
}

export function ciliumPool(ctx: ClusterContext): ICiliumLoadBalancerIPPool {
  return {
    apiVersion: "cilium.io/v2",
    kind: "CiliumLoadBalancerIPPool",
    metadata: { name: "lb-pool" },
    spec: { blocks: [{ cidr: ctx.cluster.loadBalancerCidr }] },
  };
}

/** The cluster's BGP session: local ASN from the cluster file, the peer is the site's gateway. */
export function ciliumBgpCluster(ctx: ClusterContext, asn: number): ICiliumBGPClusterConfig {
  return {
    apiVersion: "cilium.io/v2",
    kind: "CiliumBGPClusterConfig",
    metadata: { name: "gateway" },
    spec: {
      nodeSelector: { matchLabels: { bgp_enabled: "true" } },
      bgpInstances: [
        {
          name: `${ctx.cluster.name}-${asn}`,
          localASN: asn,
          peers: [
            {
              name: "gateway",
              peerAddress: ctx.site.network.gatewayIp,
              peerASN: ctx.site.network.bgpPeerAsn,
              peerConfigRef: { name: CILIUM_BGP_PEER_CONFIG },
            },
          ],
        },
      ],
    },
  };
}

export function clusterSecretStore(ctx: ClusterContext): IClusterSecretStore {
  return {
    apiVersion: "external-secrets.io/v1",
    kind: "ClusterSecretStore",
    metadata: { name: SECRET_STORE },
    spec: {
      provider: {
        vault: {
          server: ctx.site.vault.address,
          namespace: ctx.cluster.vault.namespace,
          // No `path`: keys name their KV v2 mount (`apps/…`, `secret/…`), so one store reads both.
          version: "v2",
          auth: {
            kubernetes: {
              mountPath: ctx.cluster.vault.authMount,
              role: "external-secrets",
              // VaultCluster's role requires the `vault` audience.
              serviceAccountRef: { name: "external-secrets", namespace: "external-secrets", audiences: ["vault"] },
            },
          },
        },
      },
    },
  };
}

const ACME = {
  "letsencrypt-prod": "https://acme-v02.api.letsencrypt.org/directory",
  "letsencrypt-staging": "https://acme-staging-v02.api.letsencrypt.org/directory",
};

export function clusterIssuers(ctx: ClusterContext): IClusterIssuer[] {
  const acme = Object.entries(ACME).map(([name, server]): IClusterIssuer => ({
    apiVersion: "cert-manager.io/v1",
    kind: "ClusterIssuer",
    metadata: { name },
    spec: {
      acme: {
        server,
        email: ctx.site.identity.adminEmail,
        privateKeySecretRef: { name: `${name}-account` },
        solvers: [
          {
            selector: { dnsZones: [ctx.site.domains.root] },
            dns01: { cloudflare: { apiTokenSecretRef: { name: "cloudflare-api-token", key: "api-token" } } },
          },
        ],
      },
    },
  }));
  const vault: IClusterIssuer = {
    apiVersion: "cert-manager.io/v1",
    kind: "ClusterIssuer",
    metadata: { name: "vault" },
    spec: {
      vault: {
        server: ctx.site.vault.address,
        namespace: ctx.cluster.vault.namespace,
        // VaultCluster's intermediate mount and the PKI role named after the cluster.
        path: `pki_int/sign/${ctx.cluster.name}`,
        auth: {
          kubernetes: {
            mountPath: `/v1/auth/${ctx.cluster.vault.authMount}`,
            role: "cert-manager",
            serviceAccountRef: { name: "cert-manager", audiences: ["vault"] },
          },
        },
      },
    },
  };
  return [...acme, vault];
}

export function wildcardCertificate(ctx: ClusterContext): ICertificate {
  return {
    apiVersion: "cert-manager.io/v1",
    kind: "Certificate",
    metadata: { name: `wildcard-${ctx.slug}`, namespace: ctx.wildcardSecret.namespace },
    spec: {
      secretName: ctx.wildcardSecret.name,
      dnsNames: [`*.${ctx.domain}`, ctx.domain],
      duration: "2160h",
      renewBefore: "720h",
      privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always" },
      issuerRef: { kind: "ClusterIssuer", name: "letsencrypt-prod", group: "cert-manager.io" },
    },
  };
}

/** Lets the Gateway (in its namespace) use the wildcard certificate's Secret. */
export function wildcardReferenceGrant(ctx: ClusterContext): IReferenceGrant {
  return {
    apiVersion: "gateway.networking.k8s.io/v1beta1",
    kind: "ReferenceGrant",
    metadata: { name: "gateway-wildcard-tls", namespace: ctx.wildcardSecret.namespace },
    spec: {
      from: [{ group: "gateway.networking.k8s.io", kind: "Gateway", namespace: ctx.gateway.namespace }],
      to: [{ group: "", kind: "Secret", name: ctx.wildcardSecret.name }],
    },
  };
}

export function mainGateway(ctx: ClusterContext): IGateway {
  const hostname = `*.${ctx.domain}`;
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "Gateway",
    metadata: { name: ctx.gateway.name, namespace: ctx.gateway.namespace },
    spec: {
      gatewayClassName: ctx.gateway.className,
      // Cilium's LB IPAM gives the Gateway's Service the ingress VIP that Ziti and DNS point at.
      infrastructure: { annotations: { "lbipam.cilium.io/ips": ctx.cluster.ingressIp } },
      listeners: [
        { name: "http", protocol: "HTTP", port: 80, hostname, allowedRoutes: { namespaces: { from: "Same" } } },
        {
          name: "https",
          protocol: "HTTPS",
          port: 443,
          hostname,
          tls: {
            mode: "Terminate",
            certificateRefs: [
              { group: "", kind: "Secret", name: ctx.wildcardSecret.name, namespace: ctx.wildcardSecret.namespace },
            ],
          },
          allowedRoutes: { namespaces: { from: "All" } },
        },
      ],
    },
  };
}

/** Redirects every plain-HTTP request to HTTPS. */
export function httpsRedirect(ctx: ClusterContext): IHTTPRoute {
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "HTTPRoute",
    metadata: { name: "https-redirect", namespace: ctx.gateway.namespace },
    spec: {
      parentRefs: [{ name: ctx.gateway.name, sectionName: "http" }],
      rules: [{ filters: [{ type: "RequestRedirect", requestRedirect: { scheme: "https", statusCode: 301 } }] }],
    },
  };
}

/** A host on the cluster domain routed through the Gateway's HTTPS listener to a Service. */
export interface WebRoute {
  /** Host label: `<host>.<cluster domain>`; also the route's name. */
  readonly host: string;
  /** The full host name, when it is not `<host>.<cluster domain>`. */
  readonly hostname?: string;
  readonly namespace: string;
  readonly service: string;
  readonly port: number;
  /** Path prefixes that go to another Service of the same application. */
  readonly paths?: readonly { readonly prefix: string; readonly service: string; readonly port: number }[];
}

export function httpRoute(ctx: ClusterContext, route: WebRoute): IHTTPRoute {
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "HTTPRoute",
    metadata: { name: route.host, namespace: route.namespace },
    spec: {
      parentRefs: [{ name: ctx.gateway.name, namespace: ctx.gateway.namespace, sectionName: "https" }],
      hostnames: [route.hostname ?? `${route.host}.${ctx.domain}`],
      rules: [
        ...(route.paths ?? []).map((p) => ({
          matches: [{ path: { type: "PathPrefix" as const, value: p.prefix } }],
          backendRefs: [{ name: p.service, port: p.port }],
        })),
        { backendRefs: [{ name: route.service, port: route.port }] },
      ],
    },
  };
}

/**
 * RBAC for people logging in through the broker: kube-apiserver prefixes
 * OIDC groups with `oidc:` (nixos/modules/rke2-server.nix), the broker
 * publishes plain group names.
 */
export function oidcBindings(): IClusterRoleBinding[] {
  const bindings: [string, string, string[]][] = [
    ["oidc-cluster-admins", "cluster-admin", ["platform-admins", "k8s-admins"]],
    ["oidc-k8s-operators", "k8s-operator", ["k8s-operators"]],
    ["oidc-viewers", "view", ["web-admins", "web-operators"]],
  ];
  return bindings.map(([name, role, groups]) => ({
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRoleBinding",
    metadata: { name },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: role },
    subjects: groups.map((g) => ({ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: `oidc:${g}` })),
  }));
}

/** Requests for these hosts pass OAuth2-Proxy (istiod's `oauth2-proxy` extension provider) at the Gateway. */
export function gatewayExtAuthz(ctx: ClusterContext, hosts: readonly string[]): IAuthorizationPolicy {
  return {
    apiVersion: "security.istio.io/v1",
    kind: "AuthorizationPolicy",
    metadata: { name: "oauth2-proxy", namespace: ctx.gateway.namespace },
    spec: {
      targetRefs: [{ group: "gateway.networking.k8s.io", kind: "Gateway", name: ctx.gateway.name }],
      action: "CUSTOM",
      provider: { name: "oauth2-proxy" },
      rules: [{ to: [{ operation: { hosts: hosts.map((h) => `${h}.${ctx.domain}`) } }] }],
    },
  };
}

/** Alerts on what the platform's own plumbing does: certificates, secrets from Vault, ArgoCD's Applications. */
export function platformAlerts(): IPrometheusRule {
  const rule = (alert: string, expr: string, minutes: number, summary: string) => ({
    alert,
    expr,
    for: `${minutes}m`,
    labels: { severity: "warning" },
    annotations: { summary },
  });
  return {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "PrometheusRule",
    metadata: { name: "platform", namespace: "monitoring" },
    spec: {
      groups: [
        {
          name: "platform",
          rules: [
            rule(
              "CertificateExpiresSoon",
              "certmanager_certificate_expiration_timestamp_seconds - time() < 14 * 24 * 3600",
              60,
              "Certificate {{ $labels.namespace }}/{{ $labels.name }} expires within 14 days and has not been renewed",
            ),
            rule(
              "CertificateNotReady",
              'certmanager_certificate_ready_status{condition="False"} == 1',
              30,
              "Certificate {{ $labels.namespace }}/{{ $labels.name }} is not ready",
            ),
            rule(
              "ExternalSecretNotSynced",
              'externalsecret_status_condition{condition="Ready", status="False"} == 1',
              15,
              "ExternalSecret {{ $labels.namespace }}/{{ $labels.name }} cannot read its Vault key",
            ),
            rule(
              "ApplicationUnhealthy",
              'argocd_app_info{health_status!~"Healthy|Progressing"} == 1',
              30,
              "ArgoCD Application {{ $labels.name }} is {{ $labels.health_status }}",
            ),
            rule(
              "ApplicationOutOfSync",
              'argocd_app_info{sync_status!="Synced"} == 1',
              60,
              "ArgoCD Application {{ $labels.name }} has not synced for an hour",
            ),
          ],
        },
      ],
    },
  };
}

/** Scrapes the ArgoCD application controller's metrics Service (argo-cd chart, `controller.metrics`). */
export function argocdServiceMonitor(): IServiceMonitor {
  return {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "ServiceMonitor",
    metadata: { name: "argocd-application-controller", namespace: "monitoring" },
    spec: {
      namespaceSelector: { matchNames: ["argocd"] },
      selector: { matchLabels: { "app.kubernetes.io/name": "argocd-metrics" } },
      endpoints: [{ port: "http-metrics", interval: "30s" }],
    },
  };
}

/** The Coraza WAF with the OWASP Core Rule Set, in blocking mode, on the Gateway's HTTP filter chain. */
export function corazaWaf(ctx: ClusterContext): IWasmPlugin {
  return {
    apiVersion: "extensions.istio.io/v1alpha1",
    kind: "WasmPlugin",
    metadata: { name: "coraza-waf", namespace: ctx.gateway.namespace },
    spec: {
      targetRefs: [{ group: "gateway.networking.k8s.io", kind: "Gateway", name: ctx.gateway.name }],
      url: IMAGES.corazaProxyWasm,
      phase: "AUTHN",
      // A broken plugin must not open the Gateway: requests fail instead.
      failStrategy: "FAIL_CLOSE",
      pluginConfig: {
        directives_map: {
          default: [
            "Include @recommended-conf",
            "SecRuleEngine On",
            "SecResponseBodyAccess Off",
            "Include @crs-setup-conf",
            "Include @owasp_crs/*.conf",
          ],
        },
        default_directives: "default",
      },
    },
  };
}
