import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadModel, ModelError, parseModel } from "../../model";
import { modelWith, REPO_ROOT, shippedModel, shippedRaw, writeModelDir } from "../../testing/model";

/** Runs `edit` on the shipped model and returns the ModelError's message. */
function problems(edit: Parameters<typeof modelWith>[0]): string {
  try {
    modelWith(edit);
  } catch (error) {
    if (error instanceof ModelError) return error.message;
    throw error;
  }
  throw new Error("expected the model to be rejected");
}

describe("the shipped model", () => {
  const model = shippedModel();

  test("has both clusters, sorted, with derived names", () => {
    expect(model.clusters.map((c) => c.name)).toEqual(["kcs", "kss"]);
    const kss = model.clusters[1];
    expect(kss.domain).toBe("kss.lab.example.com");
    expect(kss.oidc.issuerUrl).toBe("https://auth.kss.lab.example.com/realms/broker");
    expect(kss.master).toMatchObject({
      hostname: "kss-master",
      ip: "10.69.50.20",
      cpus: 4,
      memoryMiB: 10240,
      diskGiB: 80,
    });
    expect(kss.workers.map((w) => w.hostname)).toEqual(["kss-worker-1", "kss-worker-2", "kss-worker-3"]);
  });

  test("maps cni and profile", () => {
    const [kcs, kss] = model.clusters;
    expect([kss.cni, kss.profile, kss.bgpAsn]).toEqual(["canal", "default", 64514]);
    expect([kcs.cni, kcs.profile, kcs.bgpAsn]).toEqual(["cilium", "istio-mesh", 64513]);
    expect(kcs.loadBalancerCidr).toBe("10.69.50.208/28");
  });

  test("derives the support domain and service addresses", () => {
    expect(model.site.domains.support).toBe("support.lab.example.com");
    expect(model.site.vault.address).toBe("https://vault.support.lab.example.com");
    expect(model.site.state).toEqual({
      endpoint: "https://minio.support.lab.example.com",
      bucket: "tofu-state",
      region: "us-east-1",
    });
    expect(model.site.services).toEqual({
      harborHost: "harbor.support.lab.example.com",
      harborUrl: "https://harbor.support.lab.example.com",
      harborApiUrl: "https://harbor.support.lab.example.com/api/v2.0",
      gitlabUrl: "https://gitlab.support.lab.example.com",
      gitlabApiUrl: "https://gitlab.support.lab.example.com/api/v4",
      gitlabOidcCallbackUrl: "https://gitlab.support.lab.example.com/users/auth/openid_connect/callback",
      teleportProxyAddress: "teleport.support.lab.example.com:3080",
      teleportOidcCallbackUrl: "https://teleport.support.lab.example.com:3080/v1/webapi/oidc/callback",
      zitiManagementApiUrl: "https://ziti.example.com:2030/edge/management/v1",
    });
  });

  test("derives each cluster's web applications, their hosts and login callbacks, once", () => {
    const kss = model.clusters.find((c) => c.name === "kss")!;
    const callbacks = Object.fromEntries(
      Object.entries(kss.webApps).map(([app, web]) => [app, [web.host, web.url, ...web.redirectUris]]),
    );
    expect(callbacks).toEqual({
      argocd: [
        "argocd.kss.lab.example.com",
        "https://argocd.kss.lab.example.com",
        "https://argocd.kss.lab.example.com/auth/callback",
      ],
      grafana: [
        "grafana.kss.lab.example.com",
        "https://grafana.kss.lab.example.com",
        "https://grafana.kss.lab.example.com/login/generic_oauth",
      ],
      oauth2Proxy: [
        "oauth2-proxy.kss.lab.example.com",
        "https://oauth2-proxy.kss.lab.example.com",
        "https://oauth2-proxy.kss.lab.example.com/oauth2/callback",
        "https://*.kss.lab.example.com/oauth2/callback",
      ],
      headlamp: [
        "headlamp.kss.lab.example.com",
        "https://headlamp.kss.lab.example.com",
        "https://headlamp.kss.lab.example.com/oidc-callback",
      ],
      openWebui: [
        "open-webui.kss.lab.example.com",
        "https://open-webui.kss.lab.example.com",
        "https://open-webui.kss.lab.example.com/oauth/oidc/callback",
      ],
      dependencyTrack: [
        "dtrack.kss.lab.example.com",
        "https://dtrack.kss.lab.example.com",
        "https://dtrack.kss.lab.example.com/static/oidc-callback.html",
      ],
      kiali: [
        "kiali.kss.lab.example.com",
        "https://kiali.kss.lab.example.com",
        "https://kiali.kss.lab.example.com/kiali",
      ],
    });
  });

  test("derives the CAs' names and the argocd user's e-mail from the domains", () => {
    expect(model.site.vault.rootCaCommonName).toBe("lab.example.com Root CA");
    expect(model.clusters.map((c) => c.vault.intermediateCaCommonName)).toEqual([
      "kcs.lab.example.com Intermediate CA",
      "kss.lab.example.com Intermediate CA",
    ]);
    expect(model.site.git.argocdEmail).toBe("argocd@example.com");
  });
});

