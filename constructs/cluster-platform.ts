import { Release } from "@cdktf/provider-helm/lib/release";
import { ConfigMapV1 } from "@cdktf/provider-kubernetes/lib/config-map-v1";
import { NamespaceV1 } from "@cdktf/provider-kubernetes/lib/namespace-v1";
import { SecretV1 } from "@cdktf/provider-kubernetes/lib/secret-v1";
import { DataVaultGenericSecret } from "@cdktf/provider-vault/lib/data-vault-generic-secret";
import { Fn, Token } from "cdktf";
import { Construct } from "constructs";
import { stringify } from "yaml";
import type { ChartPin } from "../gitops/versions";
import type { ClusterModel } from "../model";
import { isDnsName } from "../model/net";
import { fromStack } from "./paths";
import { throwIfInvalid } from "./validation";
import { TerraformData } from "./terraform-data";

/** An SSH clone URL with an explicit port: `ssh://<user>@<host>:<port>/<path>.git`. */
const SSH_URL = /^ssh:\/\/[a-z0-9_.-]+@([a-z0-9.-]+):(\d{1,5})\/[^\s]+\.git$/;
/** Port of RKE2's API server on the master. */
export const API_SERVER_PORT = 6443;

/** Namespace ArgoCD runs in. */
export const ARGOCD_NAMESPACE = "argocd";

/** Name of the ArgoCD repository Secret for the deploy repository. */
export const REPOSITORY_SECRET = "repo-deploy";

/**
 * What the platform stack adds to ArgoCD's values: the known hosts ConfigMap
 * is not the chart's (`configs.ssh.create: false`), because the stack writes
 * it with GitLab's one pinned host key, which the GitOps tree cannot know.
 * ArgoCD's self-managed Application must carry the same setting, or it would
 * replace the pinned key with the chart's default list.
 */
export const ARGOCD_KNOWN_HOSTS_VALUES = { configs: { ssh: { create: false } } } as const;

/** `a` with `b` merged in, objects recursively. */
function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const here = out[key];
    out[key] =
      here &&
      typeof here === "object" &&
      !Array.isArray(here) &&
      value &&
      typeof value === "object" &&
      !Array.isArray(value)
        ? merge(here as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}

