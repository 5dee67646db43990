import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { Fn, Token } from "cdktf";
import { Construct } from "constructs";
import { ObjectResource } from "../.gen/providers/restapi/object-resource";
import type { RestapiProvider } from "../.gen/providers/restapi/provider";
import { fromStack } from "./paths";
import { TerraformData } from "./terraform-data";
import { throwIfInvalid } from "./validation";

/**
 * Where `npm run synth` writes the rendered GitOps tree, as OpenTofu sees it
 * from a stack directory (`<outdir>/stacks/<stack>` → `<outdir>/gitops`).
 */
export const GITOPS_TREE_FROM_STACK = "${path.module}/../../gitops";

export interface DeploySyncProps {
  /** restapi provider for GitLab's API (as GitLabDeploy's). */
  readonly provider: RestapiProvider;
  /** The deploy repository's project (GitLabDeploy's `project`). */
  readonly project: ObjectResource;
  /** Its SSH clone URL (GitLabDeploy's `cloneUrl`). */
  readonly repositoryUrl: string;
  /** GitLab's SSH host public key (`ssh-ed25519 AAAA…`), the only one the push trusts. */
  readonly hostPublicKey: string;
  /** Branch ArgoCD tracks. @default "deploy" */
  readonly branch?: string;
}

/**
 * Keeps the deploy repository's `deploy` branch equal to the rendered GitOps
 * tree: whenever a file of the tree changes, scripts/deploy-sync.sh commits
 * it from a fresh clone (nothing when the branch already holds it) and
 * pushes over SSH with a key of its own, a GitLab deploy key that may push
 * to this project only (Argo CD's key only reads). The push trusts only
 * GitLab's pinned host key, and the push guard lets site data go nowhere else.
 */
export class DeploySync extends Construct {
  /** The push key pair; its private half never leaves OpenTofu's state and the script's agent. */
  public readonly key: PrivateKey;
  /** The project's deploy key with push access. */
  public readonly deployKey: ObjectResource;
  /** The sync, run on every change of the tree. */
  public readonly sync: TerraformData;

  constructor(scope: Construct, id: string, props: DeploySyncProps) {
    super(scope, id);
    const branch = props.branch ?? "deploy";
    const url = /^ssh:\/\/[^@\s]+@([a-z0-9.-]+):(\d{1,5})\/\S+\.git$/.exec(props.repositoryUrl);

    const problems: string[] = [];
    if (!Token.isUnresolved(props.repositoryUrl) && !url)
      problems.push(
        `repositoryUrl "${props.repositoryUrl}" is not an SSH clone URL (ssh://<user>@<host>:<port>/<path>.git)`,
      );
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(branch) || branch.includes(".."))
      problems.push(`branch "${branch}" is not a valid branch name`);
    throwIfInvalid(this, problems);
    const [, host, port] = url ?? ["", "", "22"];
    const hostPattern = port === "22" ? host : `[${host}]:${port}`;

    this.key = new PrivateKey(this, "push-key", { algorithm: "ED25519" });
    const keysPath = `/projects/${props.project.id}/deploy_keys`;
    const keyData = Fn.jsonencode({
      title: "deploy-sync (OpenTofu)",
      key: this.key.publicKeyOpenssh,
      can_push: true,
    });
    this.deployKey = new ObjectResource(this, "deploy-key", {
      provider: props.provider,
      path: keysPath,
      data: keyData,
      forceNew: [keyData, keysPath],
    });

    const tree = GITOPS_TREE_FROM_STACK;
    this.sync = new TerraformData(this, "sync", {
      triggersReplace: {
        // A plain template, as NixosVm's sources: every file of the tree by name and content.
        tree: `\${sha256(join("", [for f in sort(fileset("${tree}", "**")) : "\${f}:\${filesha256("${tree}/\${f}")}"]))}`,
        remote: props.repositoryUrl,
        branch,
        key: this.deployKey.id,
      },
      provisioners: [
        {
          type: "local-exec",
          command: `bash "${fromStack("scripts/deploy-sync.sh")}"`,
          environment: {
            HOMELAB_DEPLOY_TREE: tree,
            HOMELAB_DEPLOY_REMOTE: props.repositoryUrl,
            HOMELAB_DEPLOY_BRANCH: branch,
            HOMELAB_DEPLOY_KNOWN_HOSTS: `${hostPattern} ${Fn.trimspace(props.hostPublicKey)}`,
            HOMELAB_DEPLOY_SSH_KEY: this.key.privateKeyOpenssh,
            HOMELAB_DEPLOY_SOURCE: fromStack("."),
            HOMELAB_MODEL_DIR: fromStack("."),
          },
        },
      ],
    });
  }
}
