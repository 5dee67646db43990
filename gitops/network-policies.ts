/**
 * Egress policies for the platform namespaces (their ingress policies are
 * in ingress-policies.ts): each namespace may reach the cluster (pods,
 * Services, the API server), DNS, the support VM only on the ports its
 * components use (the ports the support VM's NixOS modules open,
 * SUPPORT_PORTS), and the internet outside private ranges only where a
 * component needs it. On Canal these are Kubernetes NetworkPolicies; on
 * Cilium, CiliumNetworkPolicies, plus the clusterwide allow for Istio
 * Ambient's kubelet health probes, which ztunnel's in-pod redirection makes
 * arrive from 169.254.7.127.
 */
import type { ICiliumClusterwideNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2/CiliumClusterwideNetworkPolicy";
import type { ICiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2/CiliumNetworkPolicy";
import type { INetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import type { PlatformApp } from "./argocd";
import type { ClusterContext } from "./context";
import { SUPPORT_PORTS } from "./context";
import { IMAGE_UPDATER_NAMESPACE } from "./image-updater";
import { ingressPolicies } from "./ingress-policies";

/** What a namespace's components reach outside the cluster. */
interface EgressNeeds {
  /** Ports on the support VM. */
  readonly support?: readonly number[];
  /** Public internet (everything but private ranges). */
  readonly internet?: boolean;
  /** Other hosts on the site's networks: CIDR and TCP port. */
  readonly hosts?: readonly { readonly cidr: string; readonly port: number }[];
  /** The cluster's nodes on any port (Canal only: Cilium's `cluster` entity holds them). */
  readonly nodes?: boolean;
}

const P = SUPPORT_PORTS;

/** By namespace. Namespaces not listed reach only the cluster and DNS. */
function egressNeeds(ctx: ClusterContext): Readonly<Record<string, EgressNeeds>> {
  const { site } = ctx;
  const social = site.identity.social.github || site.identity.social.google || site.identity.social.microsoft;
  const ollama = site.network.ollamaUrl ? new URL(site.network.ollamaUrl) : undefined;
  return {
    // Vault (behind nginx) for the ClusterSecretStore.
    "external-secrets": { support: [P.https] },
    // Vault for the PKI issuer; Let's Encrypt and Cloudflare for ACME DNS-01.
    "cert-manager": { support: [P.https], internet: true },
    "external-dns": { internet: true },
    // The deploy repository over SSH, Harbor; Helm repositories and upstream manifests on the internet.
    argocd: { support: [P.https, P.gitlabSsh], internet: true },
    // Harbor's registry API (tags of the apps project) and GitLab over HTTPS (write-back commits).
    [IMAGE_UPDATER_NAMESPACE]: { support: [P.https] },
    // The controller's public name may resolve to the site's public address rather than the support VM's.
    "ziti-system": { support: [P.zitiManagement, P.zitiClient, P.zitiLink], internet: true },
    teleport: { support: [P.teleportWeb, P.teleportTunnel] },
    // The upstream realm's Keycloak; the social providers' token endpoints when the site offers them.
    keycloak: { support: [P.https], internet: social },
    // MinIO (behind nginx) for Loki and Tempo; Prometheus scrapes the nodes (kubelet, node-exporter, RKE2's control plane).
    monitoring: { support: [P.https], nodes: true },
    // The NFS backup target.
    "longhorn-system": { support: [P.nfs] },
    // Trivy's vulnerability database (ghcr.io) and the images it scans.
    "trivy-system": { internet: true },
    // CrowdSec's hub (parsers and scenarios).
    crowdsec: { internet: true },
    // Vulnerability feeds (NVD, OSS Index, GitHub advisories).
    "dependency-track": { internet: true },
    // Web search: SearXNG asks the search engines, Open WebUI loads the result pages, mcpo installs its
    // servers from PyPI and fetches pages. The site's Ollama, when it has one: its address if the URL
    // names one, else the VLAN, on its port.
    "open-webui": {
      internet: true,
      ...(ollama
        ? {
            hosts: [
              {
                cidr: /^\d+\.\d+\.\d+\.\d+$/.test(ollama.hostname) ? `${ollama.hostname}/32` : site.network.vlanCidr,
                port: Number(ollama.port || (ollama.protocol === "https:" ? 443 : 80)),
              },
            ],
          }
        : {}),
    },
  };
}

const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];
const AMBIENT_PROBE_SOURCE = "169.254.7.127/32";

/** Namespaces that get an egress policy: the platform's, except where host-network or CNI components run. */
function policedNamespaces(apps: readonly PlatformApp[]): string[] {
  const exempt = new Set(["kube-system", "default", "istio-system", "metallb-system", "cilium-secrets"]);
  const names = new Set<string>();
  for (const app of apps) for (const ns of [app.namespace, ...(app.extraNamespaces ?? [])]) names.add(ns);
  return [...names].filter((n) => !exempt.has(n)).sort();
}

function canalPolicy(ctx: ClusterContext, namespace: string): INetworkPolicy {
  const needs = egressNeeds(ctx)[namespace] ?? {};
  const { network } = ctx.site;
  const cidr = (c: string, except?: string[]) => ({ ipBlock: { cidr: c, ...(except ? { except } : {}) } });
  const egress: NonNullable<NonNullable<INetworkPolicy["spec"]>["egress"]> = [
    // Pods and Services of the cluster (policies apply after Service translation).
    { to: [cidr(network.podCidr), cidr(network.serviceCidr)] },
    // The API server, on the master's host network.
    { to: [cidr(`${ctx.cluster.master.ip}/32`)], ports: [{ protocol: "TCP", port: 6443 }] },
    {
      to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } } }],
      ports: [
        { protocol: "UDP", port: 53 },
        { protocol: "TCP", port: 53 },
      ],
    },
  ];
  if (needs.support)
    egress.push({
      to: [cidr(`${ctx.site.support.ip}/32`)],
      ports: needs.support.map((port) => ({ protocol: "TCP", port })),
    });
  for (const host of needs.hosts ?? [])
    egress.push({ to: [cidr(host.cidr)], ports: [{ protocol: "TCP", port: host.port }] });
  if (needs.nodes)
    egress.push({ to: [ctx.cluster.master, ...ctx.cluster.workers].map((node) => cidr(`${node.ip}/32`)) });
  if (needs.internet) egress.push({ to: [cidr("0.0.0.0/0", PRIVATE_RANGES)] });
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "egress", namespace },
    spec: { podSelector: {}, policyTypes: ["Egress"], egress },
  };
}