describe("loading from disk", () => {
  test("falls back to site.example.yaml and says so", () => {
    const { notices } = loadModel(REPO_ROOT);
    expect(notices.join("\n")).toMatch(/no site\.yaml .* using site\.example\.yaml/);
  });

  test("prefers site.yaml when present", () => {
    const raw = shippedRaw();
    raw.site.domains.base = "home.example.org";
    raw.site.domains.root = "example.org";
    const dir = writeModelDir(raw);
    const { model, notices } = loadModel(dir);
    expect(notices).toEqual([]);
    expect(model.clusters[0].domain).toBe("kcs.home.example.org");
  });

  test("reports a missing site file with the fix", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-empty-"));
    expect(() => loadModel(dir)).toThrow(/site\.yaml: \(file\): is missing — copy site\.example\.yaml/);
  });

  test("needs at least one cluster file", () => {
    const raw = shippedRaw();
    raw.clusters = {};
    const dir = writeModelDir(raw);
    expect(() => loadModel(dir)).toThrow(/clusters: \(file\): holds no cluster file/);
  });

  test("accepts the original project's config.yaml sections", () => {
    const model = modelWith((raw) => {
      // Everything this project adds has a default, except the key provisioning logs in with.
      raw.site = { ...raw.site, admin: { ssh_authorized_keys: raw.site.admin.ssh_authorized_keys } };
      delete raw.site.libvirt;
      delete raw.site.state;
      delete raw.site.vault;
      raw.site.apps = { open_webui: true, kiali: true, dependency_track: true };
      raw.site.network.ollama_url = "http://10.69.10.10:11434";
      for (const cluster of Object.values(raw.clusters)) cluster.identity = { broker_realm: "broker" };
    });
    expect(model.site.apps.openWebui).toBe(true);
    expect(model.site.apps.dependencyTrack).toBe(true);
    expect(model.site.libvirt.uri).toBe("qemu:///system");
  });

  test("refuses the original's keys for what this project does not build, saying why, on their lines", () => {
    const raw = shippedRaw();
    raw.site.apps = { ...raw.site.apps, openclaw: false, globalpulse: true };
    raw.site.openclaw = { model: "ollama/qwen", signal_account: "+15551234567" };
    raw.site.git.github_org = "example-org";
    const dir = writeModelDir(raw);
    let message = "";
    try {
      loadModel(dir);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /site\.yaml:\d+: apps\.openclaw: is the switch of openclaw, one of the original project's private applications, which this project does not deploy — remove the key/,
    );
    expect(message).toMatch(/site\.yaml:\d+: apps\.globalpulse: is the switch of globalpulse, .* — remove the key/);
    expect(message).toMatch(/site\.yaml:\d+: openclaw: configures openclaw, .* — remove the section/);
    expect(message).toMatch(/site\.yaml:\d+: git\.github_org: .* this project has no such mirror — remove the key/);
    expect(message).not.toMatch(/unknown key/);
  });

  test("leaves Dependency-Track off unless the site enables it, and rejects a non-boolean switch", () => {
    expect(modelWith((raw) => delete raw.site.apps).site.apps.dependencyTrack).toBe(false);
    expect(() => modelWith((raw) => (raw.site.apps.dependency_track = "yes"))).toThrow(/apps\.dependency_track/);
  });

  test("reports YAML syntax errors with the line", () => {
    expect(() =>
      parseModel({
        site: { file: "site.yaml", text: "domains: [\n" },
        clusters: [{ file: "clusters/kss.yaml", text: "name: kss\n" }],
      }),
    ).toThrow(/site\.yaml:\d+: \(file\): is not valid YAML/);
  });

  test("gives the line of the offending field", () => {
    const text = fs.readFileSync(path.join(REPO_ROOT, "clusters/kss.yaml"), "utf8").replace("cpus: 4\n", "cpu: 4\n");
    const line = text.split("\n").findIndex((l) => l.includes("cpu: 4")) + 1;
    const site = { file: "site.yaml", text: fs.readFileSync(path.join(REPO_ROOT, "site.example.yaml"), "utf8") };
    expect(() => parseModel({ site, clusters: [{ file: "clusters/kss.yaml", text }] })).toThrow(
      `clusters/kss.yaml:${line}: master.cpu: unknown key — did you mean "cpus"?`,
    );
  });
});