/** OpenTofu evaluates `${` and `%{` in every string; model data must stay literal. */
function literal(text: string): string {
  return text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/** A Helm values document from an object, emitted with the `yaml` package, literal for OpenTofu. */
function valuesYaml(values: unknown): string {
  return literal(stringify(values, { sortMapEntries: true, lineWidth: 0 }));
}

export interface ClusterPlatformProps {
  /** The cluster, from the model. */
  readonly cluster: ClusterModel;
  /** The admin kubeconfig `Rke2Cluster` fetched, relative to the repository root (the providers use the same file). */
  readonly kubeconfigPath: string;
  /** Names of the nodes that must be Ready before ArgoCD is installed (RKE2 names nodes by hostname). */
  readonly nodeNames: readonly string[];
  /** ArgoCD's chart (`CHARTS.argocd`) and the values its self-managed Application uses (`argocdValues`). */
  readonly argocd: { readonly chart: ChartPin; readonly values: Record<string, unknown> };
  /**
   * Cilium's chart (`CHARTS.cilium`) and the values its Application uses (`ciliumValues`): the
   * API server's address (RKE2 runs without kube-proxy there), BGP control plane, LB IPAM.
   * Required on Cilium clusters, unused elsewhere.
   */
  readonly cilium?: { readonly chart: ChartPin; readonly values: Record<string, unknown> };
  /** The deploy repository ArgoCD reads. */
  readonly repository: {
    /** SSH clone URL, `ssh://<user>@<host>:<port>/<group>/<project>.git`. */
    readonly url: string;
    /** GitLab's SSH host public key in OpenSSH form (`ssh-ed25519 AAAA…`), pinned as ArgoCD's only known host. */
    readonly hostPublicKey: string;
    /** Vault namespace holding the key (the cluster's). */
    readonly vaultNamespace: string;
    /** Path of `{sshPrivateKey, url}` below the namespace, mount included. @default "secret/gitlab/argocd" */
    readonly vaultPath?: string;
  };
  /** The AppProjects and root Application (`bootstrapManifests(model, cluster)`). */
  readonly manifests: { readonly appProjects: readonly object[]; readonly rootApplication: object };
  /**
   * A Helm repository that mirrors every chart, used instead of each chart's own repository.
   * @default each chart's `repoURL`
   */
  readonly chartMirror?: string;
  /**
   * Whether `tofu apply` waits for ArgoCD's Deployments to become available.
   * @default true
   */
  readonly waitForArgocd?: boolean;
  /** How long to wait for every node to be Ready. @default 600 */
  readonly nodesReadyTimeoutSeconds?: number;
  /** The chart carrying the bootstrap objects, relative to the repository root. @default "charts/argocd-bootstrap" */
  readonly bootstrapChartPath?: string;
}

/**
 * A cluster handed over to GitOps: on Cilium clusters the Cilium release
 * first, then a wait until every node is Ready, then ArgoCD, its repository
 * credential for the deploy repository (the SSH key from Vault, GitLab's
 * host key pinned) and, once ArgoCD's CRDs exist, the AppProjects and the
 * root Application. The last two are a Helm release of a local chart, so no
 * resource needs a CRD at plan time on a fresh cluster.
 */
export class ClusterPlatform extends Construct {
  /** The Cilium release, on Cilium clusters. */
  public readonly cilium?: Release;
  /** The wait for every node to be Ready. */
  public readonly nodesReady: TerraformData;
  /** ArgoCD's namespace. */
  public readonly namespace: NamespaceV1;
  /** The ArgoCD release. */
  public readonly argocd: Release;
  /** ArgoCD's known hosts: GitLab's pinned host key only. */
  public readonly knownHosts: ConfigMapV1;
  /** The repository credential Secret. */
  public readonly repositorySecret: SecretV1;
  /** The wait until the API server serves ArgoCD's CRDs. */
  public readonly crdsEstablished: TerraformData;
  /** The release of the AppProjects and the root Application. */
  public readonly bootstrap: Release;

  constructor(scope: Construct, id: string, props: ClusterPlatformProps) {
    super(scope, id);
    const { cluster, repository } = props;
    const vaultPath = repository.vaultPath ?? "secret/gitlab/argocd";
    const timeout = props.nodesReadyTimeoutSeconds ?? 600;
    const chartPath = props.bootstrapChartPath ?? "charts/argocd-bootstrap";
    const isCilium = cluster.cni === "cilium";

    const problems: string[] = [];
    const sshUrl = Token.isUnresolved(repository.url) ? null : SSH_URL.exec(repository.url);
    if (!Token.isUnresolved(repository.url) && (!sshUrl || !isDnsName(sshUrl[1])))
      problems.push(
        `repository.url "${repository.url}" is not an SSH clone URL — use ssh://gitlab@gitlab.<support domain>:2222/<group>/<project>.git`,
      );
    if (
      !Token.isUnresolved(repository.hostPublicKey) &&
      !/^ssh-ed25519 [A-Za-z0-9+/=]+\s*$/.test(repository.hostPublicKey)
    )
      problems.push("repository.hostPublicKey is not an OpenSSH ed25519 public key (ssh-ed25519 AAAA…)");
    if (isCilium && !props.cilium)
      problems.push(
        "cilium is missing — a Cilium cluster needs its CNI installed first (pass CHARTS.cilium and its values)",
      );
    if (props.nodeNames.length === 0) problems.push("nodeNames is empty — list the master and every worker");
    if (!(Number.isInteger(timeout) && timeout > 0))
      problems.push(`nodesReadyTimeoutSeconds ${timeout} must be a positive whole number`);
    if (props.manifests.appProjects.length === 0)
      problems.push("manifests.appProjects is empty — the root Application needs its project");
    const root = props.manifests.rootApplication as {
      kind?: string;
      metadata?: { namespace?: string };
      spec?: { project?: string; source?: { repoURL?: string }; sources?: { repoURL?: string }[] };
    };
    const projectNames = props.manifests.appProjects.map((p) => (p as { metadata?: { name?: string } }).metadata?.name);
    if (root.kind !== "Application" || root.metadata?.namespace !== ARGOCD_NAMESPACE)
      problems.push(`manifests.rootApplication must be an Application in namespace ${ARGOCD_NAMESPACE}`);
    else {
      if (!projectNames.includes(root.spec?.project))
        problems.push(
          `manifests.rootApplication is in project "${root.spec?.project}", which manifests.appProjects does not define — add it`,
        );
      const repos = [root.spec?.source?.repoURL, ...(root.spec?.sources ?? []).map((s) => s.repoURL)].filter(Boolean);
      if (!Token.isUnresolved(repository.url) && !repos.includes(repository.url))
        problems.push(
          `manifests.rootApplication does not read ${repository.url} — its repository credential would match nothing`,
        );
    }
    throwIfInvalid(this, problems);

    const repoOf = (chart: ChartPin) => props.chartMirror ?? chart.repoURL;

    if (isCilium && props.cilium) {
      this.cilium = new Release(this, "cilium", {
        name: "cilium",
        namespace: "kube-system",
        chart: props.cilium.chart.chart,
        repository: repoOf(props.cilium.chart),
        version: props.cilium.chart.version,
        values: [valuesYaml(props.cilium.values)],
        // The agents become ready only with their nodes; the wait below is what counts.
        wait: false,
      });
    }

    const nodes = [...props.nodeNames].sort().join(" ");
    this.nodesReady = new TerraformData(this, "nodes-ready", {
      triggersReplace: {
        nodes,
        ...(this.cilium ? { cilium: Token.asString(this.cilium.metadata.revision) } : {}),
      },
      provisioners: [
        {
          type: "local-exec",
          command: `bash "${fromStack("scripts/wait-nodes-ready.sh")}"`,
          environment: {
            HOMELAB_KUBECONFIG: fromStack(props.kubeconfigPath),
            HOMELAB_NODES: nodes,
            HOMELAB_TIMEOUT_SECONDS: String(timeout),
          },
        },
      ],
    });

    this.namespace = new NamespaceV1(this, "argocd-namespace", {
      metadata: { name: ARGOCD_NAMESPACE },
      dependsOn: [this.nodesReady],
    });
    const namespace = this.namespace.metadata.name;

    this.argocd = new Release(this, "argocd", {
      name: "argocd",
      namespace,
      chart: props.argocd.chart.chart,
      repository: repoOf(props.argocd.chart),
      version: props.argocd.chart.version,
      values: [valuesYaml(merge(props.argocd.values, ARGOCD_KNOWN_HOSTS_VALUES))],
      wait: props.waitForArgocd ?? true,
      timeout: 600,
    });

    // `[host]:port key`, as OpenSSH writes known hosts for a port other than 22. The host is the
    // one ArgoCD connects to: the root Application's repository (the credential's URL may only be
    // known at apply time, when GitLab has reported it).
    const rootRepo = [root.spec?.source?.repoURL, ...(root.spec?.sources ?? []).map((s) => s.repoURL)].find(
      (u): u is string => typeof u === "string" && SSH_URL.test(u),
    );
    const [, host, port] = sshUrl ?? SSH_URL.exec(rootRepo ?? "") ?? [];
    if (!host)
      throwIfInvalid(this, [
        "manifests.rootApplication reads no ssh://<user>@<host>:<port>/… repository — its host key cannot be pinned",
      ]);
    const hostPattern = port === "22" ? host : `[${host}]:${port}`;
    this.knownHosts = new ConfigMapV1(this, "known-hosts", {
      metadata: {
        name: "argocd-ssh-known-hosts-cm",
        namespace,
        labels: { "app.kubernetes.io/name": "argocd-ssh-known-hosts-cm", "app.kubernetes.io/part-of": "argocd" },
      },
      data: { ssh_known_hosts: `${hostPattern} ${Fn.trimspace(repository.hostPublicKey)}\n` },
    });

    // Read from the cluster's namespace, where GitLabDeploy (base) wrote it.
    const key = new DataVaultGenericSecret(this, "repository-key", {
      namespace: repository.vaultNamespace,
      path: vaultPath,
      withLeaseStartTime: false,
    });
    this.repositorySecret = new SecretV1(this, "repository", {
      metadata: {
        name: REPOSITORY_SECRET,
        namespace,
        labels: { "argocd.argoproj.io/secret-type": "repository" },
      },
      data: {
        type: "git",
        url: repository.url,
        sshPrivateKey: Fn.lookup(key.data, "sshPrivateKey"),
      },
    });

    // The Application and AppProject CRDs come with the ArgoCD release; the API server serves
    // their kinds only once it has established them, which a release does not wait for.
    this.crdsEstablished = new TerraformData(this, "crds-established", {
      triggersReplace: { argocd: Token.asString(this.argocd.metadata.revision) },
      provisioners: [
        {
          type: "local-exec",
          command:
            'kubectl --kubeconfig "$HOMELAB_KUBECONFIG" wait --for=condition=Established --timeout=120s crd/applications.argoproj.io crd/appprojects.argoproj.io',
          environment: { HOMELAB_KUBECONFIG: fromStack(props.kubeconfigPath) },
        },
      ],
    });

    this.bootstrap = new Release(this, "bootstrap", {
      name: "argocd-bootstrap",
      namespace,
      chart: fromStack(chartPath),
      values: [valuesYaml({ manifests: [...props.manifests.appProjects, props.manifests.rootApplication] })],
      dependsOn: [this.crdsEstablished, this.knownHosts, this.repositorySecret],
    });
  }
}
