import * as fs from "node:fs";
import * as path from "node:path";
import { CONTRACT } from "../../constructs/contract";
import { ZITI_PUBLIC_MANAGEMENT_PORT } from "../../stacks/service-providers";
import { REPO_ROOT, shippedModel } from "../../testing/model";
import { stackSummary } from "../../testing/summary";
import { synthManifest, synthStacks } from "../../testing/synth";

const model = shippedModel();
const stacks = synthStacks(model);
const parsed = Object.fromEntries(Object.entries(stacks).map(([name, text]) => [name, JSON.parse(text)]));

describe("stacks for the shipped model", () => {
  test("support, base, and per cluster file its VMs, its platform and its identity stack", () => {
    expect(Object.keys(stacks)).toEqual([
      "base",
      "kcs",
      "kcs-identity",
      "kcs-platform",
      "kss",
      "kss-identity",
      "kss-platform",
      "support",
    ]);
  });

  test("the stacks of a cluster apply in order: VMs, platform, identity", () => {
    const manifest = JSON.parse(synthManifest(model));
    for (const c of ["kcs", "kss"]) {
      expect(manifest.stacks[`${c}-platform`].dependencies).toEqual(expect.arrayContaining(["base", c]));
      expect(manifest.stacks[`${c}-identity`].dependencies).toEqual(expect.arrayContaining([`${c}-platform`]));
    }
  });

  test("the broker realm is no longer in the cluster stack, so it applies without -exclude", () => {
    expect(Object.keys(parsed.kss.resource).filter((type) => type.startsWith("keycloak_"))).toEqual([]);
    expect(parsed.kss.provider.keycloak).toBeUndefined();
    expect(Object.keys(parsed["kss-identity"].resource.keycloak_realm)).toHaveLength(1);
    // The cluster stack's Vault namespace and KV mount, through one local each.
    expect(Object.keys(parsed["kss-identity"].locals).sort()).toEqual(["from-kss-kv-path", "from-kss-vault-namespace"]);
  });

  // Summaries of the real cdk.tf.json (cross-stack references resolved into
  // remote-state reads, as OpenTofu applies it): every address with its key
  // fields, small enough to review. kss is the Canal/default profile, kcs the
  // Cilium/istio-mesh one. Security settings are asserted by name in
  // security-posture.test.ts.
  test.each(["support", "base", "kcs", "kss", "kcs-platform", "kss-identity"])(
    "%s matches its reviewed summary",
    (name) => {
      expect(stackSummary(parsed[name])).toMatchSnapshot();
    },
  );

  test("every stack keeps its own state object in MinIO, encrypted", () => {
    for (const [name, stack] of Object.entries(parsed)) {
      expect(stack.terraform.backend.s3.key).toBe(`${name}/terraform.tfstate`);
      expect(stack.terraform.encryption.state.enforced).toBe(true);
      expect(stack.variable.state_passphrase.sensitive).toBe(true);
    }
  });

  test("cluster stacks read base's and support's encrypted state for the root CA, namespaces, network and image", () => {
    for (const origin of ["base", "support"]) {
      const remote = parsed.kss.data.terraform_remote_state[`cross-stack-reference-input-${origin}`];
      expect(remote.backend).toBe("s3");
      expect(remote.config.key).toBe(`${origin}/terraform.tfstate`);
    }
    expect(parsed.kss.terraform.encryption.remote_state_data_sources.default.method).toBe("method.aes_gcm.state");
    // Through one local per value, the only elements that refer to base (see ClusterStack.prepareStack).
    const signed = Object.values(parsed.kss.resource.vault_pki_secret_backend_root_sign_intermediate)[0] as {
      backend: string;
    };
    expect(signed.backend).toBe("${local.from-base-root-pki-path}");
    expect(Object.keys(parsed.kss.locals).sort()).toEqual([
      "from-base-harbor-apps-pull",
      "from-base-minio-loki-kss-secret-key",
      "from-base-minio-tempo-kss-secret-key",
      "from-base-namespace-kss",
      "from-base-root-pki-path",
      "from-support-base-image-id",
      "from-support-nat-network-id",
    ]);
    for (const [name, value] of Object.entries(parsed.kss.locals)) {
      const origin = /^from-(base|support)-/.exec(name)![1];
      expect(value).toMatch(
        new RegExp(`^\\$\\{data\\.terraform_remote_state\\.cross-stack-reference-input-${origin}\\.outputs\\.`),
      );
    }
  });

  test("each cluster gets the apps pull robot and its Loki and Tempo keys in its own KV mount, from base's state", () => {
    for (const cluster of ["kss", "kcs"]) {
      const secrets = Object.values(parsed[cluster].resource.vault_kv_secret_v2) as Record<string, string>[];
      const at = (name: string) => secrets.find((s) => s.name === name)!;
      expect(at("harbor/apps-pull").data_json).toBe("${local.from-base-harbor-apps-pull}");
      for (const store of ["loki", "tempo"]) {
        expect(at(`minio/${store}`).mount).toMatch(/^\$\{vault_mount\.vault-cluster_kv_\w+\.path\}$/);
        expect(at(`minio/${store}`).data_json).toContain(
          `"secret_access_key" = local.from-base-minio-${store}-${cluster}-secret-key`,
        );
      }
      // The values cross in base's state as sensitive outputs, never in the configuration.
      const local = parsed[cluster].locals[`from-base-minio-loki-${cluster}-secret-key`];
      const output = local.match(/outputs\.([^}]+)\}$/)[1];
      expect(parsed.base.output[output]).toMatchObject({ sensitive: true });
    }
  });

  test("every reference points at a block of its own stack (other stacks are read through remote state)", () => {
    // Resource and data source types of all stacks: a reference into another stack would name one of them.
    const types = new Set<string>();
    for (const stack of Object.values(parsed))
      for (const section of ["resource", "data"]) for (const type of Object.keys(stack[section] ?? {})) types.add(type);
    const dangling: string[] = [];
    for (const [name, stack] of Object.entries(parsed)) {
      const text = JSON.stringify({ resource: stack.resource, data: stack.data, output: stack.output });
      for (const expression of text.match(/\$\{[^"]*/g) ?? []) {
        for (const [, dataPrefix, type, id] of expression.matchAll(
          /\b(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z][A-Za-z0-9_-]*)/g,
        )) {
          if (!types.has(type)) continue;
          const section = dataPrefix ? stack.data : stack.resource;
          if (!section?.[type]?.[id]) dangling.push(`${name}: ${dataPrefix ?? ""}${type}.${id}`);
        }
      }
    }
    expect([...new Set(dangling)]).toEqual([]);
  });

  test("support can keep its state locally for the first apply, and only support", () => {
    const local = synthStacks(model, { supportBackend: "local" });
    expect(JSON.parse(local.support).terraform.backend).toEqual({
      local: { path: "../../../.state/support/terraform.tfstate" },
    });
    expect(JSON.parse(local.base).terraform.backend.s3.key).toBe("base/terraform.tfstate");
  });

  test("base reads the support VM's values through locals and waits for the support stack", () => {
    expect(Object.keys(parsed.base.locals).every((name) => name.startsWith("from-support-"))).toBe(true);
    expect(parsed.base.data.terraform_remote_state["cross-stack-reference-input-support"].config.key).toBe(
      "support/terraform.tfstate",
    );
    expect(parsed.support.output.support_ip.value).toBe(model.site.support.ip);
    expect(parsed.support.locals).toBeUndefined();
  });

  test("GitLab and Ziti get their API tokens in the header names they read", () => {
    const byAlias = Object.fromEntries(
      (parsed.base.provider.restapi as { alias: string; headers?: Record<string, string> }[]).map((p) => [p.alias, p]),
    );
    expect(byAlias.gitlab.headers).toEqual({ "PRIVATE-TOKEN": "${var.gitlab_token}" });
    expect(byAlias.ziti.headers).toEqual({ "zt-session": "${var.ziti_session}" });
    expect(parsed.base.variable.gitlab_token.sensitive).toBe(true);
    expect(parsed.base.variable.ziti_session.sensitive).toBe(true);
  });

  test("OpenTofu reaches Ziti on the controller's listener with the publicly trusted certificate", () => {
    const ziti = (parsed.base.provider.restapi as { alias: string; uri: string }[]).find((p) => p.alias === "ziti");
    expect(ziti?.uri).toBe(`https://${model.site.domains.ziti}:${ZITI_PUBLIC_MANAGEMENT_PORT}/edge/management/v1`);
    // The same port as the NixOS module's listener (whose identity is the public certificate):
    // both read it from nixos/contract.json.
    expect(ZITI_PUBLIC_MANAGEMENT_PORT).toBe(CONTRACT.ports.ziti.publicManagement);
    const module = fs.readFileSync(path.join(REPO_ROOT, "nixos/modules/support/ziti.nix"), "utf8");
    expect(module).toContain("publicManagementPort = ports.publicManagement;");
    expect(module).toMatch(
      /\.name = "management-public"[\s\S]*\.identity\.server_cert = "\/ziti-controller\/public-tls\/cert\.pem"/,
    );
  });

  test("each platform stack pins GitLab's host key for the host and port ArgoCD connects to", () => {
    for (const c of ["kcs", "kss"]) {
      const maps = Object.values<any>(parsed[`${c}-platform`].resource.kubernetes_config_map_v1);
      const knownHosts = maps.find((m) => m.metadata.name === "argocd-ssh-known-hosts-cm");
      expect(knownHosts.data.ssh_known_hosts).toMatch(
        new RegExp(
          `^\\[gitlab\\.${model.site.domains.support.replace(/\./g, "\\.")}\\]:2222 \\$\\{trimspace\\(local\\.from-support-gitlab-ssh-host-key\\)\\}\\n$`,
        ),
      );
    }
  });

  test("no provider block in any stack sends a header name with '_' (snake-cased by cdktf, dropped by nginx)", () => {
    const offending: string[] = [];
    for (const [name, stack] of Object.entries(parsed)) {
      for (const [type, blocks] of Object.entries(stack.provider as Record<string, Record<string, unknown>[]>)) {
        for (const block of blocks) {
          for (const key of Object.keys((block.headers as Record<string, string> | undefined) ?? {})) {
            if (key.includes("_"))
              offending.push(`${name}: provider ${type} (${block.alias ?? "default"}) header ${key}`);
          }
        }
      }
    }
    expect(offending).toEqual([]);
  });

  test("no credential or secret is written into any stack", () => {
    // Every value under a secret-sounding key must be a reference to a generated value or a
    // variable, never a literal; providers take no credentials at all.
    const literals: string[] = [];
    const walk = (value: unknown, at: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
      else if (value && typeof value === "object") {
        for (const [key, v] of Object.entries(value)) {
          // Paths to secret files (`…_DIR`, `…File`) are not secrets.
          const secretKey =
            /password|secret|token|passphrase|private_key|access_key/i.test(key) &&
            !/(_DIR|Dir|_FILE|File|_lifespan|_url|_policy|secret-type)$/.test(key);
          if (secretKey && typeof v === "string" && !v.startsWith("${")) {
            literals.push(`${at}.${key}`);
          }
          walk(v, `${at}.${key}`);
        }
      }
    };
    for (const [name, stack] of Object.entries(parsed)) {
      walk(
        { resource: stack.resource, provider: stack.provider, terraform: stack.terraform, variable: stack.variable },
        name,
      );
      for (const provider of Object.values(stack.provider as Record<string, object[]>)) {
        expect(Object.keys(provider[0])).not.toEqual(expect.arrayContaining(["token"]));
      }
    }
    expect(literals).toEqual([]);
  });
});
