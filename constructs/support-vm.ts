import { Password } from "@cdktf/provider-random/lib/password";
import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { Fn, TerraformVariable, Token } from "cdktf";
import { Construct } from "constructs";
import type { UserModel, VmModel } from "../model";
import { isDnsName, isEmailAddress, parseCidr } from "../model/net";
import { CONTRACT } from "./contract";
import type { LibvirtHost } from "./libvirt-host";
import { AdminLogin, NixosVm, SECRETS_DIR, SupportService } from "./nixos-vm";
import { VmSecretFiles } from "./vm-secret-files";
import { throwIfInvalid } from "./validation";

/** Every support service (nixos/contract.json), on unless `services` turns it off. */
const ALL_SERVICES = CONTRACT.supportServices as readonly SupportService[];

const FILES = CONTRACT.secretFiles;

/** Generated secrets each service reads, by file name below the secrets directory. */
const GENERATED: Readonly<Partial<Record<SupportService, readonly string[]>>> = {
  harbor: [FILES.harbor.adminPassword, FILES.harbor.dbPassword, FILES.harbor.s3SecretKey],
  keycloak: [FILES.keycloak.adminPassword, FILES.keycloak.dbPassword],
  teleport: [FILES.teleport.nodeToken, FILES.teleport.kubeToken],
  gitlab: [
    FILES.gitlab.rootPassword,
    FILES.gitlab.secret,
    FILES.gitlab.db,
    FILES.gitlab.otp,
    FILES.gitlab.activeRecordPrimaryKey,
    FILES.gitlab.activeRecordDeterministicKey,
    FILES.gitlab.activeRecordSalt,
  ],
};

/** Let's Encrypt's production directory, where the wildcard certificate comes from by default. */
export const LETS_ENCRYPT_DIRECTORY = "https://acme-v02.api.letsencrypt.org/directory";

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

/** A Teleport user name, as nixos/modules/support/teleport.nix takes its admins. */
const TELEPORT_USER = /^[a-z0-9][a-z0-9._-]*$/;

