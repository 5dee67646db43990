import { Testing } from "cdktf";
import { IamPolicy } from "../../.gen/providers/minio/iam-policy";
import { IamUser } from "../../.gen/providers/minio/iam-user";
import { S3Bucket } from "../../.gen/providers/minio/s3-bucket";
import { ObjectStorage, ObjectStorageProps } from "../../constructs";

const synth = (overrides: Partial<ObjectStorageProps> = {}) =>
  Testing.synthScope(
    (scope) =>
      new ObjectStorage(scope, "object-storage", {
        clusters: ["kss", "kcs"],
        harborSecretKey: "${var.s}",
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

  test("rejects a cluster name that makes an invalid bucket", () => {
    expect(() => synth({ clusters: ["KSS"] })).toThrow(/bucket "loki-KSS" is not a valid bucket name/);
  });

  test("rejects a cluster listed twice", () => {
    expect(() => synth({ clusters: ["kss", "kss"] })).toThrow(/bucket "loki-kss" would be created twice/);
  });
});
