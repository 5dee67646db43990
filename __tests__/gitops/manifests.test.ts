/** Named assertions on the generated objects that carry the site's values and its security settings. */
import { parse } from "yaml";
import { renderGitops } from "../../gitops";
import type { HomelabModel } from "../../model";
import { modelWith, shippedModel } from "../../testing/model";

function objects(model: HomelabModel, cluster: string): any[] {
  return renderGitops(model)
    .entries()
    .filter(([f]) => f.startsWith(`clusters/${cluster}/kustomize/`) && !f.endsWith("kustomization.yaml"))
    .map(([, text]) => parse(text));
}

const find = (list: any[], kind: string, name: string, namespace?: string) =>
  list.find(
    (o) =>
      o.kind === kind && o.metadata.name === name && (namespace === undefined || o.metadata.namespace === namespace),
  );

const kss = objects(shippedModel(), "kss");
const kcs = objects(shippedModel(), "kcs");

describe("generated overlays", () => {
  test("the ClusterSecretStore logs in to the cluster's Vault namespace and auth mount from the model, with TLS", () => {
    const changed = objects(
      modelWith((raw) => {
        raw.clusters.kss.vault = { auth_mount: "k8s-kss", namespace: "lab-kss" };
        raw.clusters.kcs.vault = { auth_mount: "kubernetes", namespace: "lab-kcs" };
      }),
      "kss",
    );
    const vault = find(changed, "ClusterSecretStore", "vault").spec.provider.vault;
    expect(vault).toMatchObject({
      server: "https://vault.support.lab.example.com",
      namespace: "lab-kss",
      version: "v2",
      auth: { kubernetes: { mountPath: "k8s-kss", role: "external-secrets" } },
    });
    expect(vault.auth.kubernetes.serviceAccountRef).toEqual({
      name: "external-secrets",
      namespace: "external-secrets",
      audiences: ["vault"],
    });
  });

  test("ClusterIssuers: ACME DNS-01 through Cloudflare on the root zone, and the cluster's Vault PKI role", () => {
    const prod = find(kss, "ClusterIssuer", "letsencrypt-prod").spec.acme;
    expect(prod.server).toBe("https://acme-v02.api.letsencrypt.org/directory");
    expect(prod.email).toBe("admin@example.com");
    expect(prod.solvers).toEqual([
      {
        selector: { dnsZones: ["example.com"] },
        dns01: { cloudflare: { apiTokenSecretRef: { name: "cloudflare-api-token", key: "api-token" } } },
      },
    ]);
    expect(find(kss, "ClusterIssuer", "letsencrypt-staging").spec.acme.server).toContain("acme-staging-v02");
    expect(find(kss, "ClusterIssuer", "vault").spec.vault).toMatchObject({
      namespace: "kss",
      path: "pki_int/sign/kss",
      auth: { kubernetes: { mountPath: "/v1/auth/kubernetes", role: "cert-manager" } },
    });
  });

  test("the wildcard certificate covers the cluster domain with an ECDSA key rotated on renewal", () => {
    const cert = find(kcs, "Certificate", "wildcard-kcs-lab-example-com", "cert-manager").spec;
    expect(cert.dnsNames).toEqual(["*.kcs.lab.example.com", "kcs.lab.example.com"]);
    expect(cert.privateKey).toEqual({ algorithm: "ECDSA", size: 256, rotationPolicy: "Always" });
    expect(cert.secretName).toBe("wildcard-kcs-lab-example-com-tls");
    // The Gateway in istio-ingress may read that Secret, and nothing else may.
    expect(find(kcs, "ReferenceGrant", "gateway-wildcard-tls", "cert-manager").spec).toEqual({
      from: [{ group: "gateway.networking.k8s.io", kind: "Gateway", namespace: "istio-ingress" }],
      to: [{ group: "", kind: "Secret", name: "wildcard-kcs-lab-example-com-tls" }],
    });
  });

  test("the Gateway serves the cluster domain on the ingress VIP; plain HTTP only redirects", () => {
    const gateway = find(kcs, "Gateway", "main-gateway", "istio-ingress").spec;
    expect(gateway.infrastructure.annotations).toEqual({ "lbipam.cilium.io/ips": "10.69.50.208" });
    expect(gateway.listeners.map((l: any) => [l.name, l.port, l.hostname])).toEqual([
      ["http", 80, "*.kcs.lab.example.com"],
      ["https", 443, "*.kcs.lab.example.com"],
    ]);
    expect(gateway.listeners[0].allowedRoutes).toEqual({ namespaces: { from: "Same" } });
    expect(find(kcs, "HTTPRoute", "https-redirect", "istio-ingress").spec.rules).toEqual([
      { filters: [{ type: "RequestRedirect", requestRedirect: { scheme: "https", statusCode: 301 } }] },
    ]);
    expect(find(kcs, "AuthorizationPolicy", "oauth2-proxy", "istio-ingress").spec).toMatchObject({
      action: "CUSTOM",
      provider: { name: "oauth2-proxy" },
      rules: [{ to: [{ operation: { hosts: ["hubble.kcs.lab.example.com"] } }] }],
    });
  });

  test("Keycloak runs at https://auth.<cluster domain> on its CloudNativePG database", () => {
    const keycloak = find(kss, "Keycloak", "keycloak", "keycloak").spec;
    expect(keycloak.hostname).toEqual({ hostname: "https://auth.kss.lab.example.com", strict: true });
    expect(keycloak.db).toMatchObject({ host: "keycloak-db-rw", database: "keycloak" });
    expect(keycloak.ingress).toEqual({ enabled: true, className: "nginx" });
    expect(find(kcs, "Keycloak", "keycloak", "keycloak").spec.ingress).toEqual({ enabled: false });
    expect(find(kss, "Cluster", "keycloak-db", "keycloak").spec.bootstrap.initdb.secret).toEqual({
      name: "keycloak-db-credentials",
    });
  });
});

