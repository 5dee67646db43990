import { Construct } from "constructs";
import { IamPolicy } from "../.gen/providers/minio/iam-policy";
import { IamUser } from "../.gen/providers/minio/iam-user";
import { IamUserPolicyAttachment } from "../.gen/providers/minio/iam-user-policy-attachment";
import { S3Bucket } from "../.gen/providers/minio/s3-bucket";
import { throwIfInvalid } from "./validation";

export interface ObjectStorageProps {
  /** Clusters whose logs (Loki) and traces (Tempo) get a bucket each. */
  readonly clusters: readonly string[];
  /** Secret key of the `harbor` user Harbor stores images with (sensitive; delivered to the support VM too). */
  readonly harborSecretKey: string;
  /** Access key (user name) of that user. @default "harbor" */
  readonly harborAccessKey?: string;
}

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * MinIO's buckets and service users: private buckets `harbor`,
 * `loki-<cluster>` and `tempo-<cluster>`, and a `harbor` user that may use
 * only its own bucket. The `tofu-state` bucket is not here: it holds this
 * stack's own state and is created beforehand (README, "State").
 */
export class ObjectStorage extends Construct {
  /** Buckets by name. */
  public readonly buckets: Readonly<Record<string, S3Bucket>>;
  /** Harbor's user. */
  public readonly harborUser: IamUser;

  constructor(scope: Construct, id: string, props: ObjectStorageProps) {
    super(scope, id);
    const harborAccessKey = props.harborAccessKey ?? "harbor";
    const names = ["harbor", ...[...props.clusters].sort().flatMap((c) => [`loki-${c}`, `tempo-${c}`])];

    const problems: string[] = [];
    const seen = new Set<string>();
    for (const name of names) {
      if (!BUCKET_NAME.test(name))
        problems.push(`bucket "${name}" is not a valid bucket name — cluster names must be lower-case DNS labels`);
      if (seen.has(name)) problems.push(`bucket "${name}" would be created twice — list each cluster once`);
      seen.add(name);
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{2,}$/.test(harborAccessKey))
      problems.push(`harborAccessKey "${harborAccessKey}" must be at least 3 letters, digits, '.', '_' or '-'`);
    throwIfInvalid(this, problems);

    const buckets: Record<string, S3Bucket> = {};
    for (const name of names) {
      // Kept on destroy unless empty: buckets hold data the stack does not own.
      buckets[name] = new S3Bucket(this, `bucket-${name}`, { bucket: name, acl: "private", forceDestroy: false });
    }
    this.buckets = buckets;

    this.harborUser = new IamUser(this, "harbor-user", { name: harborAccessKey, secret: props.harborSecretKey });
    const harborBucket = buckets.harbor.bucket;
    // MinIO takes AWS-style JSON policy documents.
    const policy = new IamPolicy(this, "harbor-policy", {
      name: "harbor-registry",
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Action: ["s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"],
            Resource: [`arn:aws:s3:::${harborBucket}`],
          },
          {
            Effect: "Allow",
            Action: [
              "s3:GetObject",
              "s3:PutObject",
              "s3:DeleteObject",
              "s3:AbortMultipartUpload",
              "s3:ListMultipartUploadParts",
            ],
            Resource: [`arn:aws:s3:::${harborBucket}/*`],
          },
        ],
      }),
    });
    new IamUserPolicyAttachment(this, "harbor-policy-attachment", {
      userName: this.harborUser.name,
      policyName: policy.name,
    });
  }
}
