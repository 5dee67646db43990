// https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/batch_job
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface BatchJobConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/batch_job#id BatchJob#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Batch job type. The provider queries the server's supported types via `GetSupportedBatchJobTypes` at Create time and rejects values the server does not advertise. Typically one of `replicate`, `expire`, `keyrotate`.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/batch_job#job_type BatchJob#job_type}
  */
  readonly jobType: string;
  /**
  * YAML job definition for the batch operation.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/batch_job#job_yaml BatchJob#job_yaml}
  */
  readonly jobYaml: string;
  /**
  * Block during Create until the job reaches this status. Only `completed` is supported; `started` is trivially true and `failed` is treated as an error during the wait.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/batch_job#wait_for_status BatchJob#wait_for_status}
  */
  readonly waitForStatus?: string;
  /**
  * Maximum time in seconds to wait for `wait_for_status`. Defaults to 300.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/batch_job#wait_timeout_seconds BatchJob#wait_timeout_seconds}
  */
  readonly waitTimeoutSeconds?: number;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/batch_job minio_batch_job}
*/
export class BatchJob extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "minio_batch_job";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a BatchJob resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the BatchJob to import
  * @param importFromId The id of the existing BatchJob that should be imported. Refer to the {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/batch_job#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the BatchJob to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "minio_batch_job", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/batch_job minio_batch_job} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options BatchJobConfig
  */
  public constructor(scope: Construct, id: string, config: BatchJobConfig) {
    super(scope, id, {
      terraformResourceType: 'minio_batch_job',
      terraformGeneratorMetadata: {
        providerName: 'minio',
        providerVersion: '3.36.0',
        providerVersionConstraint: '= 3.36.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._id = config.id;
    this._jobType = config.jobType;
    this._jobYaml = config.jobYaml;
    this._waitForStatus = config.waitForStatus;
    this._waitTimeoutSeconds = config.waitTimeoutSeconds;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // job_id - computed: true, optional: false, required: false
  public get jobId() {
    return this.getStringAttribute('job_id');
  }

  // job_type - computed: false, optional: false, required: true
  private _jobType?: string; 
  public get jobType() {
    return this.getStringAttribute('job_type');
  }
  public set jobType(value: string) {
    this._jobType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get jobTypeInput() {
    return this._jobType;
  }

  // job_yaml - computed: false, optional: false, required: true
  private _jobYaml?: string; 
  public get jobYaml() {
    return this.getStringAttribute('job_yaml');
  }
  public set jobYaml(value: string) {
    this._jobYaml = value;
  }
  // Temporarily expose input value. Use with caution.
  public get jobYamlInput() {
    return this._jobYaml;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // wait_for_status - computed: false, optional: true, required: false
  private _waitForStatus?: string; 
  public get waitForStatus() {
    return this.getStringAttribute('wait_for_status');
  }
  public set waitForStatus(value: string) {
    this._waitForStatus = value;
  }
  public resetWaitForStatus() {
    this._waitForStatus = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get waitForStatusInput() {
    return this._waitForStatus;
  }

  // wait_timeout_seconds - computed: false, optional: true, required: false
  private _waitTimeoutSeconds?: number; 
  public get waitTimeoutSeconds() {
    return this.getNumberAttribute('wait_timeout_seconds');
  }
  public set waitTimeoutSeconds(value: number) {
    this._waitTimeoutSeconds = value;
  }
  public resetWaitTimeoutSeconds() {
    this._waitTimeoutSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get waitTimeoutSecondsInput() {
    return this._waitTimeoutSeconds;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      job_type: cdktf.stringToTerraform(this._jobType),
      job_yaml: cdktf.stringToTerraform(this._jobYaml),
      wait_for_status: cdktf.stringToTerraform(this._waitForStatus),
      wait_timeout_seconds: cdktf.numberToTerraform(this._waitTimeoutSeconds),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      job_type: {
        value: cdktf.stringToHclTerraform(this._jobType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      job_yaml: {
        value: cdktf.stringToHclTerraform(this._jobYaml),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      wait_for_status: {
        value: cdktf.stringToHclTerraform(this._waitForStatus),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      wait_timeout_seconds: {
        value: cdktf.numberToHclTerraform(this._waitTimeoutSeconds),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
