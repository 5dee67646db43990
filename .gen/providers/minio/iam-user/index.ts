// https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_user
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface IamUserConfig extends cdktf.TerraformMetaArguments {
  /**
  * Disable user
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_user#disable_user IamUser#disable_user}
  */
  readonly disableUser?: boolean | cdktf.IResolvable;
  /**
  * Delete user even if it has non-Terraform-managed IAM access keys
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_user#force_destroy IamUser#force_destroy}
  */
  readonly forceDestroy?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_user#id IamUser#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Name of the user
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_user#name IamUser#name}
  */
  readonly name: string;
  /**
  * Secret key for the IAM user.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_user#secret IamUser#secret}
  */
  readonly secret?: string;
  /**
  * Write-only secret key for the IAM user.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_user#secret_wo IamUser#secret_wo}
  */
  readonly secretWo?: string;
  /**
  * Version identifier for secret_wo. Change this value to trigger rotation when using secret_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_user#secret_wo_version IamUser#secret_wo_version}
  */
  readonly secretWoVersion?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_user#tags IamUser#tags}
  */
  readonly tags?: { [key: string]: string };
  /**
  * Rotate Minio User Secret Key
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_user#update_secret IamUser#update_secret}
  */
  readonly updateSecret?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_user minio_iam_user}
*/
export class IamUser extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "minio_iam_user";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a IamUser resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IamUser to import
  * @param importFromId The id of the existing IamUser that should be imported. Refer to the {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_user#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IamUser to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "minio_iam_user", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_user minio_iam_user} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IamUserConfig
  */
  public constructor(scope: Construct, id: string, config: IamUserConfig) {
    super(scope, id, {
      terraformResourceType: 'minio_iam_user',
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
    this._disableUser = config.disableUser;
    this._forceDestroy = config.forceDestroy;
    this._id = config.id;
    this._name = config.name;
    this._secret = config.secret;
    this._secretWo = config.secretWo;
    this._secretWoVersion = config.secretWoVersion;
    this._tags = config.tags;
    this._updateSecret = config.updateSecret;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // disable_user - computed: false, optional: true, required: false
  private _disableUser?: boolean | cdktf.IResolvable; 
  public get disableUser() {
    return this.getBooleanAttribute('disable_user');
  }
  public set disableUser(value: boolean | cdktf.IResolvable) {
    this._disableUser = value;
  }
  public resetDisableUser() {
    this._disableUser = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disableUserInput() {
    return this._disableUser;
  }

  // force_destroy - computed: false, optional: true, required: false
  private _forceDestroy?: boolean | cdktf.IResolvable; 
  public get forceDestroy() {
    return this.getBooleanAttribute('force_destroy');
  }
  public set forceDestroy(value: boolean | cdktf.IResolvable) {
    this._forceDestroy = value;
  }
  public resetForceDestroy() {
    this._forceDestroy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceDestroyInput() {
    return this._forceDestroy;
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

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // secret - computed: true, optional: true, required: false
  private _secret?: string; 
  public get secret() {
    return this.getStringAttribute('secret');
  }
  public set secret(value: string) {
    this._secret = value;
  }
  public resetSecret() {
    this._secret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretInput() {
    return this._secret;
  }

  // secret_wo - computed: false, optional: true, required: false
  private _secretWo?: string; 
  public get secretWo() {
    return this.getStringAttribute('secret_wo');
  }
  public set secretWo(value: string) {
    this._secretWo = value;
  }
  public resetSecretWo() {
    this._secretWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretWoInput() {
    return this._secretWo;
  }

  // secret_wo_version - computed: false, optional: true, required: false
  private _secretWoVersion?: number; 
  public get secretWoVersion() {
    return this.getNumberAttribute('secret_wo_version');
  }
  public set secretWoVersion(value: number) {
    this._secretWoVersion = value;
  }
  public resetSecretWoVersion() {
    this._secretWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretWoVersionInput() {
    return this._secretWoVersion;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: { [key: string]: string }; 
  public get tags() {
    return this.getStringMapAttribute('tags');
  }
  public set tags(value: { [key: string]: string }) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // update_secret - computed: false, optional: true, required: false
  private _updateSecret?: boolean | cdktf.IResolvable; 
  public get updateSecret() {
    return this.getBooleanAttribute('update_secret');
  }
  public set updateSecret(value: boolean | cdktf.IResolvable) {
    this._updateSecret = value;
  }
  public resetUpdateSecret() {
    this._updateSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateSecretInput() {
    return this._updateSecret;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      disable_user: cdktf.booleanToTerraform(this._disableUser),
      force_destroy: cdktf.booleanToTerraform(this._forceDestroy),
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      secret: cdktf.stringToTerraform(this._secret),
      secret_wo: cdktf.stringToTerraform(this._secretWo),
      secret_wo_version: cdktf.numberToTerraform(this._secretWoVersion),
      tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._tags),
      update_secret: cdktf.booleanToTerraform(this._updateSecret),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      disable_user: {
        value: cdktf.booleanToHclTerraform(this._disableUser),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      force_destroy: {
        value: cdktf.booleanToHclTerraform(this._forceDestroy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      secret: {
        value: cdktf.stringToHclTerraform(this._secret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      secret_wo: {
        value: cdktf.stringToHclTerraform(this._secretWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      secret_wo_version: {
        value: cdktf.numberToHclTerraform(this._secretWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      tags: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._tags),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      update_secret: {
        value: cdktf.booleanToHclTerraform(this._updateSecret),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
