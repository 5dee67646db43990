import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { Fn, Op, Token } from "cdktf";
import { Construct } from "constructs";
import { isEmailAddress } from "../model/net";
import { restApiProblems } from "./rest-api";
import { ObjectResource } from "../.gen/providers/restapi/object-resource";
import type { RestapiProvider } from "../.gen/providers/restapi/provider";
import type { VaultRoot } from "./vault-root";
import { throwIfInvalid } from "./validation";

/** GitLab's Reporter role: read and clone, no push (Gitlab::Access::REPORTER). */
const REPORTER = 20;

/** GitLab's Maintainer role: may push to protected branches, which Developers may not by default. */
const MAINTAINER = 40;

/**
 * An access token's lifetime: GitLab allows 365 days at most (its default
 * `max_expiry_days`), counted in its own time zone; a day less, so that the
 * date computed in UTC is never one too far.
 */
const TOKEN_LIFETIME_HOURS = 364 * 24;

/** Lower-case form of GitLab's path rule for groups and projects (Gitlab::PathRegex). */
const GITLAB_PATH = /^[a-z0-9_]([a-z0-9_.-]*[a-z0-9_-])?$/;

/** `2026-2` for a timestamp in April to June 2026. */
function quarter(timestamp: string): string {
  const month = Fn.tonumber(Fn.formatdate("M", timestamp));
  return Fn.join("-", [Fn.formatdate("YYYY", timestamp), Token.asString(Fn.ceil(Op.div(month, 3)))]);
}

/** A group access token and its copies in the clusters' namespaces. */
export interface GroupToken {
  /** The token (GitLab shows its value only in the answer to the POST). */
  readonly token: ObjectResource;
  /** `{token}` in each cluster namespace's KV mount, by namespace. */
  readonly secrets: Readonly<Record<string, KvSecretV2>>;
}

/** What {@link GitLabDeploy.addAppsGroup} creates. */
export interface AppsGroup {
  /** The private group whose projects Argo CD discovers. */
  readonly group: ObjectResource;
  /** What Argo CD lists and clones the projects with: Reporter, `read_api` and `read_repository`; at `gitlab/<group>`. */
  readonly reader: GroupToken;
  /**
   * What Argo CD Image Updater pushes new image tags with: Maintainer (the
   * projects' default branches are protected) and `write_repository` only,
   * no API; at `gitlab/<group>-writer`.
   */
  readonly writer: GroupToken;
}

export interface GitLabDeployProps {
  /**
   * restapi provider for GitLab's REST API: `uri` is `apiUrl`, an admin
   * token in the `PRIVATE-TOKEN` header, and `create_returns_object` (or
   * `write_returns_object`) on, because GitLab answers a POST with the new
   * object and its numeric `id`.
   */
  readonly provider: RestapiProvider;
  /** GitLab's REST API, which `provider` must point at (`https://gitlab.support.lab.example.com/api/v4`). */
  readonly apiUrl: string;
  /** The Vault root; the key goes to its site-wide KV mount and to each namespace in `namespaces`. */
  readonly root: VaultRoot;
  /** Vault namespaces (one per cluster) whose KV mount receives the key, for that cluster's Argo CD. */
  readonly namespaces: readonly string[];
  /** Name and path of the deploy repository (the site's `git.project_name`). @default "homelab" */
  readonly projectName?: string;
  /** Name and path of the private group that holds the repository. @default "infra" */
  readonly group?: string;
  /** E-mail address of the `argocd` user (`argocd@<site domain>`); GitLab requires one and it must be unique. */
  readonly argocdEmail: string;
  /**
   * Whether to create an instance runner for the support VM's GitLab runner;
   * its authentication token is in `runnerToken`.
   * @default true
   */
  readonly runner?: boolean;
}

/**
 * The deploy repository in GitLab and Argo CD's read access to it: a
 * private group and project, an `argocd` user that cannot log in with a
 * password, holding Reporter on the project, and an ED25519 key pair whose
 * public half is that user's SSH key. The private key and the SSH clone URL
 * that GitLab reports for the project go to Vault as `{sshPrivateKey, url}` at `gitlab/argocd`, in the root
 * namespace and in each cluster's namespace, where its external-secrets
 * (allowed to read only its own namespace) makes an Argo CD repository
 * secret of them.
 *
 * GitLab is driven through restapi, which never compares `data` with what
 * the server returns (it only records `api_data`/`api_response`), so fields
 * GitLab does not echo (`force_random_password`, `skip_confirmation`, the
 * key's formatting) cause no diff; it also means changes made in GitLab's
 * UI are not detected.
 */
