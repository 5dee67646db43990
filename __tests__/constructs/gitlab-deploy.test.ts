import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { TerraformOutput, Testing } from "cdktf";
import { Construct } from "constructs";
import { ObjectResource } from "../../.gen/providers/restapi/object-resource";
import { RestapiProvider, RestapiProviderConfig } from "../../.gen/providers/restapi/provider";
import { GitLabDeploy, GitLabDeployProps } from "../../constructs/gitlab-deploy";
import { VaultRoot } from "../../constructs/vault-root";

const apiUrl = "https://gitlab.support.lab.example.com/api/v4";

function synth(
  overrides: Partial<Omit<GitLabDeployProps, "root" | "provider">> = {},
  api: Partial<RestapiProviderConfig> = {},
  then: (gitlab: GitLabDeploy) => void = () => undefined,
): string {
  return Testing.synthScope((scope: Construct) => {
    const root = new VaultRoot(scope, "vault-root", {
      address: "https://vault.example.com",
      caCommonName: "Root",
      namespaces: ["kss", "kcs"],
    });
    const provider = new RestapiProvider(scope, "gitlab-api", {
      alias: "gitlab",
      uri: apiUrl,
      writeReturnsObject: true,
      ...api,
    });
    then(
      new GitLabDeploy(scope, "gitlab", {
        provider,
        root,
        namespaces: ["kss", "kcs"],
        apiUrl,
        argocdEmail: "argocd@example.com",
        ...overrides,
      }),
    );
  });
}

const objects = (out: string): Record<string, any>[] => Object.values(JSON.parse(out).resource.restapi_object);
const byPath = (out: string, path: RegExp) => objects(out).find((o) => path.test(o.path))!;

