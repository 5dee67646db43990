import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { VaultProvider } from "@cdktf/provider-vault/lib/provider";
import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { KeycloakProvider } from "../.gen/providers/keycloak/provider";
import { LibvirtProvider } from "../.gen/providers/libvirt/provider";
import { MinioProvider } from "../.gen/providers/minio/provider";
import {
  envFile,
  GitLabDeploy,
  HarborRegistry,
  KeycloakUpstream,
  LibvirtHost,
  ObjectStorage,
  StateBackend,
  SupportVm,
  TeleportAgentTokens,
  VaultRoot,
  ZitiOverlay,
} from "../constructs";
import type { HomelabModel } from "../model";
import { gitlabApi, harborProviders, zitiApi } from "./service-providers";

export interface BaseStackProps {
  /** The validated homelab model. */
  readonly model: HomelabModel;
  /**
   * Backend kind; `local` only for the very first apply, before MinIO exists.
   * @default "s3"
   */
  readonly backend?: "s3" | "local";
}

/**
 * Everything shared by all clusters: the hypervisor's NAT network and base
 * image, the support VM, and the configuration of the services it runs:
 * the root of trust and per-cluster namespaces in Vault/OpenBao, MinIO's
 * buckets and users, and each cluster's Teleport join token.
 */
export class BaseStack extends TerraformStack {
  public readonly libvirt: LibvirtHost;
  public readonly support: SupportVm;
  public readonly vault: VaultRoot;
  public readonly objectStorage: ObjectStorage;
  public readonly keycloak: KeycloakUpstream;
  public readonly harbor: HarborRegistry;
  public readonly gitlab: GitLabDeploy;
  public readonly ziti: ZitiOverlay;

  /**
   * cdktf's preparing pass resolves every element once more only to discover
   * references into other stacks. base is the root: it refers to no other
   * stack (the stacks test checks that every reference stays in its stack),
   * so the pass is skipped, which saves about a tenth of a large synth.
   */
  public override prepareStack(): void {
    this.ensureBackendExists();
  }

  constructor(scope: Construct, id: string, props: BaseStackProps) {
    super(scope, id);
    const { site, clusters } = props.model;

    new StateBackend(this, "state", { ...site.state, kind: props.backend ?? "s3" });
    new LibvirtProvider(this, "libvirt", { uri: site.libvirt.uri });
    new RandomProvider(this, "random", {});
    new TlsProvider(this, "tls", {});
    // The token comes from VAULT_TOKEN in the environment.
    new VaultProvider(this, "vault", { address: site.vault.address });
    // MinIO's S3 API is where state lives too; credentials come from MINIO_USER and MINIO_PASSWORD.
    const minio = new URL(site.state.endpoint);
    new MinioProvider(this, "minio", { minioServer: minio.host, minioSsl: minio.protocol === "https:" });
    // The support VM's Keycloak; the admin login comes from KEYCLOAK_USER and KEYCLOAK_PASSWORD.
    // initialLogin off: plans that do not touch Keycloak do not need it to be up.
    new KeycloakProvider(this, "keycloak", {
      url: site.identity.keycloakUrl,
      clientId: "admin-cli",
      realm: "master",
      initialLogin: false,
    });

    this.libvirt = new LibvirtHost(this, "libvirt-host", {
      baseImagePath: site.libvirt.baseImage,
      natCidr: site.libvirt.natCidr,
      bridge: site.network.bridge,
      pool: site.libvirt.pool,
      domainType: site.libvirt.domainType,
    });
    this.support = new SupportVm(this, "support", { site, host: this.libvirt, clusters: clusters.map((c) => c.name) });

    this.objectStorage = new ObjectStorage(this, "object-storage", {
      clusters: clusters.map((c) => c.name),
      harborAccessKey: this.support.harborS3AccessKey,
      harborSecretKey: this.support.harborS3SecretKey,
      endpoint: site.state.endpoint,
    });

    this.vault = new VaultRoot(this, "vault-root", {
      address: site.vault.address,
      caCommonName: `${site.domains.base} Root CA`,
      namespaces: clusters.map((c) => c.vault.namespace),
    });

    new TeleportAgentTokens(this, "teleport-agent-tokens", {
      root: this.vault,
      proxyAddress: `teleport.${site.domains.support}:3080`,
      tokens: Object.fromEntries(
        clusters
          .filter((c) => c.name in this.support.teleportJoinTokens)
          .map((c) => [c.vault.namespace, this.support.teleportJoinTokens[c.name]]),
      ),
    });

    this.keycloak = new KeycloakUpstream(this, "keycloak-upstream", {
      url: site.identity.keycloakUrl,
      users: site.identity.users,
      supportDomain: site.domains.support,
      root: this.vault,
      brokers: clusters.map((c) => ({
        name: c.name,
        keycloakUrl: c.keycloakUrl,
        brokerRealm: c.brokerRealm,
        vaultNamespace: c.vault.namespace,
      })),
    });

    const harbor = harborProviders(this, site);
    this.harbor = new HarborRegistry(this, "harbor-registry", {
      root: this.vault,
      registryUrl: harbor.url,
      api: harbor.api,
    });

    this.gitlab = new GitLabDeploy(this, "gitlab-deploy", {
      provider: gitlabApi(this, site),
      root: this.vault,
      namespaces: clusters.map((c) => c.vault.namespace),
      supportDomain: site.domains.support,
      projectName: site.git.projectName,
      argocdEmail: `argocd@${site.domains.root}`,
    });

    this.ziti = new ZitiOverlay(this, "ziti-overlay", {
      provider: zitiApi(this, site),
      root: this.vault,
      support: { domain: site.domains.support, ip: site.support.ip },
      clusters: clusters.map((c) => ({
        name: c.name,
        domain: c.domain,
        ingressIp: c.ingressIp,
        vaultNamespace: c.vault.namespace,
      })),
      devices: site.ziti.clientDevices,
    });
    // Tokens that exist only once the services run: the support router enrols with its
    // token, and the GitLab runner registers with its own.
    this.support.deliverSecrets("service-tokens", {
      "ziti-router.env": envFile({ ZITI_ENROLL_TOKEN: this.ziti.supportRouterJwt }),
      "gitlab-runner.env": envFile({
        CI_SERVER_URL: `https://gitlab.${site.domains.support}`,
        CI_SERVER_TOKEN: this.gitlab.runnerToken,
      }),
    });

    new TerraformOutput(this, "support_ip", {
      description: "The support VM's VLAN address.",
      value: this.support.ipAddress,
    });
    new TerraformOutput(this, "root_ca_pem", {
      description: "The homelab root CA certificate; trust it on clients and nodes.",
      value: this.vault.rootCa.certificate,
    });
    new TerraformOutput(this, "service_admin_passwords", {
      description:
        "Generated admin passwords of the support VM's services, for the provider credentials of later applies (TF_VAR_harbor_admin_password, KEYCLOAK_PASSWORD, the Ziti login).",
      value: {
        harbor: this.support.passwords["harbor-admin-password"]?.result ?? "",
        keycloak: this.support.passwords["keycloak-admin-password"]?.result ?? "",
        ziti: this.support.passwords["ziti-admin-password"]?.result ?? "",
        gitlab_root: this.support.passwords["gitlab-root-password"]?.result ?? "",
      },
      sensitive: true,
    });
    new TerraformOutput(this, "upstream_issuer", {
      description: "Issuer of the upstream realm, which every cluster's broker federates.",
      value: this.keycloak.issuerUrl,
    });
  }
}
