/**
 * The validated homelab model: what every construct and stack consumes.
 * Names are in this project's terms (camelCase, units in names); the file
 * formats are described in `schema.ts`.
 */

/** One VM on the VLAN. */
export interface VmModel {
  /** Hostname, unique in the homelab (`kss-master`, `kss-worker-1`, `support`). */
  readonly hostname: string;
  readonly ip: string;
  /** Lower-case MAC of the VLAN NIC; the router hands out a static lease for it. */
  readonly mac: string;
  /** MAC of the libvirt NAT (management) NIC, derived from the hostname so that it is stable. */
  readonly managementMac: string;
  readonly cpus: number;
  readonly memoryMiB: number;
  readonly diskGiB: number;
}

export interface WorkerModel extends VmModel {
  /** The worker's name inside its cluster file (`worker-1`). */
  readonly name: string;
}

/** `canal` is the cluster file's `cni: default`. */
export type Cni = "canal" | "cilium";

/**
 * The platform profile, the cluster file's `helmfile_env`:
 * `default` = MetalLB L2 + nginx ingress, `istio-mesh` = Cilium BGP + Istio Ambient + Gateway API.
 */
export type Profile = "default" | "istio-mesh";

export interface ClusterModel {
  /** The cluster file, relative to the model directory. */
  readonly file: string;
  /** DNS label; also the stack name. */
  readonly name: string;
  /** `<name>.<domains.base>` */
  readonly domain: string;
  readonly master: VmModel;
  readonly workers: readonly WorkerModel[];
  readonly cni: Cni;
  readonly profile: Profile;
  readonly loadBalancerCidr: string;
  /** The ingress controller's (or gateway's) LoadBalancer address, inside `loadBalancerCidr`; the first address unless set. */
  readonly ingressIp: string;
  /** The cluster's BGP ASN, when it peers with the gateway. */
  readonly bgpAsn?: number;
  readonly vault: {
    /** Path of the Kubernetes auth mount in the cluster's namespace. */
    readonly authMount: string;
    /** The cluster's Vault namespace. */
    readonly namespace: string;
    /** `<domain> Intermediate CA`, the common name of the cluster's intermediate CA. */
    readonly intermediateCaCommonName: string;
  };
  readonly oidc: {
    readonly enabled: boolean;
    readonly clientId: string;
    /** `https://auth.<domain>/realms/<brokerRealm>` */
    readonly issuerUrl: string;
  };
  /** Realm of the cluster's broker Keycloak. */
  readonly brokerRealm: string;
  /** The cluster's own (broker) Keycloak, `https://auth.<domain>` unless set. */
  readonly keycloakUrl: string;
  /**
   * The web applications on the cluster domain that log in through the broker realm: what the
   * GitOps tree serves and configures them with, and what their OIDC clients accept, from one place.
   */
  readonly webApps: {
    readonly argocd: ClusterWebApp;
    readonly grafana: ClusterWebApp;
    readonly oauth2Proxy: ClusterWebApp;
    readonly headlamp: ClusterWebApp;
    readonly openWebui: ClusterWebApp;
    readonly dependencyTrack: ClusterWebApp;
    readonly kiali: ClusterWebApp;
  };
}

/** A web application of a cluster, on `<label>.<cluster domain>`. */
export interface ClusterWebApp {
  /** `<label>.<cluster domain>` */
  readonly host: string;
  /** `https://<host>` */
  readonly url: string;
  /** Where the broker realm sends its logins back: the application's own callback first. */
  readonly redirectUris: readonly string[];
}

export interface UserModel {
  readonly username: string;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly role: "admin" | "user";
}

