import * as fs from "node:fs";
import * as path from "node:path";
import { invalidUtf8Line, ModelError, nestingDepth, parseModel } from "../../model";
import { modelWith, REPO_ROOT } from "../../testing/model";

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

/** Public keys made with ssh-keygen (OpenSSH 9.2), and an RSA key too short for OpenSSH. */
const KEYS = {
  ed25519: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBBT58SL/vfmRlriWZzcYlUC97lykqQYdZEAb1aphS6K t",
  ecdsa:
    "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBA5XG8yP5xiEyFxeLFBsVz77rU7AvgODulZSTgCfvel3mU/IL8EbEkgLD4GKZZHSmU3knfRoob4vZapuifuR9sQ= t",
  rsa3072:
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQCxN1idk1APitljzd+qRsGUcYPncSUo0dMtt1MiO8HofZYdQWGEr8cXu9v7jKUY0okAYdnI3tiMRVXHrxKXsyX+E/z25d3bMEkBw/9jWpmyaPfN0hcU+lriRVLG6sTRO11V7x9iLJ3l3sFrYpn4FVYvmHvVQnAk3brv/PzjZ01tL0TjMMCro/+XzEnFKwAsDx55Jbr3KbJ3fQIzitCOFa3kK7Lonn+tgqwntazKFblyFzdWwQ5OwOVPi8pRlAh0k9TBMAZS/QRBOhqgTH7vrYMNXEqn57TUAiph+nitYXixq6u9DTVeYFV0U1wSgYZcZ5yG/XfWOCgSm6xe15Qb+McBLjj6ZEPMRDI+9u7sW5QmN8L/KCqu6zQjF/U2CSGPM5+DSNnzaA1ToSs9+vKWHGGthProP8OsjCFillGu0yV3uO1sM05Mgyl4a0X1sEoHYoGoZ8KGT0PKG49PSJ9FSJqQeTtFr+X5GZvW7yxMQVIojW/Oapf6IP4oa3OyE2V2vak= t",
  rsa1024:
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDSq3tvUNz+HDX23qHlTiJEMUsmL93eAL0RAofCx4Seuy7MMCD2pvYQU4Gck93KTKAM6VSK975xEZweYy0uxj8rKPpnuE4CKqCfpYU59yatV0H8/RqanDE8c/X205pN+srLkwJKCpE9k7ShJ8tTLM1J0UuSYCjKo27fUX6FPzOZZw==",
};

describe("SSH public keys", () => {
  test("real keys of each common type are accepted", () => {
    const model = modelWith((raw) => (raw.site.admin.ssh_authorized_keys = [KEYS.ed25519, KEYS.ecdsa, KEYS.rsa3072]));
    expect(model.site.admin.sshAuthorizedKeys).toHaveLength(3);
  });

  test("are parsed: type, canonical base64, an embedded type that matches, the type's fields", () => {
    const blob = KEYS.ed25519.split(" ")[1];
    const message = problems((raw) => {
      raw.site.admin.ssh_authorized_keys = [
        `ssh-rsa ${blob} typed as RSA`,
        `ssh-ed25519 ${blob.slice(0, 40)} cut off`,
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAFGV4YW1wbGUta2V5LW5vdC1yZWFs short",
        KEYS.rsa1024,
        "ssh-dss AAAAB3NzaC1kc3M= old",
      ];
    });
    expect(message).toMatch(/ssh_authorized_keys\[0\]: .* says ssh-rsa but its blob holds a "ssh-ed25519" key/);
    expect(message).toMatch(/ssh_authorized_keys\[1\]: .* has a blob that ends early/);
    expect(message).toMatch(/ssh_authorized_keys\[2\]: .* has an Ed25519 key of 20 bytes, not 32/);
    expect(message).toMatch(
      /ssh_authorized_keys\[3\]: .* is an RSA key of about 1024 bits; OpenSSH refuses fewer than 2048/,
    );
    expect(message).toMatch(
      /ssh_authorized_keys\[4\]: .* has the key type "ssh-dss", which is not one OpenSSH accepts/,
    );
  });

  test("a key cannot carry a second line", () => {
    expect(
      problems((raw) => (raw.site.admin.ssh_authorized_keys = [`${KEYS.ed25519}\nssh-ed25519 AAAA attacker`])),
    ).toMatch(/ssh_authorized_keys\[0\]: .* contains the control character U\+000A/);
  });
});

