import { AuthBackend } from "@cdktf/provider-vault/lib/auth-backend";
import { KubernetesAuthBackendConfig } from "@cdktf/provider-vault/lib/kubernetes-auth-backend-config";
import { KubernetesAuthBackendRole } from "@cdktf/provider-vault/lib/kubernetes-auth-backend-role";
import { Mount } from "@cdktf/provider-vault/lib/mount";
import { PkiSecretBackendConfigUrls } from "@cdktf/provider-vault/lib/pki-secret-backend-config-urls";
import { PkiSecretBackendIntermediateCertRequest } from "@cdktf/provider-vault/lib/pki-secret-backend-intermediate-cert-request";
import { PkiSecretBackendIntermediateSetSigned } from "@cdktf/provider-vault/lib/pki-secret-backend-intermediate-set-signed";
import { PkiSecretBackendRole } from "@cdktf/provider-vault/lib/pki-secret-backend-role";
import { PkiSecretBackendRootSignIntermediate } from "@cdktf/provider-vault/lib/pki-secret-backend-root-sign-intermediate";
import { Policy } from "@cdktf/provider-vault/lib/policy";
import { Lazy, Token } from "cdktf";
import { Construct } from "constructs";
import type { ClusterModel } from "../model";
import { crossStackValue } from "./cross-stack";
import type { VaultRoot } from "./vault-root";
import { ConstructValidationError, throwIfInvalid } from "./validation";

const HOUR = 3600;

/** A Kubernetes service account that may log in to Vault, and what it may do there. */
export interface WorkloadAccess {
  /** The service account's name. */
  readonly serviceAccount: string;
  /** Its namespace in the cluster. */
  readonly serviceAccountNamespace: string;
  /** Policy paths and capabilities, or a function giving them when the policy is synthesized. */
  readonly paths: Readonly<Record<string, readonly string[]>> | (() => Record<string, readonly string[]>);
}

/** What {@link VaultCluster.addWorkloadRole} creates. */
export interface WorkloadRole {
  readonly policy: Policy;
  readonly role: KubernetesAuthBackendRole;
}

export interface VaultClusterProps {
  /** The cluster, from the model. */
  readonly cluster: ClusterModel;
  /** The root PKI that signs this cluster's intermediate CA (from the base stack). */
  readonly root: VaultRoot;
  /** Public address of Vault/OpenBao, for the intermediate CA's issuing and CRL URLs. */
  readonly address: string;
  /** Domains, besides the cluster's own, that the cluster may issue certificates for (the support domain). */
  readonly extraDomains?: readonly string[];
  /** Path of the cluster-owned KV v2 mount. @default "apps" */
  readonly kvPath?: string;
  /** Path of the intermediate PKI mount. @default "pki_int" */
  readonly pkiPath?: string;
  /** Lifetime of the intermediate CA, in hours. @default 43800 (5 years) */
  readonly intermediateTtlHours?: number;
  /** Longest certificate the cluster role issues, in hours. @default 8760 (1 year) */
  readonly leafMaxTtlHours?: number;
  /** Lifetime of tokens issued to workloads through Kubernetes auth, in seconds. @default 3600 */
  readonly tokenTtlSeconds?: number;
  /** Audience that workload service account tokens must carry. @default "vault" */
  readonly tokenAudience?: string;
  /**
   * The cluster's API server, which the Kubernetes auth mount sends
   * TokenReviews to. Its CA is usually read from a file that only exists once
   * the cluster is up, so the value can be an unresolved reference.
   * @default the auth mount is left unconfigured
   */
  readonly apiServer?: { readonly url: string; readonly caCertificatePem: string };
}

/**
 * A cluster's part of Vault/OpenBao, inside the namespace the base stack
 * made for it: a KV v2 mount, an intermediate CA signed by the root, a PKI
 * role for the cluster's domains, and a Kubernetes auth mount with roles and
 * least-privilege policies for external-secrets (read the cluster's KV
 * mounts) and cert-manager (sign through the cluster's PKI role).
 *
 * The auth mount's connection to the cluster API (host and CA) comes from
 * `apiServer`. No long-lived reviewer JWT is stored: Vault reviews each
 * login with the logging-in service account's own token, so those accounts
 * need `system:auth-delegator` (granted by the vault-auth GitOps app).
 */
export class VaultCluster extends Construct {
  /** The cluster's namespace path (a reference into the base stack). */
  public readonly namespace: string;
  /** KV v2 mount owned by the cluster stack. */
  public readonly kv: Mount;
  /** Intermediate PKI mount. */
  public readonly pki: Mount;
  /** PKI role that issues certificates for the cluster's domains. */
  public readonly pkiRole: PkiSecretBackendRole;
  /** Kubernetes auth mount. */
  public readonly auth: AuthBackend;
  /** Roles by workload (`external-secrets`, `cert-manager`, and those added with `addWorkloadRole`). */
  public readonly roles: Readonly<Record<string, KubernetesAuthBackendRole>>;
  /** The signed intermediate CA certificate (PEM). */
  public readonly intermediateCertificate: string;
  /** Path of the base stack's KV v2 mount in the namespace (read-only for this stack). */
  public readonly baseKvPath: string;
  /** The auth mount's API server configuration, when `apiServer` is given. */
  public readonly authConfig?: KubernetesAuthBackendConfig;
  /** KV keys (`<mount>/<path>`) external-secrets may read: nothing until added. */
  private readonly externalSecretsKeys = new Set<string>();
  private readonly kvMounts: readonly string[];
  private readonly roleRecord: Record<string, KubernetesAuthBackendRole> = {};
  private readonly tokenAudience: string;
  private readonly tokenTtlSeconds: number;