function ciliumPolicy(ctx: ClusterContext, namespace: string): ICiliumNetworkPolicy {
  const needs = egressNeeds(ctx)[namespace] ?? {};
  const egress: NonNullable<NonNullable<ICiliumNetworkPolicy["spec"]>["egress"]> = [
    // Every endpoint of the cluster, the nodes and the API server.
    { toEntities: ["cluster"] },
    {
      toEndpoints: [{ matchLabels: { "k8s:io.kubernetes.pod.namespace": "kube-system", "k8s-app": "kube-dns" } }],
      toPorts: [
        {
          ports: [
            { port: "53", protocol: "UDP" },
            { port: "53", protocol: "TCP" },
          ],
        },
      ],
    },
  ];
  if (needs.support)
    egress.push({
      toCIDR: [`${ctx.site.support.ip}/32`],
      toPorts: [{ ports: needs.support.map((port) => ({ port: String(port), protocol: "TCP" as const })) }],
    });
  for (const host of needs.hosts ?? [])
    egress.push({ toCIDR: [host.cidr], toPorts: [{ ports: [{ port: String(host.port), protocol: "TCP" }] }] });
  if (needs.internet) egress.push({ toCIDRSet: [{ cidr: "0.0.0.0/0", except: PRIVATE_RANGES }] });
  return {
    apiVersion: "cilium.io/v2",
    kind: "CiliumNetworkPolicy",
    metadata: { name: "egress", namespace },
    spec: { endpointSelector: {}, egress },
  };
}

