// https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_scanner
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ServerConfigScannerConfig extends cdktf.TerraformMetaArguments {
  /**
  * Time between full scanner cycles (e.g., "1m").
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_scanner#cycle ServerConfigScanner#cycle}
  */
  readonly cycle?: string;
  /**
  * Scanner delay multiplier between operations.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_scanner#delay ServerConfigScanner#delay}
  */
  readonly delay?: string;
  /**
  * Alert threshold for excess folders per prefix.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_scanner#excess_folders ServerConfigScanner#excess_folders}
  */
  readonly excessFolders?: string;
  /**
  * Alert threshold for excess object versions per prefix.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_scanner#excess_versions ServerConfigScanner#excess_versions}
  */
  readonly excessVersions?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_scanner#id ServerConfigScanner#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Maximum wait between scanner cycles (e.g., "15s").
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_scanner#max_wait ServerConfigScanner#max_wait}
  */
  readonly maxWait?: string;
  /**
  * Scanner speed preset: fastest, fast, default, slow, or slowest.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_scanner#speed ServerConfigScanner#speed}
  */
  readonly speed?: string;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_scanner minio_server_config_scanner}
*/
export class ServerConfigScanner extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "minio_server_config_scanner";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ServerConfigScanner resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ServerConfigScanner to import
  * @param importFromId The id of the existing ServerConfigScanner that should be imported. Refer to the {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_scanner#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ServerConfigScanner to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "minio_server_config_scanner", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_scanner minio_server_config_scanner} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ServerConfigScannerConfig = {}
  */
  public constructor(scope: Construct, id: string, config: ServerConfigScannerConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'minio_server_config_scanner',
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
    this._cycle = config.cycle;
    this._delay = config.delay;
    this._excessFolders = config.excessFolders;
    this._excessVersions = config.excessVersions;
    this._id = config.id;
    this._maxWait = config.maxWait;
    this._speed = config.speed;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cycle - computed: true, optional: true, required: false
  private _cycle?: string; 
  public get cycle() {
    return this.getStringAttribute('cycle');
  }
  public set cycle(value: string) {
    this._cycle = value;
  }
  public resetCycle() {
    this._cycle = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cycleInput() {
    return this._cycle;
  }

  // delay - computed: true, optional: true, required: false
  private _delay?: string; 
  public get delay() {
    return this.getStringAttribute('delay');
  }
  public set delay(value: string) {
    this._delay = value;
  }
  public resetDelay() {
    this._delay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get delayInput() {
    return this._delay;
  }

  // excess_folders - computed: true, optional: true, required: false
  private _excessFolders?: string; 
  public get excessFolders() {
    return this.getStringAttribute('excess_folders');
  }
  public set excessFolders(value: string) {
    this._excessFolders = value;
  }
  public resetExcessFolders() {
    this._excessFolders = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excessFoldersInput() {
    return this._excessFolders;
  }

  // excess_versions - computed: true, optional: true, required: false
  private _excessVersions?: string; 
  public get excessVersions() {
    return this.getStringAttribute('excess_versions');
  }
  public set excessVersions(value: string) {
    this._excessVersions = value;
  }
  public resetExcessVersions() {
    this._excessVersions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excessVersionsInput() {
    return this._excessVersions;
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

  // max_wait - computed: true, optional: true, required: false
  private _maxWait?: string; 
  public get maxWait() {
    return this.getStringAttribute('max_wait');
  }
  public set maxWait(value: string) {
    this._maxWait = value;
  }
  public resetMaxWait() {
    this._maxWait = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxWaitInput() {
    return this._maxWait;
  }

  // restart_required - computed: true, optional: false, required: false
  public get restartRequired() {
    return this.getBooleanAttribute('restart_required');
  }

  // speed - computed: true, optional: true, required: false
  private _speed?: string; 
  public get speed() {
    return this.getStringAttribute('speed');
  }
  public set speed(value: string) {
    this._speed = value;
  }
  public resetSpeed() {
    this._speed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get speedInput() {
    return this._speed;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cycle: cdktf.stringToTerraform(this._cycle),
      delay: cdktf.stringToTerraform(this._delay),
      excess_folders: cdktf.stringToTerraform(this._excessFolders),
      excess_versions: cdktf.stringToTerraform(this._excessVersions),
      id: cdktf.stringToTerraform(this._id),
      max_wait: cdktf.stringToTerraform(this._maxWait),
      speed: cdktf.stringToTerraform(this._speed),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cycle: {
        value: cdktf.stringToHclTerraform(this._cycle),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      delay: {
        value: cdktf.stringToHclTerraform(this._delay),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      excess_folders: {
        value: cdktf.stringToHclTerraform(this._excessFolders),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      excess_versions: {
        value: cdktf.stringToHclTerraform(this._excessVersions),
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
      max_wait: {
        value: cdktf.stringToHclTerraform(this._maxWait),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      speed: {
        value: cdktf.stringToHclTerraform(this._speed),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