  constructor(scope: Construct, id: string, props: VaultClusterProps) {
    super(scope, id);
    const { cluster, root } = props;
    const kvPath = props.kvPath ?? "apps";
    const pkiPath = props.pkiPath ?? "pki_int";
    const intermediateTtlHours = props.intermediateTtlHours ?? 43800;
    const leafMaxTtlHours = props.leafMaxTtlHours ?? 8760;
    const tokenTtlSeconds = props.tokenTtlSeconds ?? 3600;
    const tokenAudience = props.tokenAudience ?? "vault";
    this.tokenTtlSeconds = tokenTtlSeconds;
    this.tokenAudience = tokenAudience;
    const extraDomains = props.extraDomains ?? [];

    const problems: string[] = [];
    const nsResources = root.namespaces[cluster.vault.namespace];
    if (!nsResources) {
      problems.push(
        `root has no namespace "${cluster.vault.namespace}" — add it to the base stack's VaultRoot namespaces`,
      );
    }
    if (!(leafMaxTtlHours > 0 && leafMaxTtlHours < intermediateTtlHours)) {
      problems.push(
        `leafMaxTtlHours ${leafMaxTtlHours} must be positive and shorter than intermediateTtlHours ${intermediateTtlHours}`,
      );
    }
    if (kvPath === root.kvPath || kvPath === pkiPath) {
      problems.push(`kvPath "${kvPath}" collides with another mount in the namespace — choose another path`);
    }
    for (const domain of extraDomains) {
      if (!Token.isUnresolved(domain) && domain === cluster.domain) {
        problems.push(`extraDomains repeats the cluster's own domain ${domain} — list only additional domains`);
      }
    }
    if (props.apiServer && !Token.isUnresolved(props.apiServer.url) && !/^https:\/\/[^/\s]+$/.test(props.apiServer.url))
      problems.push(
        `apiServer.url "${props.apiServer.url}" must be an https URL without a path, such as https://10.69.50.20:6443`,
      );
    throwIfInvalid(this, problems);
    if (!nsResources) throw new ConstructValidationError(this, [`root has no namespace "${cluster.vault.namespace}"`]);

    this.namespace = crossStackValue(
      this,
      nsResources.namespace,
      `namespace-${cluster.vault.namespace}`,
      nsResources.namespace.path,
    );
    const namespace = this.namespace;

    this.kv = new Mount(this, "kv", {
      namespace,
      path: kvPath,
      type: "kv",
      options: { version: "2" },
      description: `Secrets owned by ${cluster.name} workloads`,
    });

    this.pki = new Mount(this, "pki", {
      namespace,
      path: pkiPath,
      type: "pki",
      description: `${cluster.name} intermediate CA`,
      maxLeaseTtlSeconds: intermediateTtlHours * HOUR,
    });
    const commonName = cluster.vault.intermediateCaCommonName;
    const csr = new PkiSecretBackendIntermediateCertRequest(this, "csr", {
      namespace,
      backend: this.pki.path,
      type: "internal",
      commonName,
      keyType: "ec",
      keyBits: 384,
    });
    const signed = new PkiSecretBackendRootSignIntermediate(this, "signed", {
      backend: crossStackValue(this, root.pki, "root-pki-path", root.pki.path),
      csr: csr.csr,
      commonName,
      ttl: `${intermediateTtlHours}h`,
      // Only names under the cluster's domains, so a leaked intermediate cannot mint others.
      permittedDnsDomains: [cluster.domain, ...extraDomains],
      maxPathLength: 0,
    });
    this.intermediateCertificate = signed.certificate;
    new PkiSecretBackendIntermediateSetSigned(this, "set-signed", {
      namespace,
      backend: this.pki.path,
      certificate: `${signed.certificate}\n${signed.issuingCa}`,
    });
    new PkiSecretBackendConfigUrls(this, "urls", {
      namespace,
      backend: this.pki.path,
      issuingCertificates: [`${props.address}/v1/${cluster.vault.namespace}/${pkiPath}/ca`],
      crlDistributionPoints: [`${props.address}/v1/${cluster.vault.namespace}/${pkiPath}/crl`],
    });
    this.pkiRole = new PkiSecretBackendRole(this, "role", {
      namespace,
      backend: this.pki.path,
      name: cluster.name,
      allowedDomains: [cluster.domain, ...extraDomains],
      allowSubdomains: true,
      allowBareDomains: true,
      allowWildcardCertificates: true,
      allowIpSans: false,
      enforceHostnames: true,
      keyType: "any",
      maxTtl: String(leafMaxTtlHours * HOUR),
    });

    this.auth = new AuthBackend(this, "kubernetes", {
      namespace,
      type: "kubernetes",
      path: cluster.vault.authMount,
      description: `Service accounts of ${cluster.name}`,
    });

    if (props.apiServer) {
      this.authConfig = new KubernetesAuthBackendConfig(this, "kubernetes-config", {
        namespace,
        backend: this.auth.path,
        kubernetesHost: props.apiServer.url,
        kubernetesCaCert: props.apiServer.caCertificatePem,
        // Vault runs outside the cluster: no local service account token to fall back on.
        disableLocalCaJwt: true,
        // Bound service account tokens carry the API server's issuer, which Vault need not pin.
        disableIssValidation: true,
      });
    }

    const baseKv = root.kvPath;
    this.baseKvPath = baseKv;
    this.kvMounts = [kvPath, baseKv];
    const access: Record<string, WorkloadAccess> = {
      "external-secrets": {
        serviceAccount: "external-secrets",
        serviceAccountNamespace: "external-secrets",
        // Exactly the keys the cluster's ExternalSecrets read (addExternalSecretsPaths), read only.
        paths: () =>
          Object.fromEntries(
            [...this.externalSecretsKeys].sort().map((key) => [kvDataPath(key), ["read"] as readonly string[]]),
          ),
      },
      "cert-manager": {
        serviceAccount: "cert-manager",
        serviceAccountNamespace: "cert-manager",
        paths: { [`${pkiPath}/sign/${cluster.name}`]: ["create", "update"] },
      },
    };
    this.roles = this.roleRecord;
    for (const [workload, grant] of Object.entries(access)) this.addWorkloadRole(workload, grant);
  }