describe("GitLabDeploy", () => {
  test("creates the private infra group and the homelab project in it", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(ObjectResource, {
      path: "/groups",
      provider: "restapi.gitlab",
      data: '${jsonencode({"name" = "infra", "path" = "infra", "visibility" = "private"})}',
    });
    const project = byPath(out, /^\/projects$/);
    expect(project.data).toMatch(
      /"name" = "homelab", "path" = "homelab", "visibility" = "private", "namespace_id" = tonumber\(restapi_object\.gitlab_group_\w+\.id\)/,
    );
    // PUT /projects/:id cannot move a project, so the namespace is left out of updates.
    expect(project.update_data).not.toContain("namespace_id");
  });

  test("creates an argocd user that cannot log in with a password and is updated in place", () => {
    const user = byPath(synth(), /^\/users$/);
    expect(user.data).toContain('"username" = "argocd"');
    expect(user.data).toContain('"email" = "argocd@example.com"');
    expect(user.data).toContain('"force_random_password" = true, "skip_confirmation" = true');
    expect(user.update_data).not.toMatch(/force_random_password|skip_confirmation|username/);
    expect(user.force_new).toBeUndefined();
  });

  test("registers the public half of an ED25519 key as the user's SSH key, replaced when it changes", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(PrivateKey, { algorithm: "ED25519" });
    const key = byPath(out, /^\/users\/.*\/keys$/);
    expect(key.path).toMatch(/^\/users\/\$\{restapi_object\.gitlab_argocd-user_\w+\.id\}\/keys$/);
    expect(key.data).toMatch(/"key" = tls_private_key\.gitlab_ssh-key_\w+\.public_key_openssh/);
    expect(key.force_new).toEqual([key.data, key.path]);
  });

  test("makes the user a Reporter of the project", () => {
    const member = byPath(synth(), /\/members$/);
    expect(member.path).toMatch(/^\/projects\/\$\{restapi_object\.gitlab_project_\w+\.id\}\/members$/);
    expect(member.data).toMatch(
      /"user_id" = tonumber\(restapi_object\.gitlab_argocd-user_\w+\.id\), "access_level" = 20/,
    );
  });

  test("writes the private key and the SSH clone URL to the site KV and to each cluster's namespace", () => {
    const out = synth();
    const data = expect.stringMatching(
      /"sshPrivateKey" = tls_private_key\.gitlab_ssh-key_\w+\.private_key_openssh, "url" = try\(restapi_object\.gitlab_project_\w+\.api_data\.ssh_url_to_repo, ""\)/,
    );
    expect(out).toHaveResourceWithProperties(KvSecretV2, {
      mount: expect.stringMatching(/^\$\{vault_mount\.vault-root_site-kv_\w+\.path\}$/),
      name: "gitlab/argocd",
      data_json: data,
    });
    for (const ns of ["kss", "kcs"])
      expect(out).toHaveResourceWithProperties(KvSecretV2, {
        namespace: expect.stringMatching(new RegExp(`^\\$\\{vault_namespace\\.vault-root_ns-${ns}_\\w+\\.path\\}$`)),
        mount: expect.stringMatching(new RegExp(`^\\$\\{vault_mount\\.vault-root_ns-${ns}-kv_\\w+\\.path\\}$`)),
        name: "gitlab/argocd",
        data_json: data,
      });
    expect(Object.keys(JSON.parse(out).resource.vault_kv_secret_v2)).toHaveLength(3);
  });

  test("takes the clone URL from what GitLab reports for the project, never a composed one", () => {
    // GitLab on NixOS serves Git over SSH as its own user (`gitlab`), not `git`: only GitLab knows the URL.
    const out = synth({ projectName: "lab", group: "ops" });
    expect(out).not.toMatch(/ssh:\/\/|git@/);
    const stack = Testing.synthScope((scope) => {
      const root = new VaultRoot(scope, "vault-root", {
        address: "https://vault.example.com",
        caCommonName: "Root",
        namespaces: ["kss"],
      });
      const provider = new RestapiProvider(scope, "gitlab-api", {
        uri: apiUrl,
        writeReturnsObject: true,
      });
      const gitlab = new GitLabDeploy(scope, "gitlab", {
        provider,
        root,
        namespaces: ["kss"],
        apiUrl,
        argocdEmail: "argocd@example.com",
      });
      new TerraformOutput(scope, "clone-url", { value: gitlab.cloneUrl });
    });
    expect(JSON.parse(stack).output["clone-url"].value).toMatch(
      /^\$\{try\(restapi_object\.gitlab_project_\w+\.api_data\.ssh_url_to_repo, ""\)\}$/,
    );
  });

  test("refuses to write a secret without a clone URL", () => {
    const secrets = Object.values(JSON.parse(synth()).resource.vault_kv_secret_v2) as Record<string, any>[];
    for (const secret of secrets) {
      const [precondition] = secret.lifecycle.precondition;
      expect(precondition.condition).toMatch(
        /^\$\{\("" != try\(restapi_object\.gitlab_project_\w+\.api_data\.ssh_url_to_repo, ""\)\)\}$/,
      );
      expect(precondition.error_message).toMatch(/GitLab reported no ssh_url_to_repo for the deploy project/);
    }
  });

  test("creates an instance runner, read and removed as /runners/:id, replaced on any change", () => {
    const runner = byPath(synth(), /^\/user\/runners$/);
    expect(JSON.parse(runner.data.replace(/^\$\{jsonencode\((.*)\)\}$/, "$1").replace(/ = /g, ": "))).toEqual({
      runner_type: "instance_type",
      description: "support VM, Docker executor",
      run_untagged: true,
      tag_list: ["docker"],
    });
    expect(runner).toMatchObject({
      read_path: "/runners/{id}",
      destroy_path: "/runners/{id}",
      force_new: [runner.data],
    });
  });

  test("leaves the runner out when asked", () => {
    expect(objects(synth({ runner: false })).filter((o) => o.path === "/user/runners")).toEqual([]);
  });

  test("puts no key material into the configuration", () => {
    expect(synth()).not.toMatch(/PRIVATE KEY|ssh-ed25519/);
  });

  test("rejects a namespace the Vault root does not have", () => {
    expect(() => synth({ namespaces: ["kss", "lab"] })).toThrow(
      /namespaces\[1\] "lab" is not a namespace of the Vault root/,
    );
  });

  test("rejects a namespace listed twice", () => {
    expect(() => synth({ namespaces: ["kss", "kss"] })).toThrow(/namespaces\[1\] "kss" is listed twice/);
  });

  test("rejects an API URL that is not an https URL with a path", () => {
    expect(() => synth({ apiUrl: "gitlab.support.lab.example.com" })).toThrow(
      /apiUrl "gitlab\.support\.lab\.example\.com" must be an https URL with a path — GitLab's REST API/,
    );
  });

  test("rejects a project name GitLab would refuse as a path", () => {
    expect(() => synth({ projectName: "home lab" })).toThrow(/projectName "home lab" is not a valid GitLab path/);
    expect(() => synth({ projectName: "homelab.git" })).toThrow(
      /projectName "homelab\.git" is not a valid GitLab path/,
    );
  });

  test("rejects a group name GitLab would refuse as a path", () => {
    expect(() => synth({ group: "-infra" })).toThrow(/group "-infra" is not a valid GitLab path/);
  });

  test("rejects an argocd e-mail that is not an address", () => {
    expect(() => synth({ argocdEmail: "argocd" })).toThrow(/argocdEmail "argocd" is not an e-mail address/);
  });

  test("rejects a provider pointed elsewhere", () => {
    expect(() => synth({}, { uri: "https://harbor.example.com/api/v2.0" })).toThrow(
      /provider has uri "https:\/\/harbor\.example\.com\/api\/v2\.0" — point it at GitLab's API, https:\/\/gitlab\.support\.lab\.example\.com\/api\/v4/,
    );
  });

  test("rejects a provider that does not read objects from POST answers", () => {
    expect(() => synth({}, { writeReturnsObject: undefined })).toThrow(
      /provider has neither createReturnsObject nor writeReturnsObject/,
    );
  });
});

