/**
 * Ingress policies for the platform namespaces (those that get an egress
 * policy): a namespace's pods accept connections only from
 *
 * - pods of the same namespace;
 * - the ingress controller (ingress-nginx, or the Istio Gateway's
 *   namespace), which forwards the routes of the cluster domain and calls
 *   OAuth2-Proxy for its auth checks;
 * - Prometheus (namespace `monitoring`), which scrapes them;
 * - the namespaces listed as callers below, and anyone in the cluster on
 *   the receivers' ports listed below (Alloy's OTLP);
 * - the nodes: kubelet probes, and the API server calling admission
 *   webhooks. Kubernetes always admits a pod's own node; for the API server
 *   on another node, Canal policies open the webhook ports (the source is
 *   the master's tunnel address, which the model does not know), Cilium
 *   policies admit the `host`, `remote-node` and `kube-apiserver` entities.
 *
 * The ingress controller's own namespace accepts everyone. CloudNativePG
 * pods are left to their database policies (network-policies.ts), which
 * admit fewer. On Istio clusters, ztunnel's probe source is admitted by
 * the clusterwide `allow-ambient-hostprobes`; mesh traffic keeps its source
 * pod's address (ztunnel runs in the pod's network namespace), so the same
 * rules hold for it, on HBONE's port 15008 too (no rule limits ports).
 */
import type { ICiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2/CiliumNetworkPolicy";
import type { INetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import type { ClusterContext } from "./context";
import { kialiEnabled } from "./secrets";

/** What reaches a namespace's pods besides its own pods, the ingress controller and Prometheus. */
interface IngressNeeds {
  /** Other namespaces whose pods call its Services. */
  readonly callers?: readonly string[];
  /**
   * TCP ports host-network clients on other nodes call: admission webhooks
   * the API server calls (container ports of the pinned charts), NFS mounts
   * of a kubelet. Canal only: Cilium admits the node entities.
   */
  readonly nodePorts?: readonly number[];
  /** TCP ports every pod and node of the cluster may reach (receivers meant for all). */
  readonly openPorts?: readonly number[];
}

/** Namespace of the pods that forward the cluster's web routes. */
export function ingressControllerNamespace(ctx: ClusterContext): string {
  return ctx.istio ? ctx.gateway.namespace : "ingress-nginx";
}

function ingressNeeds(ctx: ClusterContext): Readonly<Record<string, IngressNeeds>> {
  return {
    // cert-manager's and external-secrets' webhooks (`webhook.securePort`, `webhook.port`).
    "cert-manager": { nodePorts: [10250] },
    "external-secrets": { nodePorts: [10250] },
    // Gatekeeper's validating and mutating webhook (`controllerManager.port`).
    "gatekeeper-system": { nodePorts: [8443] },
    // The CloudNativePG operator's webhook.
    "cnpg-system": { nodePorts: [9443] },
    // longhorn-manager's conversion and admission webhooks, and the share managers' NFS for ReadWriteMany.
    "longhorn-system": { nodePorts: [9501, 9502, 2049] },
    // SPIRE agents (namespace spire-system) reach the server; spire-controller-manager's webhook.
    "spire-server": { callers: ["spire-system"], nodePorts: [9443] },
    // Kiali queries Prometheus; the Prometheus operator's admission webhook; Alloy's OTLP receivers take
    // traces from Beyla (whose DaemonSet may run in the host network) and from any application.
    monitoring: {
      callers: kialiEnabled(ctx) ? ["istio-system"] : [],
      nodePorts: [10250],
      openPorts: [4317, 4318],
    },
  };
}

/** Pods other than CloudNativePG's, whose database policies decide alone. */
const NOT_DATABASE = { matchExpressions: [{ key: "cnpg.io/cluster", operator: "DoesNotExist" as const }] };

function sources(ctx: ClusterContext, namespace: string): string[] {
  const needs = ingressNeeds(ctx)[namespace] ?? {};
  return [...new Set([namespace, ingressControllerNamespace(ctx), "monitoring", ...(needs.callers ?? [])])];
}

function canalPolicy(ctx: ClusterContext, namespace: string): INetworkPolicy {
  const metadata = { name: "ingress", namespace };
  if (namespace === ingressControllerNamespace(ctx))
    return {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata,
      // Clients from anywhere, and the API server calling the controller's admission webhook.
      spec: { podSelector: {}, policyTypes: ["Ingress"], ingress: [{}] },
    };
  const ingress: NonNullable<NonNullable<INetworkPolicy["spec"]>["ingress"]> = [
    {
      from: sources(ctx, namespace).map((ns) =>
        ns === namespace
          ? { podSelector: {} }
          : { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": ns } } },
      ),
    },
  ];
  // A rule of ports alone admits every source: the nodes cannot be named by address here.
  const needs = ingressNeeds(ctx)[namespace] ?? {};
  const ports = [...(needs.nodePorts ?? []), ...(needs.openPorts ?? [])];
  if (ports.length > 0) ingress.push({ ports: ports.map((port) => ({ protocol: "TCP", port })) });
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata,
    spec: { podSelector: NOT_DATABASE, policyTypes: ["Ingress"], ingress },
  };
}

function ciliumPolicy(ctx: ClusterContext, namespace: string): ICiliumNetworkPolicy {
  const metadata = { name: "ingress", namespace };
  if (namespace === ingressControllerNamespace(ctx))
    return {
      apiVersion: "cilium.io/v2",
      kind: "CiliumNetworkPolicy",
      metadata,
      spec: { endpointSelector: {}, ingress: [{ fromEntities: ["all"] }] },
    };
  const openPorts = ingressNeeds(ctx)[namespace]?.openPorts ?? [];
  return {
    apiVersion: "cilium.io/v2",
    kind: "CiliumNetworkPolicy",
    metadata,
    spec: {
      endpointSelector: NOT_DATABASE,
      ingress: [
        {
          fromEndpoints: sources(ctx, namespace).map((ns) => ({
            matchLabels: { "k8s:io.kubernetes.pod.namespace": ns },
          })),
        },
        // Kubelet probes, and the API server (webhooks) from the master's host network.
        { fromEntities: ["host", "remote-node", "kube-apiserver"] },
        ...(openPorts.length > 0
          ? [
              {
                fromEntities: ["cluster" as const],
                toPorts: [{ ports: openPorts.map((port) => ({ port: String(port), protocol: "TCP" as const })) }],
              },
            ]
          : []),
      ],
    },
  };
}

/** One `ingress` policy per namespace (the namespaces that get an egress policy). */
export function ingressPolicies(
  ctx: ClusterContext,
  namespaces: readonly string[],
): (INetworkPolicy | ICiliumNetworkPolicy)[] {
  return namespaces.map((ns) => (ctx.cilium ? ciliumPolicy(ctx, ns) : canalPolicy(ctx, ns)));
}
