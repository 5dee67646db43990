import { Password } from "@cdktf/provider-random/lib/password";
import { Testing } from "cdktf";
import { Construct } from "constructs";
import { CloudinitDisk } from "../../.gen/providers/libvirt/cloudinit-disk";
import { Domain } from "../../.gen/providers/libvirt/domain";
import { Network } from "../../.gen/providers/libvirt/network";
import { Volume } from "../../.gen/providers/libvirt/volume";
import {
  ClusterHostConfig,
  LibvirtHost,
  LibvirtHostProps,
  NixosVm,
  NixosVmProps,
  Rke2Cluster,
  Rke2ClusterProps,
  SupportVm,
  SupportVmProps,
} from "../../constructs";
import { shippedModel } from "../../testing/model";

const model = shippedModel();
const { site } = model;
const kss = model.clusters.find((c) => c.name === "kss")!;
const kcs = model.clusters.find((c) => c.name === "kcs")!;

function libvirtHost(scope: Construct, overrides: Partial<LibvirtHostProps> = {}): LibvirtHost {
  return new LibvirtHost(scope, "host", {
    baseImagePath: "nixos/result/nixos.qcow2",
    natCidr: "192.168.121.0/24",
    ...overrides,
  });
}

/** Rke2Cluster's props for kss, with the site's values written out. */
function rke2Props(scope: Construct, overrides: Partial<Rke2ClusterProps> = {}): Rke2ClusterProps {
  return {
    cluster: kss,
    host: libvirtHost(scope),
    admin: site.admin,
    network: {
      gatewayIp: "10.69.50.1",
      managementCidr: "10.69.10.0/24",
      podCidr: "10.42.0.0/16",
      serviceCidr: "10.43.0.0/16",
    },
    vaultAddress: "https://vault.support.lab.example.com",
    registryHost: "harbor.support.lab.example.com",
    nfsServer: "10.69.50.10",
    ...overrides,
  };
}

function resources(out: string, type: string): any[] {
  return Object.values(JSON.parse(out).resource[type] ?? {});
}

describe("LibvirtHost", () => {
  test("creates the NAT network and the base image volume", () => {
    const out = Testing.synthScope((scope) => libvirtHost(scope));
    expect(out).toHaveResourceWithProperties(Network, {
      name: "homelab-mgmt",
      mode: "nat",
      addresses: ["192.168.121.0/24"],
      autostart: true,
    });
    expect(out).toHaveResourceWithProperties(Volume, {
      name: "nixos-base.qcow2",
      format: "qcow2",
      source: "${path.module}/../../../nixos/result/nixos.qcow2",
    });
  });

  test("rejects a NAT network that is not a CIDR", () => {
    expect(() => Testing.synthScope((scope) => libvirtHost(scope, { natCidr: "192.168.121.1/24" }))).toThrow(
      /natCidr "192\.168\.121\.1\/24" has host bits set/,
    );
  });

  test("rejects a base image that is not qcow2", () => {
    expect(() => Testing.synthScope((scope) => libvirtHost(scope, { baseImagePath: "nixos.iso" }))).toThrow(
      /baseImagePath "nixos\.iso" is not a \.qcow2 file/,
    );
  });
});

