import { Password } from "@cdktf/provider-random/lib/password";
import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import type { SiteModel } from "../model";
import type { LibvirtHost } from "./libvirt-host";
import { NixosVm, SECRETS_DIR, SupportService } from "./nixos-vm";
import { VmSecretFiles } from "./vm-secret-files";

/** Every support service, on unless `services` turns it off. */
const ALL_SERVICES: readonly SupportService[] = [
  "openbao",
  "minio",
  "nfs",
  "harbor",
  "keycloak",
  "nginx",
  "teleport",
  "gitlab",
  "gitlabRunner",
  "ziti",
];

/** Generated secrets each service reads, by file name below the secrets directory. */
const GENERATED: Readonly<Partial<Record<SupportService, readonly string[]>>> = {
  harbor: ["harbor-admin-password", "harbor-db-password", "harbor-s3-secret-key"],
  keycloak: ["keycloak-admin-password", "keycloak-db-password"],
  teleport: ["teleport-node-token", "teleport-kube-token"],
  gitlab: [
    "gitlab-root-password",
    "gitlab-secret",
    "gitlab-db",
    "gitlab-otp",
    "gitlab-ar-primary-key",
    "gitlab-ar-deterministic-key",
    "gitlab-ar-salt",
  ],
};

/**
 * An environment file whose values may be references. Built with join() rather than a
 * template string, because references inside a string inside jsonencode() are not resolved.
 */
export function envFile(values: Readonly<Record<string, string>>): string {
  return Fn.join(
    "",
    Object.entries(values).flatMap(([key, value]) => [`${key}=`, value, "\n"]),
  );
}

export interface SupportVmProps {
  /** The site: the support VM's address and size, domains, admin login. */
  readonly site: SiteModel;
  /** The hypervisor's shared network, base image and settings. */
  readonly host: LibvirtHost;
  /** Names of the clusters the VM serves; each gets its own Teleport join token. @default [] */
  readonly clusters?: readonly string[];
  /** Services to run; the rest are off. @default every service */
  readonly services?: readonly SupportService[];
  /** Name of MinIO's root user. @default "homelab-admin" */
  readonly minioRootUser?: string;
}

/**
 * The support VM: a NixosVm with the support role, running OpenBao, MinIO,
 * NFS, Harbor, Keycloak, nginx, Teleport, GitLab and its runner, and
 * OpenZiti. The secrets those services need at boot are generated here
 * (random passwords, GitLab's JWS key) and delivered as root-only files;
 * none is written into a Nix expression. Secrets that only exist once a
 * service runs (the GitLab runner token, the Ziti router's enrolment JWT)
 * are delivered later by the service configuration; their units wait for them.
 */
export class SupportVm extends Construct {
  public readonly vm: NixosVm;
  public readonly ipAddress: string;
  /** Generated passwords by secret file name, as escape hatches. */
  public readonly passwords: Readonly<Record<string, Password>>;
  /**
   * Address of the resource that brings the VM up and configures it, for the first,
   * targeted apply (`tofu apply -target=…`) before the services it runs can be configured.
   */
  public readonly targetAddress = "terraform_data.support_vm";
  /** The access key (MinIO user) Harbor uses for its bucket; the user is created by ObjectStorage. */
  public readonly harborS3AccessKey = "harbor";
  /** That user's secret key (sensitive). */
  public readonly harborS3SecretKey: string;
  /** Each cluster's Teleport join token (sensitive), by cluster name; empty without Teleport. */
  public readonly teleportJoinTokens: Readonly<Record<string, string>>;
  /** MinIO's root credentials (the password is sensitive). */
  public readonly minioRoot: { readonly user: string; readonly password: string };

