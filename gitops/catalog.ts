/**
 * The platform's Applications for one cluster, with their conditions:
 *
 * - `cni` decides the CNI-bound parts: Cilium (+ Tetragon) and Cilium
 *   network policies on `cilium`, Kubernetes NetworkPolicies on Canal;
 * - the profile (`helmfile_env`) decides load balancing and ingress:
 *   MetalLB L2 + ingress-nginx on `default`, Cilium LB IPAM + BGP, Istio
 *   Ambient and the Gateway API on `istio-mesh`;
 * - `oidc.enabled` decides the OIDC RBAC bindings;
 * - the site's `apps` switches decide Kiali (Istio clusters), Open WebUI
 *   (with Open Terminal, SearXNG and mcpo) and Dependency-Track (with its
 *   SBOM upload).
 *
 * Waves: −5 namespaces and CRDs, −4 networking, −3 certificates and secrets
 * operators, −2 their configuration, −1 DNS and ingress, 0 platform
 * services, 1 identity, 2 observability, 3 policy and scanning, 4
 * applications, 5 what needs an application running (Dependency-Track's
 * API key).
 */
import type { IKeycloak, ICnpgCluster } from "./operators";
import type { PlatformApp } from "./argocd";
import { appsDiscoveryApp } from "./apps-discovery";
import { imageUpdaterApp } from "./image-updater";
import type { ClusterContext } from "./context";
import { SUPPORT_PORTS } from "./context";
import {
  ciliumBgpCluster,
  ciliumPool,
  clusterIssuers,
  clusterSecretStore,
  corazaWaf,
  gatewayExtAuthz,
  httpRoute,
  httpsRedirect,
  mainGateway,
  metallbPool,
  namespaceObject,
  oidcBindings,
  platformAlerts,
  argocdServiceMonitor,
  WebRoute,
  wildcardCertificate,
  wildcardReferenceGrant,
} from "./manifests";
import { networkPolicies } from "./network-policies";
import { dashboardConfigMaps, gatekeeperPodMonitor } from "./dashboards";
import { dependencyTrackSbomObjects, SBOM_SCRIPTS_BASE } from "./dependency-track";
import { mcpoObjects, openTerminalObjects, searxngObjects } from "./open-webui";
import { dependencyTrackEnabled, externalSecret, externalSecretSpecs, kialiEnabled } from "./secrets";
import {
  ALLOY_CONFIG,
  argocdValues,
  ciliumValues,
  crowdsecValues,
  dependencyTrackValues,
  ingressValues,
  lokiValues,
  monitoringValues,
  openWebuiValues,
  tempoValues,
} from "./values";

/** Namespaces that exist before any Application runs and are never created or pruned by the tree. */
const SYSTEM_NAMESPACES = new Set(["argocd", "default", "kube-system", "kube-public"]);

/** A one-instance CloudNativePG cluster whose owner's credentials come from `<name>` / `<ns>`'s ExternalSecret. */
function postgresCluster(name: string, namespace: string, database: string, secret = name): ICnpgCluster {
  return {
    apiVersion: "postgresql.cnpg.io/v1",
    kind: "Cluster",
    metadata: { name, namespace },
    spec: {
      instances: 1,
      storage: { size: "5Gi" },
      bootstrap: { initdb: { database, owner: database, secret: { name: secret } } },
    },
  };
}