describe("NixosVm", () => {
  const cluster: ClusterHostConfig = {
    name: "kss",
    domain: "kss.lab.example.com",
    nodeIp: "10.69.50.31",
    masterIp: "10.69.50.20",
    masterHostname: "kss-master",
    cni: "canal",
    vaultAddr: "https://vault.support.lab.example.com",
    vaultAuthMount: "kubernetes",
    vaultNamespace: "kss",
    harborAddr: "harbor.support.lab.example.com",
    gatewayIp: "10.69.50.1",
    managementCidr: "10.69.10.0/24",
    podCidr: "10.42.0.0/16",
    serviceCidr: "10.43.0.0/16",
    oidc: { enabled: true, issuerUrl: "https://auth.kss.lab.example.com/realms/broker", clientId: "kubernetes" },
    tokenFile: "/var/lib/homelab/secrets/rke2-token",
    nfs: { server: "10.69.50.10", exports: ["kubernetes-rwx"] },
  };
  const props = (scope: Construct, overrides: Partial<NixosVmProps> = {}): NixosVmProps => ({
    vm: kss.workers[0],
    role: "worker",
    host: overrides.host ?? libvirtHost(scope),
    admin: site.admin,
    cluster,
    ...overrides,
  });

  test("gives the domain the model's size, host CPU, and both NICs with fixed MACs", () => {
    const out = Testing.synthScope((scope) => new NixosVm(scope, "vm", props(scope)));
    expect(out).toHaveResourceWithProperties(Domain, {
      name: "kss-worker-1",
      vcpu: 4,
      memory: 14336,
      cpu: { mode: "host-passthrough" },
      type: "kvm",
    });
    expect(resources(out, Domain.tfResourceType)[0].network_interface).toEqual([
      {
        network_id: expect.stringMatching(/^\$\{libvirt_network\.host_nat_[0-9A-F]+\.id\}$/),
        mac: kss.workers[0].managementMac,
        hostname: "kss-worker-1",
      },
      { bridge: "br-k8s", mac: "52:54:00:69:50:31" },
    ]);
  });

  test("uses the host's CPU model only under KVM", () => {
    const out = Testing.synthScope(
      (scope) => new NixosVm(scope, "vm", props(scope, { host: libvirtHost(scope, { domainType: "qemu" }) })),
    );
    const [domain] = resources(out, Domain.tfResourceType);
    expect(domain.type).toBe("qemu");
    expect(domain).not.toHaveProperty("cpu");
  });

  test("puts the disk in its own copy-on-write volume, so resizing the domain keeps it", () => {
    const out = Testing.synthScope((scope) => new NixosVm(scope, "vm", props(scope)));
    const disk = resources(out, Volume.tfResourceType).find((v) => v.name === "kss-worker-1.qcow2");
    expect(disk).toMatchObject({
      size: 80 * 1024 ** 3,
      format: "qcow2",
      base_volume_id: expect.stringMatching(/^\$\{libvirt_volume\.host_base-image_[0-9A-F]+\.id\}$/),
    });
  });

  test("gives root the admin keys for the first boot only, through cloud-init", () => {
    const out = Testing.synthScope((scope) => new NixosVm(scope, "vm", props(scope)));
    const [disk] = resources(out, CloudinitDisk.tfResourceType);
    expect(disk.user_data).toMatch(/^#cloud-config\n/);
    expect(disk.user_data).toContain(site.admin.sshAuthorizedKeys[0]);
  });

  test("delivers host.json and secrets, keyed on their hashes and the NixOS sources", () => {
    const out = Testing.synthScope(
      (scope) =>
        new NixosVm(
          scope,
          "vm",
          props(scope, { secrets: { "rke2-token": new Password(scope, "t", { length: 8 }).result } }),
        ),
    );
    const delivery = resources(out, "terraform_data").find(
      (r) => r.provisioner?.[0]["local-exec"].environment.HOMELAB_HOST === "10.69.50.31",
    );
    const env = delivery.provisioner[0]["local-exec"].environment;
    expect(JSON.parse(env.HOMELAB_HOST_JSON)).toMatchObject({
      hostname: "kss-worker-1",
      role: "worker",
      homelab: { network: { vlanMac: "52:54:00:69:50:31" } },
    });
    expect(env.HOMELAB_SECRETS).toMatch(/^\$\{jsonencode\(\{"rke2-token" = random_password\.t\.result\}\)\}$/);
    expect(Object.keys(delivery.triggers_replace).sort()).toEqual(["domain", "host_json", "nixos_sources", "secrets"]);
    expect(delivery.triggers_replace.nixos_sources).toContain("filesha256");
  });

  test("host.json has the shape the NixOS side reads (nixos/tests/host-json-example-master.json)", () => {
    let vm: NixosVm | undefined;
    Testing.synthScope((scope) => {
      vm = new Rke2Cluster(scope, "rke2", rke2Props(scope)).master;
    });
    const example = require("../../nixos/tests/host-json-example-master.json");
    const keysOf = (value: any): unknown =>
      value && typeof value === "object" && !Array.isArray(value)
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, keysOf(value[k])]),
          )
        : typeof value;
    expect(keysOf(JSON.parse(vm!.hostJson))).toEqual(keysOf(example));
  });

  test("rejects a role without its settings", () => {
    expect(() => Testing.synthScope((scope) => new NixosVm(scope, "vm", props(scope, { cluster: undefined })))).toThrow(
      /role "worker" needs cluster/,
    );
  });

  test("rejects secret names that leave the secrets directory", () => {
    expect(() =>
      Testing.synthScope((scope) => new NixosVm(scope, "vm", props(scope, { secrets: { "../etc/shadow": "x" } }))),
    ).toThrow(/secrets key "\.\.\/etc\/shadow" must be a relative file name/);
  });

  test("rejects a VM without admin keys", () => {
    expect(() =>
      Testing.synthScope(
        (scope) => new NixosVm(scope, "vm", props(scope, { admin: { ...site.admin, sshAuthorizedKeys: [] } })),
      ),
    ).toThrow(/admin\.sshAuthorizedKeys is empty/);
  });
});

