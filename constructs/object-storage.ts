import { Password } from "@cdktf/provider-random/lib/password";
import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { Fn, Token } from "cdktf";
import { Construct } from "constructs";
import { IamPolicy } from "../.gen/providers/minio/iam-policy";
import { IamUser } from "../.gen/providers/minio/iam-user";
import { IamUserPolicyAttachment } from "../.gen/providers/minio/iam-user-policy-attachment";
import { S3Bucket } from "../.gen/providers/minio/s3-bucket";
import { crossStackValue } from "./cross-stack";
import { ConstructValidationError, throwIfInvalid } from "./validation";
import type { VaultCluster } from "./vault-cluster";

export interface ObjectStorageProps {
  /** Clusters whose logs (Loki) and traces (Tempo) get a bucket and a user each. */
  readonly clusters: readonly string[];
  /** Secret key of the `harbor` user Harbor stores images with (sensitive; delivered to the support VM too). */
  readonly harborSecretKey: string;
  /** Access key (user name) of that user. @default "harbor" */
  readonly harborAccessKey?: string;
  /** MinIO's S3 endpoint as the clusters reach it, written next to their credentials (`https://minio.<support domain>`). */
  readonly endpoint: string;
}

/** A MinIO user that may use one bucket only. */
export interface BucketUser {
  readonly bucket: S3Bucket;
  readonly user: IamUser;
  readonly policy: IamPolicy;
}

/** A bucket user whose secret key is generated here. */
export interface GeneratedBucketUser extends BucketUser {
  readonly secret: Password;
}

/** What a cluster's workloads store in MinIO: Loki its logs, Tempo its traces. */
export type ClusterStore = "loki" | "tempo";
const CLUSTER_STORES: readonly ClusterStore[] = ["loki", "tempo"];

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * MinIO's buckets and service users: private buckets `harbor`,
 * `loki-<cluster>` and `tempo-<cluster>`, each with a user of the same name
 * that may use only that bucket (secret keys generated, never literals).
 * The `tofu-state` bucket is not here: it holds this stack's own state and
 * is created beforehand (README, "State"). A cluster's Loki and Tempo
 * credentials reach its Vault namespace through {@link grantClusterAccess}.
 */
export class ObjectStorage extends Construct {
  /** Buckets by name. */
  public readonly buckets: Readonly<Record<string, S3Bucket>>;
  /** Harbor's user. */
  public readonly harborUser: IamUser;
  /** Each cluster's Loki and Tempo users, by cluster. */
  public readonly clusterUsers: Readonly<Record<string, Readonly<Record<ClusterStore, GeneratedBucketUser>>>>;
  /** MinIO's S3 endpoint, as given. */
  public readonly endpoint: string;

  constructor(scope: Construct, id: string, props: ObjectStorageProps) {
    super(scope, id);
    const harborAccessKey = props.harborAccessKey ?? "harbor";
    const clusters = [...props.clusters].sort();
    const names = ["harbor", ...clusters.flatMap((c) => CLUSTER_STORES.map((store) => `${store}-${c}`))];

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
    else if (names.slice(1).includes(harborAccessKey))
      problems.push(`harborAccessKey "${harborAccessKey}" is the user of a cluster's bucket — choose another name`);
    if (!Token.isUnresolved(props.endpoint) && !/^https?:\/\/[^/\s]+$/.test(props.endpoint))
      problems.push(
        `endpoint "${props.endpoint}" must be an http(s) URL without a path, such as https://minio.support.lab.example.com`,
      );
    throwIfInvalid(this, problems);
    this.endpoint = props.endpoint;

    const buckets: Record<string, S3Bucket> = {};
    for (const name of names) {
      // Kept on destroy unless empty: buckets hold data the stack does not own.
      buckets[name] = new S3Bucket(this, `bucket-${name}`, { bucket: name, acl: "private", forceDestroy: false });
    }
    this.buckets = buckets;

    this.harborUser = this.bucketUser(
      "harbor",
      buckets.harbor,
      harborAccessKey,
      "harbor-registry",
      props.harborSecretKey,
    ).user;

    const clusterUsers: Record<string, Record<ClusterStore, GeneratedBucketUser>> = {};
    for (const cluster of clusters) {
      const users = {} as Record<ClusterStore, GeneratedBucketUser>;
      for (const store of CLUSTER_STORES) {
        const name = `${store}-${cluster}`;
        // MinIO secret keys are 8-40 characters; letters and digits survive every env file and URL.
        const secret = new Password(this, `${name}-secret-key`, { length: 40, special: false });
        users[store] = { ...this.bucketUser(name, buckets[name], name, name, secret.result), secret };
      }
      clusterUsers[cluster] = users;
    }
    this.clusterUsers = clusterUsers;
  }

  /**
   * Writes the cluster's Loki and Tempo credentials into its Vault namespace,
   * at `minio/loki` and `minio/tempo` in the cluster's KV mount, as
   * `{access_key_id, secret_access_key, bucket, endpoint}`. The secrets are
   * created in the cluster's stack (which owns that mount) and take the
   * generated keys from this stack's state.
   */
  public grantClusterAccess(vault: VaultCluster, cluster: string): Readonly<Record<ClusterStore, KvSecretV2>> {
    const users = this.clusterUsers[cluster];
    if (!users)
      throw new ConstructValidationError(this, [`cluster "${cluster}" has no buckets — list it among the clusters`]);
    const secrets = {} as Record<ClusterStore, KvSecretV2>;
    for (const store of CLUSTER_STORES) {
      const { secret } = users[store];
      const name = `${store}-${cluster}`;
      const secretKey = crossStackValue(vault, secret, `minio-${name}-secret-key`, secret.result);
      secrets[store] = new KvSecretV2(vault, `minio-${store}`, {
        namespace: vault.namespace,
        mount: vault.kv.path,
        name: `minio/${store}`,
        dataJson: Fn.jsonencode({
          // The user and bucket names are the model's, known here; only the key comes from state.
          access_key_id: name,
          secret_access_key: secretKey,
          bucket: name,
          endpoint: this.endpoint,
        }),
      });
    }
    return secrets;
  }

  /** A user confined to `bucket`, with a policy that allows object use and listing of that bucket only. */
  private bucketUser(
    idPrefix: string,
    bucket: S3Bucket,
    userName: string,
    policyName: string,
    secretKey: string,
  ): BucketUser {
    const user = new IamUser(this, `${idPrefix}-user`, { name: userName, secret: secretKey });
    const bucketName = bucket.bucket;
    // MinIO takes AWS-style JSON policy documents.
    const policy = new IamPolicy(this, `${idPrefix}-policy`, {
      name: policyName,
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Action: ["s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"],
            Resource: [`arn:aws:s3:::${bucketName}`],
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
            Resource: [`arn:aws:s3:::${bucketName}/*`],
          },
        ],
      }),
    });
    new IamUserPolicyAttachment(this, `${idPrefix}-policy-attachment`, {
      userName: user.name,
      policyName: policy.name,
    });
    return { bucket, user, policy };
  }
}
