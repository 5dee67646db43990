import { Mount } from "@cdktf/provider-vault/lib/mount";
import { Namespace } from "@cdktf/provider-vault/lib/namespace";
import { PkiSecretBackendConfigUrls } from "@cdktf/provider-vault/lib/pki-secret-backend-config-urls";
import { PkiSecretBackendRootCert } from "@cdktf/provider-vault/lib/pki-secret-backend-root-cert";
import { Token } from "cdktf";
import { Construct } from "constructs";
import { throwIfInvalid } from "./validation";

const HOUR = 3600;

export interface VaultRootProps {
  /** Public address of Vault/OpenBao, used in the CA's issuing and CRL URLs (`https://vault.support.lab.example.com`). */
  readonly address: string;
  /** Common name of the root CA certificate (`lab.example.com Root CA`). */
  readonly caCommonName: string;
  /** Organization written into the root CA certificate. @default "homelab" */
  readonly organization?: string;
  /** One Vault namespace is created for each of these (one per cluster). */
  readonly namespaces: readonly string[];
  /** Path of the root PKI mount. @default "pki" */
  readonly pkiPath?: string;
  /** Lifetime of the root CA, in hours. @default 87600 (10 years) */
  readonly rootCaTtlHours?: number;
  /** Path of the KV v2 mount created in each namespace for secrets the base stack writes. @default "secret" */
  readonly kvPath?: string;
  /**
   * Path of the KV v2 mount in the root namespace, for secrets that belong to
   * no single cluster (device enrolment tokens, shared robot accounts, user passwords).
   * @default "homelab"
   */
  readonly siteKvPath?: string;
}

/** What the base stack sets up for one cluster namespace. */
export interface VaultNamespaceResources {
  readonly namespace: Namespace;
  /** KV v2 mount for secrets that the base stack writes for the cluster (broker client secret, tokens). */
  readonly kv: Mount;
}

/**
 * The root of trust in Vault/OpenBao: a root PKI mount with its internally
 * generated root CA and published URLs, and one namespace per cluster with
 * a KV v2 mount in it. Cluster stacks sign their intermediate CAs here.
 */
export class VaultRoot extends Construct {
  /** The root PKI mount. */
  public readonly pki: Mount;
  /** The root CA certificate resource; its `certificate` is the PEM to trust. */
  public readonly rootCa: PkiSecretBackendRootCert;
  /** Path of the KV v2 mount in every namespace. */
  public readonly kvPath: string;
  /** KV v2 mount in the root namespace for site-wide secrets. */
  public readonly siteKv: Mount;
  /** Per-namespace resources, by namespace name. */
  public readonly namespaces: Readonly<Record<string, VaultNamespaceResources>>;

  constructor(scope: Construct, id: string, props: VaultRootProps) {
    super(scope, id);
    const pkiPath = props.pkiPath ?? "pki";
    const ttlHours = props.rootCaTtlHours ?? 87600;
    const kvPath = props.kvPath ?? "secret";
    const organization = props.organization ?? "homelab";
    const siteKvPath = props.siteKvPath ?? "homelab";

    const problems: string[] = [];
    const seen = new Set<string>();
    for (const ns of props.namespaces) {
      if (!Token.isUnresolved(ns) && seen.has(ns))
        problems.push(`namespaces lists "${ns}" twice — list each namespace once`);
      seen.add(ns);
    }
    if (!Token.isUnresolved(props.address) && !/^https?:\/\/[^/]+$/.test(props.address)) {
      problems.push(
        `address "${props.address}" must be a URL without a path, such as https://vault.support.lab.example.com`,
      );
    }
    if (!(ttlHours >= 24))
      problems.push(`rootCaTtlHours ${ttlHours} is too short for a root CA — use at least 24 (default 87600)`);
    if ([pkiPath, "secret", "sys", "identity", "cubbyhole"].includes(siteKvPath))
      problems.push(
        `siteKvPath "${siteKvPath}" collides with the PKI mount or a mount Vault reserves or dev servers create — choose another path`,
      );
    throwIfInvalid(this, problems);

    this.pki = new Mount(this, "pki", {
      path: pkiPath,
      type: "pki",
      description: "Homelab root CA",
      maxLeaseTtlSeconds: ttlHours * HOUR,
    });
    this.rootCa = new PkiSecretBackendRootCert(this, "root-ca", {
      backend: this.pki.path,
      type: "internal",
      commonName: props.caCommonName,
      organization,
      issuerName: "root",
      ttl: `${ttlHours}h`,
      keyType: "ec",
      keyBits: 384,
    });
    new PkiSecretBackendConfigUrls(this, "urls", {
      backend: this.pki.path,
      issuingCertificates: [`${props.address}/v1/${pkiPath}/ca`],
      crlDistributionPoints: [`${props.address}/v1/${pkiPath}/crl`],
    });

    this.siteKv = new Mount(this, "site-kv", {
      path: siteKvPath,
      type: "kv",
      options: { version: "2" },
      description: "Site-wide secrets written by the base stack",
    });

    this.kvPath = kvPath;
    const namespaces: Record<string, VaultNamespaceResources> = {};
    for (const name of [...props.namespaces].sort()) {
      const namespace = new Namespace(this, `ns-${name}`, { path: name });
      const kv = new Mount(this, `ns-${name}-kv`, {
        namespace: namespace.path,
        path: kvPath,
        type: "kv",
        options: { version: "2" },
        description: `Secrets written by the base stack for ${name}`,
      });
      namespaces[name] = { namespace, kv };
    }
    this.namespaces = namespaces;
  }
}