describe("schema rules", () => {
  test("unknown keys get a did-you-mean", () => {
    expect(problems((raw) => (raw.clusters.kss.workers[0].mak = "x"))).toMatch(
      /workers\[0\]\.mak: unknown key — did you mean "mac"\?/,
    );
  });

  test("unknown keys without a near match list what is allowed", () => {
    expect(problems((raw) => (raw.site.network.colour = "blue"))).toMatch(
      /network\.colour: unknown key — remove it; allowed here: vlan_cidr, bridge/,
    );
  });

  test("missing fields are named", () => {
    expect(problems((raw) => delete raw.clusters.kss.master.ip)).toMatch(
      /clusters\/kss\.yaml:\d+: master\.ip: is required — add it/,
    );
  });

  test("wrong types are named with the value", () => {
    expect(problems((raw) => (raw.clusters.kcs.workers[1].cpus = "four"))).toMatch(
      /workers\[1\]\.cpus: "four" is not a number/,
    );
  });

  test("enumerations list the allowed values", () => {
    expect(problems((raw) => (raw.clusters.kss.cni = "flannel"))).toMatch(
      /cni: "flannel" is not allowed — use one of "default", "cilium"/,
    );
  });

  test("every problem in every file is reported at once", () => {
    const message = problems((raw) => {
      raw.clusters.kss.master.mac = "nope";
      raw.clusters.kcs.master.ip = "10.69.50.20";
      delete raw.site.identity.admin_email;
    });
    expect(message).toMatch(/has 3 problems/);
  });
});

