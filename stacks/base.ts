import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { VaultProvider } from "@cdktf/provider-vault/lib/provider";
import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { KeycloakProvider } from "../.gen/providers/keycloak/provider";
import { MinioProvider } from "../.gen/providers/minio/provider";
import {
  AppsGroup,
  CONTRACT,
  crossStackValue,
  DeploySync,
  envFile,
  GitLabDeploy,
  HarborRegistry,
  KeycloakUpstream,
  ObjectStorage,
  StateBackend,
  TeleportAgentTokens,
  VaultRoot,
  ZitiOverlay,
} from "../constructs";
import { APPS_GROUP } from "../gitops";
import type { HomelabModel } from "../model";
import { prepareCrossStackLocals } from "./cross-stack-prepare";
import { gitlabApi, harborProviders, zitiApi } from "./service-providers";
import type { SupportStack } from "./support";

export interface BaseStackProps {
  /** The validated homelab model. */
  readonly model: HomelabModel;
  /** The support stack, whose VM runs the services configured here. */
  readonly support: SupportStack;
}

/**
 * Everything shared by all clusters, configured in the services the support
 * VM runs: the root of trust and per-cluster namespaces in Vault/OpenBao,
 * MinIO's buckets and users, Keycloak's upstream realm, Harbor, GitLab,
 * OpenZiti, and each cluster's Teleport join token.
 */
export class BaseStack extends TerraformStack {
  public readonly vault: VaultRoot;
  public readonly objectStorage: ObjectStorage;
  public readonly keycloak: KeycloakUpstream;
  public readonly harbor: HarborRegistry;
  public readonly gitlab: GitLabDeploy;
  /** GitLab group `apps`, whose projects every cluster's ArgoCD discovers, and its read-only token. */
  public readonly appsGroup: AppsGroup;
  /** Commits the rendered GitOps tree to the deploy repository; present when GitLab runs. */
  public readonly deploySync?: DeploySync;
  public readonly ziti: ZitiOverlay;

  /** Only the `crossStackValue` locals refer to the support stack, so only they are prepared. */
  public override prepareStack(): void {
    this.ensureBackendExists();
    prepareCrossStackLocals(this);
  }

  constructor(scope: Construct, id: string, props: BaseStackProps) {
    super(scope, id);
    const { site, clusters } = props.model;

    const vm = props.support.support;
    new StateBackend(this, "state", site.state);
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

    this.objectStorage = new ObjectStorage(this, "object-storage", {
      clusters: clusters.map((c) => c.name),
      harborAccessKey: vm.harborS3AccessKey,
      harborSecretKey: crossStackValue(this, vm, "harbor-s3-secret-key", vm.harborS3SecretKey),
      endpoint: site.state.endpoint,
    });

    this.vault = new VaultRoot(this, "vault-root", {
      address: site.vault.address,
      caCommonName: site.vault.rootCaCommonName,
      namespaces: clusters.map((c) => c.vault.namespace),
    });

    new TeleportAgentTokens(this, "teleport-agent-tokens", {
      root: this.vault,
      proxyAddress: site.services.teleportProxyAddress,
      tokens: Object.fromEntries(
        clusters
          .filter((c) => c.name in vm.teleportJoinTokens)
          .map((c) => [
            c.vault.namespace,
            crossStackValue(this, vm, `teleport-token-${c.name}`, vm.teleportJoinTokens[c.name]),
          ]),
      ),
    });

    this.keycloak = new KeycloakUpstream(this, "keycloak-upstream", {
      url: site.identity.keycloakUrl,
      users: site.identity.users,
      teleportRedirectUri: site.services.teleportOidcCallbackUrl,
      gitlabRedirectUri: site.services.gitlabOidcCallbackUrl,
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

    const gitlabProvider = gitlabApi(this, site);
    this.gitlab = new GitLabDeploy(this, "gitlab-deploy", {
      provider: gitlabProvider,
      root: this.vault,
      namespaces: clusters.map((c) => c.vault.namespace),
      apiUrl: site.services.gitlabApiUrl,
      projectName: site.git.projectName,
      argocdEmail: site.git.argocdEmail,
    });

    this.appsGroup = this.gitlab.addAppsGroup({ name: APPS_GROUP });

    if (vm.gitlabSshHostKey) {
      this.deploySync = new DeploySync(this, "deploy-sync", {
        provider: gitlabProvider,
        project: this.gitlab.project,
        repositoryUrl: this.gitlab.cloneUrl,
        hostPublicKey: crossStackValue(
          this,
          vm.gitlabSshHostKey,
          "gitlab-ssh-host-key",
          vm.gitlabSshHostKey.publicKeyOpenssh,
        ),
      });
    }

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
    vm.deliverSecrets(this, "service-tokens", {
      [CONTRACT.secretFiles.ziti.routerEnvironment]: envFile({ ZITI_ENROLL_TOKEN: this.ziti.supportRouterJwt }),
      [CONTRACT.secretFiles.gitlabRunner.environment]: envFile({
        CI_SERVER_URL: site.services.gitlabUrl,
        CI_SERVER_TOKEN: this.gitlab.runnerToken,
      }),
    });

    new TerraformOutput(this, "root_ca_pem", {
      description: "The homelab root CA certificate; trust it on clients and nodes.",
      value: this.vault.rootCa.certificate,
    });
    new TerraformOutput(this, "upstream_issuer", {
      description: "Issuer of the upstream realm, which every cluster's broker federates.",
      value: this.keycloak.issuerUrl,
    });
  }
}
