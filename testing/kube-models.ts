/**
 * Test helper: the maintained model class for each rendered kind, so that a
 * test can run its `validate()` (construction alone validates nothing). Not
 * a test itself.
 */
import { AppProject } from "@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject";
import { Application } from "@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application";
import { ApplicationSet } from "@kubernetes-models/argo-cd/argoproj.io/v1alpha1/ApplicationSet";
import { Certificate } from "@kubernetes-models/cert-manager/cert-manager.io/v1/Certificate";
import { ClusterIssuer } from "@kubernetes-models/cert-manager/cert-manager.io/v1/ClusterIssuer";
import { CiliumBGPAdvertisement } from "@kubernetes-models/cilium/cilium.io/v2/CiliumBGPAdvertisement";
import { CiliumBGPClusterConfig } from "@kubernetes-models/cilium/cilium.io/v2/CiliumBGPClusterConfig";
import { CiliumBGPPeerConfig } from "@kubernetes-models/cilium/cilium.io/v2/CiliumBGPPeerConfig";
import { CiliumClusterwideNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2/CiliumClusterwideNetworkPolicy";
import { CiliumLoadBalancerIPPool } from "@kubernetes-models/cilium/cilium.io/v2/CiliumLoadBalancerIPPool";
import { CiliumNetworkPolicy } from "@kubernetes-models/cilium/cilium.io/v2/CiliumNetworkPolicy";
import { ClusterExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1/ClusterExternalSecret";
import { ClusterSecretStore } from "@kubernetes-models/external-secrets/external-secrets.io/v1/ClusterSecretStore";
import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1/ExternalSecret";
import { Gateway } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/Gateway";
import { HTTPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute";
import { ReferenceGrant } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1beta1/ReferenceGrant";
import { WasmPlugin } from "@kubernetes-models/istio/extensions.istio.io/v1alpha1/WasmPlugin";
import { AuthorizationPolicy } from "@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy";
import { PodMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule";
import { ServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { CronJob } from "kubernetes-models/batch/v1/CronJob";
import { Job } from "kubernetes-models/batch/v1/Job";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import { ClusterRole } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole";
import { ClusterRoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding";
import { Role } from "kubernetes-models/rbac.authorization.k8s.io/v1/Role";
import { RoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { PersistentVolumeClaim } from "kubernetes-models/v1/PersistentVolumeClaim";
import { Service } from "kubernetes-models/v1/Service";
import { ServiceAccount } from "kubernetes-models/v1/ServiceAccount";

interface ModelClass {
  new (data: any): { validate(): void };
}

// The classes' base (@kubernetes-models/base) declares its types only through `exports`, which this
// project's `node` module resolution does not read; at run time every class has `validate()`.
const MODELS = [
  AppProject,
  Application,
  ApplicationSet,
  AuthorizationPolicy,
  Certificate,
  CiliumBGPAdvertisement,
  CiliumBGPClusterConfig,
  CiliumBGPPeerConfig,
  CiliumClusterwideNetworkPolicy,
  CiliumLoadBalancerIPPool,
  CiliumNetworkPolicy,
  ClusterIssuer,
  ClusterRole,
  ClusterExternalSecret,
  ClusterRoleBinding,
  ClusterSecretStore,
  ConfigMap,
  CronJob,
  Deployment,
  ExternalSecret,
  Gateway,
  HTTPRoute,
  Job,
  Namespace,
  NetworkPolicy,
  PersistentVolumeClaim,
  PodMonitor,
  PrometheusRule,
  ReferenceGrant,
  Role,
  RoleBinding,
  Service,
  ServiceAccount,
  ServiceMonitor,
  WasmPlugin,
] as unknown as ModelClass[];

const BY_TYPE = new Map<string, ModelClass>(
  MODELS.map((model) => {
    const { apiVersion, kind } = model as unknown as { apiVersion: string; kind: string };
    return [`${apiVersion}/${kind}`, model];
  }),
);

/**
 * Kinds of operators that have no maintained model package; the tree types
 * them with interfaces written after the pinned CRDs (gitops/metallb.ts,
 * gitops/operators.ts), and the verification tier checks them against the
 * CRDs.
 */
export const KINDS_WITHOUT_MODEL = new Set([
  "metallb.io/v1beta1/IPAddressPool",
  "metallb.io/v1beta1/L2Advertisement",
  "k8s.keycloak.org/v2beta1/Keycloak",
  "postgresql.cnpg.io/v1/Cluster",
  "templates.gatekeeper.sh/v1/ConstraintTemplate",
  "cilium.io/v1alpha1/TracingPolicy",
]);

/** Whether an object's kind is one of those without a model (Gatekeeper constraint kinds are made at run time from their templates). */
export function withoutModel(object: { apiVersion: string; kind: string }): boolean {
  return KINDS_WITHOUT_MODEL.has(typeOf(object)) || object.apiVersion.startsWith("constraints.gatekeeper.sh/");
}

export function typeOf(object: { apiVersion: string; kind: string }): string {
  return `${object.apiVersion}/${object.kind}`;
}

/** The model class for an object, or undefined. */
export function modelFor(object: { apiVersion: string; kind: string }): ModelClass | undefined {
  return BY_TYPE.get(typeOf(object));
}