export interface SupportVmProps {
  /** The support VM from the model: hostname, VLAN address and MAC, size. */
  readonly vm: VmModel;
  /** The hypervisor's shared network, base image and settings. */
  readonly host: LibvirtHost;
  /** The operator's login on the VM. */
  readonly admin: AdminLogin;
  /** The domain the services are published under, as `<service>.<domain>` (`support.lab.example.com`). */
  readonly domain: string;
  /** Public name of the OpenZiti controller and the support router (`ziti.lab.example.com`). */
  readonly zitiDomain: string;
  /** Network allowed to mount the NFS exports (`10.69.50.0/24`). */
  readonly nfsAllowedNetwork: string;
  /** Contact address of the ACME account the wildcard certificate is ordered with (the site's admin e-mail). */
  readonly acmeEmail: string;
  /** Name of the Teleport cluster. @default "homelab" */
  readonly teleportClusterName?: string;
  /** The site's people; those with the role `admin` become Teleport's local users. @default [] */
  readonly users?: readonly Pick<UserModel, "username" | "role">[];
  /** Names of the clusters the VM serves; each gets its own Teleport join token. @default [] */
  readonly clusters?: readonly string[];
  /** Services to run; the rest are off. @default every service */
  readonly services?: readonly SupportService[];
  /** Name of MinIO's root user. @default "homelab-admin" */
  readonly minioRootUser?: string;
  /**
   * ACME directory the wildcard certificate is ordered from (DNS-01 through Cloudflare), for
   * example Let's Encrypt's staging endpoint while trying things out. @default LETS_ENCRYPT_DIRECTORY
   */
  readonly acmeServer?: string;
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
  /** The SSH host key GitLab serves Git with, when GitLab runs; clients pin its `publicKeyOpenssh`. */
  public readonly gitlabSshHostKey?: PrivateKey;
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
    const { vm, host, admin } = props;
    const teleportClusterName = props.teleportClusterName ?? "homelab";
    const users = props.users ?? [];
    const services = new Set(props.services ?? ALL_SERVICES);
    const clusters = [...(props.clusters ?? [])].sort();
    const minioRootUser = props.minioRootUser ?? "homelab-admin";
    const acmeServer = props.acmeServer ?? LETS_ENCRYPT_DIRECTORY;

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
    if (!/^https:\/\/[^\s/]+(\/\S*)?$/.test(acmeServer))
      problems.push(`acmeServer "${acmeServer}" is not an https URL — use the CA's ACME directory URL`);
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]{2,}$/.test(minioRootUser))
      problems.push(`minioRootUser "${minioRootUser}" must be at least 3 letters, digits, '-' or '_'`);
    problems.push(...siteProblems(props, users));
    throwIfInvalid(this, problems);

    const passwords: Record<string, Password> = {};
    const secrets: Record<string, string> = {};
    const generate = (name: string): string => {
      // No special characters: these land in env files and YAML.
      passwords[name] = new Password(this, name, { length: 40, special: false });
      return passwords[name].result;
    };

    const minioPassword = services.has("minio") ? generate("minio-root-password") : "";
    if (services.has("minio")) {
      secrets[FILES.minio.rootCredentials] = envFile({
        MINIO_ROOT_USER: minioRootUser,
        MINIO_ROOT_PASSWORD: minioPassword,
      });
    }
    for (const service of ALL_SERVICES) {
      if (!services.has(service)) continue;
      for (const name of GENERATED[service] ?? []) secrets[name] = generate(name);
    }
    if (services.has("harbor")) secrets[FILES.harbor.s3AccessKey] = this.harborS3AccessKey;
    if (services.has("gitlab")) {
      secrets[FILES.gitlab.jws] = new PrivateKey(this, "gitlab-jws", { algorithm: "RSA", rsaBits: 4096 }).privateKeyPem;
      // The host key of the sshd serving Git (nixos/modules/support/gitlab.nix): generated
      // here so that its public half is known before the VM boots and can be pinned.
      this.gitlabSshHostKey = new PrivateKey(this, "gitlab-ssh-host-key", { algorithm: "ED25519" });
      secrets[FILES.gitlab.sshHostKey] = this.gitlabSshHostKey.privateKeyOpenssh;
    }
    const teleportJoinTokens: Record<string, string> = {};
    if (services.has("teleport")) {
      for (const cluster of clusters) {
        const name = `${FILES.teleport.clusterKubeTokenPrefix}${cluster}`;
        teleportJoinTokens[cluster] = secrets[name] = generate(name);
      }
    }
    this.teleportJoinTokens = teleportJoinTokens;
    if (services.has("ziti"))
      secrets[FILES.ziti.controllerEnvironment] = envFile({ ZITI_PWD: generate("ziti-admin-password") });
    // nginx and Teleport serve the wildcard certificate, which the VM orders over DNS-01: lego
    // writes the challenge record with this Cloudflare API token (Zone:Read and DNS:Edit on the zone).
    if (services.has("nginx") || services.has("teleport")) {
      // Empty by default, like the other credentials, so targeted applies work without it; the VM
      // orders no certificate (and serves a self-signed one) until a non-empty token is delivered.
      const token = new TerraformVariable(this, "cloudflare_api_token", {
        type: "string",
        sensitive: true,
        default: "",
        description:
          "Cloudflare API token (Zone:Read and DNS:Edit on the support domain's zone) the support VM orders its wildcard certificate with (ACME DNS-01). Set TF_VAR_cloudflare_api_token; until then the VM serves a self-signed certificate.",
      });
      token.overrideLogicalId("cloudflare_api_token");
      secrets[FILES.acme.cloudflareApiToken] = token.stringValue;
    }
    this.passwords = passwords;
    this.harborS3SecretKey = passwords["harbor-s3-secret-key"]?.result ?? "";
    this.minioRoot = { user: minioRootUser, password: minioPassword };

    this.vm = new NixosVm(this, "vm", {
      vm,
      role: "support",
      host,
      admin,
      support: {
        domain: props.domain,
        ip: vm.ip,
        nfsAllowedNetwork: props.nfsAllowedNetwork,
        teleportClusterName,
        clusters,
        zitiDomain: props.zitiDomain,
        secretsDir: SECRETS_DIR,
        services: Object.fromEntries(ALL_SERVICES.map((s) => [s, services.has(s)])) as Record<SupportService, boolean>,
        // Teleport Community Edition cannot log people in through Keycloak (OIDC is an Enterprise
        // feature), so the site's admins become local Teleport users, with invite links on the VM.
        teleport: {
          admins: users
            .filter((u) => u.role === "admin")
            .map((u) => u.username)
            .sort(),
        },
        acme: { email: props.acmeEmail, server: acmeServer },
      },
      secrets,
    });
    this.vm.delivery.overrideLogicalId("support_vm");
    this.ipAddress = this.vm.ipAddress;
  }

  /**
   * Delivers secrets that only exist once a service runs (the Ziti router's
   * enrolment token) as root-only files next to the generated ones. The
   * delivery lives in `scope`, the stack that has those secrets.
   */
  public deliverSecrets(scope: Construct, id: string, files: Readonly<Record<string, string>>): VmSecretFiles {
    return new VmSecretFiles(scope, id, { vm: this.vm, files });
  }
}

/** Problems with the values the VM's NixOS modules take from the site, each naming its prop; unresolved values are skipped. */
function siteProblems(props: SupportVmProps, users: readonly Pick<UserModel, "username" | "role">[]): string[] {
  const problems: string[] = [];
  const known = (value: string): boolean => !Token.isUnresolved(value);
  // The support domain has a dot: it is `<support_prefix>.<base>`, and every service is a label under it.
  if (known(props.domain) && !(isDnsName(props.domain) && props.domain.includes(".")))
    problems.push(`domain "${props.domain}" must be a lower-case DNS name, such as support.lab.example.com`);
  if (known(props.zitiDomain) && !isDnsName(props.zitiDomain))
    problems.push(`zitiDomain "${props.zitiDomain}" must be a lower-case DNS name, such as ziti.lab.example.com`);
  if (known(props.nfsAllowedNetwork)) {
    const network = parseCidr(props.nfsAllowedNetwork);
    if ("error" in network) problems.push(`nfsAllowedNetwork "${props.nfsAllowedNetwork}" ${network.error}`);
  }
  if (known(props.acmeEmail) && !isEmailAddress(props.acmeEmail))
    problems.push(
      `acmeEmail "${props.acmeEmail}" is not an e-mail address — the ACME account needs one (the site's identity.admin_email)`,
    );
  users.forEach((user, i) => {
    if (user.role === "admin" && !TELEPORT_USER.test(user.username))
      problems.push(
        `users[${i}].username "${user.username}" cannot be a Teleport user — use lower-case letters, digits, '.', '_' or '-'`,
      );
  });
  return problems;
}