describe("what the services, NixOS and libvirt would refuse at apply time", () => {
  test("the NFS network is neither everything nor wider than the site's networks", () => {
    expect(problems((raw) => (raw.site.network.nfs_allowed_network = "0.0.0.0/0"))).toMatch(
      /network\.nfs_allowed_network: 0\.0\.0\.0\/0 is every address, and NFS is exported rw,no_root_squash to it/,
    );
    expect(problems((raw) => (raw.site.network.nfs_allowed_network = "10.69.0.0/16"))).toMatch(
      /network\.nfs_allowed_network: 10\.69\.0\.0\/16 reaches beyond network\.vlan_cidr and network\.management_cidr/,
    );
    const narrower = modelWith((raw) => (raw.site.network.nfs_allowed_network = "10.69.50.0/25"));
    expect(narrower.site.network.nfsAllowedNetwork).toBe("10.69.50.0/25");
  });

  test("the state bucket is none of the services' buckets, and a valid bucket and region", () => {
    for (const bucket of ["harbor", "loki-kss", "tempo-kcs"]) {
      expect(problems((raw) => (raw.site.state.bucket = bucket))).toMatch(
        new RegExp(`state\\.bucket: "${bucket}" is the MinIO bucket of .* read and delete all state`),
      );
    }
    expect(problems((raw) => (raw.site.state.bucket = "Tofu_State"))).toMatch(
      /state\.bucket: "Tofu_State" is not a valid S3 bucket name/,
    );
    expect(problems((raw) => (raw.site.state.region = "us east"))).toMatch(
      /state\.region: "us east" is not a region name/,
    );
  });

  test("libvirt URIs: the local socket, SSH or verified TLS only", () => {
    const accepted = [
      "qemu:///system",
      "qemu+ssh://root@hv.lab/system",
      "qemu+tls://hv.lab/system",
      "qemu+ssh://hv:2222/system?keyfile=/root/.ssh/id",
    ];
    for (const uri of accepted) expect(modelWith((raw) => (raw.site.libvirt.uri = uri)).site.libvirt.uri).toBe(uri);
    const refused: [string, RegExp][] = [
      ["qemu+ext:///system?command=/tmp/x", /transport qemu\+ext, which runs a local program/],
      ["qemu+tcp://hv/system", /transport qemu\+tcp, which is neither encrypted nor authenticated/],
      ["qemu+tls://hv/system?no_verify=1", /parameter no_verify, which turns host verification off/],
      ["qemu+ssh://hv/system?command=nc", /parameter command, which changes the program that runs/],
      ["qemu+ssh://hv/system?netcat=/tmp/nc", /parameter netcat/],
      ["qemu:///session", /connects to \/session, not \/system/],
      ["qemu://hv/system", /names a host \(hv\) for a local transport/],
      ["xen:///", /is not a QEMU libvirt URI/],
    ];
    for (const [uri, pattern] of refused) {
      expect(problems((raw) => (raw.site.libvirt.uri = uri))).toMatch(new RegExp(`libvirt\\.uri: .*${pattern.source}`));
    }
  });

  test("service URLs are https, without credentials, query or fragment (plain http only on loopback)", () => {
    const refused: [string, RegExp][] = [
      ["http://vault.support.lab.example.com", /uses http:\/\/ — use https:\/\//],
      ["https://root:hunter2@vault.support.lab.example.com", /holds credentials \(user:password@\)/],
      ["https://vault.support.lab.example.com/?x=1", /has a query or fragment/],
      ["https://vault.support.lab.example.com/${path}", /has a path with characters/],
      ["https://Vault_Host/", /has no valid host/],
    ];
    for (const [url, pattern] of refused) {
      expect(problems((raw) => (raw.site.vault.address = url))).toMatch(
        new RegExp(`vault\\.address: .*${pattern.source}`),
      );
    }
    const loopback = modelWith((raw) => (raw.site.vault.address = "http://127.0.0.1:8200"));
    expect(loopback.site.vault.address).toBe("http://127.0.0.1:8200");
    expect(problems((raw) => (raw.site.network.ollama_url = "http://me:pw@10.69.10.10:11434"))).toMatch(
      /network\.ollama_url: .* holds credentials/,
    );
  });

  test("the admin login follows NixOS's user-name rule and is no system account", () => {
    for (const user of ["Admin", "1admin", "ad.min", "a".repeat(32)]) {
      expect(problems((raw) => (raw.site.admin.user = user))).toMatch(
        /admin\.user: .* cannot be the admin login — NixOS user names start with a lower-case letter or '_'/,
      );
    }
    expect(problems((raw) => (raw.site.admin.user = "gitlab"))).toMatch(
      /admin\.user: "gitlab" .* already have a system account/,
    );
    expect(modelWith((raw) => (raw.site.admin.user = "ops_admin")).site.admin.user).toBe("ops_admin");
  });

  test("sizes and counts have upper bounds", () => {
    expect(problems((raw) => (raw.clusters.kss.workers[0].memory = 16 * 1024 * 1024))).toMatch(
      /workers\[0\]\.memory: 16777216 is above the maximum of 1048576 MiB — check the unit \(memory is in MiB\)/,
    );
    expect(problems((raw) => (raw.clusters.kss.master.cpus = 512))).toMatch(
      /master\.cpus: 512 is above the maximum of 128 vCPUs/,
    );
    expect(problems((raw) => (raw.site.support.disk = 150000))).toMatch(
      /support\.disk: 150000 is above the maximum of 65536 GB/,
    );
    expect(problems((raw) => (raw.site.admin.ssh_authorized_keys = Array(33).fill(KEYS.ed25519)))).toMatch(
      /admin\.ssh_authorized_keys: holds 33 keys, more than the 32 allowed/,
    );
  });

  test("each e-mail belongs to one user (Keycloak compares them case-insensitively)", () => {
    expect(problems((raw) => (raw.site.identity.users[1].email = "Alice@Example.com"))).toMatch(
      /identity\.users\[1\]\.email: "Alice@Example\.com" is already the e-mail of identity\.users\[0\]/,
    );
  });

  test("names Keycloak refuses: person names with prohibited characters, service-account- users", () => {
    expect(problems((raw) => (raw.site.identity.users[0].first_name = "Al{ice}"))).toMatch(
      /identity\.users\[0\]\.first_name: "Al\{ice\}" is not a name Keycloak accepts/,
    );
    expect(problems((raw) => (raw.site.identity.users[0].username = "service-account-x"))).toMatch(
      /identity\.users\[0\]\.username: "service-account-x" starts with service-account-/,
    );
  });

  test("reserved Keycloak realm and Vault names", () => {
    expect(problems((raw) => (raw.clusters.kss.identity = { broker_realm: "master" }))).toMatch(
      /identity\.broker_realm: "master" is Keycloak's administration realm/,
    );
    for (const namespace of ["sys", "auth", "identity", "cubbyhole", "root", "audit"]) {
      expect(problems((raw) => (raw.clusters.kss.vault.namespace = namespace))).toMatch(
        new RegExp(`vault\\.namespace: "${namespace}" is a name Vault reserves`),
      );
    }
    expect(problems((raw) => (raw.clusters.kss.vault.auth_mount = "token"))).toMatch(
      /vault\.auth_mount: "token" is Vault's built-in token auth mount/,
    );
  });

  test("the API server's client is none of the applications' clients", () => {
    expect(problems((raw) => (raw.clusters.kss.oidc.client_id = "grafana"))).toMatch(
      /oidc\.client_id: "grafana" is, or shares a '-' prefix with, a client the broker realm gives an application/,
    );
    expect(problems((raw) => (raw.clusters.kss.oidc.client_id = "kube api"))).toMatch(
      /oidc\.client_id: "kube api" is not a usable client ID/,
    );
  });

  test("names that collide with what the support VM, Harbor or Ziti already hold", () => {
    for (const name of ["support", "apps", "library"]) {
      const message = problems((raw) => {
        raw.clusters[name] = { ...raw.clusters.kss, name };
        delete raw.clusters.kss;
      });
      expect(message).toMatch(new RegExp(`clusters/${name}\\.yaml:\\d+: name: "${name}" is reserved for`));
    }
    expect(problems((raw) => (raw.site.domains.support_prefix = "kss"))).toMatch(
      /clusters\/kss\.yaml:\d+: name: "kss" is domains\.support_prefix/,
    );
    expect(problems((raw) => (raw.site.ziti.client_devices[0].name = "kss-router"))).toMatch(
      /ziti\.client_devices\[0\]\.name: "kss-router" is the Ziti identity of the router of clusters\/kss\.yaml/,
    );
    expect(problems((raw) => (raw.site.ziti.client_devices[0].role_attributes = ["#all"]))).toMatch(
      /ziti\.client_devices\[0\]\.role_attributes\[0\]: "#all" is not a role attribute/,
    );
  });

  test("no two model names give two resources one address", () => {
    expect(
      problems((raw) =>
        raw.site.identity.users.push({
          ...raw.site.identity.users[1],
          username: "roles-alice",
          email: "r@example.com",
        }),
      ),
    ).toMatch(
      /identity\.users\[2\]\.username: "roles-alice" would give the user the resource name of alice's role mapping/,
    );
    expect(problems((raw) => raw.site.ziti.client_devices.push({ name: "bob-phone-jwt" }))).toMatch(
      /ziti\.client_devices\[2\]\.name: "bob-phone-jwt" would give the device the resource name of bob-phone's enrolment token/,
    );
    expect(problems((raw) => (raw.clusters.kcs.vault.namespace = "kss-kv"))).toMatch(
      /clusters\/kcs\.yaml:\d+: vault\.namespace: "kss-kv" would give its Vault namespace the resource name of namespace kss's KV mount/,
    );
    const message = problems((raw) => {
      raw.clusters["kss-roles"] = { ...raw.clusters.kcs, name: "kss-roles" };
      delete raw.clusters.kcs;
    });
    expect(message).toMatch(
      /clusters\/kss-roles\.yaml:\d+: name: "kss-roles" would give the upstream Keycloak client of cluster kss/,
    );
    expect(problems((raw) => (raw.clusters.kss.workers[0].name = "kubeconfig"))).toMatch(
      /workers\[0\]\.name: "kubeconfig" is the name of another part of the cluster's configuration/,
    );
    for (const clientId of ["oauth2", "argocd-scopes", "grafana-audience"]) {
      expect(problems((raw) => (raw.clusters.kss.oidc.client_id = clientId))).toMatch(
        new RegExp(
          `oidc\\.client_id: "${clientId}" is, or shares a '-' prefix with, a client the broker realm gives an application`,
        ),
      );
    }
  });

  test("other fields follow their consumers' rules", () => {
    const refused: [(raw: any) => void, RegExp][] = [
      [(raw) => (raw.site.git.project_name = "Home Lab"), /git\.project_name: "Home Lab" is not a GitLab project path/],
      [(raw) => (raw.site.admin.time_zone = "Europe/Stock holm"), /admin\.time_zone: .* is not a time zone name/],
      [(raw) => (raw.site.libvirt.pool = "my/pool"), /libvirt\.pool: "my\/pool" is not a storage pool name/],
      [
        (raw) => (raw.site.libvirt.base_image = "nixos/result/nixos.img"),
        /libvirt\.base_image: .* is not a \.qcow2 image/,
      ],
      [(raw) => (raw.site.libvirt.base_image = "$HOME/nixos.qcow2"), /libvirt\.base_image: .* is not a plain path/],
      [
        (raw) => (raw.site.support.teleport_cluster_name = "Home Lab"),
        /support\.teleport_cluster_name: "Home Lab" is not a valid Teleport cluster name/,
      ],
      [(raw) => (raw.site.domains.root = "lab"), /domains\.root: "lab" is a single label/],
    ];
    for (const [edit, pattern] of refused) expect(problems(edit)).toMatch(pattern);
  });
});

describe("limits", () => {
  const site = () => ({ file: "site.yaml", text: fs.readFileSync(path.join(REPO_ROOT, "site.example.yaml"), "utf8") });

  test("aliases are expanded at most 100 times", () => {
    const a = "a: &a [x, x, x, x, x, x, x, x, x, x]";
    const b = `b: &b [${Array(10).fill("*a").join(", ")}]`;
    const c = `c: [${Array(10).fill("*b").join(", ")}]`;
    expect(() =>
      parseModel({ site: site(), clusters: [{ file: "clusters/kss.yaml", text: `${a}\n${b}\n${c}\n` }] }),
    ).toThrow(/clusters\/kss\.yaml: \(file\): cannot be read: .* — write the values out instead of using YAML aliases/);
  });

  test.each([
    ["flow collections", "[".repeat(100000)],
    ["block sequences on one line", `${"- ".repeat(100000)}x`],
    ["explicit keys", `${"? ".repeat(100000)}x`],
    ["indentation", `${Array.from({ length: 700 }, (_, i) => `${" ".repeat(i)}a:`).join("\n")} 1`],
  ])("nesting is limited before parsing (%s)", (_kind, text) => {
    expect(() => parseModel({ site: site(), clusters: [{ file: "clusters/kss.yaml", text }] })).toThrow(
      /clusters\/kss\.yaml: \(file\): nests collections more than 32 levels deep/,
    );
  });

  test("the shipped files are far from the nesting limit", () => {
    for (const file of ["site.example.yaml", "clusters/kss.yaml", "clusters/kcs.yaml"]) {
      expect(nestingDepth(fs.readFileSync(path.join(REPO_ROOT, file), "utf8"))).toBeLessThan(8);
    }
  });

  test("invalid UTF-8 is found with its line; valid multi-byte text is not", () => {
    expect(invalidUtf8Line(Buffer.from("a: 1\nname: \u00e5\u4e2d\u{1f600}\n"))).toBeUndefined();
    expect(invalidUtf8Line(Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xff]))).toBe(3);
    expect(invalidUtf8Line(Buffer.from([0x0a, 0xc0, 0x80]))).toBe(2); // overlong
    expect(invalidUtf8Line(Buffer.from([0xed, 0xa0, 0x80]))).toBe(1); // a UTF-16 surrogate
    expect(invalidUtf8Line(Buffer.from([0xe4, 0xb8]))).toBe(1); // cut off
  });
});
