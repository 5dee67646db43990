import { App, TerraformStack, Testing } from "cdktf";
import { ConstructValidationError, describeConstructError, StateBackend, StateBackendProps } from "../../constructs";

function synth(props: StateBackendProps, stackName = "kss"): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, stackName);
  new StateBackend(stack, "state", props);
  return JSON.parse(Testing.synth(stack));
}

const endpoint = "https://minio.support.lab.example.com";

describe("StateBackend", () => {
  test("keeps state in MinIO under <stack>/terraform.tfstate with path-style addressing", () => {
    const { terraform } = synth({ endpoint });
    expect(terraform.backend.s3).toMatchObject({
      bucket: "tofu-state",
      key: "kss/terraform.tfstate",
      endpoints: { s3: endpoint },
      use_path_style: true,
      skip_credentials_validation: true,
      skip_requesting_account_id: true,
    });
  });

  test("locks with OpenTofu's lock file", () => {
    expect(synth({ endpoint }).terraform.backend.s3.use_lockfile).toBe(true);
  });

  test("takes no credentials: they come from the environment", () => {
    const s3 = synth({ endpoint }).terraform.backend.s3;
    for (const key of ["access_key", "secret_key", "token", "profile", "shared_credentials_files"]) {
      expect(s3).not.toHaveProperty(key);
    }
  });

  test("enforces encryption of state and plan, and reads other stacks' state encrypted", () => {
    const { encryption } = synth({ endpoint }).terraform;
    expect(encryption.key_provider.pbkdf2.state.passphrase).toBe("${var.state_passphrase}");
    expect(encryption.method.aes_gcm.state.keys).toBe("key_provider.pbkdf2.state");
    expect(encryption.state).toEqual({ method: "method.aes_gcm.state", enforced: true });
    expect(encryption.plan).toEqual({ method: "method.aes_gcm.state", enforced: true });
    expect(encryption.remote_state_data_sources.default.method).toBe("method.aes_gcm.state");
  });

  test("the passphrase is a sensitive variable with no default", () => {
    const variable = synth({ endpoint }).variable.state_passphrase;
    expect(variable.sensitive).toBe(true);
    expect(variable).not.toHaveProperty("default");
    expect(variable.validation[0].condition).toContain("length(var.state_passphrase) >= 16");
  });

  test("a local backend for the first apply keeps state outside the output directory", () => {
    const { terraform } = synth({ endpoint, kind: "local" }, "base");
    expect(terraform.backend).toEqual({ local: { path: "../../../.state/base/terraform.tfstate" } });
    expect(terraform.encryption.state.enforced).toBe(true);
  });

  test("rejects an endpoint that is not a URL", () => {
    expect(() => synth({ endpoint: "minio:9000" })).toThrow(
      /StateBackend "kss\/state": endpoint "minio:9000" is not an http\(s\) URL/,
    );
  });

  test("rejects an invalid bucket name", () => {
    expect(() => synth({ endpoint, bucket: "Tofu_State" })).toThrow(
      /bucket "Tofu_State" is not a valid S3 bucket name/,
    );
  });

  test("rejects an absolute key", () => {
    expect(() => synth({ endpoint, key: "/kss.tfstate" })).toThrow(
      /key "\/kss\.tfstate" must be a relative object key/,
    );
  });

  test("works in any stack of an app", () => {
    const app = new App({ outdir: Testing.app().outdir });
    const stack = new TerraformStack(app, "kcs");
    const state = new StateBackend(stack, "state", { endpoint });
    expect(state.location).toBe("kcs/terraform.tfstate");
  });
});

describe("construct validation", () => {
  test("names the construct by its path and raises the error the app prints as a model error", () => {
    let caught: unknown;
    try {
      synth({ endpoint: "minio:9000", bucket: "A" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConstructValidationError);
    const error = caught as ConstructValidationError;
    expect(error.constructPath).toBe("kss/state");
    expect(error.kind).toBe("StateBackend");
    expect(error.problems).toHaveLength(2);
    expect(describeConstructError(error)).toMatch(
      /^The homelab model has 2 problems \(found by StateBackend at kss\/state\):\n  - endpoint "minio:9000" is not an http\(s\) URL.*\n  - bucket "A" is not a valid S3 bucket name/,
    );
  });
});
