// https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/s3_object_legal_hold
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface S3ObjectLegalHoldConfig extends cdktf.TerraformMetaArguments {
  /**
  * Name of the bucket
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/s3_object_legal_hold#bucket S3ObjectLegalHold#bucket}
  */
  readonly bucket: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/s3_object_legal_hold#id S3ObjectLegalHold#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Object key
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/s3_object_legal_hold#key S3ObjectLegalHold#key}
  */
  readonly key: string;
  /**
  * Legal hold status: ON or OFF
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/s3_object_legal_hold#status S3ObjectLegalHold#status}
  */
  readonly status: string;
  /**
  * Version ID of the object
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/s3_object_legal_hold#version_id S3ObjectLegalHold#version_id}
  */
  readonly versionId?: string;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/s3_object_legal_hold minio_s3_object_legal_hold}
*/
export class S3ObjectLegalHold extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "minio_s3_object_legal_hold";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a S3ObjectLegalHold resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the S3ObjectLegalHold to import
  * @param importFromId The id of the existing S3ObjectLegalHold that should be imported. Refer to the {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/s3_object_legal_hold#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the S3ObjectLegalHold to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "minio_s3_object_legal_hold", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/s3_object_legal_hold minio_s3_object_legal_hold} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options S3ObjectLegalHoldConfig
  */
  public constructor(scope: Construct, id: string, config: S3ObjectLegalHoldConfig) {
    super(scope, id, {
      terraformResourceType: 'minio_s3_object_legal_hold',
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
    this._bucket = config.bucket;
    this._id = config.id;
    this._key = config.key;
    this._status = config.status;
    this._versionId = config.versionId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // bucket - computed: false, optional: false, required: true
  private _bucket?: string; 
  public get bucket() {
    return this.getStringAttribute('bucket');
  }
  public set bucket(value: string) {
    this._bucket = value;
  }
  // Temporarily expose input value. Use with caution.
  public get bucketInput() {
    return this._bucket;
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

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // status - computed: false, optional: false, required: true
  private _status?: string; 
  public get status() {
    return this.getStringAttribute('status');
  }
  public set status(value: string) {
    this._status = value;
  }
  // Temporarily expose input value. Use with caution.
  public get statusInput() {
    return this._status;
  }

  // version_id - computed: false, optional: true, required: false
  private _versionId?: string; 
  public get versionId() {
    return this.getStringAttribute('version_id');
  }
  public set versionId(value: string) {
    this._versionId = value;
  }
  public resetVersionId() {
    this._versionId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get versionIdInput() {
    return this._versionId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      bucket: cdktf.stringToTerraform(this._bucket),
      id: cdktf.stringToTerraform(this._id),
      key: cdktf.stringToTerraform(this._key),
      status: cdktf.stringToTerraform(this._status),
      version_id: cdktf.stringToTerraform(this._versionId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      bucket: {
        value: cdktf.stringToHclTerraform(this._bucket),
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
      key: {
        value: cdktf.stringToHclTerraform(this._key),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      status: {
        value: cdktf.stringToHclTerraform(this._status),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      version_id: {
        value: cdktf.stringToHclTerraform(this._versionId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