function keycloakObjects(ctx: ClusterContext): (IKeycloak | ICnpgCluster)[] {
  const db = postgresCluster("keycloak-db", "keycloak", "keycloak", "keycloak-db-credentials");
  const host = new URL(ctx.cluster.keycloakUrl).host;
  const keycloak: IKeycloak = {
    apiVersion: "k8s.keycloak.org/v2beta1",
    kind: "Keycloak",
    metadata: { name: "keycloak", namespace: "keycloak" },
    spec: {
      instances: 1,
      db: {
        vendor: "postgres",
        // CloudNativePG's read-write Service for the cluster above.
        host: "keycloak-db-rw",
        database: "keycloak",
        usernameSecret: { name: "keycloak-db-credentials", key: "username" },
        passwordSecret: { name: "keycloak-db-credentials", key: "password" },
      },
      hostname: { hostname: `https://${host}`, strict: true },
      // TLS ends at the ingress (nginx or the Gateway), which forwards X-Forwarded-*.
      http: { httpEnabled: true },
      proxy: { headers: "xforwarded" },
      ingress: ctx.istio ? { enabled: false } : { enabled: true, className: "nginx" },
    },
  };
  return [db, keycloak];
}

/** Hosts the Gateway routes on Istio clusters (nginx clusters get Ingresses from the charts). */
function webRoutes(ctx: ClusterContext): WebRoute[] {
  const web = ctx.cluster.webApps;
  const routes: WebRoute[] = [
    { host: "argocd", hostname: web.argocd.host, namespace: "argocd", service: "argocd-server", port: 80 },
    // The cluster's Keycloak: https://auth.<cluster domain> unless the cluster file names another URL.
    {
      host: "auth",
      hostname: new URL(ctx.cluster.keycloakUrl).hostname,
      namespace: "keycloak",
      service: "keycloak-service",
      port: 8080,
    },
    {
      host: "grafana",
      hostname: web.grafana.host,
      namespace: "monitoring",
      service: "kube-prometheus-stack-grafana",
      port: 80,
    },
    { host: "headlamp", hostname: web.headlamp.host, namespace: "headlamp", service: "headlamp", port: 80 },
    {
      host: "oauth2-proxy",
      hostname: web.oauth2Proxy.host,
      namespace: "oauth2-proxy",
      service: "oauth2-proxy",
      port: 80,
    },
  ];
  if (ctx.cilium) routes.push({ host: "hubble", namespace: "kube-system", service: "hubble-ui", port: 80 });
  if (kialiEnabled(ctx))
    routes.push({ host: "kiali", hostname: web.kiali.host, namespace: "istio-system", service: "kiali", port: 20001 });
  if (ctx.site.apps.openWebui)
    routes.push({
      host: "open-webui",
      hostname: web.openWebui.host,
      namespace: "open-webui",
      service: "open-webui",
      port: 80,
    });
  if (dependencyTrackEnabled(ctx.site))
    routes.push({
      host: "dtrack",
      hostname: web.dependencyTrack.host,
      namespace: "dependency-track",
      service: "dependency-track-frontend",
      port: 8080,
      paths: [{ prefix: "/api", service: "dependency-track-api-server", port: 8080 }],
    });
  return routes;
}