describe("Rke2Cluster", () => {
  const synthWith = (overrides: Partial<Rke2ClusterProps>) =>
    Testing.synthScope((scope) => new Rke2Cluster(scope, "rke2", rke2Props(scope, overrides)));
  const synth = (cluster = kss) => synthWith({ cluster });
  /** homelab.cluster of every node's host.json. */
  const clusterConfigs = (out: string): any[] =>
    resources(out, "terraform_data")
      .filter((r) => r.provisioner?.[0]["local-exec"].environment.HOMELAB_HOST_JSON)
      .map((d) => JSON.parse(d.provisioner[0]["local-exec"].environment.HOMELAB_HOST_JSON).homelab.cluster);

  test("one master and one VM per worker", () => {
    const domains = resources(synth(), Domain.tfResourceType).map((d) => d.name);
    expect(domains).toEqual(["kss-master", "kss-worker-1", "kss-worker-2", "kss-worker-3"]);
  });

  test("generates one join token and delivers it to every node as a secret file", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(Password, { length: 64, special: false });
    const deliveries = resources(out, "terraform_data").filter(
      (r) => r.provisioner?.[0]["local-exec"].environment.HOMELAB_SECRETS,
    );
    expect(deliveries).toHaveLength(4);
    for (const d of deliveries) {
      expect(d.provisioner[0]["local-exec"].environment.HOMELAB_SECRETS).toMatch(
        /^\$\{jsonencode\(\{"rke2-token" = random_password\.rke2_join-token_[0-9A-F]+\.result\}\)\}$/,
      );
      expect(JSON.parse(d.provisioner[0]["local-exec"].environment.HOMELAB_HOST_JSON).homelab.cluster.tokenFile).toBe(
        "/var/lib/homelab/secrets/rke2-token",
      );
    }
  });

  test("points every node at the master and the cluster's CNI and OIDC issuer", () => {
    const deliveries = resources(synth(kcs), "terraform_data").filter(
      (r) => r.provisioner?.[0]["local-exec"].environment.HOMELAB_HOST_JSON,
    );
    for (const d of deliveries) {
      const cluster = JSON.parse(d.provisioner[0]["local-exec"].environment.HOMELAB_HOST_JSON).homelab.cluster;
      expect(cluster).toMatchObject({
        masterIp: "10.69.50.50",
        cni: "cilium",
        oidc: { issuerUrl: "https://auth.kcs.lab.example.com/realms/broker" },
      });
    }
  });

  test("fetches the kubeconfig after the master is configured", () => {
    const fetch = resources(synth(), "terraform_data").find((r) =>
      r.provisioner?.[0]["local-exec"].command.includes("fetch-kubeconfig"),
    );
    expect(fetch.provisioner[0]["local-exec"].environment).toMatchObject({
      HOMELAB_API_SERVER: "https://10.69.50.20:6443",
      HOMELAB_KUBECONFIG: "${path.module}/../../../.state/kubeconfig/kss.yaml",
    });
    expect(fetch.triggers_replace.master).toMatch(/^\$\{terraform_data\.rke2_master_nixos_[0-9A-F]+\.id\}$/);
  });

  test("points every node at the given Vault, registry, networks and NFS server", () => {
    const configs = clusterConfigs(
      synthWith({
        vaultAddress: "https://openbao.lab.test",
        registryHost: "registry.lab.test",
        nfsServer: "10.69.50.11",
        network: {
          gatewayIp: "10.69.50.254",
          managementCidr: "10.1.0.0/16",
          podCidr: "10.52.0.0/16",
          serviceCidr: "10.53.0.0/16",
        },
        nfsExports: ["backups"],
      }),
    );
    expect(configs).toHaveLength(4);
    for (const config of configs) {
      expect(config).toMatchObject({
        vaultAddr: "https://openbao.lab.test",
        harborAddr: "registry.lab.test",
        gatewayIp: "10.69.50.254",
        managementCidr: "10.1.0.0/16",
        podCidr: "10.52.0.0/16",
        serviceCidr: "10.53.0.0/16",
        nfs: { server: "10.69.50.11", exports: ["backups"] },
      });
    }
  });

  test("gives the nodes RKE2's pod and service networks unless told otherwise", () => {
    const configs = clusterConfigs(
      synthWith({ network: { gatewayIp: "10.69.50.1", managementCidr: "10.69.10.0/24" } }),
    );
    for (const config of configs)
      expect(config).toMatchObject({ podCidr: "10.42.0.0/16", serviceCidr: "10.43.0.0/16" });
  });

  test("rejects a cluster without workers", () => {
    expect(() => synth({ ...kss, workers: [] })).toThrow(/Rke2Cluster "[^"]*rke2": cluster\.workers is empty/);
  });

  test("rejects a Vault address with a path, which the nodes' CA URL would break", () => {
    expect(() => synthWith({ vaultAddress: "https://vault.support.lab.example.com/v1" })).toThrow(
      /vaultAddress "https:\/\/vault\.support\.lab\.example\.com\/v1" must be an http\(s\) URL without a path/,
    );
  });

  test("rejects a registry given as a URL rather than a host name", () => {
    expect(() => synthWith({ registryHost: "https://harbor.support.lab.example.com" })).toThrow(
      /registryHost "https:\/\/harbor\.support\.lab\.example\.com" must be a host name without scheme or path/,
    );
  });

  test("rejects an NFS server that is neither an address nor a host name", () => {
    expect(() => synthWith({ nfsServer: "10.69.50.10:/exports" })).toThrow(
      /nfsServer "10\.69\.50\.10:\/exports" must be an IPv4 address or host name/,
    );
  });

  test("rejects a gateway that is not an IPv4 address", () => {
    expect(() => synthWith({ network: { gatewayIp: "gateway", managementCidr: "10.69.10.0/24" } })).toThrow(
      /network\.gatewayIp "gateway" is not an IPv4 address/,
    );
  });

  test("rejects a network that is not a CIDR, naming it", () => {
    expect(() => synthWith({ network: { gatewayIp: "10.69.50.1", managementCidr: "10.69.10.1/24" } })).toThrow(
      /network\.managementCidr "10\.69\.10\.1\/24" has host bits set — did you mean 10\.69\.10\.0\/24\?/,
    );
  });

  test("rejects pod and service networks that overlap", () => {
    expect(() =>
      synthWith({
        network: {
          gatewayIp: "10.69.50.1",
          managementCidr: "10.69.10.0/24",
          podCidr: "10.42.0.0/16",
          serviceCidr: "10.42.128.0/17",
        },
      }),
    ).toThrow(/network\.podCidr 10\.42\.0\.0\/16 overlaps network\.serviceCidr 10\.42\.128\.0\/17/);
  });
});

