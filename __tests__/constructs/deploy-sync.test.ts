import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { Testing } from "cdktf";
import { Construct } from "constructs";
import { ObjectResource } from "../../.gen/providers/restapi/object-resource";
import { RestapiProvider } from "../../.gen/providers/restapi/provider";
import { DeploySync, DeploySyncProps } from "../../constructs/deploy-sync";
import { siteDataPatterns } from "../../constructs/site-data";
import { shippedModel } from "../../testing/model";

const url = "ssh://gitlab@gitlab.support.lab.example.com:2222/infra/homelab.git";

function synth(overrides: Partial<Omit<DeploySyncProps, "provider" | "project">> = {}): any {
  return JSON.parse(
    Testing.synthScope((scope: Construct) => {
      const provider = new RestapiProvider(scope, "gitlab-api", {
        alias: "gitlab",
        uri: "https://gitlab.support.lab.example.com/api/v4",
        writeReturnsObject: true,
      });
      const project = new ObjectResource(scope, "project", { provider, path: "/projects", data: "{}" });
      const hostKey = new PrivateKey(scope, "host-key", { algorithm: "ED25519" });
      new DeploySync(scope, "deploy-sync", {
        provider,
        project,
        repositoryUrl: url,
        hostPublicKey: hostKey.publicKeyOpenssh,
        ...overrides,
      });
    }),
  );
}

const sync = (out: any) => Object.values(out.resource.terraform_data)[0] as any;

describe("DeploySync", () => {
  test("gives the deploy repository a deploy key of its own that may push", () => {
    const out = synth();
    const key = Object.values(out.resource.restapi_object).find((o: any) => /deploy_keys$/.test(o.path)) as any;
    expect(key.path).toMatch(/^\/projects\/\$\{restapi_object\.project\.id\}\/deploy_keys$/);
    expect(key.data).toContain('"can_push" = true');
    expect(key.data).toMatch(/"key" = tls_private_key\.deploy-sync_push-key_\w+\.public_key_openssh/);
    expect(Object.values(out.resource.tls_private_key)).toContainEqual(
      expect.objectContaining({ algorithm: "ED25519" }),
    );
  });

  test("runs scripts/deploy-sync.sh whenever a file of the rendered tree changes", () => {
    const { triggers_replace: triggers, provisioner } = sync(synth());
    expect(triggers.tree).toBe(
      '${sha256(join("", [for f in sort(fileset("${path.module}/../../gitops", "**")) : "${f}:${filesha256("${path.module}/../../gitops/${f}")}"]))}',
    );
    expect(triggers).toMatchObject({ remote: url, branch: "deploy" });
    const exec = provisioner[0]["local-exec"];
    expect(exec.command).toBe('bash "${path.module}/../../../scripts/deploy-sync.sh"');
    expect(exec.environment).toMatchObject({
      HOMELAB_DEPLOY_TREE: "${path.module}/../../gitops",
      HOMELAB_DEPLOY_REMOTE: url,
      HOMELAB_DEPLOY_BRANCH: "deploy",
    });
  });

  test("pins GitLab's host key for the push, with the SSH port", () => {
    const env = sync(synth()).provisioner[0]["local-exec"].environment;
    expect(env.HOMELAB_DEPLOY_KNOWN_HOSTS).toMatch(
      /^\[gitlab\.support\.lab\.example\.com\]:2222 \$\{trimspace\(tls_private_key\.host-key\.public_key_openssh\)\}$/,
    );
  });

  test("hands the push key to the script as a reference in its environment, never as a literal or an argument", () => {
    const exec = sync(synth()).provisioner[0]["local-exec"];
    expect(exec.environment.HOMELAB_DEPLOY_SSH_KEY).toMatch(
      /^\$\{tls_private_key\.deploy-sync_push-key_\w+\.private_key_openssh\}$/,
    );
    expect(exec.command).not.toContain("private_key");
  });

  test("rejects a clone URL that is not SSH, and a bad branch", () => {
    expect(() => synth({ repositoryUrl: "https://gitlab.example.com/infra/homelab.git", branch: "a..b" })).toThrow(
      /repositoryUrl "https:\/\/gitlab\.example\.com\/infra\/homelab\.git" is not an SSH clone URL.*branch "a\.\.b" is not a valid branch name/,
    );
  });
});

describe("siteDataPatterns", () => {
  const { site } = shippedModel();
  test("lists the site's domains, e-mail addresses and IP addresses", () => {
    const patterns = siteDataPatterns(site);
    expect(patterns).toEqual(
      expect.arrayContaining([
        site.domains.base,
        site.domains.support,
        site.identity.adminEmail,
        site.identity.users[0].email,
        site.support.ip,
        site.network.gatewayIp,
      ]),
    );
  });

  test("leaves out what the public example has too", () => {
    const custom = { ...site, domains: { ...site.domains, base: "lab.home.arpa" } };
    expect(siteDataPatterns(custom, "base: lab.example.com\nadmin_email: admin@example.com")).toContain(
      "lab.home.arpa",
    );
    expect(siteDataPatterns(custom, "base: lab.example.com\nadmin_email: admin@example.com")).not.toContain(
      "admin@example.com",
    );
    expect(siteDataPatterns(site, JSON.stringify(site))).toEqual([]);
  });
});