export interface SiteModel {
  /** The site file, relative to the model directory. */
  readonly file: string;
  readonly domains: {
    readonly root: string;
    readonly base: string;
    /** `<support_prefix>.<base>` */
    readonly support: string;
    readonly ziti: string;
  };
  readonly support: VmModel & { readonly teleportClusterName: string };
  readonly identity: {
    readonly adminEmail: string;
    readonly users: readonly UserModel[];
    /** The support VM's (upstream) Keycloak, `https://idp.<support domain>` unless set. */
    readonly keycloakUrl: string;
    /** Social identity providers every broker realm offers besides the upstream realm. */
    readonly social: { readonly github: boolean; readonly google: boolean; readonly microsoft: boolean };
  };
  readonly ziti: {
    readonly clientDevices: readonly { readonly name: string; readonly roleAttributes: readonly string[] }[];
  };
  readonly apps: {
    readonly openWebui: boolean;
    readonly kiali: boolean;
    /** Dependency-Track: a public broker client `dependency-track` (PKCE). */
    readonly dependencyTrack: boolean;
  };
  readonly network: {
    readonly vlanCidr: string;
    readonly bridge: string;
    readonly gatewayIp: string;
    /** ASN of the gateway that clusters peer with over BGP. */
    readonly bgpPeerAsn: number;
    readonly managementCidr: string;
    readonly podCidr: string;
    readonly serviceCidr: string;
    readonly nfsAllowedNetwork: string;
    readonly ollamaUrl?: string;
  };
  readonly git: {
    readonly projectName: string;
    /** `argocd@<domains.root>`, the e-mail address of the GitLab user Argo CD clones the deploy repository as. */
    readonly argocdEmail: string;
  };
  readonly libvirt: {
    readonly uri: string;
    readonly pool: string;
    readonly domainType: "kvm" | "qemu";
    /** Path of the NixOS base image (qcow2), relative to the repository root unless absolute. */
    readonly baseImage: string;
    /** Network of the libvirt NAT network every VM's management NIC is on. */
    readonly natCidr: string;
  };
  /** The operator's login on every VM. */
  readonly admin: {
    readonly user: string;
    /** Public keys allowed to log in as `user` (and, before the first rebuild, as root). */
    readonly sshAuthorizedKeys: readonly string[];
    readonly timeZone: string;
  };
  readonly state: {
    /** S3 endpoint of the MinIO that holds OpenTofu state. */
    readonly endpoint: string;
    readonly bucket: string;
    readonly region: string;
  };
  readonly vault: {
    /** `https://vault.<support domain>` unless set. */
    readonly address: string;
    /** `<domains.base> Root CA`, the common name of the homelab's root CA. */
    readonly rootCaCommonName: string;
  };
  /** Addresses of the support VM's services, derived once from the domains. */
  readonly services: {
    /** `harbor.<support domain>`, the registry host nodes pull through. */
    readonly harborHost: string;
    /** `https://harbor.<support domain>` */
    readonly harborUrl: string;
    /** `https://harbor.<support domain>/api/v2.0`, Harbor's REST API. */
    readonly harborApiUrl: string;
    /** `https://gitlab.<support domain>` */
    readonly gitlabUrl: string;
    /** `https://gitlab.<support domain>/api/v4`, GitLab's REST API. */
    readonly gitlabApiUrl: string;
    /** `https://gitlab.<support domain>/users/auth/openid_connect/callback`, where the upstream realm sends GitLab's logins back. */
    readonly gitlabOidcCallbackUrl: string;
    /** `teleport.<support domain>:3080`, what Teleport agents dial. */
    readonly teleportProxyAddress: string;
    /** `https://teleport.<support domain>:3080/v1/webapi/oidc/callback`, where the upstream realm sends Teleport's logins back. */
    readonly teleportOidcCallbackUrl: string;
    /**
     * `https://<domains.ziti>:2030/edge/management/v1`, the Ziti controller's edge management API on
     * its listener with the support VM's publicly trusted certificate.
     */
    readonly zitiManagementApiUrl: string;
  };
}

export interface HomelabModel {
  readonly site: SiteModel;
  /** Sorted by name, so that output does not depend on directory order. */
  readonly clusters: readonly ClusterModel[];
}