describe("GitLabDeploy.addAppsGroup", () => {
  const synthApps = (add: (gitlab: GitLabDeploy) => void = (g) => g.addAppsGroup()): Record<string, any> =>
    JSON.parse(synth({}, {}, add)).resource;
  const restObjects = (r: Record<string, any>) => Object.values(r.restapi_object) as Record<string, any>[];
  const tokenNamed = (r: Record<string, any>, name: string) =>
    restObjects(r).find((o) => /\/access_tokens$/.test(o.path) && o.data.includes(`"name" = "${name}"`))!;
  const token = (r: Record<string, any>) => tokenNamed(r, "argocd-discovery");

  test("creates a private top-level group `apps`", () => {
    const groups = restObjects(synthApps()).filter((o) => o.path === "/groups");
    expect(groups.map((g) => g.data)).toContain(
      '${jsonencode({"name" = "apps", "path" = "apps", "visibility" = "private"})}',
    );
    for (const group of groups) expect(group.data).not.toContain("parent_id");
  });

  test("its access token is a Reporter's that can only read the API and clone", () => {
    const t = token(synthApps());
    expect(t.path).toMatch(/^\/groups\/\$\{restapi_object\.gitlab_apps-group_\w+\.id\}\/access_tokens$/);
    expect(t.data).toContain('"scopes" = ["read_api", "read_repository"], "access_level" = 20');
    expect(t.data).not.toMatch(/write_|"api"|sudo|admin_mode/);
  });

  test("its writer token, for the image updater, may push (Maintainer, for protected branches) and nothing else", () => {
    const t = tokenNamed(synthApps(), "argocd-image-updater");
    expect(t.path).toBe(token(synthApps()).path);
    expect(t.data).toContain('"scopes" = ["write_repository"], "access_level" = 40');
    expect(t.data).not.toMatch(/api|read_registry|write_registry|sudo/);
  });

  test("the token expires 364 days after it is made, and is replaced (new first) on a new grant or quarter", () => {
    const t = token(synthApps());
    expect(t.data).toContain('"expires_at" = formatdate("YYYY-MM-DD", timeadd(plantimestamp(), "8736h"))');
    // GitLab has no PUT for tokens, and the date moves with every plan.
    expect(t.lifecycle).toEqual({ ignore_changes: ["data"], create_before_destroy: true });
    expect(t.force_new).toEqual([
      '${jsonencode({"name" = "argocd-discovery", "scopes" = ["read_api", "read_repository"], "access_level" = 20})}',
      t.path,
      '${join("-", [formatdate("YYYY", plantimestamp()), ceil((tonumber(formatdate("M", plantimestamp())) / 3))])}',
    ]);
  });

  test.each([
    ["gitlab/apps", "token"],
    ["gitlab/apps-writer", "writer-token"],
  ])("writes a token from GitLab's answer to %s in each cluster's namespace only, never empty", (path, id) => {
    const resources = synthApps();
    const secrets = Object.values(resources.vault_kv_secret_v2 as Record<string, any>).filter((s) => s.name === path);
    expect(secrets.map((s) => s.namespace).sort()).toEqual([
      expect.stringMatching(/^\$\{vault_namespace\.vault-root_ns-kcs_\w+\.path\}$/),
      expect.stringMatching(/^\$\{vault_namespace\.vault-root_ns-kss_\w+\.path\}$/),
    ]);
    for (const secret of secrets) {
      expect(secret.data_json).toMatch(
        new RegExp(
          `^\\$\\{jsonencode\\(\\{"token" = try\\(jsondecode\\(restapi_object\\.gitlab_apps-${id}_\\w+\\.create_response\\)\\.token, ""\\)\\}\\)\\}$`,
        ),
      );
      expect(secret.lifecycle.precondition[0].condition).toMatch(/^\$\{\("" != try\(jsondecode\(/);
      expect(secret.lifecycle.precondition[0].error_message).toMatch(/held no token/);
    }
  });

  test("rejects a group name GitLab would refuse, the deploy group's, or a group added twice", () => {
    expect(() => synthApps((g) => g.addAppsGroup({ name: "Apps!" }))).toThrow(
      /apps group "Apps!" is not a valid GitLab path/,
    );
    expect(() => synthApps((g) => g.addAppsGroup({ name: "infra" }))).toThrow(
      /apps group "infra" is the deploy repository's group/,
    );
    expect(() =>
      synthApps((g) => {
        g.addAppsGroup();
        g.addAppsGroup();
      }),
    ).toThrow(/apps group "apps" is added twice/);
  });
});
