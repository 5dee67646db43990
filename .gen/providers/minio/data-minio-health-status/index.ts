// https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/health_status
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataMinioHealthStatusConfig extends cdktf.TerraformMetaArguments {
}

/**
* Represents a {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/health_status minio_health_status}
*/
export class DataMinioHealthStatus extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "minio_health_status";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataMinioHealthStatus resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataMinioHealthStatus to import
  * @param importFromId The id of the existing DataMinioHealthStatus that should be imported. Refer to the {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/health_status#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataMinioHealthStatus to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "minio_health_status", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/health_status minio_health_status} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataMinioHealthStatusConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataMinioHealthStatusConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'minio_health_status',
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
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // healthy - computed: true, optional: false, required: false
  public get healthy() {
    return this.getBooleanAttribute('healthy');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // live - computed: true, optional: false, required: false
  public get live() {
    return this.getBooleanAttribute('live');
  }

  // read_quorum - computed: true, optional: false, required: false
  public get readQuorum() {
    return this.getBooleanAttribute('read_quorum');
  }

  // ready - computed: true, optional: false, required: false
  public get ready() {
    return this.getBooleanAttribute('ready');
  }

  // safe_for_maintenance - computed: true, optional: false, required: false
  public get safeForMaintenance() {
    return this.getBooleanAttribute('safe_for_maintenance');
  }

  // write_quorum - computed: true, optional: false, required: false
  public get writeQuorum() {
    return this.getBooleanAttribute('write_quorum');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
    };
    return attrs;
  }
}