export class GitLabDeploy extends Construct {
  /** The group (`infra`). */
  public readonly group: ObjectResource;
  /** The deploy repository project. */
  public readonly project: ObjectResource;
  /** The `argocd` user. */
  public readonly user: ObjectResource;
  /** The key pair; its private half is in Vault. */
  public readonly sshKey: PrivateKey;
  /** The public key registered as the `argocd` user's SSH key. */
  public readonly userKey: ObjectResource;
  /** The user's Reporter membership of the project. */
  public readonly membership: ObjectResource;
  /**
   * The project's SSH clone URL as GitLab reports it (`ssh_url_to_repo`), for
   * Argo CD's repository credential: GitLab builds it from its own SSH user,
   * host and port (on NixOS `ssh://gitlab@gitlab.<support domain>:2222/<group>/<project>.git`),
   * so it is right for whatever GitLab runs as. Known after the project is created.
   */
  public readonly cloneUrl: string;
  /** The secret in the root namespace's KV mount. */
  public readonly siteSecret: KvSecretV2;
  /** The secrets by namespace. */
  public readonly secrets: Readonly<Record<string, KvSecretV2>>;
  /** The instance runner, when `runner` is on. */
  public readonly runner?: ObjectResource;
  /** The runner's authentication token (`glrt-…`, sensitive), or "" without a runner. */
  public readonly runnerToken: string;
  private readonly provider: RestapiProvider;
  private readonly root: VaultRoot;
  private readonly namespaceNames: readonly string[];
  private readonly groupName: string;

