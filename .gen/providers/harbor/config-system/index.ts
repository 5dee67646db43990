// https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_system
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ConfigSystemConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_system#id ConfigSystem#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_system#project_creation_restriction ConfigSystem#project_creation_restriction}
  */
  readonly projectCreationRestriction?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_system#read_only ConfigSystem#read_only}
  */
  readonly readOnly?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_system#robot_token_expiration ConfigSystem#robot_token_expiration}
  */
  readonly robotTokenExpiration?: number;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_system harbor_config_system}
*/
export class ConfigSystem extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "harbor_config_system";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ConfigSystem resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ConfigSystem to import
  * @param importFromId The id of the existing ConfigSystem that should be imported. Refer to the {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_system#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ConfigSystem to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "harbor_config_system", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_system harbor_config_system} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ConfigSystemConfig = {}
  */
  public constructor(scope: Construct, id: string, config: ConfigSystemConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'harbor_config_system',
      terraformGeneratorMetadata: {
        providerName: 'harbor',
        providerVersion: '1.4.0',
        providerVersionConstraint: '= 1.4.0'
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
    this._projectCreationRestriction = config.projectCreationRestriction;
    this._readOnly = config.readOnly;
    this._robotTokenExpiration = config.robotTokenExpiration;
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

  // project_creation_restriction - computed: false, optional: true, required: false
  private _projectCreationRestriction?: string; 
  public get projectCreationRestriction() {
    return this.getStringAttribute('project_creation_restriction');
  }
  public set projectCreationRestriction(value: string) {
    this._projectCreationRestriction = value;
  }
  public resetProjectCreationRestriction() {
    this._projectCreationRestriction = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get projectCreationRestrictionInput() {
    return this._projectCreationRestriction;
  }

  // read_only - computed: false, optional: true, required: false
  private _readOnly?: boolean | cdktf.IResolvable; 
  public get readOnly() {
    return this.getBooleanAttribute('read_only');
  }
  public set readOnly(value: boolean | cdktf.IResolvable) {
    this._readOnly = value;
  }
  public resetReadOnly() {
    this._readOnly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readOnlyInput() {
    return this._readOnly;
  }

  // robot_token_expiration - computed: false, optional: true, required: false
  private _robotTokenExpiration?: number; 
  public get robotTokenExpiration() {
    return this.getNumberAttribute('robot_token_expiration');
  }
  public set robotTokenExpiration(value: number) {
    this._robotTokenExpiration = value;
  }
  public resetRobotTokenExpiration() {
    this._robotTokenExpiration = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get robotTokenExpirationInput() {
    return this._robotTokenExpiration;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      project_creation_restriction: cdktf.stringToTerraform(this._projectCreationRestriction),
      read_only: cdktf.booleanToTerraform(this._readOnly),
      robot_token_expiration: cdktf.numberToTerraform(this._robotTokenExpiration),
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
      project_creation_restriction: {
        value: cdktf.stringToHclTerraform(this._projectCreationRestriction),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      read_only: {
        value: cdktf.booleanToHclTerraform(this._readOnly),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      robot_token_expiration: {
        value: cdktf.numberToHclTerraform(this._robotTokenExpiration),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
