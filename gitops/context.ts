/**
 * Names and addresses the GitOps tree derives from the model, computed in
 * one place so that an Application, its values and its overlay never
 * disagree about a host name or a switch.
 */
import contractJson from "../nixos/contract.json";
import type { ClusterModel, HomelabModel, SiteModel } from "../model";

/** TCP ports the support VM's NixOS modules open (nixos/modules/support/*.nix). */
export const SUPPORT_PORTS = {
  /** nginx: Vault, MinIO, Harbor, Keycloak, GitLab web (nginx.nix). */
  https: 443,
  /** GitLab's Git over SSH (gitlab.nix `sshPort`). */
  gitlabSsh: contractJson.ports.gitlab.ssh,
  /** Teleport web/multiplexed proxy and reverse tunnel (teleport.nix `webPort`, `tunnelPort`). */
  teleportWeb: contractJson.ports.teleport.web,
  teleportTunnel: contractJson.ports.teleport.tunnel,
  /** Ziti controller's control plane, its client API (enrolment) and the support router's link listener (ziti.nix). */
  zitiManagement: contractJson.ports.ziti.management,
  zitiClient: contractJson.ports.ziti.client,
  zitiLink: contractJson.ports.ziti.link,
  /** NFS (nfs.nix). */
  nfs: 2049,
} as const;

/** GitLab group and SSH port of the deploy repository (constructs/gitlab-deploy.ts). */
const DEPLOY_GROUP = "infra";

/**
 * The GitLab group whose projects every cluster's ArgoCD discovers
 * (GitLabDeploy.addAppsGroup creates it; gitops/apps-discovery.ts reads it).
 */
export const APPS_GROUP = "apps";

/** The `apps` group's web URL, which prefixes each of its projects' HTTPS clone URL (`http_url_to_repo`). */
export function appsGroupUrl(site: SiteModel): string {
  return `${site.services.gitlabUrl}/${APPS_GROUP}`;
}

/** The branch ArgoCD tracks in the deploy repository. */
export const DEPLOY_REVISION = "deploy";

/**
 * The login GitLab's sshd lets in with project keys: nixpkgs' GitLab runs as
 * `services.gitlab.user`, `gitlab` (not Omnibus's `git`), and builds its
 * clone URLs with it (nixos/modules/support/gitlab.nix).
 */
const GITLAB_SSH_USER = "gitlab";

/**
 * The deploy repository's clone URL, as GitLab reports it for the project
 * GitLabDeploy creates (`ssh_url_to_repo`:
 * `ssh://gitlab@gitlab.<support domain>:2222/infra/<project>.git`), which is
 * also what the repository credential of the platform stack holds, so ArgoCD
 * finds the credential for the root Application's URL. The one place the
 * GitOps tree takes it from.
 */
export function deployRepoUrl(site: SiteModel): string {
  return `ssh://${GITLAB_SSH_USER}@gitlab.${site.domains.support}:${SUPPORT_PORTS.gitlabSsh}/${DEPLOY_GROUP}/${site.git.projectName}.git`;
}

/** What one cluster's tree is rendered from. */
export interface ClusterContext {
  readonly model: HomelabModel;
  readonly site: SiteModel;
  readonly cluster: ClusterModel;
  /** `<cluster>.<base>` */
  readonly domain: string;
  /** The domain with dots turned into dashes, for object names. */
  readonly slug: string;
  readonly supportDomain: string;
  readonly harborHost: string;
  readonly repoUrl: string;
  /** Istio Ambient + Gateway API (the cluster file's `helmfile_env: istio-mesh`). */
  readonly istio: boolean;
  readonly cilium: boolean;
  /** Gateway API class and namespace the cluster's ingress gateway lives in. */
  readonly gateway: { readonly className: string; readonly namespace: string; readonly name: string };
  /** Name of the wildcard certificate's Secret, and its namespace. */
  readonly wildcardSecret: { readonly name: string; readonly namespace: string };
  /** Root of the cluster's part of the tree, relative to the tree's root. */
  readonly root: string;
}

export function clusterContext(model: HomelabModel, cluster: ClusterModel): ClusterContext {
  const { site } = model;
  const slug = cluster.domain.replace(/\./g, "-");
  return {
    model,
    site,
    cluster,
    domain: cluster.domain,
    slug,
    supportDomain: site.domains.support,
    harborHost: site.services.harborHost,
    repoUrl: deployRepoUrl(site),
    istio: cluster.profile === "istio-mesh",
    cilium: cluster.cni === "cilium",
    gateway: { className: "istio", namespace: "istio-ingress", name: "main-gateway" },
    wildcardSecret: { name: `wildcard-${slug}-tls`, namespace: "cert-manager" },
    root: `clusters/${cluster.name}`,
  };
}