  constructor(scope: Construct, id: string, props: GitLabDeployProps) {
    super(scope, id);
    const projectName = props.projectName ?? "homelab";
    const group = props.group ?? "infra";
    const { root } = props;
    const apiUrl = props.apiUrl.replace(/\/+$/, "");

    const problems: string[] = [];
    const seen = new Set<string>();
    props.namespaces.forEach((ns, i) => {
      if (Token.isUnresolved(ns)) return;
      if (seen.has(ns)) problems.push(`namespaces[${i}] "${ns}" is listed twice — list each namespace once`);
      else if (!root.namespaces[ns])
        problems.push(`namespaces[${i}] "${ns}" is not a namespace of the Vault root — add the cluster to the model`);
      seen.add(ns);
    });
    if (!Token.isUnresolved(apiUrl) && !/^https:\/\/[^/\s]+\/\S+$/.test(apiUrl))
      problems.push(
        `apiUrl "${apiUrl}" must be an https URL with a path — GitLab's REST API, such as https://gitlab.support.lab.example.com/api/v4`,
      );
    for (const [prop, value] of [
      ["projectName", projectName],
      ["group", group],
    ] as const) {
      if (Token.isUnresolved(value)) continue;
      if (!GITLAB_PATH.test(value) || /\.(git|atom)$/.test(value) || value.length > 255)
        problems.push(
          `${prop} "${value}" is not a valid GitLab path — use lower-case letters, digits, "_", "-" and ".", not starting with "-" or "." and not ending in ".", ".git" or ".atom"`,
        );
    }
    if (!Token.isUnresolved(props.argocdEmail) && !isEmailAddress(props.argocdEmail))
      problems.push(`argocdEmail "${props.argocdEmail}" is not an e-mail address — use argocd@<your domain>`);
    problems.push(
      ...restApiProblems(props.provider, {
        prop: "provider",
        expectedUri: apiUrl,
        service: "GitLab's API",
        returnsObjectWhy: "restapi learns a new object's id from GitLab's answer",
      }),
    );
    throwIfInvalid(this, problems);

    const provider = props.provider;
    this.provider = provider;
    this.root = root;
    this.namespaceNames = [...new Set(props.namespaces)].sort();
    this.groupName = group;

    const groupData = { name: group, path: group, visibility: "private" };
    this.group = new ObjectResource(this, "group", {
      provider,
      path: "/groups",
      data: Fn.jsonencode(groupData),
    });

    const groupId = Fn.tonumber(this.group.id);
    const projectData = { name: projectName, path: projectName, visibility: "private" };
    this.project = new ObjectResource(this, "project", {
      provider,
      path: "/projects",
      // An empty repository: the operator pushes the existing history into it.
      data: Fn.jsonencode({ ...projectData, namespace_id: groupId }),
      // PUT /projects/:id does not move a project between namespaces.
      updateData: Fn.jsonencode(projectData),
      forceNew: [this.group.id],
    });

    // No password anyone knows, so no password login: Argo CD only uses the SSH key.
    // External, without a project or group quota: it sees only what it is a member of.
    const profile = {
      name: "Argo CD",
      email: props.argocdEmail,
      external: true,
      projects_limit: 0,
      can_create_group: false,
    };
    this.user = new ObjectResource(this, "argocd-user", {
      provider,
      path: "/users",
      data: Fn.jsonencode({
        ...profile,
        username: "argocd",
        force_random_password: true,
        // The address need not receive mail: the account is confirmed by the admin who creates it.
        skip_confirmation: true,
      }),
      // PUT /users/:id accepts neither creation flag; a new address is taken as confirmed too.
      // The user is updated in place, never replaced: DELETE /users/:id only schedules
      // the deletion (User#delete_async), so a new `argocd` created right after it
      // would find the username and e-mail still taken.
      updateData: Fn.jsonencode({ ...profile, skip_reconfirmation: true }),
      // Destroying sends a plain DELETE /users/:id, without `hard_delete`: whatever
      // the user authored would move to GitLab's Ghost user instead of being erased,
      // the choice that cannot lose work; Argo CD only reads, so nothing moves.
    });

    this.sshKey = new PrivateKey(this, "ssh-key", { algorithm: "ED25519" });

    const userKeysPath = `/users/${this.user.id}/keys`;
    const keyData = Fn.jsonencode({ title: "argocd (OpenTofu)", key: this.sshKey.publicKeyOpenssh });
    // A user's key, not a deploy key: GitLab keeps one fingerprint per key across
    // user and deploy keys (Key: validates :fingerprint_sha256, uniqueness), so
    // one key pair cannot be both, and the Reporter membership already limits
    // the user to reading this project.
    this.userKey = new ObjectResource(this, "argocd-key", {
      provider,
      path: userKeysPath,
      data: keyData,
      // GitLab has no PUT for SSH keys (GET and DELETE /users/:id/keys/:key_id only).
      forceNew: [keyData, userKeysPath],
    });

    const membersPath = `/projects/${this.project.id}/members`;
    this.membership = new ObjectResource(this, "argocd-membership", {
      provider,
      // GitLab answers with the member, whose `id` is the user's id: the path
      // /projects/:id/members/:user_id is where it is read, updated and removed.
      path: membersPath,
      data: Fn.jsonencode({ user_id: Fn.tonumber(this.user.id), access_level: REPORTER }),
      updateData: Fn.jsonencode({ access_level: REPORTER }),
      forceNew: [membersPath, this.user.id],
    });

    // restapi records the project as GitLab returns it on every read (GET /projects/:id);
    // api_data holds its top-level fields, strings as they are.
    this.cloneUrl = Fn.try([Fn.lookup(this.project.apiData, "ssh_url_to_repo"), ""]);
    const secretData = Fn.jsonencode({ sshPrivateKey: this.sshKey.privateKeyOpenssh, url: this.cloneUrl });
    const secretPath = "gitlab/argocd";
    const projectAddress = `${this.project.terraformResourceType}.${this.project.friendlyUniqueId}`;
    const lifecycle = {
      precondition: [
        {
          // "" on the left: cdktf 0.21's Op drops a falsy right operand (tfExpression.js, OperatorExpression).
          condition: Op.neq("", this.cloneUrl),
          errorMessage:
            `GitLab reported no ssh_url_to_repo for the deploy project (${projectAddress}), so Argo CD would get no ` +
            `clone URL. Check that GitLab's API answers GET /projects/:id with the project, then run tofu apply ` +
            `-refresh-only to read it again.`,
        },
      ],
    };

    this.siteSecret = new KvSecretV2(this, "site-secret", {
      mount: root.siteKv.path,
      name: secretPath,
      dataJson: secretData,
      lifecycle,
    });
    const secrets: Record<string, KvSecretV2> = {};
    for (const name of this.namespaceNames) {
      const { namespace, kv } = root.namespaces[name];
      secrets[name] = new KvSecretV2(this, `secret-${name}`, {
        namespace: namespace.path,
        mount: kv.path,
        name: secretPath,
        dataJson: secretData,
        lifecycle,
      });
    }
    this.secrets = secrets;

    if (props.runner ?? true) {
      const runnerData = Fn.jsonencode({
        runner_type: "instance_type",
        description: "support VM, Docker executor",
        run_untagged: true,
        tag_list: ["docker"],
      });
      // POST /user/runners answers with the authentication token, once; the runner is then
      // read and removed as /runners/:id. Any change makes a new runner (and a new token).
      this.runner = new ObjectResource(this, "runner", {
        provider,
        path: "/user/runners",
        readPath: "/runners/{id}",
        updatePath: "/runners/{id}",
        destroyPath: "/runners/{id}",
        data: runnerData,
        forceNew: [runnerData],
      });
      this.runnerToken = Fn.try([Fn.lookup(Fn.jsondecode(this.runner.createResponse), "token"), ""]);
    } else {
      this.runnerToken = "";
    }
  }
  /**
   * A private top-level group for applications (`apps`), whose projects each
   * cluster's Argo CD discovers (its ApplicationSet's SCM provider) and
   * clones over HTTPS, and two group access tokens that can do nothing else:
   * `reader` (Reporter; `read_api` to list the group's projects and their
   * files, `read_repository` to clone) for Argo CD, and `writer`
   * (Maintainer; `write_repository` only) for Argo CD Image Updater, which
   * commits new image tags to the projects' `deploy/values.yaml`. Each goes
   * to Vault as `{token}` in each cluster namespace's KV mount, at
   * `gitlab/<group>` and `gitlab/<group>-writer`, where the cluster's
   * external-secrets reads it (as it reads `gitlab/argocd`).
   *
   * GitLab lets a token live at most 365 days and shows its value only in
   * the answer to the POST. The tokens are created for 364 days and replaced
   * (the new one first, the old one revoked) at the first apply of each
   * calendar quarter, so they are renewed as long as the base stack is
   * applied at least once in the nine months before they expire. Until the
   * clusters' external-secrets refresh (hourly), they hold the revoked ones.
   */
  public addAppsGroup(options: { readonly name?: string } = {}): AppsGroup {
    const name = options.name ?? "apps";
    const problems: string[] = [];
    if (!Token.isUnresolved(name) && (!GITLAB_PATH.test(name) || /\.(git|atom)$/.test(name) || name.length > 255))
      problems.push(
        `apps group "${name}" is not a valid GitLab path — use lower-case letters, digits, "_", "-" and ".", not starting with "-" or "."`,
      );
    if (name === this.groupName)
      problems.push(
        `apps group "${name}" is the deploy repository's group — give the applications a group of their own`,
      );
    else if (this.node.tryFindChild(`${name}-group`))
      problems.push(`apps group "${name}" is added twice — add each group once`);
    throwIfInvalid(this, problems);

    const group = new ObjectResource(this, `${name}-group`, {
      provider: this.provider,
      path: "/groups",
      data: Fn.jsonencode({ name, path: name, visibility: "private" }),
    });
    const reader = this.groupToken(group, `${name}-token`, `gitlab/${name}`, {
      name: "argocd-discovery",
      scopes: ["read_api", "read_repository"],
      access_level: REPORTER,
    });
    const writer = this.groupToken(group, `${name}-writer-token`, `gitlab/${name}-writer`, {
      name: "argocd-image-updater",
      scopes: ["write_repository"],
      access_level: MAINTAINER,
    });
    return { group, reader, writer };
  }

