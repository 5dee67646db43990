import { Password } from "@cdktf/provider-random/lib/password";
import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { Testing } from "cdktf";
import { IamPolicy } from "../../.gen/providers/minio/iam-policy";
import { IamUser } from "../../.gen/providers/minio/iam-user";
import { S3Bucket } from "../../.gen/providers/minio/s3-bucket";
import { ObjectStorage, ObjectStorageProps, VaultCluster, VaultRoot } from "../../constructs";
import { shippedModel } from "../../testing/model";

const synth = (overrides: Partial<ObjectStorageProps> = {}) =>
  Testing.synthScope(
    (scope) =>
      new ObjectStorage(scope, "object-storage", {
        clusters: ["kss", "kcs"],
        harborSecretKey: "${var.s}",
        endpoint: "https://minio.support.lab.example.com",
        ...overrides,
      }),
  );

describe("ObjectStorage", () => {
  test("creates private buckets for Harbor and for each cluster's logs and traces", () => {
    const out = synth();
    for (const bucket of ["harbor", "loki-kss", "tempo-kss", "loki-kcs", "tempo-kcs"]) {
      expect(out).toHaveResourceWithProperties(S3Bucket, { bucket, acl: "private", force_destroy: false });
    }
    expect(Object.keys(JSON.parse(out).resource.minio_s3_bucket)).toHaveLength(5);
  });

  test("never manages the state bucket", () => {
    expect(JSON.stringify(JSON.parse(synth()).resource.minio_s3_bucket)).not.toContain("tofu-state");
  });

  test("gives Harbor a user whose policy covers its bucket only", () => {
    const out = synth();
    expect(out).toHaveResourceWithProperties(IamUser, { name: "harbor", secret: "${var.s}" });
    const policy = JSON.parse(
      (Object.values(JSON.parse(out).resource.minio_iam_policy)[0] as { policy: string }).policy,
    );
    const resources = policy.Statement.flatMap((s: { Resource: string[] }) => s.Resource);
    expect(
      resources.every((r: string) => r.startsWith("arn:aws:s3:::${minio_s3_bucket.object-storage_bucket-harbor_")),
    ).toBe(true);
    expect(out).toHaveResourceWithProperties(IamPolicy, { name: "harbor-registry" });
  });

  test("gives each cluster's Loki and Tempo a user with a generated key, confined to its own bucket", () => {
    const out = synth();
    const parsed = JSON.parse(out).resource;
    for (const name of ["loki-kss", "tempo-kss", "loki-kcs", "tempo-kcs"]) {
      const [id, user] = Object.entries(parsed.minio_iam_user as Record<string, any>).find(([, u]) => u.name === name)!;
      expect(id).toMatch(new RegExp(`^object-storage_${name}-user_`));
      // Never a literal: the key is a random_password of this construct.
      expect(user.secret).toMatch(
        new RegExp(`^\\$\\{random_password\\.object-storage_${name}-secret-key_\\w+\\.result\\}$`),
      );
      const policy = Object.values(parsed.minio_iam_policy as Record<string, any>).find((p) => p.name === name);
      const resources = JSON.parse(policy.policy).Statement.flatMap((st: { Resource: string[] }) => st.Resource);
      expect(resources.length).toBeGreaterThan(0);
      for (const resource of resources)
        expect(resource).toMatch(
          new RegExp(`^arn:aws:s3:::\\$\\{minio_s3_bucket\\.object-storage_bucket-${name}_\\w+\\.bucket\\}(/\\*)?$`),
        );
    }
    expect(out).toHaveResourceWithProperties(Password, { length: 40, special: false });
    expect(Object.keys(parsed.minio_iam_user_policy_attachment)).toHaveLength(5);
  });

  test("writes a cluster's Loki and Tempo credentials into its namespace's KV mount", () => {
    const model = shippedModel();
    const kss = model.clusters.find((c) => c.name === "kss")!;
    const out = Testing.synthScope((scope) => {
      const storage = new ObjectStorage(scope, "object-storage", {
        clusters: ["kss", "kcs"],
        harborSecretKey: "${var.s}",
        endpoint: "https://minio.support.lab.example.com",
      });
      const root = new VaultRoot(scope, "vault-root", {
        address: "https://vault.x",
        caCommonName: "Root",
        namespaces: ["kss"],
      });
      const vault = new VaultCluster(scope, "vault-cluster", { cluster: kss, root, address: "https://vault.x" });
      const secrets = storage.grantClusterAccess(vault, "kss");
      expect(Object.keys(secrets).sort()).toEqual(["loki", "tempo"]);
    });
    for (const store of ["loki", "tempo"])
      expect(out).toHaveResourceWithProperties(KvSecretV2, {
        namespace: expect.stringMatching(/^\$\{vault_namespace\.vault-root_ns-kss_\w+\.path\}$/),
        mount: expect.stringMatching(/^\$\{vault_mount\.vault-cluster_kv_\w+\.path\}$/),
        name: `minio/${store}`,
        data_json: expect.stringMatching(
          new RegExp(
            `^\\$\\{jsonencode\\(\\{"access_key_id" = "${store}-kss", "secret_access_key" = random_password\\.object-storage_${store}-kss-secret-key_\\w+\\.result, "bucket" = "${store}-kss", "endpoint" = "https://minio\\.support\\.lab\\.example\\.com"\\}\\)\\}$`,
          ),
        ),
      });
  });

  test("refuses credentials for a cluster it has no buckets for", () => {
    expect(() =>
      Testing.synthScope((scope) => {
        const model = shippedModel();
        const kss = model.clusters.find((c) => c.name === "kss")!;
        const storage = new ObjectStorage(scope, "object-storage", {
          clusters: ["kcs"],
          harborSecretKey: "${var.s}",
          endpoint: "https://minio.support.lab.example.com",
        });
        const root = new VaultRoot(scope, "vault-root", {
          address: "https://vault.x",
          caCommonName: "Root",
          namespaces: ["kss"],
        });
        storage.grantClusterAccess(
          new VaultCluster(scope, "vault-cluster", { cluster: kss, root, address: "https://vault.x" }),
          "kss",
        );
      }),
    ).toThrow(/cluster "kss" has no buckets — list it among the clusters/);
  });

  test("rejects an endpoint that is not a URL without a path", () => {
    expect(() => synth({ endpoint: "minio.example.com" })).toThrow(
      /endpoint "minio\.example\.com" must be an http\(s\) URL/,
    );
  });

  test("rejects a Harbor user named like a cluster's", () => {
    expect(() => synth({ harborAccessKey: "loki-kss" })).toThrow(
      /harborAccessKey "loki-kss" is the user of a cluster's bucket/,
    );
  });

  test("rejects a cluster name that makes an invalid bucket", () => {
    expect(() => synth({ clusters: ["KSS"] })).toThrow(/bucket "loki-KSS" is not a valid bucket name/);
  });

  test("rejects a cluster listed twice", () => {
    expect(() => synth({ clusters: ["kss", "kss"] })).toThrow(/bucket "loki-kss" would be created twice/);
  });
});
