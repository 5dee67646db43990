// https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/kms_metrics
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataMinioKmsMetricsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/kms_metrics#id DataMinioKmsMetrics#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/kms_metrics minio_kms_metrics}
*/
export class DataMinioKmsMetrics extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "minio_kms_metrics";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataMinioKmsMetrics resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataMinioKmsMetrics to import
  * @param importFromId The id of the existing DataMinioKmsMetrics that should be imported. Refer to the {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/kms_metrics#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataMinioKmsMetrics to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "minio_kms_metrics", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/kms_metrics minio_kms_metrics} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataMinioKmsMetricsConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataMinioKmsMetricsConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'minio_kms_metrics',
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
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // audit_events - computed: true, optional: false, required: false
  public get auditEvents() {
    return this.getNumberAttribute('audit_events');
  }

  // cpus - computed: true, optional: false, required: false
  public get cpus() {
    return this.getNumberAttribute('cpus');
  }

  // error_events - computed: true, optional: false, required: false
  public get errorEvents() {
    return this.getNumberAttribute('error_events');
  }

  // heap_alloc_bytes - computed: true, optional: false, required: false
  public get heapAllocBytes() {
    return this.getNumberAttribute('heap_alloc_bytes');
  }

  // heap_objects - computed: true, optional: false, required: false
  public get heapObjects() {
    return this.getNumberAttribute('heap_objects');
  }

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

  // request_active - computed: true, optional: false, required: false
  public get requestActive() {
    return this.getNumberAttribute('request_active');
  }

  // request_err - computed: true, optional: false, required: false
  public get requestErr() {
    return this.getNumberAttribute('request_err');
  }

  // request_fail - computed: true, optional: false, required: false
  public get requestFail() {
    return this.getNumberAttribute('request_fail');
  }

  // request_ok - computed: true, optional: false, required: false
  public get requestOk() {
    return this.getNumberAttribute('request_ok');
  }

  // stack_alloc_bytes - computed: true, optional: false, required: false
  public get stackAllocBytes() {
    return this.getNumberAttribute('stack_alloc_bytes');
  }

  // threads - computed: true, optional: false, required: false
  public get threads() {
    return this.getNumberAttribute('threads');
  }

  // uptime_seconds - computed: true, optional: false, required: false
  public get uptimeSeconds() {
    return this.getNumberAttribute('uptime_seconds');
  }

  // usable_cpus - computed: true, optional: false, required: false
  public get usableCpus() {
    return this.getNumberAttribute('usable_cpus');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
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
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