  /** A group access token with `grant`, in each cluster namespace's KV mount at `secretPath`. */
  private groupToken(
    group: ObjectResource,
    id: string,
    secretPath: string,
    grant: { readonly name: string; readonly scopes: readonly string[]; readonly access_level: number },
  ): GroupToken {
    const tokensPath = `/groups/${group.id}/access_tokens`;
    const now = Fn.plantimestamp();
    const token = new ObjectResource(this, id, {
      provider: this.provider,
      path: tokensPath,
      data: Fn.jsonencode({
        ...grant,
        expires_at: Fn.formatdate("YYYY-MM-DD", Fn.timeadd(now, `${TOKEN_LIFETIME_HOURS}h`)),
      }),
      // GitLab has no PUT for access tokens (GET and DELETE /groups/:id/access_tokens/:token_id, which
      // revokes): any change to the grant makes a new token, and so does a new quarter.
      forceNew: [Fn.jsonencode(grant), tokensPath, quarter(now)],
      // The expiry date moves with every plan; the one set at creation stands.
      lifecycle: { ignoreChanges: ["data"], createBeforeDestroy: true },
    });
    const value = Fn.try([Fn.lookup(Fn.jsondecode(token.createResponse), "token"), ""]);
    const secretData = Fn.jsonencode({ token: value });
    const lifecycle = {
      precondition: [
        {
          // "" on the left: cdktf 0.21's Op drops a falsy right operand.
          condition: Op.neq("", value),
          errorMessage:
            `GitLab's answer to creating the group access token ${grant.name} held no token, so the clusters could ` +
            `not use it. Replace the token (tofu apply -replace=${token.terraformResourceType}.${token.friendlyUniqueId}).`,
        },
      ],
    };
    const secrets: Record<string, KvSecretV2> = {};
    for (const ns of this.namespaceNames) {
      const { namespace, kv } = this.root.namespaces[ns];
      secrets[ns] = new KvSecretV2(this, `${id}-${ns}`, {
        namespace: namespace.path,
        mount: kv.path,
        name: secretPath,
        dataJson: secretData,
        lifecycle,
      });
    }
    return { token, secrets };
  }
}