describe("egress policies", () => {
  const egress = (list: any[], kind: string, namespace: string) => find(list, kind, "egress", namespace).spec.egress;
  const support = "10.69.50.10/32";

  test("Canal: a namespace reaches the support VM only on the ports its components use", () => {
    const ports = (namespace: string) =>
      egress(kss, "NetworkPolicy", namespace)
        .filter((rule: any) => rule.to.some((to: any) => to.ipBlock?.cidr === support))
        .flatMap((rule: any) => rule.ports.map((p: any) => p.port));
    expect(ports("external-secrets")).toEqual([443]);
    expect(ports("argocd")).toEqual([443, 2222]);
    expect(ports("ziti-system")).toEqual([2029, 2034, 2046]);
    expect(ports("teleport")).toEqual([3080, 3024]);
    expect(ports("longhorn-system")).toEqual([2049]);
    expect(ports("headlamp")).toEqual([]);
  });

  test("Canal: only namespaces that need it reach the internet, never private ranges", () => {
    const internet = (namespace: string) =>
      egress(kss, "NetworkPolicy", namespace).find((rule: any) =>
        rule.to.some((to: any) => to.ipBlock?.cidr === "0.0.0.0/0"),
      );
    expect(internet("cert-manager").to[0].ipBlock.except).toEqual(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]);
    for (const namespace of ["external-secrets", "keycloak", "monitoring", "headlamp", "oauth2-proxy"])
      expect(internet(namespace)).toBeUndefined();
    expect(find(kss, "NetworkPolicy", "egress", "cert-manager").spec).toMatchObject({
      podSelector: {},
      policyTypes: ["Egress"],
    });
  });

  test("Cilium: the same per-namespace limits as CiliumNetworkPolicies", () => {
    const rules = egress(kcs, "CiliumNetworkPolicy", "argocd");
    expect(rules.find((r: any) => r.toCIDR)).toEqual({
      toCIDR: [support],
      toPorts: [
        {
          ports: [
            { port: "443", protocol: "TCP" },
            { port: "2222", protocol: "TCP" },
          ],
        },
      ],
    });
    expect(egress(kcs, "CiliumNetworkPolicy", "headlamp").find((r: any) => r.toCIDR || r.toCIDRSet)).toBeUndefined();
  });

  test("Keycloak reaches the internet only when the site offers social logins; Open WebUI reaches its Ollama", () => {
    const internet = (list: any[], namespace: string) =>
      egress(list, "NetworkPolicy", namespace).some((rule: any) =>
        rule.to.some((to: any) => to.ipBlock?.cidr === "0.0.0.0/0"),
      );
    expect(internet(kss, "keycloak")).toBe(false);
    const changed = objects(
      modelWith((raw) => {
        raw.site.identity.social = { github: true, google: false, microsoft: false };
        raw.site.apps = { ...raw.site.apps, open_webui: true };
        raw.site.network = { ...raw.site.network, ollama_url: "http://10.69.10.10:11434" };
      }),
      "kss",
    );
    expect(internet(changed, "keycloak")).toBe(true);
    expect(egress(changed, "NetworkPolicy", "open-webui")).toContainEqual({
      to: [{ ipBlock: { cidr: "10.69.10.10/32" } }],
      ports: [{ protocol: "TCP", port: 11434 }],
    });
  });

  test("a database accepts connections only from its namespace, the CloudNativePG operator and Prometheus", () => {
    const canal = find(kss, "NetworkPolicy", "keycloak-db-ingress", "keycloak").spec;
    expect(canal.podSelector).toEqual({ matchLabels: { "cnpg.io/cluster": "keycloak-db" } });
    expect(canal.policyTypes).toEqual(["Ingress"]);
    expect(canal.ingress[0].from).toEqual([
      { podSelector: {} },
      { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "cnpg-system" } } },
      { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "monitoring" } } },
    ]);
    const cilium = find(kcs, "CiliumNetworkPolicy", "keycloak-db-ingress", "keycloak").spec;
    expect(cilium.ingress[0].fromEndpoints.map((e: any) => e.matchLabels["k8s:io.kubernetes.pod.namespace"])).toEqual([
      "keycloak",
      "cnpg-system",
      "monitoring",
    ]);
  });

  test("the support VM's address comes from the site file", () => {
    const moved = objects(
      modelWith((raw) => {
        raw.site.support = { ...raw.site.support, ip: "10.69.50.11" };
      }),
      "kss",
    );
    expect(JSON.stringify(find(moved, "NetworkPolicy", "egress", "argocd"))).toContain("10.69.50.11/32");
  });
});