describe("address rules", () => {
  test("node IPs are unique across clusters", () => {
    expect(problems((raw) => (raw.clusters.kss.workers[1].ip = "10.69.50.61"))).toMatch(
      /workers\[1\]\.ip: 10\.69\.50\.61 is already used by workers\[0\]\.ip in clusters\/kcs\.yaml — give each node its own address/,
    );
  });

  test("node IPs are unique within a cluster", () => {
    expect(problems((raw) => (raw.clusters.kss.workers[2].ip = "10.69.50.31"))).toMatch(
      /workers\[2\]\.ip: 10\.69\.50\.31 is already used by workers\[0\]\.ip — give each node/,
    );
  });

  test("node IPs do not reuse the support VM's or the gateway's", () => {
    expect(problems((raw) => (raw.clusters.kss.master.ip = "10.69.50.10"))).toMatch(
      /master\.ip: 10\.69\.50\.10 is already used by support\.ip in site\.yaml/,
    );
    expect(problems((raw) => (raw.clusters.kss.master.ip = "10.69.50.1"))).toMatch(
      /master\.ip: 10\.69\.50\.1 is already used by network\.gateway_ip in site\.yaml/,
    );
  });

  test("node IPs lie inside the VLAN", () => {
    expect(problems((raw) => (raw.clusters.kcs.master.ip = "10.69.51.50"))).toMatch(
      /master\.ip: 10\.69\.51\.50 is outside the VLAN 10\.69\.50\.0\/24/,
    );
  });

  test("node IPs are not the VLAN's network or broadcast address", () => {
    expect(problems((raw) => (raw.clusters.kcs.master.ip = "10.69.50.255"))).toMatch(
      /master\.ip: 10\.69\.50\.255 is the VLAN's broadcast address/,
    );
  });

  test("node IPs are IPv4 addresses", () => {
    expect(problems((raw) => (raw.clusters.kcs.master.ip = "10.69.50.300"))).toMatch(
      /master\.ip: "10\.69\.50\.300" is not an IPv4 address/,
    );
  });

  test("MACs are unique, whatever their case", () => {
    expect(problems((raw) => (raw.clusters.kss.workers[0].mac = "52:54:00:69:50:50"))).toMatch(
      /clusters\/kss\.yaml:\d+: workers\[0\]\.mac: 52:54:00:69:50:50 is already used by master\.mac in clusters\/kcs\.yaml/,
    );
    expect(problems((raw) => (raw.clusters.kcs.workers[0].mac = "52:54:00:69:50:50".toUpperCase()))).toMatch(
      /is already used by master\.mac — give each VM its own MAC/,
    );
  });

  test("MACs are well-formed unicast addresses", () => {
    expect(problems((raw) => (raw.clusters.kss.master.mac = "52:54:00:69:50"))).toMatch(
      /master\.mac: "52:54:00:69:50" is not a MAC address/,
    );
    expect(problems((raw) => (raw.clusters.kss.master.mac = "01:00:5e:00:00:01"))).toMatch(
      /master\.mac: "01:00:5e:00:00:01" is a multicast MAC/,
    );
  });

  test("load-balancer pools lie inside the VLAN", () => {
    expect(problems((raw) => (raw.clusters.kss.loadbalancer.cidr = "10.70.0.0/28"))).toMatch(
      /loadbalancer\.cidr: 10\.70\.0\.0\/28 is not inside the VLAN/,
    );
  });

  test("load-balancer pools hold no node address", () => {
    expect(problems((raw) => (raw.clusters.kss.loadbalancer.cidr = "10.69.50.16/28"))).toMatch(
      /clusters\/kss\.yaml:\d+: loadbalancer\.cidr: 10\.69\.50\.16\/28 contains 10\.69\.50\.20, used by master\.ip/,
    );
    expect(problems((raw) => (raw.clusters.kss.loadbalancer.cidr = "10.69.50.48/28"))).toMatch(
      /contains 10\.69\.50\.50, used by master\.ip in clusters\/kcs\.yaml/,
    );
  });

  test("the ingress address is the pool's first unless set, and must lie in the pool", () => {
    expect(modelWith(() => undefined).clusters.map((c) => c.ingressIp)).toEqual(["10.69.50.208", "10.69.50.192"]);
    const kss = modelWith((raw) => (raw.clusters.kss.loadbalancer.ingress_ip = "10.69.50.200")).clusters[1];
    expect(kss.ingressIp).toBe("10.69.50.200");
    expect(problems((raw) => (raw.clusters.kss.loadbalancer.ingress_ip = "10.69.50.210"))).toMatch(
      /clusters\/kss\.yaml:\d+: loadbalancer\.ingress_ip: "?10\.69\.50\.210"? is not an address inside the LoadBalancer pool 10\.69\.50\.192\/28/,
    );
  });

  test("Keycloak addresses default to idp.<support> and auth.<cluster>, and must be URLs", () => {
    const model = modelWith((raw) => (raw.clusters.kcs.identity = { keycloak_url: "http://127.0.0.1:8080/" }));
    expect(model.site.identity.keycloakUrl).toBe("https://idp.support.lab.example.com");
    expect(model.clusters[1].keycloakUrl).toBe("https://auth.kss.lab.example.com");
    expect(model.clusters[0].oidc.issuerUrl).toBe("http://127.0.0.1:8080/realms/broker");
    expect(model.site.identity.social).toEqual({ github: false, google: false, microsoft: false });
    const message = problems((raw) => {
      raw.site.identity.keycloak_url = "idp.example.com";
      raw.clusters.kss.identity = { keycloak_url: "auth" };
    });
    expect(message).toMatch(
      /site\.yaml:\d+: identity\.keycloak_url: "idp\.example\.com" is not a URL — write https:\/\//,
    );
    expect(message).toMatch(/clusters\/kss\.yaml:\d+: identity\.keycloak_url: "auth" is not a URL/);
  });

  test("load-balancer pools do not overlap", () => {
    expect(problems((raw) => (raw.clusters.kss.loadbalancer.cidr = "10.69.50.192/27"))).toMatch(
      /loadbalancer\.cidr: 10\.69\.50\.192\/27 overlaps 10\.69\.50\.208\/28, the LoadBalancer pool of clusters\/kcs\.yaml/,
    );
  });

  test("CIDRs have no host bits set", () => {
    expect(problems((raw) => (raw.clusters.kss.loadbalancer.cidr = "10.69.50.193/28"))).toMatch(
      /"10\.69\.50\.193\/28" has host bits set — did you mean 10\.69\.50\.192\/28\?/,
    );
  });

  test("site networks do not overlap each other", () => {
    expect(problems((raw) => (raw.site.network.pod_cidr = "10.69.0.0/16"))).toMatch(
      /network\.pod_cidr: 10\.69\.0\.0\/16 overlaps network\.vlan_cidr 10\.69\.50\.0\/24/,
    );
  });
});

