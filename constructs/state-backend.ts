import { LocalBackend, S3Backend, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { throwIfInvalid } from "./validation";

/** Name of the variable that carries the state passphrase (`TF_VAR_state_passphrase`). */
export const STATE_PASSPHRASE_VARIABLE = "state_passphrase";

export interface StateBackendProps {
  /** S3 endpoint of the MinIO server that holds state, e.g. `https://minio.support.lab.example.com`. */
  readonly endpoint: string;
  /**
   * Bucket for state. It is created outside OpenTofu, since it holds the state itself.
   * @default "tofu-state"
   */
  readonly bucket?: string;
  /**
   * Region sent to the S3 API; MinIO accepts any.
   * @default "us-east-1"
   */
  readonly region?: string;
  /**
   * Object key of the state.
   * @default "<stack name>/terraform.tfstate"
   */
  readonly key?: string;
  /**
   * `local` keeps state in `.state/<stack>/terraform.tfstate` at the repository root, for the very
   * first apply of a stack whose MinIO does not exist yet; move it with `tofu init -migrate-state`.
   * @default "s3"
   */
  readonly kind?: "s3" | "local";
}

/**
 * Where a stack keeps its state, and how it is protected:
 * - S3 on MinIO with path-style addressing and OpenTofu's native lock file
 *   (`use_lockfile`), credentials only from the standard AWS environment;
 * - OpenTofu state encryption (PBKDF2 key from a passphrase, AES-GCM),
 *   enforced for state and plan files, and used to read other stacks'
 *   encrypted state through `terraform_remote_state`.
 *
 * The passphrase is a sensitive variable without a default, so it only ever
 * comes from the environment (`TF_VAR_state_passphrase`) and never appears
 * in the synthesized JSON.
 */
export class StateBackend extends Construct {
  /** The backend element, as an escape hatch. */
  public readonly backend: S3Backend | LocalBackend;
  /** The passphrase variable. */
  public readonly passphrase: TerraformVariable;
  /** State object key (S3) or file path relative to the stack directory (local). */
  public readonly location: string;

  constructor(scope: Construct, id: string, props: StateBackendProps) {
    super(scope, id);
    const stack = TerraformStack.of(this);
    const stackName = stack.node.id;
    const kind = props.kind ?? "s3";
    const bucket = props.bucket ?? "tofu-state";
    const region = props.region ?? "us-east-1";
    const key = props.key ?? `${stackName}/terraform.tfstate`;

    const problems: string[] = [];
    if (kind === "s3") {
      if (!/^https?:\/\/[^/]+/.test(props.endpoint)) {
        problems.push(`endpoint "${props.endpoint}" is not an http(s) URL — set state.endpoint in the site file`);
      }
      if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
        problems.push(
          `bucket "${bucket}" is not a valid S3 bucket name — use 3–63 lower-case letters, digits, '.' and '-'`,
        );
      }
      if (key.startsWith("/") || key.trim() === "") {
        problems.push(`key "${key}" must be a relative object key such as ${stackName}/terraform.tfstate`);
      }
    }
    throwIfInvalid(this, problems);

    if (kind === "local") {
      // Stacks run in <outdir>/stacks/<stack>; keep state at the repository root so that a new synth,
      // which replaces the output directory, cannot delete it.
      this.location = `../../../.state/${stackName}/terraform.tfstate`;
      this.backend = new LocalBackend(stack, { path: this.location });
    } else {
      this.location = key;
      this.backend = new S3Backend(stack, {
        bucket,
        key,
        region,
        endpoints: { s3: props.endpoint },
        usePathStyle: true,
        // MinIO is not AWS: there is no STS, IMDS or account to look up, and region names are free-form.
        skipCredentialsValidation: true,
        skipRegionValidation: true,
        skipRequestingAccountId: true,
        skipMetadataApiCheck: true,
        skipS3Checksum: true,
      });
      // OpenTofu's lock file next to the state object (https://opentofu.org/docs/language/settings/backends/s3/).
      stack.addOverride("terraform.backend.s3.use_lockfile", true);
    }

    this.passphrase = new TerraformVariable(this, "passphrase", {
      type: "string",
      sensitive: true,
      nullable: false,
      description:
        "Passphrase for OpenTofu state and plan encryption (at least 16 characters). Set TF_VAR_state_passphrase.",
    });
    this.passphrase.overrideLogicalId(STATE_PASSPHRASE_VARIABLE);
    this.passphrase.addValidation({
      condition: `\${length(var.${STATE_PASSPHRASE_VARIABLE}) >= 16}`,
      errorMessage: "state_passphrase must be at least 16 characters (OpenTofu's pbkdf2 key provider requires it).",
    });

    // https://opentofu.org/docs/language/state/encryption/
    // `keys` and `method` take static references. In JSON syntax those are written as bare
    // traversals inside a string, not as "${...}" templates, which OpenTofu rejects there.
    const method = "method.aes_gcm.state";
    stack.addOverride("terraform.encryption", {
      key_provider: { pbkdf2: { state: { passphrase: `\${var.${STATE_PASSPHRASE_VARIABLE}}` } } },
      method: { aes_gcm: { state: { keys: "key_provider.pbkdf2.state" } } },
      state: { method, enforced: true },
      plan: { method, enforced: true },
      // Cross-stack references read the producing stack's state, which is encrypted the same way.
      remote_state_data_sources: { default: { method } },
    });
  }
}