  /**
   * Lets a service account of the cluster log in to Vault (this namespace's
   * Kubernetes auth mount) with a role named `workload`, whose policy of the
   * same name grants exactly `access.paths`. Returns the policy and the role.
   */
  public addWorkloadRole(workload: string, access: WorkloadAccess): WorkloadRole {
    const problems: string[] = [];
    if (!/^[a-z0-9][a-z0-9-]*$/.test(workload))
      problems.push(`workload "${workload}" must be lower-case letters, digits and '-'`);
    if (this.roleRecord[workload]) problems.push(`workload "${workload}" has a role already`);
    for (const [field, value] of [
      ["serviceAccount", access.serviceAccount],
      ["serviceAccountNamespace", access.serviceAccountNamespace],
    ] as const) {
      if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(value)) problems.push(`${field} "${value}" is not a Kubernetes name`);
    }
    throwIfInvalid(this, problems);
    // Vault accepts JSON policy documents; serialising an object keeps them well-formed and stable.
    const paths = access.paths;
    const policy = new Policy(this, `policy-${workload}`, {
      namespace: this.namespace,
      name: workload,
      policy:
        typeof paths === "function"
          ? Lazy.stringValue({ produce: () => policyDocument(paths()) })
          : policyDocument(paths),
    });
    const role = new KubernetesAuthBackendRole(this, `role-${workload}`, {
      namespace: this.namespace,
      backend: this.auth.path,
      roleName: workload,
      boundServiceAccountNames: [access.serviceAccount],
      boundServiceAccountNamespaces: [access.serviceAccountNamespace],
      audience: this.tokenAudience,
      tokenPolicies: [policy.name],
      tokenTtl: this.tokenTtlSeconds,
      tokenMaxTtl: this.tokenTtlSeconds,
    });
    this.roleRecord[workload] = role;
    return { policy, role };
  }

  /**
   * Lets external-secrets read these KV v2 keys (`<mount>/<path>`, in one of
   * the namespace's two KV mounts) and nothing else. Returns the policy paths
   * they grant.
   */
  public addExternalSecretsPaths(keys: readonly string[]): string[] {
    const problems: string[] = [];
    for (const key of keys) {
      const mount = key.split("/")[0];
      if (!this.kvMounts.includes(mount) || !/^[^/]+(\/[A-Za-z0-9._-]+)+$/.test(key))
        problems.push(
          `"${key}" is not a key in ${this.kvMounts.join(" or ")} — write <mount>/<path>, such as apps/grafana/admin`,
        );
    }
    throwIfInvalid(this, problems);
    for (const key of keys) this.externalSecretsKeys.add(key);
    return keys.map(kvDataPath);
  }
}

/** The KV v2 API path of a key: `apps/grafana/admin` → `apps/data/grafana/admin`. */
function kvDataPath(key: string): string {
  const [mount, ...rest] = key.split("/");
  return `${mount}/data/${rest.join("/")}`;
}

/** Vault accepts JSON policy documents; serialising an object keeps them well-formed and stable. */
function policyDocument(paths: Readonly<Record<string, readonly string[]>>): string {
  return JSON.stringify({ path: mapValues(paths, (capabilities) => ({ capabilities })) }, null, 2);
}

function mapValues<T, U>(record: Readonly<Record<string, T>>, fn: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)]));
}