describe("SupportVm", () => {
  const users = [
    { username: "alice", role: "admin" as const },
    { username: "bob", role: "user" as const },
    { username: "carol", role: "admin" as const },
  ];
  const synthWith = (overrides: Partial<SupportVmProps> = {}) =>
    Testing.synthScope(
      (scope) =>
        new SupportVm(scope, "support", {
          vm: site.support,
          host: libvirtHost(scope),
          admin: site.admin,
          domain: "support.lab.example.com",
          zitiDomain: "ziti.lab.example.com",
          nfsAllowedNetwork: "10.69.50.0/24",
          acmeEmail: "admin@example.com",
          users,
          ...overrides,
        }),
    );
  const synth = (services?: SupportVmProps["services"]) => synthWith(services ? { services } : {});

  function delivered(out: string): { hostJson: any; secrets: string } {
    const d = resources(out, "terraform_data")[0];
    const env = d.provisioner[0]["local-exec"].environment;
    return { hostJson: JSON.parse(env.HOMELAB_HOST_JSON), secrets: env.HOMELAB_SECRETS };
  }

  test("runs the support role with every service by default", () => {
    const { hostJson } = delivered(synth());
    expect(hostJson.role).toBe("support");
    expect(Object.values(hostJson.homelab.support.services).every(Boolean)).toBe(true);
    expect(hostJson.homelab.support).toMatchObject({ domain: "support.lab.example.com", ip: "10.69.50.10" });
  });

  test("generates each service's secrets and delivers them as files, never as literals", () => {
    const { secrets } = delivered(synth());
    expect(secrets).toMatch(
      /"minio-root\.env" = join\("", \["MINIO_ROOT_USER=", "homelab-admin", "\\n", "MINIO_ROOT_PASSWORD=", random_password\.support_minio-root-password_[0-9A-F]+\.result, "\\n"\]\)/,
    );
    expect(secrets).toMatch(
      /"keycloak-admin-password" = random_password\.support_keycloak-admin-password_[0-9A-F]+\.result/,
    );
    expect(secrets).toMatch(/"gitlab-jws" = tls_private_key\.support_gitlab-jws_[0-9A-F]+\.private_key_pem/);
  });

  test("publishes the services under its domain, with the Ziti name, NFS network and Teleport cluster given", () => {
    const { hostJson } = delivered(
      synthWith({
        domain: "svc.lab.test",
        zitiDomain: "overlay.lab.test",
        nfsAllowedNetwork: "10.69.60.0/24",
        teleportClusterName: "lab",
      }),
    );
    expect(hostJson.homelab.support).toMatchObject({
      domain: "svc.lab.test",
      ip: site.support.ip,
      zitiDomain: "overlay.lab.test",
      nfsAllowedNetwork: "10.69.60.0/24",
      teleportClusterName: "lab",
    });
  });

  test("names the Teleport cluster homelab unless told otherwise", () => {
    expect(delivered(synth()).hostJson.homelab.support.teleportClusterName).toBe("homelab");
  });

  test("gives each cluster its own Teleport join token", () => {
    const out = synthWith({ clusters: ["kss", "kcs"] });
    const { hostJson, secrets } = delivered(out);
    expect(hostJson.homelab.support.clusters).toEqual(["kcs", "kss"]);
    expect(secrets).toMatch(
      /"teleport-kube-token-kss" = random_password\.support_teleport-kube-token-kss_[0-9A-F]+\.result/,
    );
    expect(secrets).toMatch(
      /"teleport-kube-token-kcs" = random_password\.support_teleport-kube-token-kcs_[0-9A-F]+\.result/,
    );
  });

  test("names the admins among its users as Teleport's local users, and only them", () => {
    const { hostJson } = delivered(synthWith({ users: [users[2], users[1], users[0]] }));
    expect(hostJson.homelab.support.teleport).toEqual({ admins: ["alice", "carol"] });
    expect(delivered(synthWith({ users: undefined })).hostJson.homelab.support.teleport).toEqual({ admins: [] });
  });

  test("host.json has the shape the NixOS side reads (nixos/tests/host-json-example-support.json)", () => {
    const example = require("../../nixos/tests/host-json-example-support.json");
    const keysOf = (value: any): unknown =>
      value && typeof value === "object" && !Array.isArray(value)
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, keysOf(value[k])]),
          )
        : typeof value;
    expect(keysOf(delivered(synth()).hostJson)).toEqual(keysOf(example));
  });

  test("only the enabled services get secrets", () => {
    const { hostJson, secrets } = delivered(synth(["openbao", "minio", "nfs", "nginx"]));
    expect(hostJson.homelab.support.services).toMatchObject({ minio: true, gitlab: false, harbor: false });
    expect(secrets).not.toContain("gitlab");
    expect(secrets).toContain("minio-root.env");
  });

  test("has a stable address for the first, targeted apply", () => {
    expect(JSON.parse(synth()).resource.terraform_data).toHaveProperty("support_vm");
  });

  test("rejects Harbor without MinIO", () => {
    expect(() => synth(["harbor", "nginx"])).toThrow(/services has harbor without minio/);
  });

  test("orders its wildcard certificate over ACME with the given e-mail and a sensitive Cloudflare token", () => {
    const out = synthWith({ acmeEmail: "certs@lab.test" });
    const { hostJson, secrets } = delivered(out);
    expect(hostJson.homelab.support.acme).toEqual({
      email: "certs@lab.test",
      server: "https://acme-v02.api.letsencrypt.org/directory",
    });
    expect(secrets).toMatch(/"cloudflare-api-token" = var\.cloudflare_api_token[,}]/);
    expect(JSON.parse(out).variable.cloudflare_api_token).toMatchObject({
      type: "string",
      sensitive: true,
      default: "",
    });
  });

  test("takes another ACME directory, such as Let's Encrypt's staging one", () => {
    const staging = "https://acme-staging-v02.api.letsencrypt.org/directory";
    expect(delivered(synthWith({ acmeServer: staging })).hostJson.homelab.support.acme.server).toBe(staging);
    expect(() => synthWith({ acmeServer: "http://ca.example.com/dir" })).toThrow(
      /acmeServer "http:\/\/ca\.example\.com\/dir" is not an https URL/,
    );
  });

  test("needs no Cloudflare token without nginx and Teleport, which serve the certificate", () => {
    const out = synth(["openbao", "minio", "nfs"]);
    expect(delivered(out).secrets).not.toContain("cloudflare-api-token");
    expect(JSON.parse(out).variable?.cloudflare_api_token).toBeUndefined();
  });

  test("rejects a support domain that is a URL or a single label", () => {
    expect(() => synthWith({ domain: "https://support.lab.example.com" })).toThrow(
      /domain "https:\/\/support\.lab\.example\.com" must be a lower-case DNS name, such as support\.lab\.example\.com/,
    );
    expect(() => synthWith({ domain: "support" })).toThrow(/domain "support" must be a lower-case DNS name/);
  });

  test("rejects a Ziti name that is not a DNS name", () => {
    expect(() => synthWith({ zitiDomain: "Ziti.Lab" })).toThrow(/zitiDomain "Ziti\.Lab" must be a lower-case DNS name/);
  });

  test("rejects an NFS network that is not a CIDR", () => {
    expect(() => synthWith({ nfsAllowedNetwork: "10.69.50.10" })).toThrow(
      /nfsAllowedNetwork "10\.69\.50\.10" is not an IPv4 CIDR/,
    );
  });

  test("rejects an ACME contact that is not an e-mail address", () => {
    expect(() => synthWith({ acmeEmail: "admin" })).toThrow(/acmeEmail "admin" is not an e-mail address/);
  });

  test("rejects an admin whose name Teleport cannot take", () => {
    expect(() => synthWith({ users: [{ username: "Alice Admin", role: "admin" }] })).toThrow(
      /users\[0\]\.username "Alice Admin" cannot be a Teleport user/,
    );
  });
});