  constructor(scope: Construct, id: string, props: SupportVmProps) {
    super(scope, id);
    const { site, host } = props;
    const services = new Set(props.services ?? ALL_SERVICES);
    const clusters = [...(props.clusters ?? [])].sort();
    const minioRootUser = props.minioRootUser ?? "homelab-admin";

    const problems: string[] = [];
    for (const service of services) {
      if (!ALL_SERVICES.includes(service))
        problems.push(`services lists unknown service "${service}" — use ${ALL_SERVICES.join(", ")}`);
    }
    if (services.has("harbor") && !services.has("minio"))
      problems.push("services has harbor without minio — Harbor stores images in MinIO; enable minio");
    if (services.has("gitlabRunner") && !services.has("gitlab"))
      problems.push("services has gitlabRunner without gitlab — enable gitlab");
    if (new Set(clusters).size !== clusters.length)
      problems.push(`clusters lists a cluster twice (${clusters.join(", ")}) — list each once`);
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]{2,}$/.test(minioRootUser))
      problems.push(`minioRootUser "${minioRootUser}" must be at least 3 letters, digits, '-' or '_'`);
    if (problems.length > 0) throw new Error(`SupportVm "${id}": ${problems.join("; ")}`);

    const passwords: Record<string, Password> = {};
    const secrets: Record<string, string> = {};
    const generate = (name: string): string => {
      // No special characters: these land in env files and YAML.
      passwords[name] = new Password(this, name, { length: 40, special: false });
      return passwords[name].result;
    };

    const minioPassword = services.has("minio") ? generate("minio-root-password") : "";
    if (services.has("minio")) {
      secrets["minio-root.env"] = envFile({ MINIO_ROOT_USER: minioRootUser, MINIO_ROOT_PASSWORD: minioPassword });
    }
    for (const service of ALL_SERVICES) {
      if (!services.has(service)) continue;
      for (const name of GENERATED[service] ?? []) secrets[name] = generate(name);
    }
    if (services.has("harbor")) secrets["harbor-s3-access-key"] = this.harborS3AccessKey;
    if (services.has("gitlab")) {
      secrets["gitlab-jws"] = new PrivateKey(this, "gitlab-jws", { algorithm: "RSA", rsaBits: 4096 }).privateKeyPem;
    }
    const teleportJoinTokens: Record<string, string> = {};
    if (services.has("teleport")) {
      for (const cluster of clusters) {
        teleportJoinTokens[cluster] = secrets[`teleport-kube-token-${cluster}`] = generate(
          `teleport-kube-token-${cluster}`,
        );
      }
    }
    this.teleportJoinTokens = teleportJoinTokens;
    if (services.has("ziti")) secrets["ziti-controller.env"] = envFile({ ZITI_PWD: generate("ziti-admin-password") });
    this.passwords = passwords;
    this.harborS3SecretKey = passwords["harbor-s3-secret-key"]?.result ?? "";
    this.minioRoot = { user: minioRootUser, password: minioPassword };

    this.vm = new NixosVm(this, "vm", {
      vm: site.support,
      role: "support",
      host,
      admin: site.admin,
      support: {
        domain: site.domains.support,
        ip: site.support.ip,
        nfsAllowedNetwork: site.network.nfsAllowedNetwork,
        teleportClusterName: site.support.teleportClusterName,
        clusters,
        zitiDomain: site.domains.ziti,
        secretsDir: SECRETS_DIR,
        services: Object.fromEntries(ALL_SERVICES.map((s) => [s, services.has(s)])) as Record<SupportService, boolean>,
        // Teleport Community Edition cannot log people in through Keycloak (OIDC is an Enterprise
        // feature), so the site's admins become local Teleport users, with invite links on the VM.
        teleport: {
          admins: site.identity.users
            .filter((u) => u.role === "admin")
            .map((u) => u.username)
            .sort(),
        },
      },
      secrets,
    });
    this.vm.delivery.overrideLogicalId("support_vm");
    this.ipAddress = this.vm.ipAddress;
  }

  /**
   * Delivers secrets that only exist once a service runs (the Ziti router's
   * enrolment token) as root-only files next to the generated ones.
   */
  public deliverSecrets(id: string, files: Readonly<Record<string, string>>): VmSecretFiles {
    return new VmSecretFiles(this, id, { vm: this.vm, files });
  }
}
