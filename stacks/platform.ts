import { HelmProvider } from "@cdktf/provider-helm/lib/provider";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { VaultProvider } from "@cdktf/provider-vault/lib/provider";
import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { ClusterPlatform, crossStackValue, fromStack, StateBackend, ConstructValidationError } from "../constructs";
import { argocdValues, bootstrapManifests, CHARTS, ciliumValues } from "../gitops";
import type { ClusterModel, HomelabModel } from "../model";
import type { BaseStack } from "./base";
import { prepareCrossStackLocals } from "./cross-stack-prepare";
import type { ClusterStack } from "./cluster";
import type { SupportStack } from "./support";

export interface PlatformStackProps {
  /** The validated homelab model. */
  readonly model: HomelabModel;
  /** The cluster this stack hands over to GitOps. */
  readonly cluster: ClusterModel;
  /** The base stack: GitLab's deploy repository, the cluster's Vault namespace. */
  readonly base: BaseStack;
  /** The support stack: GitLab's SSH host key, which ArgoCD pins. */
  readonly support: SupportStack;
  /** The cluster's stack, whose RKE2 cluster and kubeconfig this stack uses. */
  readonly clusterStack: ClusterStack;
  /** A Helm repository mirroring every chart, instead of each chart's own. @default none */
  readonly chartMirror?: string;
  /** Whether the apply waits for ArgoCD's Deployments. @default true */
  readonly waitForArgocd?: boolean;
}

/**
 * `<cluster>-platform`: the cluster brought up to GitOps, after its VMs
 * (the cluster stack) — the CNI where RKE2 brings none, ArgoCD, its access
 * to the deploy repository, and the root Application. Talks to the cluster
 * through the admin kubeconfig the cluster stack fetched.
 */
export class PlatformStack extends TerraformStack {
  public readonly platform: ClusterPlatform;

  /** As ClusterStack: only the locals that carry other stacks' values are prepared. */
  public override prepareStack(): void {
    this.ensureBackendExists();
    prepareCrossStackLocals(this);
  }

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id);
    const { model, cluster, base, clusterStack } = props;
    const { site } = model;
    const hostKey = props.support.support.gitlabSshHostKey;
    if (!hostKey)
      throw new ConstructValidationError(this, [
        "the support VM runs no GitLab, so ArgoCD has no deploy repository — enable gitlab",
      ]);

    new StateBackend(this, "state", site.state);
    const kubeconfig = fromStack(clusterStack.rke2.kubeconfigPath);
    new HelmProvider(this, "helm", { kubernetes: { configPath: kubeconfig } });
    new KubernetesProvider(this, "kubernetes", { configPath: kubeconfig });
    new VaultProvider(this, "vault", { address: site.vault.address });

    const ns = base.vault.namespaces[cluster.vault.namespace];
    const cloneUrl = crossStackValue(this, base.gitlab.project, "deploy-clone-url", base.gitlab.cloneUrl);
    this.platform = new ClusterPlatform(this, "platform", {
      cluster,
      kubeconfigPath: clusterStack.rke2.kubeconfigPath,
      nodeNames: [cluster.master.hostname, ...cluster.workers.map((w) => w.hostname)],
      argocd: { chart: CHARTS.argocd, values: argocdValues(model, cluster) },
      cilium: { chart: CHARTS.cilium, values: ciliumValues(model, cluster) },
      repository: {
        url: cloneUrl,
        hostPublicKey: crossStackValue(this, hostKey, "gitlab-ssh-host-key", hostKey.publicKeyOpenssh),
        vaultNamespace: crossStackValue(this, ns.namespace, `namespace-${cluster.vault.namespace}`, ns.namespace.path),
        vaultPath: `${crossStackValue(this, ns.kv, `kv-path-${cluster.vault.namespace}`, ns.kv.path)}/gitlab/argocd`,
      },
      manifests: bootstrapManifests(model, cluster),
      chartMirror: props.chartMirror,
      waitForArgocd: props.waitForArgocd,
    });

    new TerraformOutput(this, "argocd_namespace", { value: this.platform.namespace.metadata.name });
    new TerraformOutput(this, "deploy_repository", {
      description: "The repository and branch the root Application syncs.",
      value: `${cloneUrl} (deploy)`,
    });
  }
}
