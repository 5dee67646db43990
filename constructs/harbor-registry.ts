import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { Fn, Op, Token } from "cdktf";
import { Construct } from "constructs";
import { crossStackValue } from "./cross-stack";
import { restApiProblems } from "./rest-api";
import { Project } from "../.gen/providers/harbor/project";
import { Registry } from "../.gen/providers/harbor/registry";
import { ObjectResource } from "../.gen/providers/restapi/object-resource";
import type { RestapiProvider } from "../.gen/providers/restapi/provider";
import type { VaultCluster } from "./vault-cluster";
import type { VaultRoot } from "./vault-root";

/** Harbor's rule for project and robot names (src/pkg/project/manager.go, src/server/v2.0/handler/robot.go). */
const HARBOR_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const HTTPS_ORIGIN = /^https:\/\/[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/;

/**
 * harbor 1.4.0 sends `storage_limit = storage_quota × 2^30`, so its default
 * of -1 GiB arrives as -1073741824, which Harbor 2.14 rejects (only -1 means
 * unlimited, lib.ValidateQuotaLimit). 0 is left out of the request, and
 * Harbor then applies its per-project default, unlimited unless changed.
 */
export const HARBOR_DEFAULT_QUOTA = 0;

/**
 * Upstream kinds a proxy cache can have here: harbor 1.4.0 maps them to a
 * Harbor registry type and back without drift, Harbor 2.14 permits them for
 * proxy caches (PERMITTED_REGISTRY_TYPES_FOR_PROXY_CACHE), and they work
 * without credentials. GitHub's `github-ghcr` is unknown to 1.4.0 and Quay's
 * type is not permitted, so ghcr.io and quay.io use `docker-registry`.
 */
export type HarborProxyProvider = "docker-hub" | "docker-registry" | "harbor";

const PROXY_PROVIDERS: readonly string[] = ["docker-hub", "docker-registry", "harbor"];

/** One upstream registry that Harbor caches. */
export interface HarborProxyCache {
  /** Name of the proxy-cache project, which the nodes' registries.yaml rewrites pulls to (`docker.io`); also names the endpoint. */
  readonly name: string;
  /** Kind of upstream, spelled as harbor 1.4.0's `provider_name`. */
  readonly providerName: HarborProxyProvider;
  /** Upstream URL without a path (`https://quay.io`). */
  readonly endpointUrl: string;
}

/** The registries the nodes mirror through Harbor (nixos/modules/k8s-common.nix, mirroredRegistries). */
export const DEFAULT_PROXY_CACHES: readonly HarborProxyCache[] = [
  { name: "docker.io", providerName: "docker-hub", endpointUrl: "https://hub.docker.com" },
  { name: "ghcr.io", providerName: "docker-registry", endpointUrl: "https://ghcr.io" },
  { name: "quay.io", providerName: "docker-registry", endpointUrl: "https://quay.io" },
  // gcr.io through `google-gcr` needs a service-account key; anonymous pulls of public images work as a plain registry.
  { name: "gcr.io", providerName: "docker-registry", endpointUrl: "https://gcr.io" },
];

export interface HarborRegistryProps {
  /** The Vault root; robot credentials go to its site-wide KV mount. */
  readonly root: VaultRoot;
  /** Harbor's public URL, `https://harbor.<support domain>`, without a path. */
  readonly registryUrl: string;
  /**
   * restapi provider for Harbor's API: `uri` is `<registryUrl>/api/v2.0`, admin
   * basic auth, and `create_returns_object` (or `write_returns_object`) on, so
   * that the id and secret of a new robot are read from Harbor's answer.
   * Robot accounts go through it because harbor 1.4.0's robot resource calls
   * the robot v1 API, which Harbor 2.13 removed.
   */
  readonly api: RestapiProvider;
  /** Upstream registries to cache, one public proxy-cache project each. @default docker.io, ghcr.io, quay.io, gcr.io ({@link DEFAULT_PROXY_CACHES}) */
  readonly proxyCaches?: readonly HarborProxyCache[];
  /** Name of the private project for application images, with robots `<name>-push` and `<name>-pull`. @default "apps" */
  readonly appsProject?: string;
}

/**
 * Harbor's site-wide content: a private project for application images with
 * a push robot (CI) and a pull robot (clusters), whose credentials go to the
 * root namespace's KV mount at `harbor/robots/<robot>` (and the pull robot's
 * to each cluster with {@link grantClusterPull}), and one public
 * proxy-cache project per upstream registry, which the nodes pull through
 * anonymously (their registries.yaml carries no credentials for Harbor).
 */
export class HarborRegistry extends Construct {
  /** Every project, by name: the apps project and the proxy caches. */
  public readonly projects: Readonly<Record<string, Project>>;
  /** The private project for application images. */
  public readonly appsProject: Project;
  /** Upstream registry endpoints, by proxy-cache name. */
  public readonly registries: Readonly<Record<string, Registry>>;
  /** Robot accounts on the apps project, by robot name (`apps-push`, `apps-pull`). */
  public readonly robots: Readonly<Record<string, ObjectResource>>;
  /** Login name of each robot as Harbor reports it (`robot$apps+apps-push`), by robot name. */
  public readonly robotUsernames: Readonly<Record<string, string>>;
  /** The Vault secrets holding each robot's `{username, password, registry}`, by robot name. */
  public readonly secrets: Readonly<Record<string, KvSecretV2>>;
  /** Host that `docker login` and image references use (`harbor.support.lab.example.com`). */
  public readonly registryHost: string;

  private readonly pullRobot: string;

  constructor(scope: Construct, id: string, props: HarborRegistryProps) {
    super(scope, id);
    const proxyCaches = props.proxyCaches ?? DEFAULT_PROXY_CACHES;
    const appsProject = props.appsProject ?? "apps";

    const problems = [...registryUrlProblems(props.registryUrl), ...harborApiProblems(props.api, props.registryUrl)];
    problems.push(...harborNameProblems("appsProject", appsProject));
    const seen = new Set<string>([appsProject]);
    proxyCaches.forEach((cache, i) => {
      const where = `proxyCaches[${i}]`;
      problems.push(...harborNameProblems(`${where}.name`, cache.name));
      // The endpoint carries the same name, and Harbor limits registry names to 64 characters.
      if (cache.name.length > 64)
        problems.push(
          `${where}.name "${cache.name}" is longer than the 64 characters Harbor allows for an endpoint name`,
        );
      if (seen.has(cache.name))
        problems.push(
          `${where}.name "${cache.name}" is already used by ${cache.name === appsProject ? "appsProject" : "an earlier proxy cache"} — give each project its own name`,
        );
      seen.add(cache.name);
      if (!PROXY_PROVIDERS.includes(cache.providerName))
        problems.push(
          `${where}.providerName "${cache.providerName}" is not one of ${PROXY_PROVIDERS.join(", ")} — use docker-registry for other upstreams`,
        );
      if (!Token.isUnresolved(cache.endpointUrl) && !HTTPS_ORIGIN.test(cache.endpointUrl))
        problems.push(
          `${where}.endpointUrl "${cache.endpointUrl}" must be an https URL without a path, such as https://quay.io`,
        );
    });
    if (problems.length > 0) throw new Error(`HarborRegistry "${id}": ${problems.join("; ")}`);

    this.registryHost = registryHost(props.registryUrl);
    const projects: Record<string, Project> = {};

    this.appsProject = new Project(this, "apps", {
      name: appsProject,
      public: "false",
      vulnerabilityScanning: true,
      storageQuota: HARBOR_DEFAULT_QUOTA,
    });
    projects[appsProject] = this.appsProject;

    const registries: Record<string, Registry> = {};
    for (const cache of proxyCaches) {
      const registry = new Registry(this, `${cache.name}-endpoint`, {
        name: cache.name,
        providerName: cache.providerName,
        endpointUrl: cache.endpointUrl,
        description: `Upstream of the ${cache.name} proxy cache`,
      });
      registries[cache.name] = registry;
      projects[cache.name] = new Project(this, `${cache.name}-cache`, {
        name: cache.name,
        registryId: registry.registryId,
        // Public: containerd on the nodes pulls through the cache without credentials.
        public: "true",
        // Scanning every upstream image the nodes pull costs the support VM Trivy time;
        // our own images, in the apps and cluster projects, are scanned on push.
        vulnerabilityScanning: false,
        storageQuota: HARBOR_DEFAULT_QUOTA,
      });
    }

    const robots: Record<string, ObjectResource> = {};
    const usernames: Record<string, string> = {};
    const secrets: Record<string, KvSecretV2> = {};
    const roles: readonly { suffix: string; actions: readonly HarborRobotAction[]; purpose: string }[] = [
      { suffix: "push", actions: ["push", "pull"], purpose: "CI pushes application images" },
      { suffix: "pull", actions: ["pull"], purpose: "Clusters pull application images" },
    ];
    for (const role of roles) {
      const name = `${appsProject}-${role.suffix}`;
      const robot = harborRobotAccount(this, `${role.suffix}-robot`, {
        api: props.api,
        project: this.appsProject,
        name,
        actions: role.actions,
        description: role.purpose,
        registryHost: this.registryHost,
        secret: { mount: props.root.siteKv.path, path: `harbor/robots/${name}` },
      });
      robots[name] = robot.robot;
      usernames[name] = robot.username;
      secrets[name] = robot.secret;
    }

    this.projects = projects;
    this.registries = registries;
    this.robots = robots;
    this.robotUsernames = usernames;
    this.secrets = secrets;
    this.pullRobot = `${appsProject}-pull`;
  }

  /**
   * Gives a cluster the apps project's pull robot: its `{username, password,
   * registry}` at `harbor/apps-pull` in the cluster's KV mount, which the
   * cluster's external-secrets (confined to its namespace) can read, unlike
   * the site-wide copy. Created in the cluster's stack, which owns that
   * mount, from the site-wide secret in this stack's state, so a new robot
   * secret reaches every cluster at its next apply.
   */
  public grantClusterPull(vault: VaultCluster): KvSecretV2 {
    const site = this.secrets[this.pullRobot];
    return new KvSecretV2(vault, "harbor-apps-pull", {
      namespace: vault.namespace,
      mount: vault.kv.path,
      name: "harbor/apps-pull",
      dataJson: crossStackValue(vault, site, "harbor-apps-pull", site.dataJson),
    });
  }
}

// ---------------------------------------------------------------------------
// Shared with HarborClusterProject.

/** Project-level repository permissions a robot can have. */
export type HarborRobotAction = "push" | "pull";

/** Problems with a Harbor project name, for a construct's error. */
export function harborNameProblems(prop: string, name: string): string[] {
  if (Token.isUnresolved(name)) return [];
  if (name.length > 255 || !HARBOR_NAME.test(name))
    return [
      `${prop} "${name}" is not a valid Harbor name — use 1-255 lower-case letters and digits, separated by single ".", "_" or "-"`,
    ];
  // Harbor's installer creates `library`, and project names are unique.
  if (name === "library")
    return [`${prop} "library" is the project Harbor creates at installation — choose another name`];
  return [];
}

/** Problems with Harbor's public URL. */
export function registryUrlProblems(registryUrl: string): string[] {
  if (Token.isUnresolved(registryUrl) || HTTPS_ORIGIN.test(registryUrl)) return [];
  return [
    `registryUrl "${registryUrl}" must be an https URL without a path, such as https://harbor.support.lab.example.com`,
  ];
}

/** Problems with the restapi provider that is to reach Harbor's API. */
export function harborApiProblems(api: RestapiProvider, registryUrl: string): string[] {
  return restApiProblems(api, {
    prop: "api",
    expectedUri: Token.isUnresolved(registryUrl) ? undefined : `${registryUrl}/api/v2.0`,
    service: "Harbor's API",
    returnsObjectWhy: "Harbor returns a new robot's id and secret only in its answer to the POST",
  });
}

/** `https://harbor.example.com` → `harbor.example.com`. */
export function registryHost(registryUrl: string): string {
  return Token.isUnresolved(registryUrl)
    ? Fn.replace(registryUrl, "https://", "")
    : registryUrl.slice("https://".length);
}

/** A robot account and the Vault secret that holds its credentials. */
export interface HarborRobotAccountProps {
  /** restapi provider for Harbor's API (see {@link harborApiProblems}). */
  readonly api: RestapiProvider;
  /** The project the robot may act on. */
  readonly project: Project;
  /** Robot name inside the project; Harbor's login name is `robot$<project>+<name>`. */
  readonly name: string;
  /** What the robot may do with the project's repositories. */
  readonly actions: readonly HarborRobotAction[];
  /** Shown in Harbor's UI. */
  readonly description: string;
  /** Written into the secret as `registry`. */
  readonly registryHost: string;
  /** Where the credentials go: a KV v2 mount (and its namespace, if not the root). */
  readonly secret: { readonly namespace?: string; readonly mount: string; readonly path: string };
}

/** What {@link harborRobotAccount} creates. */
export interface HarborRobotAccount {
  readonly robot: ObjectResource;
  readonly secret: KvSecretV2;
  /** Harbor's login name for the robot, from its answer to the creation. */
  readonly username: string;
}

/**
 * A project robot account, created through Harbor's robot v2 API
 * (`POST /robots`), and a KV v2 secret with `{username, password, registry}`.
 *
 * Harbor returns a robot's secret once, in its answer to the creation, and
 * restapi keeps that answer in `create_response`, which reads never touch
 * (resource_api_object.go: only Create sets it), so re-plans keep the
 * secret. A robot without that answer in the state (imported, or state
 * edited) would write an empty password; the secret's precondition stops the
 * plan instead. (`tofu import` of a restapi object leaves `force_new` empty,
 * so the next plan replaces an imported robot, which issues a new secret.)
 */
export function harborRobotAccount(scope: Construct, id: string, props: HarborRobotAccountProps): HarborRobotAccount {
  const data = Fn.jsonencode({
    name: props.name,
    description: props.description,
    level: "project",
    // Never expires: rotation is a replacement (`tofu apply -replace`), which updates Vault in the same run.
    duration: -1,
    disable: false,
    permissions: [
      {
        kind: "project",
        namespace: props.project.name,
        access: props.actions.map((action) => ({ resource: "repository", action })),
      },
    ],
  });
  const robot = new ObjectResource(scope, id, {
    provider: props.api,
    path: "/robots",
    data,
    // Harbor's PUT /robots/{id} requires the prefixed name it reports and refuses
    // renames, so a changed robot is a new robot (with a new secret).
    forceNew: [data],
  });

  const created = (key: string) => Fn.try([Fn.lookupNested(Fn.jsondecode(robot.createResponse), [key]), ""]);
  const username: string = created("name");
  const password: string = created("secret");
  const address = `${robot.terraformResourceType}.${robot.friendlyUniqueId}`;
  const secret = new KvSecretV2(scope, `${id}-secret`, {
    namespace: props.secret.namespace,
    mount: props.secret.mount,
    name: props.secret.path,
    dataJson: Fn.jsonencode({ username, password, registry: props.registryHost }),
    lifecycle: {
      precondition: [
        {
          // "" on the left: cdktf 0.21's Op drops a falsy right operand (tfExpression.js, OperatorExpression).
          condition: Op.and(Op.neq("", password), Op.neq("", username)),
          errorMessage:
            `Harbor robot "${props.name}" has no secret in the state: Harbor returns a robot's secret only in its answer ` +
            `to the creation, and ${address} holds no such answer (it was imported, or its state was edited). ` +
            `Recreate the robot so that Harbor issues a new secret: tofu apply -replace=${address}`,
        },
      ],
    },
  });
  return { robot, secret, username };
}
