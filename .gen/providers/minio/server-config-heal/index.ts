// https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_heal
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ServerConfigHealConfig extends cdktf.TerraformMetaArguments {
  /**
  * Bitrot scan mode: "on", "off", or cycle duration (e.g., "12m" for monthly).
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_heal#bitrotscan ServerConfigHeal#bitrotscan}
  */
  readonly bitrotscan?: string;
  /**
  * Number of workers per drive for healing. Empty for auto (1/4 CPU cores).
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_heal#drive_workers ServerConfigHeal#drive_workers}
  */
  readonly driveWorkers?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_heal#id ServerConfigHeal#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Maximum concurrent I/O operations for healing.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_heal#max_io ServerConfigHeal#max_io}
  */
  readonly maxIo?: string;
  /**
  * Maximum sleep between heal operations (e.g., "250ms").
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_heal#max_sleep ServerConfigHeal#max_sleep}
  */
  readonly maxSleep?: string;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_heal minio_server_config_heal}
*/
export class ServerConfigHeal extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "minio_server_config_heal";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ServerConfigHeal resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ServerConfigHeal to import
  * @param importFromId The id of the existing ServerConfigHeal that should be imported. Refer to the {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_heal#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ServerConfigHeal to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "minio_server_config_heal", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_heal minio_server_config_heal} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ServerConfigHealConfig = {}
  */
  public constructor(scope: Construct, id: string, config: ServerConfigHealConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'minio_server_config_heal',
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
    this._bitrotscan = config.bitrotscan;
    this._driveWorkers = config.driveWorkers;
    this._id = config.id;
    this._maxIo = config.maxIo;
    this._maxSleep = config.maxSleep;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // bitrotscan - computed: true, optional: true, required: false
  private _bitrotscan?: string; 
  public get bitrotscan() {
    return this.getStringAttribute('bitrotscan');
  }
  public set bitrotscan(value: string) {
    this._bitrotscan = value;
  }
  public resetBitrotscan() {
    this._bitrotscan = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bitrotscanInput() {
    return this._bitrotscan;
  }

  // drive_workers - computed: true, optional: true, required: false
  private _driveWorkers?: string; 
  public get driveWorkers() {
    return this.getStringAttribute('drive_workers');
  }
  public set driveWorkers(value: string) {
    this._driveWorkers = value;
  }
  public resetDriveWorkers() {
    this._driveWorkers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get driveWorkersInput() {
    return this._driveWorkers;
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

  // max_io - computed: true, optional: true, required: false
  private _maxIo?: string; 
  public get maxIo() {
    return this.getStringAttribute('max_io');
  }
  public set maxIo(value: string) {
    this._maxIo = value;
  }
  public resetMaxIo() {
    this._maxIo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxIoInput() {
    return this._maxIo;
  }

  // max_sleep - computed: true, optional: true, required: false
  private _maxSleep?: string; 
  public get maxSleep() {
    return this.getStringAttribute('max_sleep');
  }
  public set maxSleep(value: string) {
    this._maxSleep = value;
  }
  public resetMaxSleep() {
    this._maxSleep = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxSleepInput() {
    return this._maxSleep;
  }

  // restart_required - computed: true, optional: false, required: false
  public get restartRequired() {
    return this.getBooleanAttribute('restart_required');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      bitrotscan: cdktf.stringToTerraform(this._bitrotscan),
      drive_workers: cdktf.stringToTerraform(this._driveWorkers),
      id: cdktf.stringToTerraform(this._id),
      max_io: cdktf.stringToTerraform(this._maxIo),
      max_sleep: cdktf.stringToTerraform(this._maxSleep),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      bitrotscan: {
        value: cdktf.stringToHclTerraform(this._bitrotscan),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      drive_workers: {
        value: cdktf.stringToHclTerraform(this._driveWorkers),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      max_io: {
        value: cdktf.stringToHclTerraform(this._maxIo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      max_sleep: {
        value: cdktf.stringToHclTerraform(this._maxSleep),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
