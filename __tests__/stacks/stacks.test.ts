import { shippedModel } from "../../testing/model";
import { synthStacks } from "../../testing/synth";

const model = shippedModel();
const stacks = synthStacks(model);
const parsed = Object.fromEntries(Object.entries(stacks).map(([name, text]) => [name, JSON.parse(text)]));

describe("stacks for the shipped model", () => {
  test("base and one stack per cluster file", () => {
    expect(Object.keys(stacks)).toEqual(["base", "kcs", "kss"]);
  });

  // The snapshots are of the real cdk.tf.json, with cross-stack references
  // resolved into remote-state reads, because that is what OpenTofu applies.
  test.each(["base", "kcs", "kss"])("%s matches its reviewed snapshot", (name) => {
    expect(parsed[name]).toMatchSnapshot();
  });

  test("every stack keeps its own state object in MinIO, encrypted", () => {
    for (const [name, stack] of Object.entries(parsed)) {
      expect(stack.terraform.backend.s3.key).toBe(`${name}/terraform.tfstate`);
      expect(stack.terraform.encryption.state.enforced).toBe(true);
      expect(stack.variable.state_passphrase.sensitive).toBe(true);
    }
  });

  test("cluster stacks read base's encrypted state for the root CA and namespaces", () => {
    const remote = parsed.kss.data.terraform_remote_state["cross-stack-reference-input-base"];
    expect(remote.backend).toBe("s3");
    expect(remote.config.key).toBe("base/terraform.tfstate");
    expect(parsed.kss.terraform.encryption.remote_state_data_sources.default.method).toBe("method.aes_gcm.state");
    // Through one local per value, the only elements that refer to base (see ClusterStack.prepareStack).
    const signed = Object.values(parsed.kss.resource.vault_pki_secret_backend_root_sign_intermediate)[0] as {
      backend: string;
    };
    expect(signed.backend).toBe("${local.from-base-root-pki-path}");
    expect(Object.keys(parsed.kss.locals).sort()).toEqual([
      "from-base-base-image-id",
      "from-base-harbor-apps-pull",
      "from-base-minio-loki-kss-secret-key",
      "from-base-minio-tempo-kss-secret-key",
      "from-base-namespace-kss",
      "from-base-nat-network-id",
      "from-base-root-pki-path",
    ]);
    for (const value of Object.values(parsed.kss.locals))
      expect(value).toMatch(/^\$\{data\.terraform_remote_state\.cross-stack-reference-input-base\.outputs\./);
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

  test("base can keep its state locally for the first apply", () => {
    const local = JSON.parse(synthStacks(model, { baseBackend: "local" }).base);
    expect(local.terraform.backend).toEqual({ local: { path: "../../../.state/base/terraform.tfstate" } });
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
            !/(_DIR|Dir|_FILE|File|_lifespan|_url|_policy)$/.test(key);
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