function ambientProbes(): ICiliumClusterwideNetworkPolicy {
  return {
    apiVersion: "cilium.io/v2",
    kind: "CiliumClusterwideNetworkPolicy",
    metadata: { name: "allow-ambient-hostprobes" },
    spec: {
      description: "Istio Ambient: kubelet probes reach pods from ztunnel's link-local address",
      endpointSelector: {},
      // An allow only: selecting every endpoint must not put them all into default deny.
      enableDefaultDeny: { ingress: false, egress: false },
      ingress: [{ fromCIDR: [AMBIENT_PROBE_SOURCE] }],
    },
  };
}

/** The CloudNativePG clusters the Applications deploy: name and namespace. */
function databases(apps: readonly PlatformApp[]): { name: string; namespace: string }[] {
  return apps.flatMap((app) =>
    app.source.type === "overlay"
      ? (app.source.overlay.objects ?? [])
          .filter((o) => o.apiVersion === "postgresql.cnpg.io/v1" && o.kind === "Cluster")
          .map((o) => ({ name: o.metadata?.name ?? "", namespace: o.metadata?.namespace ?? "" }))
      : [],
  );
}

/** Ports of a CloudNativePG instance: PostgreSQL, the instance manager's status (the operator), metrics. */
const DATABASE_PORTS = [5432, 8000, 9187];

/**
 * A database's pods accept connections only from their own namespace (the
 * application and its replicas), the CloudNativePG operator and Prometheus.
 */
function canalDatabasePolicy(db: { name: string; namespace: string }): INetworkPolicy {
  const fromNamespace = (name: string) => ({
    namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": name } },
  });
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: `${db.name}-ingress`, namespace: db.namespace },
    spec: {
      podSelector: { matchLabels: { "cnpg.io/cluster": db.name } },
      policyTypes: ["Ingress"],
      ingress: [
        {
          from: [{ podSelector: {} }, fromNamespace("cnpg-system"), fromNamespace("monitoring")],
          ports: DATABASE_PORTS.map((port) => ({ protocol: "TCP", port })),
        },
      ],
    },
  };
}

function ciliumDatabasePolicy(db: { name: string; namespace: string }): ICiliumNetworkPolicy {
  const fromNamespace = (name: string) => ({ matchLabels: { "k8s:io.kubernetes.pod.namespace": name } });
  return {
    apiVersion: "cilium.io/v2",
    kind: "CiliumNetworkPolicy",
    metadata: { name: `${db.name}-ingress`, namespace: db.namespace },
    spec: {
      endpointSelector: { matchLabels: { "cnpg.io/cluster": db.name } },
      ingress: [
        {
          fromEndpoints: [fromNamespace(db.namespace), fromNamespace("cnpg-system"), fromNamespace("monitoring")],
          toPorts: [{ ports: DATABASE_PORTS.map((port) => ({ port: String(port), protocol: "TCP" as const })) }],
        },
        // Kubelet probes.
        { fromEntities: ["host"] },
      ],
    },
  };
}

export function networkPolicies(
  ctx: ClusterContext,
  apps: readonly PlatformApp[],
): (INetworkPolicy | ICiliumNetworkPolicy | ICiliumClusterwideNetworkPolicy)[] {
  const namespaces = policedNamespaces(apps);
  // Ingress of the same namespaces (ingress-policies.ts).
  const ingress = ingressPolicies(ctx, namespaces);
  if (!ctx.cilium)
    return [...namespaces.map((ns) => canalPolicy(ctx, ns)), ...ingress, ...databases(apps).map(canalDatabasePolicy)];
  return [
    ...(ctx.istio ? [ambientProbes()] : []),
    ...namespaces.map((ns) => ciliumPolicy(ctx, ns)),
    ...ingress,
    ...databases(apps).map(ciliumDatabasePolicy),
  ];
}
