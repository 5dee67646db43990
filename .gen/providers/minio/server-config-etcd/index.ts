// https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_etcd
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ServerConfigEtcdConfig extends cdktf.TerraformMetaArguments {
  /**
  * Path to client TLS certificate for etcd mTLS.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_etcd#client_cert ServerConfigEtcd#client_cert}
  */
  readonly clientCert?: string;
  /**
  * Path to client TLS private key for etcd mTLS.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_etcd#client_cert_key ServerConfigEtcd#client_cert_key}
  */
  readonly clientCertKey?: string;
  /**
  * Optional comment for the etcd configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_etcd#comment ServerConfigEtcd#comment}
  */
  readonly comment?: string;
  /**
  * CoreDNS path for bucket DNS registration (default: "/skydns").
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_etcd#coredns_path ServerConfigEtcd#coredns_path}
  */
  readonly corednsPath?: string;
  /**
  * Comma-separated list of etcd endpoint URLs (e.g., "http://etcd1:2379,http://etcd2:2379").
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_etcd#endpoints ServerConfigEtcd#endpoints}
  */
  readonly endpoints: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_etcd#id ServerConfigEtcd#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Key prefix for MinIO data in etcd. Enables tenant isolation when set.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_etcd#path_prefix ServerConfigEtcd#path_prefix}
  */
  readonly pathPrefix?: string;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_etcd minio_server_config_etcd}
*/
export class ServerConfigEtcd extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "minio_server_config_etcd";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ServerConfigEtcd resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ServerConfigEtcd to import
  * @param importFromId The id of the existing ServerConfigEtcd that should be imported. Refer to the {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_etcd#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ServerConfigEtcd to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "minio_server_config_etcd", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_etcd minio_server_config_etcd} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ServerConfigEtcdConfig
  */
  public constructor(scope: Construct, id: string, config: ServerConfigEtcdConfig) {
    super(scope, id, {
      terraformResourceType: 'minio_server_config_etcd',
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
    this._clientCert = config.clientCert;
    this._clientCertKey = config.clientCertKey;
    this._comment = config.comment;
    this._corednsPath = config.corednsPath;
    this._endpoints = config.endpoints;
    this._id = config.id;
    this._pathPrefix = config.pathPrefix;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // client_cert - computed: false, optional: true, required: false
  private _clientCert?: string; 
  public get clientCert() {
    return this.getStringAttribute('client_cert');
  }
  public set clientCert(value: string) {
    this._clientCert = value;
  }
  public resetClientCert() {
    this._clientCert = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientCertInput() {
    return this._clientCert;
  }

  // client_cert_key - computed: false, optional: true, required: false
  private _clientCertKey?: string; 
  public get clientCertKey() {
    return this.getStringAttribute('client_cert_key');
  }
  public set clientCertKey(value: string) {
    this._clientCertKey = value;
  }
  public resetClientCertKey() {
    this._clientCertKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientCertKeyInput() {
    return this._clientCertKey;
  }

  // comment - computed: true, optional: true, required: false
  private _comment?: string; 
  public get comment() {
    return this.getStringAttribute('comment');
  }
  public set comment(value: string) {
    this._comment = value;
  }
  public resetComment() {
    this._comment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commentInput() {
    return this._comment;
  }

  // coredns_path - computed: true, optional: true, required: false
  private _corednsPath?: string; 
  public get corednsPath() {
    return this.getStringAttribute('coredns_path');
  }
  public set corednsPath(value: string) {
    this._corednsPath = value;
  }
  public resetCorednsPath() {
    this._corednsPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get corednsPathInput() {
    return this._corednsPath;
  }

  // endpoints - computed: false, optional: false, required: true
  private _endpoints?: string; 
  public get endpoints() {
    return this.getStringAttribute('endpoints');
  }
  public set endpoints(value: string) {
    this._endpoints = value;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointsInput() {
    return this._endpoints;
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

  // path_prefix - computed: true, optional: true, required: false
  private _pathPrefix?: string; 
  public get pathPrefix() {
    return this.getStringAttribute('path_prefix');
  }
  public set pathPrefix(value: string) {
    this._pathPrefix = value;
  }
  public resetPathPrefix() {
    this._pathPrefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pathPrefixInput() {
    return this._pathPrefix;
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
      client_cert: cdktf.stringToTerraform(this._clientCert),
      client_cert_key: cdktf.stringToTerraform(this._clientCertKey),
      comment: cdktf.stringToTerraform(this._comment),
      coredns_path: cdktf.stringToTerraform(this._corednsPath),
      endpoints: cdktf.stringToTerraform(this._endpoints),
      id: cdktf.stringToTerraform(this._id),
      path_prefix: cdktf.stringToTerraform(this._pathPrefix),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      client_cert: {
        value: cdktf.stringToHclTerraform(this._clientCert),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_cert_key: {
        value: cdktf.stringToHclTerraform(this._clientCertKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      comment: {
        value: cdktf.stringToHclTerraform(this._comment),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      coredns_path: {
        value: cdktf.stringToHclTerraform(this._corednsPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      endpoints: {
        value: cdktf.stringToHclTerraform(this._endpoints),
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
      path_prefix: {
        value: cdktf.stringToHclTerraform(this._pathPrefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
