// https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_email
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ConfigEmailConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_email#email_from ConfigEmail#email_from}
  */
  readonly emailFrom: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_email#email_host ConfigEmail#email_host}
  */
  readonly emailHost: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_email#email_insecure ConfigEmail#email_insecure}
  */
  readonly emailInsecure?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_email#email_password ConfigEmail#email_password}
  */
  readonly emailPassword?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_email#email_port ConfigEmail#email_port}
  */
  readonly emailPort?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_email#email_ssl ConfigEmail#email_ssl}
  */
  readonly emailSsl?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_email#email_username ConfigEmail#email_username}
  */
  readonly emailUsername?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_email#id ConfigEmail#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_email harbor_config_email}
*/
export class ConfigEmail extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "harbor_config_email";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ConfigEmail resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ConfigEmail to import
  * @param importFromId The id of the existing ConfigEmail that should be imported. Refer to the {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_email#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ConfigEmail to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "harbor_config_email", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/goharbor/harbor/1.4.0/docs/resources/config_email harbor_config_email} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ConfigEmailConfig
  */
  public constructor(scope: Construct, id: string, config: ConfigEmailConfig) {
    super(scope, id, {
      terraformResourceType: 'harbor_config_email',
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
    this._emailFrom = config.emailFrom;
    this._emailHost = config.emailHost;
    this._emailInsecure = config.emailInsecure;
    this._emailPassword = config.emailPassword;
    this._emailPort = config.emailPort;
    this._emailSsl = config.emailSsl;
    this._emailUsername = config.emailUsername;
    this._id = config.id;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // email_from - computed: false, optional: false, required: true
  private _emailFrom?: string; 
  public get emailFrom() {
    return this.getStringAttribute('email_from');
  }
  public set emailFrom(value: string) {
    this._emailFrom = value;
  }
  // Temporarily expose input value. Use with caution.
  public get emailFromInput() {
    return this._emailFrom;
  }

  // email_host - computed: false, optional: false, required: true
  private _emailHost?: string; 
  public get emailHost() {
    return this.getStringAttribute('email_host');
  }
  public set emailHost(value: string) {
    this._emailHost = value;
  }
  // Temporarily expose input value. Use with caution.
  public get emailHostInput() {
    return this._emailHost;
  }

  // email_insecure - computed: false, optional: true, required: false
  private _emailInsecure?: boolean | cdktf.IResolvable; 
  public get emailInsecure() {
    return this.getBooleanAttribute('email_insecure');
  }
  public set emailInsecure(value: boolean | cdktf.IResolvable) {
    this._emailInsecure = value;
  }
  public resetEmailInsecure() {
    this._emailInsecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailInsecureInput() {
    return this._emailInsecure;
  }

  // email_password - computed: false, optional: true, required: false
  private _emailPassword?: string; 
  public get emailPassword() {
    return this.getStringAttribute('email_password');
  }
  public set emailPassword(value: string) {
    this._emailPassword = value;
  }
  public resetEmailPassword() {
    this._emailPassword = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailPasswordInput() {
    return this._emailPassword;
  }

  // email_port - computed: false, optional: true, required: false
  private _emailPort?: number; 
  public get emailPort() {
    return this.getNumberAttribute('email_port');
  }
  public set emailPort(value: number) {
    this._emailPort = value;
  }
  public resetEmailPort() {
    this._emailPort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailPortInput() {
    return this._emailPort;
  }

  // email_ssl - computed: false, optional: true, required: false
  private _emailSsl?: boolean | cdktf.IResolvable; 
  public get emailSsl() {
    return this.getBooleanAttribute('email_ssl');
  }
  public set emailSsl(value: boolean | cdktf.IResolvable) {
    this._emailSsl = value;
  }
  public resetEmailSsl() {
    this._emailSsl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailSslInput() {
    return this._emailSsl;
  }

  // email_username - computed: false, optional: true, required: false
  private _emailUsername?: string; 
  public get emailUsername() {
    return this.getStringAttribute('email_username');
  }
  public set emailUsername(value: string) {
    this._emailUsername = value;
  }
  public resetEmailUsername() {
    this._emailUsername = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailUsernameInput() {
    return this._emailUsername;
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      email_from: cdktf.stringToTerraform(this._emailFrom),
      email_host: cdktf.stringToTerraform(this._emailHost),
      email_insecure: cdktf.booleanToTerraform(this._emailInsecure),
      email_password: cdktf.stringToTerraform(this._emailPassword),
      email_port: cdktf.numberToTerraform(this._emailPort),
      email_ssl: cdktf.booleanToTerraform(this._emailSsl),
      email_username: cdktf.stringToTerraform(this._emailUsername),
      id: cdktf.stringToTerraform(this._id),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      email_from: {
        value: cdktf.stringToHclTerraform(this._emailFrom),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      email_host: {
        value: cdktf.stringToHclTerraform(this._emailHost),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      email_insecure: {
        value: cdktf.booleanToHclTerraform(this._emailInsecure),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      email_password: {
        value: cdktf.stringToHclTerraform(this._emailPassword),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      email_port: {
        value: cdktf.numberToHclTerraform(this._emailPort),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      email_ssl: {
        value: cdktf.booleanToHclTerraform(this._emailSsl),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      email_username: {
        value: cdktf.stringToHclTerraform(this._emailUsername),
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
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
