/**
 * What the applications read must exist: every ExternalSecret's Vault key is
 * written by a stack (with the property it reads), the external-secrets
 * policy grants exactly those keys, and every OIDC client an application
 * logs in with exists in the broker realm with a redirect to its host.
 */
import { parse } from "yaml";
import { externalSecretKeys, oidcClientsUsed, renderGitops } from "../../gitops";
import type { HomelabModel } from "../../model";
import { modelWith, shippedModel } from "../../testing/model";
import { synthStacks } from "../../testing/synth";

interface Resources {
  [type: string]: Record<string, Record<string, any>>;
}

/** `${vault_mount.x.path}` → the referenced resource's attribute, within the same stack. */
function deref(resources: Resources, value: string): string {
  const match = /^\$\{(\w+)\.([\w-]+)\.(\w+)\}$/.exec(value);
  if (!match) return value;
  return resources[match[1]]?.[match[2]]?.[match[3]] ?? value;
}

/** Vault keys written in a cluster's namespace, as `<mount>/<path>` → the fields they hold. */
function writtenKeys(stacks: Record<string, string>, model: HomelabModel, cluster: string): Map<string, Set<string>> {
  const vaultNs = model.clusters.find((c) => c.name === cluster)!.vault.namespace;
  const keys = new Map<string, Set<string>>();
  for (const [stack, text] of Object.entries(stacks)) {
    const resources = (JSON.parse(text).resource ?? {}) as Resources;
    for (const secret of Object.values(resources.vault_kv_secret_v2 ?? {})) {
      const namespace = String(secret.namespace ?? "");
      const inNamespace =
        stack === cluster
          ? namespace === `\${local.from-base-namespace-${vaultNs}}`
          : stack === "base" && deref(resources, namespace) === vaultNs;
      if (!inNamespace) continue;
      const fields = new Set([...String(secret.data_json).matchAll(/"?([A-Za-z_]+)"?\s*=/g)].map((m) => m[1]));
      keys.set(`${deref(resources, secret.mount)}/${secret.name}`, fields);
    }
  }
  return keys;
}

/**
 * Keys the base stack writes into every cluster's namespace on the branch
 * that adds Loki's and Tempo's MinIO users and the `apps` project's pull
 * robot for each cluster (INTERFACES A); until that branch
 * is merged they are expected here, with the fields it writes. The
 * integrated tree must contain them: delete an entry once the synthesized
 * stacks write it.
 */
const EXPECTED_FROM_BASE: Record<string, string[]> = {
  "apps/minio/loki": ["access_key_id", "secret_access_key", "bucket", "endpoint"],
  "apps/minio/tempo": ["access_key_id", "secret_access_key", "bucket", "endpoint"],
  "apps/harbor/apps-pull": ["username", "password", "registry"],
};

function check(model: HomelabModel) {
  const stacks = synthStacks(model);
  const files = Object.fromEntries(renderGitops(model).entries());
  for (const cluster of model.clusters) {
    const written = writtenKeys(stacks, model, cluster.name);
    for (const [key, fields] of Object.entries(EXPECTED_FROM_BASE)) {
      // Once the stacks write a key, the list must not keep covering for it.
      expect({ key, alreadyWritten: written.has(key) }).toEqual({ key, alreadyWritten: false });
      written.set(key, new Set(fields));
    }
    // What the rendered ExternalSecrets actually name, read back from the tree.
    const reads = new Map<string, Set<string>>();
    for (const [file, text] of Object.entries(files)) {
      if (!file.startsWith(`clusters/${cluster.name}/`) || !file.endsWith(".yaml")) continue;
      const object = parse(text);
      if (object?.kind !== "ExternalSecret") continue;
      for (const item of object.spec.data) {
        const props = reads.get(item.remoteRef.key) ?? new Set<string>();
        props.add(item.remoteRef.property);
        reads.set(item.remoteRef.key, props);
      }
    }
    expect([...reads.keys()].sort()).toEqual(externalSecretKeys(model, cluster));

    for (const [key, properties] of reads) {
      expect({ cluster: cluster.name, key, written: written.has(key) }).toEqual({
        cluster: cluster.name,
        key,
        written: true,
      });
      for (const property of properties)
        expect({ key, property, written: written.get(key)!.has(property) }).toEqual({ key, property, written: true });
    }

    const resources = JSON.parse(stacks[cluster.name]).resource as Resources;
    const policy = Object.values(resources.vault_policy).find((p) => p.name === "external-secrets")!;
    expect(Object.keys(JSON.parse(policy.policy).path).sort()).toEqual(
      [...reads.keys()].map((k) => k.replace(/^([^/]+)\//, "$1/data/")).sort(),
    );
    for (const grant of Object.values(JSON.parse(policy.policy).path) as { capabilities: string[] }[])
      expect(grant.capabilities).toEqual(["read"]);

    const clients = Object.values(resources.keycloak_openid_client);
    for (const client of oidcClientsUsed(model, cluster)) {
      const found = clients.find((c) => c.client_id === client);
      expect({ cluster: cluster.name, client, exists: !!found }).toEqual({
        cluster: cluster.name,
        client,
        exists: true,
      });
      if (client === cluster.oidc.clientId) continue;
      // Each web client redirects back to its own host on the cluster domain.
      expect(found!.valid_redirect_uris.some((u: string) => u.startsWith(`https://${client}.${cluster.domain}/`))).toBe(
        true,
      );
    }
  }
}

describe("secrets and clients the GitOps tree relies on", () => {
  test("the shipped model: every key, property, policy path and client lines up", () => {
    check(shippedModel());
  });

  test("with Kiali off, OIDC off and Open WebUI on", () => {
    check(
      modelWith((raw) => {
        raw.site.apps = { ...raw.site.apps, kiali: false, open_webui: true };
        raw.clusters.kss.oidc = { enabled: false, client_id: "kubernetes" };
      }),
    );
  });

  test("the policy grants nothing a removed ExternalSecret read", () => {
    const model = modelWith((raw) => {
      raw.site.apps = { ...raw.site.apps, kiali: false };
    });
    const kcs = model.clusters.find((c) => c.name === "kcs")!;
    expect(externalSecretKeys(model, kcs)).not.toContain("apps/keycloak/clients/kiali");
    expect(externalSecretKeys(shippedModel(), kcs)).toContain("apps/keycloak/clients/kiali");
  });
});
