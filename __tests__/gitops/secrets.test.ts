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

/**
 * A secret's data_json as written: a copy of another stack's secret (a local
 * carrying base's value through remote state) is followed to that secret.
 */
function dataJsonOf(stacks: Record<string, string>, stack: string, dataJson: string): string {
  const local = /^\$\{local\.(from-([a-z0-9-]+?)-[A-Za-z0-9-]+)\}$/.exec(dataJson);
  if (!local) return dataJson;
  const here = JSON.parse(stacks[stack]);
  const output = /outputs\.([A-Za-z0-9_-]+)\}$/.exec(String(here.locals?.[local[1]] ?? ""))?.[1];
  for (const text of Object.values(stacks)) {
    const value = JSON.parse(text).output?.[output ?? ""]?.value;
    const source = /^\$\{vault_kv_secret_v2\.([A-Za-z0-9_-]+)\.data_json\}$/.exec(String(value ?? ""));
    if (source) return String(JSON.parse(text).resource.vault_kv_secret_v2[source[1]].data_json);
  }
  return dataJson;
}

/** Vault keys written in a cluster's namespace, as `<mount>/<path>` → the fields they hold. */
function writtenKeys(stacks: Record<string, string>, model: HomelabModel, cluster: string): Map<string, Set<string>> {
  const vaultNs = model.clusters.find((c) => c.name === cluster)!.vault.namespace;
  const keys = new Map<string, Set<string>>();
  // The identity stack (the broker realm's client secrets) takes the cluster stack's namespace and KV mount.
  const clusterMounts = (JSON.parse(stacks[cluster]).resource?.vault_mount ?? {}) as Record<string, { path: string }>;
  const clusterKv = Object.entries(clusterMounts).find(([id]) => id.startsWith("vault-cluster_kv_"))?.[1].path;
  for (const [stack, text] of Object.entries(stacks)) {
    const resources = (JSON.parse(text).resource ?? {}) as Resources;
    for (const secret of Object.values(resources.vault_kv_secret_v2 ?? {})) {
      const namespace = String(secret.namespace ?? "");
      const identity = stack === `${cluster}-identity`;
      const inNamespace =
        stack === cluster
          ? namespace === `\${local.from-base-namespace-${vaultNs}}`
          : identity
            ? namespace === `\${local.from-${cluster}-vault-namespace}`
            : stack === "base" && deref(resources, namespace) === vaultNs;
      if (!inNamespace) continue;
      const fields = new Set(
        [...dataJsonOf(stacks, stack, String(secret.data_json)).matchAll(/"?([A-Za-z_]+)"?\s*=/g)].map((m) => m[1]),
      );
      const mount =
        identity && secret.mount === `\${local.from-${cluster}-kv-path}` ? clusterKv : deref(resources, secret.mount);
      keys.set(`${mount}/${secret.name}`, fields);
    }
  }
  return keys;
}

/** Clients whose web host is not named after them. */
const WEB_HOSTS: Record<string, string> = { "dependency-track": "dtrack" };

function check(model: HomelabModel) {
  const stacks = synthStacks(model);
  const files = Object.fromEntries(renderGitops(model).entries());
  for (const cluster of model.clusters) {
    const written = writtenKeys(stacks, model, cluster.name);
    // What the rendered ExternalSecrets actually name, read back from the tree.
    const reads = new Map<string, Set<string>>();
    for (const [file, text] of Object.entries(files)) {
      if (!file.startsWith(`clusters/${cluster.name}/`) || !file.endsWith(".yaml")) continue;
      const object = parse(text);
      // A ClusterExternalSecret makes ExternalSecrets of its spec in the namespaces it selects.
      const spec =
        object?.kind === "ExternalSecret"
          ? object.spec
          : object?.kind === "ClusterExternalSecret"
            ? object.spec.externalSecretSpec
            : undefined;
      if (!spec) continue;
      for (const item of spec.data) {
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

    // The broker realm, with its clients, is in the cluster's identity stack.
    const identity = JSON.parse(stacks[`${cluster.name}-identity`]).resource as Resources;
    const clients = Object.values(identity.keycloak_openid_client);
    for (const client of oidcClientsUsed(model, cluster)) {
      const found = clients.find((c) => c.client_id === client);
      expect({ cluster: cluster.name, client, exists: !!found }).toEqual({
        cluster: cluster.name,
        client,
        exists: true,
      });
      if (client === cluster.oidc.clientId) continue;
      // Each web client redirects back to the host the tree serves it on.
      const host = WEB_HOSTS[client] ?? client;
      expect(found!.valid_redirect_uris.some((u: string) => u.startsWith(`https://${host}.${cluster.domain}/`))).toBe(
        true,
      );
    }
  }
}

describe("secrets and clients the GitOps tree relies on", () => {
  test("the shipped model: every key, property, policy path and client lines up", () => {
    check(shippedModel());
  });

  test("with Kiali off, OIDC off, Open WebUI and Dependency-Track on", () => {
    check(
      modelWith((raw) => {
        raw.site.apps = { ...raw.site.apps, kiali: false, open_webui: true, dependency_track: true };
        raw.clusters.kss.oidc = { enabled: false, client_id: "kubernetes" };
      }),
    );
  });

  test("the apps group's token: written by base in each cluster's namespace, read by ArgoCD's discovery, granted", () => {
    const model = shippedModel();
    const stacks = synthStacks(model);
    for (const cluster of model.clusters) {
      expect(writtenKeys(stacks, model, cluster.name).get("secret/gitlab/apps")).toEqual(new Set(["token"]));
      expect(externalSecretKeys(model, cluster)).toEqual(
        expect.arrayContaining(["secret/gitlab/apps", "apps/harbor/apps-pull"]),
      );
      const resources = JSON.parse(stacks[cluster.name]).resource as Resources;
      const policy = Object.values(resources.vault_policy).find((p) => p.name === "external-secrets")!;
      expect(JSON.parse(policy.policy).path["secret/data/gitlab/apps"]).toEqual({ capabilities: ["read"] });
    }
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