/** Every Application of the cluster, in wave order. */
export function platformApps(ctx: ClusterContext): PlatformApp[] {
  const { cluster, site, istio, cilium } = ctx;
  const apps: PlatformApp[] = [];
  const add = (app: PlatformApp) => apps.push(app);

  // Wave −5: CRDs that later waves' kinds need.
  add({
    name: "prometheus-operator-crds",
    wave: -5,
    project: "bootstrap",
    namespace: "monitoring",
    source: { type: "helm", chart: "prometheusOperatorCrds", values: {} },
    serverSideApply: true,
    serverSideDiff: true,
  });
  if (istio)
    add({
      name: "gateway-api-crds",
      wave: -5,
      project: "bootstrap",
      namespace: "kube-system",
      source: { type: "manifests", manifests: "gatewayApiCrds" },
      serverSideApply: true,
      serverSideDiff: true,
    });

  // Wave −4: the CNI and load balancing.
  if (cilium) {
    add({
      name: "cilium",
      wave: -4,
      project: "bootstrap",
      namespace: "kube-system",
      source: { type: "helm", chart: "cilium", values: ciliumValues(ctx) },
      serverSideApply: true,
      serverSideDiff: true,
      skipDryRun: true,
      extraNamespaces: ["cilium-secrets"],
      // Hubble's certificates are generated at install and rotated by Cilium.
      ignoreDifferences: [{ group: "", kind: "Secret", jsonPointers: ["/data"] }],
    });
    add({
      name: "tetragon",
      wave: -4,
      project: "bootstrap",
      namespace: "kube-system",
      source: {
        type: "helm",
        chart: "tetragon",
        values: {
          tetragon: {
            exportAllowList: '{"event_set":["PROCESS_EXEC","PROCESS_EXIT","PROCESS_KPROBE","PROCESS_TRACEPOINT"]}',
            prometheus: { enabled: true, port: 2112 },
          },
        },
      },
    });
  }
  if (cilium)
    add({
      name: "tetragon-policies",
      wave: 0,
      project: "platform",
      namespace: "kube-system",
      source: { type: "base", base: "tetragon-policies" },
      skipDryRun: true,
    });
  if (!istio)
    add({
      name: "metallb",
      wave: -4,
      project: "bootstrap",
      namespace: "metallb-system",
      source: { type: "helm", chart: "metallb", values: { speaker: { tolerations: [{ operator: "Exists" }] } } },
      skipDryRun: true,
    });

  // Wave −3: certificate and secret operators.
  add({
    name: "cert-manager",
    wave: -3,
    project: "bootstrap",
    namespace: "cert-manager",
    source: {
      type: "helm",
      chart: "certManager",
      values: {
        crds: { enabled: true, keep: true },
        prometheus: { servicemonitor: { enabled: true } },
        // DNS-01 checks against public resolvers: the zone's records are public, the LAN's resolver may not see them yet.
        extraArgs: ["--dns01-recursive-nameservers-only", "--dns01-recursive-nameservers=1.1.1.1:53,9.9.9.9:53"],
      },
    },
    serverSideApply: true,
    serverSideDiff: true,
    skipDryRun: true,
  });
  add({
    name: "external-secrets",
    wave: -3,
    project: "bootstrap",
    namespace: "external-secrets",
    source: {
      type: "helm",
      chart: "externalSecrets",
      values: {
        installCRDs: true,
        serviceAccount: { create: true, name: "external-secrets" },
        serviceMonitor: { enabled: true },
      },
    },
    serverSideApply: true,
    serverSideDiff: true,
    skipDryRun: true,
  });

  // Wave −2: their configuration, and the load balancer's.
  add({
    name: "vault-auth",
    wave: -2,
    project: "bootstrap",
    namespace: "external-secrets",
    source: { type: "base", base: "vault-auth" },
  });
  const secrets = externalSecretSpecs(ctx);
  add({
    name: "cluster-secrets",
    wave: -2,
    project: "bootstrap",
    namespace: "external-secrets",
    extraNamespaces: [...new Set(secrets.map((s) => s.namespace))].sort(),
    source: { type: "overlay", overlay: { objects: [clusterSecretStore(ctx), ...secrets.map(externalSecret)] } },
    skipDryRun: true,
  });
  add({
    name: "cluster-certs",
    wave: -2,
    project: "bootstrap",
    namespace: "cert-manager",
    source: {
      type: "overlay",
      overlay: {
        bases: ["cert-manager-vault"],
        objects: [...clusterIssuers(ctx), wildcardCertificate(ctx), ...(istio ? [wildcardReferenceGrant(ctx)] : [])],
      },
    },
    skipDryRun: true,
  });
  if (istio) {
    if (cluster.bgpAsn === undefined)
      throw new Error(`GitOps "${cluster.name}": istio-mesh needs bgp.asn, which the model validates — report this`);
    add({
      name: "cilium-lb",
      wave: -2,
      project: "bootstrap",
      namespace: "kube-system",
      source: {
        type: "overlay",
        overlay: { components: ["cilium-bgp"], objects: [ciliumPool(ctx), ciliumBgpCluster(ctx, cluster.bgpAsn)] },
      },
      skipDryRun: true,
    });
  } else {
    add({
      name: "metallb-config",
      wave: -2,
      project: "bootstrap",
      namespace: "metallb-system",
      source: { type: "overlay", overlay: { components: ["metallb-l2"], objects: [metallbPool(ctx)] } },
      skipDryRun: true,
    });
  }

  // Wave −1: DNS and ingress.
  add({
    name: "external-dns",
    wave: -1,
    project: "bootstrap",
    namespace: "external-dns",
    source: {
      type: "helm",
      chart: "externalDns",
      values: {
        provider: { name: "cloudflare" },
        env: [
          { name: "CF_API_TOKEN", valueFrom: { secretKeyRef: { name: "cloudflare-api-token", key: "api-token" } } },
        ],
        domainFilters: [ctx.domain],
        txtOwnerId: `k8s-cluster-${cluster.name}`,
        txtPrefix: "externaldns-",
        policy: "sync",
        sources: istio ? ["service", "gateway-httproute"] : ["service", "ingress"],
      },
    },
  });
  if (istio) {
    const istioCommon = { serverSideApply: true, serverSideDiff: true } as const;
    add({
      name: "istio-base",
      wave: -1,
      project: "bootstrap",
      namespace: "istio-system",
      source: { type: "helm", chart: "istioBase", values: { defaultRevision: "default" } },
      ...istioCommon,
      skipDryRun: true,
      // istiod fills in the webhook's CA bundle.
      ignoreDifferences: [
        {
          group: "admissionregistration.k8s.io",
          kind: "ValidatingWebhookConfiguration",
          jqPathExpressions: [".webhooks[]?.clientConfig.caBundle", ".webhooks[]?.failurePolicy"],
        },
      ],
    });
    add({
      name: "istio-cni",
      wave: -1,
      project: "bootstrap",
      namespace: "istio-system",
      source: { type: "helm", chart: "istioCni", values: { profile: "ambient" } },
      ...istioCommon,
    });
    add({
      name: "istiod",
      wave: -1,
      project: "bootstrap",
      namespace: "istio-system",
      source: {
        type: "helm",
        chart: "istiod",
        values: {
          profile: "ambient",
          meshConfig: {
            extensionProviders: [
              {
                name: "oauth2-proxy",
                envoyExtAuthzHttp: {
                  service: "oauth2-proxy.oauth2-proxy.svc.cluster.local",
                  port: 80,
                  includeRequestHeadersInCheck: ["authorization", "cookie"],
                  headersToUpstreamOnAllow: ["authorization", "x-auth-request-user", "x-auth-request-email"],
                  headersToDownstreamOnDeny: ["content-type", "set-cookie"],
                },
              },
            ],
          },
        },
      },
      ...istioCommon,
      skipDryRun: true,
      ignoreDifferences: [
        {
          group: "admissionregistration.k8s.io",
          kind: "MutatingWebhookConfiguration",
          jqPathExpressions: [".webhooks[]?.clientConfig.caBundle"],
        },
        {
          group: "admissionregistration.k8s.io",
          kind: "ValidatingWebhookConfiguration",
          jqPathExpressions: [".webhooks[]?.clientConfig.caBundle", ".webhooks[]?.failurePolicy"],
        },
      ],
    });
    add({
      name: "ztunnel",
      wave: -1,
      project: "bootstrap",
      namespace: "istio-system",
      source: { type: "helm", chart: "ztunnel", values: { profile: "ambient" } },
      ...istioCommon,
    });
    add({
      name: "gateway",
      wave: -1,
      project: "bootstrap",
      namespace: ctx.gateway.namespace,
      extraNamespaces: [...new Set(webRoutes(ctx).map((r) => r.namespace))].sort(),
      source: {
        type: "overlay",
        overlay: {
          objects: [
            mainGateway(ctx),
            httpsRedirect(ctx),
            ...webRoutes(ctx).map((r) => httpRoute(ctx, r)),
            // Hubble has no login of its own: OAuth2-Proxy checks every request at the Gateway.
            ...(cilium ? [gatewayExtAuthz(ctx, ["hubble"])] : []),
          ],
        },
      },
      skipDryRun: true,
    });
  } else {
    add({
      name: "ingress-nginx",
      wave: -1,
      project: "bootstrap",
      namespace: "ingress-nginx",
      source: {
        type: "helm",
        chart: "ingressNginx",
        values: {
          controller: {
            ingressClassResource: { name: "nginx", default: true },
            service: {
              type: "LoadBalancer",
              externalTrafficPolicy: "Local",
              annotations: { "metallb.io/loadBalancerIPs": cluster.ingressIp },
            },
            extraArgs: {
              "default-ssl-certificate": `${ctx.wildcardSecret.namespace}/${ctx.wildcardSecret.name}`,
            },
            allowSnippetAnnotations: false,
            config: {
              "enable-modsecurity": "true",
              "enable-owasp-modsecurity-crs": "true",
              // Ingresses without a tls section get the wildcard default certificate; redirect them too.
              "force-ssl-redirect": "true",
            },
            metrics: { enabled: true, serviceMonitor: { enabled: true } },
          },
        },
      },
    });
  }

  // Wave 0: platform services.
  add({
    name: "argocd",
    wave: 0,
    project: "platform",
    namespace: "argocd",
    source: { type: "helm", chart: "argocd", values: argocdValues(ctx) },
    serverSideApply: true,
    serverSideDiff: true,
  });
  add(imageUpdaterApp(ctx));
  add({
    name: "cnpg-operator",
    wave: 0,
    project: "platform",
    namespace: "cnpg-system",
    source: { type: "helm", chart: "cloudnativePg", values: { crds: { create: true } } },
    serverSideApply: true,
    serverSideDiff: true,
  });
  add({
    name: "ziti-router",
    wave: 0,
    project: "platform",
    namespace: "ziti-system",
    source: {
      type: "helm",
      chart: "zitiRouter",
      values: {
        ctrl: { endpoint: `${site.domains.ziti}:${SUPPORT_PORTS.zitiManagement}` },
        enrollmentJwtFromSecret: true,
        enrollmentJwtSecretName: "ziti-router-jwt",
        edge: { advertisedHost: `ziti-router.${ctx.domain}`, advertisedPort: 443, service: { type: "ClusterIP" } },
        linkListeners: { transport: { service: { enabled: false } } },
        tunnel: { mode: "host" },
      },
    },
    ambient: true,
  });
  add({
    name: "teleport-kube-agent",
    wave: 0,
    project: "platform",
    namespace: "teleport",
    source: {
      type: "helm",
      chart: "teleportKubeAgent",
      values: {
        proxyAddr: ctx.site.services.teleportProxyAddress,
        roles: "kube",
        kubeClusterName: cluster.name,
        joinParams: { method: "token", tokenName: "" },
        joinTokenSecret: { create: false, name: "teleport-join-token" },
      },
    },
  });
  add({
    name: "longhorn",
    wave: 0,
    project: "platform",
    namespace: "longhorn-system",
    source: {
      type: "helm",
      chart: "longhorn",
      values: {
        persistence: { defaultClass: true, defaultClassReplicaCount: 2 },
        defaultSettings: { defaultReplicaCount: 2 },
        // The support VM's NFS export for Longhorn (nixos/modules/support/nfs.nix).
        defaultBackupStore: { backupTarget: `nfs://${site.support.ip}:/export/longhorn` },
        preUpgradeChecker: { jobEnabled: false },
      },
    },
    skipDryRun: true,
    // Longhorn's CRDs get defaults and conversion settings from its manager.
    ignoreDifferences: [
      {
        group: "apiextensions.k8s.io",
        kind: "CustomResourceDefinition",
        jqPathExpressions: [".spec.preserveUnknownFields"],
      },
    ],
  });
  add({
    name: "gatekeeper",
    wave: 0,
    project: "platform",
    namespace: "gatekeeper-system",
    source: {
      type: "helm",
      chart: "gatekeeper",
      values: {
        replicas: 1,
        auditInterval: 300,
        controllerManager: { exemptNamespaces: ["kube-system", "gatekeeper-system"], tlsMinVersion: "1.2" },
      },
    },
    serverSideApply: true,
    skipDryRun: true,
  });

  add({
    name: "spire-crds",
    wave: -5,
    project: "platform",
    namespace: "spire-system",
    source: { type: "helm", chart: "spireCrds", values: {} },
    serverSideApply: true,
  });
  add({
    name: "spire",
    wave: 0,
    project: "platform",
    namespace: "spire-system",
    source: {
      type: "helm",
      chart: "spire",
      values: {
        global: { spire: { clusterName: cluster.name, trustDomain: ctx.domain } },
        "spiffe-oidc-discovery-provider": {
          enabled: true,
          ingress: { enabled: !istio, className: "nginx", host: `spire-oidc.${ctx.domain}` },
        },
      },
    },
    skipDryRun: true,
    extraNamespaces: ["spire-server"],
  });

  // Wave 1: identity.
  add({
    name: "keycloak-operator",
    // A wave before the Keycloak it runs, so that the CRD exists when the instance syncs.
    wave: 0,
    project: "identity",
    namespace: "keycloak",
    source: { type: "manifests", manifests: "keycloakOperator" },
    serverSideApply: true,
    serverSideDiff: true,
    ambient: true,
  });
  add({
    name: "keycloak",
    wave: 1,
    project: "identity",
    namespace: "keycloak",
    source: { type: "overlay", overlay: { objects: keycloakObjects(ctx) } },
    skipDryRun: true,
    ambient: true,
  });
  add({
    name: "oauth2-proxy",
    wave: 1,
    project: "identity",
    namespace: "oauth2-proxy",
    source: {
      type: "helm",
      chart: "oauth2Proxy",
      values: {
        config: { existingSecret: "oauth2-proxy-credentials" },
        extraArgs: {
          provider: "keycloak-oidc",
          "oidc-issuer-url": cluster.oidc.issuerUrl,
          "cookie-domain": `.${ctx.domain}`,
          "whitelist-domain": `.${ctx.domain}`,
          "email-domain": "*",
          "code-challenge-method": "S256",
          "reverse-proxy": true,
          "set-xauthrequest": true,
          // One callback for every protected host; the cookie covers the cluster domain.
          "redirect-url": ctx.cluster.webApps.oauth2Proxy.redirectUris[0],
          // As an auth service (nginx auth-url, Istio ext-authz) it answers 202 instead of proxying.
          upstream: "static://202",
        },
        ingress: { ...ingressValues(ctx, ctx.cluster.webApps.oauth2Proxy.host), path: "/oauth2" },
      },
    },
    ambient: true,
  });
  if (cluster.oidc.enabled)
    add({
      name: "oidc-rbac",
      wave: 1,
      project: "identity",
      namespace: "kube-system",
      source: { type: "overlay", overlay: { components: ["oidc-rbac"], objects: oidcBindings() } },
    });

  // Wave 2: observability.
  add({
    name: "kube-prometheus-stack",
    wave: 2,
    project: "platform",
    namespace: "monitoring",
    source: { type: "helm", chart: "kubePrometheusStack", values: monitoringValues(ctx) },
    serverSideApply: true,
    serverSideDiff: true,
    ambient: true,
  });

  add({
    name: "monitoring-config",
    wave: 2,
    project: "platform",
    namespace: "monitoring",
    source: {
      type: "overlay",
      overlay: {
        objects: [platformAlerts(), argocdServiceMonitor(), gatekeeperPodMonitor(), ...dashboardConfigMaps()],
      },
    },
    skipDryRun: true,
  });
  add({
    name: "loki",
    wave: 2,
    project: "platform",
    namespace: "monitoring",
    source: { type: "helm", chart: "loki", values: lokiValues(ctx) },
  });
  add({
    name: "tempo",
    wave: 2,
    project: "platform",
    namespace: "monitoring",
    source: { type: "helm", chart: "tempo", values: tempoValues(ctx) },
  });
  add({
    name: "alloy",
    wave: 2,
    project: "platform",
    namespace: "monitoring",
    source: {
      type: "helm",
      chart: "alloy",
      values: {
        alloy: {
          configMap: { create: true, content: ALLOY_CONFIG },
          extraPorts: [
            { name: "otlp-grpc", port: 4317, targetPort: 4317, protocol: "TCP" },
            { name: "otlp-http", port: 4318, targetPort: 4318, protocol: "TCP" },
          ],
        },
        controller: { type: "daemonset" },
      },
    },
  });
  add({
    name: "beyla",
    wave: 2,
    project: "platform",
    namespace: "beyla-system",
    source: {
      type: "helm",
      chart: "beyla",
      values: {
        config: {
          data: {
            discovery: { services: [{ k8s_namespace: "." }] },
            otel_traces_export: { endpoint: "http://alloy.monitoring.svc:4318" },
            attributes: { kubernetes: { enable: true } },
          },
        },
      },
    },
  });

  // Wave 3: policy and scanning.
  if (istio)
    add({
      name: "coraza-waf",
      wave: 3,
      project: "bootstrap",
      namespace: ctx.gateway.namespace,
      source: { type: "overlay", overlay: { objects: [corazaWaf(ctx)] } },
      skipDryRun: true,
    });
  add({
    name: "gatekeeper-policies",
    wave: 3,
    project: "platform",
    namespace: "gatekeeper-system",
    source: { type: "base", base: "gatekeeper-policies" },
    skipDryRun: true,
  });
  add({
    name: "trivy-operator",
    wave: 3,
    project: "platform",
    namespace: "trivy-system",
    source: {
      type: "helm",
      chart: "trivyOperator",
      values: {
        operator: {
          scanJobsConcurrentLimit: 2,
          vulnerabilityScannerScanOnlyCurrentRevisions: true,
          // SbomReports, which Dependency-Track's SBOM upload reads (the chart's default, relied on).
          sbomGenerationEnabled: true,
        },
        trivy: { ignoreUnfixed: true },
        serviceMonitor: { enabled: true },
      },
    },
    serverSideApply: true,
    skipDryRun: true,
  });
  add({
    name: "crowdsec",
    wave: 3,
    project: "platform",
    namespace: "crowdsec",
    source: { type: "helm", chart: "crowdsec", values: crowdsecValues(ctx) },
  });
  add({
    name: "kube-bench",
    wave: 3,
    project: "platform",
    namespace: "trivy-system",
    source: { type: "base", base: "kube-bench" },
  });

  // Wave 4: applications.
  add({
    name: "headlamp",
    wave: 4,
    project: "applications",
    namespace: "headlamp",
    source: {
      type: "helm",
      chart: "headlamp",
      values: {
        // The chart reads OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_ISSUER_URL and OIDC_SCOPES from this Secret.
        config: { oidc: { secret: { create: false }, externalSecret: { enabled: true, name: "headlamp-oidc" } } },
        ingress: {
          enabled: !istio,
          ingressClassName: "nginx",
          hosts: [{ host: ctx.cluster.webApps.headlamp.host, paths: [{ path: "/", type: "Prefix" }] }],
        },
      },
    },
    ambient: true,
  });
  if (kialiEnabled(ctx))
    add({
      name: "kiali",
      wave: 4,
      project: "applications",
      namespace: "istio-system",
      source: {
        type: "helm",
        chart: "kiali",
        values: {
          auth: {
            strategy: "openid",
            openid: {
              client_id: "kiali",
              issuer_uri: cluster.oidc.issuerUrl,
              scopes: ["openid", "profile", "email", "groups"],
              username_claim: "preferred_username",
              disable_rbac: true,
            },
          },
          server: { web_fqdn: ctx.cluster.webApps.kiali.host, web_root: "/kiali" },
          external_services: { prometheus: { url: "http://kube-prometheus-stack-prometheus.monitoring:9090" } },
          deployment: { ingress: { enabled: false } },
        },
      },
    });

  if (site.apps.openWebui) {
    add({
      name: "open-webui-db",
      wave: 3,
      project: "applications",
      namespace: "open-webui",
      source: { type: "overlay", overlay: { objects: [postgresCluster("open-webui-db", "open-webui", "openwebui")] } },
      skipDryRun: true,
      ambient: true,
    });
    add({
      name: "open-webui",
      wave: 4,
      project: "applications",
      namespace: "open-webui",
      source: { type: "helm", chart: "openWebui", values: openWebuiValues(ctx) },
      ambient: true,
    });
    // Its companions, one Application each (gitops/open-webui.ts).
    for (const [name, objects] of [
      ["open-terminal", openTerminalObjects(ctx)],
      ["searxng", searxngObjects(ctx)],
      ["mcpo", mcpoObjects(ctx)],
    ] as const)
      add({
        name,
        wave: 4,
        project: "applications",
        namespace: "open-webui",
        source: { type: "overlay", overlay: { objects } },
        ambient: true,
      });
  }

  if (dependencyTrackEnabled(site)) {
    add({
      name: "dependency-track-db",
      wave: 3,
      project: "applications",
      namespace: "dependency-track",
      source: {
        type: "overlay",
        overlay: { objects: [postgresCluster("dependency-track-db", "dependency-track", "dtrack")] },
      },
      skipDryRun: true,
      ambient: true,
    });
    add({
      name: "dependency-track",
      wave: 4,
      project: "applications",
      namespace: "dependency-track",
      source: { type: "helm", chart: "dependencyTrack", values: dependencyTrackValues(ctx) },
      ambient: true,
    });
    // After Dependency-Track is healthy: the API-key Sync hook and the SBOM upload (gitops/dependency-track.ts).
    add({
      name: "dependency-track-config",
      wave: 5,
      project: "applications",
      namespace: "dependency-track",
      source: { type: "overlay", overlay: { bases: [SBOM_SCRIPTS_BASE], objects: dependencyTrackSbomObjects() } },
      ambient: true,
    });
  }

  // Wave 5: the applications discovered in GitLab's `apps` group.
  add(appsDiscoveryApp(ctx, apps));

  // Policies for the namespaces of every Application above (wave 0).
  const policies = networkPolicies(ctx, apps);
  add({
    name: "network-policies",
    wave: 0,
    project: "platform",
    namespace: "kube-system",
    extraNamespaces: [...new Set(policies.map((p) => p.metadata?.namespace).filter((n): n is string => !!n))].sort(),
    source: { type: "overlay", overlay: { objects: policies } },
    skipDryRun: true,
  });

  // The namespaces every other Application deploys into, first of all.
  const namespaces = new Map<string, boolean>();
  for (const app of apps) {
    for (const ns of [app.namespace, ...(app.extraNamespaces ?? [])]) {
      if (SYSTEM_NAMESPACES.has(ns)) continue;
      namespaces.set(ns, (namespaces.get(ns) ?? false) || (app.namespace === ns && !!app.ambient));
    }
  }
  const namespaceObjects = [...namespaces.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, ambient]) => namespaceObject(name, istio && ambient ? { "istio.io/dataplane-mode": "ambient" } : {}));
  return [
    {
      name: "namespaces",
      wave: -5,
      project: "bootstrap",
      namespace: "kube-system",
      source: { type: "overlay", overlay: { objects: namespaceObjects } },
      // Deleting a namespace deletes everything in it: removed Applications clean up their own objects.
      prune: false,
    },
    ...apps,
  ];
}
