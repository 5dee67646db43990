import type { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { Construct } from "constructs";
import { Project } from "../.gen/providers/harbor/project";
import type { ObjectResource } from "../.gen/providers/restapi/object-resource";
import type { RestapiProvider } from "../.gen/providers/restapi/provider";
import type { ClusterModel } from "../model";
import {
  HARBOR_DEFAULT_QUOTA,
  harborApiProblems,
  harborNameProblems,
  harborRobotAccount,
  registryHost,
  registryUrlProblems,
} from "./harbor-registry";
import type { VaultCluster } from "./vault-cluster";
import { throwIfInvalid } from "./validation";

export interface HarborClusterProjectProps {
  /** The cluster, from the model; the project is named after it. */
  readonly cluster: Pick<ClusterModel, "name">;
  /** The cluster's part of Vault; the pull robot's credentials go to its KV mount, in its namespace. */
  readonly vault: VaultCluster;
  /** Harbor's public URL, `https://harbor.<support domain>`, without a path. */
  readonly registryUrl: string;
  /**
   * restapi provider for Harbor's API: `<registryUrl>/api/v2.0`, admin basic
   * auth, `create_returns_object` on (as for HarborRegistry's `api`).
   */
  readonly api: RestapiProvider;
}

/**
 * A cluster's own private Harbor project, scanned for vulnerabilities on
 * push, with a pull-only robot whose `{username, password, registry}` go to
 * the cluster's KV mount at `harbor/pull-robot`, where its external-secrets
 * turns them into an image pull secret.
 */
export class HarborClusterProject extends Construct {
  /** The cluster's project. */
  public readonly project: Project;
  /** The pull robot (`<cluster>-pull`). */
  public readonly robot: ObjectResource;
  /** The robot's login name as Harbor reports it (`robot$<cluster>+<cluster>-pull`). */
  public readonly robotUsername: string;
  /** The Vault secret with the robot's credentials. */
  public readonly secret: KvSecretV2;

  constructor(scope: Construct, id: string, props: HarborClusterProjectProps) {
    super(scope, id);
    const { cluster } = props;

    const problems = [...registryUrlProblems(props.registryUrl), ...harborApiProblems(props.api, props.registryUrl)];
    problems.push(...harborNameProblems("cluster.name", cluster.name));
    throwIfInvalid(this, problems);

    this.project = new Project(this, "project", {
      name: cluster.name,
      public: "false",
      vulnerabilityScanning: true,
      storageQuota: HARBOR_DEFAULT_QUOTA,
    });
    const robot = harborRobotAccount(this, "pull-robot", {
      api: props.api,
      project: this.project,
      name: `${cluster.name}-pull`,
      actions: ["pull"],
      description: `${cluster.name} pulls its images`,
      registryHost: registryHost(props.registryUrl),
      secret: { namespace: props.vault.namespace, mount: props.vault.kv.path, path: "harbor/pull-robot" },
    });
    this.robot = robot.robot;
    this.robotUsername = robot.username;
    this.secret = robot.secret;
  }
}