describe("cluster rules", () => {
  test("istio-mesh needs Cilium", () => {
    expect(problems((raw) => (raw.clusters.kcs.cni = "default"))).toMatch(
      /clusters\/kcs\.yaml:\d+: cni: "default" cannot carry helmfile_env: istio-mesh — set cni: cilium/,
    );
  });

  test("istio-mesh needs a BGP ASN", () => {
    expect(problems((raw) => delete raw.clusters.kcs.bgp)).toMatch(
      /clusters\/kcs\.yaml:\d+: bgp: is missing, and helmfile_env: istio-mesh announces/,
    );
  });

  test("at least one worker", () => {
    expect(problems((raw) => (raw.clusters.kss.workers = []))).toMatch(/workers: is empty — add at least one worker/);
  });

  test("sizes are above the minimums", () => {
    const message = problems((raw) => {
      raw.clusters.kss.master.memory = 1024;
      raw.clusters.kss.workers[0].cpus = 1;
      raw.site.support.disk = 10;
    });
    expect(message).toMatch(/master\.memory: 1024 is below the master minimum of 4096 MiB/);
    expect(message).toMatch(/workers\[0\]\.cpus: 1 is below the worker minimum of 2 vCPUs/);
    expect(message).toMatch(/support\.disk: 10 is below the support minimum of 60 GB/);
  });

  test("cluster names are DNS labels matching their file", () => {
    expect(problems((raw) => (raw.clusters.kss.name = "KSS"))).toMatch(/name: "KSS" is not a valid cluster name/);
    expect(problems((raw) => (raw.clusters.kss.name = "kxs"))).toMatch(
      /name: "kxs" does not match the file name kss\.yaml — rename the file to clusters\/kxs\.yaml or set name: kss/,
    );
  });

  test("base is not a cluster name", () => {
    expect(
      problems((raw) => {
        raw.clusters.base = raw.clusters.kss;
        raw.clusters.base.name = "base";
        delete raw.clusters.kss;
      }),
    ).toMatch(/name: "base" is reserved for the base stack/);
  });

  test("worker names are unique DNS labels", () => {
    expect(problems((raw) => (raw.clusters.kss.workers[1].name = "worker-1"))).toMatch(
      /workers\[1\]\.name: "worker-1" is already the name of workers\[0\]/,
    );
    expect(problems((raw) => (raw.clusters.kss.workers[1].name = "Worker_2"))).toMatch(
      /workers\[1\]\.name: "Worker_2" is not a valid worker name/,
    );
  });

  test("Vault namespaces are unique", () => {
    expect(problems((raw) => (raw.clusters.kss.vault.namespace = "kcs"))).toMatch(
      /vault\.namespace: "kcs" is already the Vault namespace of the cluster in clusters\/kcs\.yaml/,
    );
  });

  test("BGP ASNs are private, not the gateway's, and unique", () => {
    expect(problems((raw) => (raw.clusters.kss.bgp.asn = 164000))).toMatch(/bgp\.asn: 164000 is not a private ASN/);
    expect(problems((raw) => (raw.clusters.kss.bgp.asn = 64512))).toMatch(/bgp\.asn: 64512 is the gateway's ASN/);
    expect(problems((raw) => (raw.clusters.kss.bgp.asn = 64513))).toMatch(
      /bgp\.asn: 64513 is already the ASN of the cluster in clusters\/kcs\.yaml/,
    );
  });
});

describe("site rules", () => {
  test("the libvirt NAT network stays apart from the homelab's networks", () => {
    expect(problems((raw) => (raw.site.libvirt.nat_cidr = "10.42.128.0/24"))).toMatch(
      /libvirt\.nat_cidr: 10\.42\.128\.0\/24 overlaps network\.pod_cidr 10\.42\.0\.0\/16/,
    );
  });

  test("at least one well-formed admin SSH key", () => {
    expect(problems((raw) => (raw.site.admin.ssh_authorized_keys = []))).toMatch(
      /admin\.ssh_authorized_keys: is empty — add the public key/,
    );
    expect(problems((raw) => (raw.site.admin.ssh_authorized_keys = ["-----BEGIN OPENSSH PRIVATE KEY-----"]))).toMatch(
      /admin\.ssh_authorized_keys\[0\]: "-----BEGIN OPENSSH PRIVATE KEY-----" has the key type "-----BEGIN", which is not one OpenSSH accepts/,
    );
  });

  test("the admin login is not root", () => {
    expect(problems((raw) => (raw.site.admin.user = "root"))).toMatch(/admin\.user: "root" cannot be the admin login/);
  });

  test("the base domain lies inside the root domain", () => {
    expect(problems((raw) => (raw.site.domains.base = "lab.example.net"))).toMatch(
      /domains\.base: "lab\.example\.net" is not inside domains\.root/,
    );
  });

  test("domains are DNS names", () => {
    expect(problems((raw) => (raw.site.domains.ziti = "ziti_example.com"))).toMatch(
      /domains\.ziti: "ziti_example\.com" is not a DNS name/,
    );
  });

  test("emails and usernames are valid and unique", () => {
    expect(problems((raw) => (raw.site.identity.admin_email = "admin"))).toMatch(
      /identity\.admin_email: "admin" is not an email address/,
    );
    expect(problems((raw) => (raw.site.identity.users[1].username = "alice"))).toMatch(
      /identity\.users\[1\]\.username: "alice" is already identity\.users\[0\]/,
    );
  });

  test("Ziti device names are unique", () => {
    expect(problems((raw) => (raw.site.ziti.client_devices[1].name = "alice-laptop"))).toMatch(
      /ziti\.client_devices\[1\]\.name: "alice-laptop" is already ziti\.client_devices\[0\]/,
    );
  });

  test("the bridge is a Linux interface name", () => {
    expect(problems((raw) => (raw.site.network.bridge = "a-very-long-bridge-name"))).toMatch(
      /network\.bridge: "a-very-long-bridge-name" is not a Linux interface name/,
    );
  });

  test("service endpoints are URLs", () => {
    expect(problems((raw) => (raw.site.state.endpoint = "minio:9000"))).toMatch(
      /state\.endpoint: "minio:9000" is not a URL — write https:\/\/<host>/,
    );
    expect(problems((raw) => (raw.site.libvirt.uri = "xen:///"))).toMatch(
      /libvirt\.uri: "xen:\/\/\/" is not a QEMU libvirt URI/,
    );
  });
});
