// https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_import
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface IamImportConfig extends cdktf.TerraformMetaArguments {
  /**
  * Base64-encoded zip archive produced by `data.minio_iam_export.iam_data`. Re-import is skipped when the decoded payload's SHA-256 matches the previously applied one.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_import#iam_data IamImport#iam_data}
  */
  readonly iamData: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_import#id IamImport#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_import minio_iam_import}
*/
export class IamImport extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "minio_iam_import";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a IamImport resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IamImport to import
  * @param importFromId The id of the existing IamImport that should be imported. Refer to the {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_import#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IamImport to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "minio_iam_import", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_import minio_iam_import} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IamImportConfig
  */
  public constructor(scope: Construct, id: string, config: IamImportConfig) {
    super(scope, id, {
      terraformResourceType: 'minio_iam_import',
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
    this._iamData = config.iamData;
    this._id = config.id;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // added_groups - computed: true, optional: false, required: false
  public get addedGroups() {
    return this.getNumberAttribute('added_groups');
  }

  // added_policies - computed: true, optional: false, required: false
  public get addedPolicies() {
    return this.getNumberAttribute('added_policies');
  }

  // added_service_accounts - computed: true, optional: false, required: false
  public get addedServiceAccounts() {
    return this.getNumberAttribute('added_service_accounts');
  }

  // added_users - computed: true, optional: false, required: false
  public get addedUsers() {
    return this.getNumberAttribute('added_users');
  }

  // failed_groups - computed: true, optional: false, required: false
  public get failedGroups() {
    return this.getNumberAttribute('failed_groups');
  }

  // failed_policies - computed: true, optional: false, required: false
  public get failedPolicies() {
    return this.getNumberAttribute('failed_policies');
  }

  // failed_service_accounts - computed: true, optional: false, required: false
  public get failedServiceAccounts() {
    return this.getNumberAttribute('failed_service_accounts');
  }

  // failed_users - computed: true, optional: false, required: false
  public get failedUsers() {
    return this.getNumberAttribute('failed_users');
  }

  // iam_data - computed: false, optional: false, required: true
  private _iamData?: string; 
  public get iamData() {
    return this.getStringAttribute('iam_data');
  }
  public set iamData(value: string) {
    this._iamData = value;
  }
  // Temporarily expose input value. Use with caution.
  public get iamDataInput() {
    return this._iamData;
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

  // removed_groups - computed: true, optional: false, required: false
  public get removedGroups() {
    return this.getNumberAttribute('removed_groups');
  }

  // removed_policies - computed: true, optional: false, required: false
  public get removedPolicies() {
    return this.getNumberAttribute('removed_policies');
  }

  // removed_service_accounts - computed: true, optional: false, required: false
  public get removedServiceAccounts() {
    return this.getNumberAttribute('removed_service_accounts');
  }

  // removed_users - computed: true, optional: false, required: false
  public get removedUsers() {
    return this.getNumberAttribute('removed_users');
  }

  // sha256 - computed: true, optional: false, required: false
  public get sha256() {
    return this.getStringAttribute('sha256');
  }

  // skipped_groups - computed: true, optional: false, required: false
  public get skippedGroups() {
    return this.getNumberAttribute('skipped_groups');
  }

  // skipped_policies - computed: true, optional: false, required: false
  public get skippedPolicies() {
    return this.getNumberAttribute('skipped_policies');
  }

  // skipped_service_accounts - computed: true, optional: false, required: false
  public get skippedServiceAccounts() {
    return this.getNumberAttribute('skipped_service_accounts');
  }

  // skipped_users - computed: true, optional: false, required: false
  public get skippedUsers() {
    return this.getNumberAttribute('skipped_users');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      iam_data: cdktf.stringToTerraform(this._iamData),
      id: cdktf.stringToTerraform(this._id),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      iam_data: {
        value: cdktf.stringToHclTerraform(this._iamData),
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
