// https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface IamIdpLdapConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether this LDAP configuration is enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap#enable IamIdpLdap#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Base DN for searching group entries (e.g., 'ou=groups,dc=example,dc=com').
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap#group_search_base_dn IamIdpLdap#group_search_base_dn}
  */
  readonly groupSearchBaseDn?: string;
  /**
  * LDAP filter for group membership lookup (e.g., '(&(objectclass=groupOfNames)(member=%d))').
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap#group_search_filter IamIdpLdap#group_search_filter}
  */
  readonly groupSearchFilter?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap#id IamIdpLdap#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Distinguished name used to bind to the LDAP server for user/group lookups (e.g., 'cn=admin,dc=example,dc=com').
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap#lookup_bind_dn IamIdpLdap#lookup_bind_dn}
  */
  readonly lookupBindDn?: string;
  /**
  * Password for the lookup bind DN. MinIO does not return this value on read; Terraform keeps the value from your configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap#lookup_bind_password IamIdpLdap#lookup_bind_password}
  */
  readonly lookupBindPassword?: string;
  /**
  * LDAP server address in host:port format (e.g., 'ldap.example.com:389').
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap#server_addr IamIdpLdap#server_addr}
  */
  readonly serverAddr: string;
  /**
  * Allow plain (non-TLS) LDAP connections. Not recommended for production.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap#server_insecure IamIdpLdap#server_insecure}
  */
  readonly serverInsecure?: boolean | cdktf.IResolvable;
  /**
  * Use STARTTLS to upgrade a plain LDAP connection to TLS.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap#starttls IamIdpLdap#starttls}
  */
  readonly starttls?: boolean | cdktf.IResolvable;
  /**
  * Disable TLS certificate verification. Not recommended for production.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap#tls_skip_verify IamIdpLdap#tls_skip_verify}
  */
  readonly tlsSkipVerify?: boolean | cdktf.IResolvable;
  /**
  * Base DN for searching user entries (e.g., 'ou=users,dc=example,dc=com').
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap#user_dn_search_base_dn IamIdpLdap#user_dn_search_base_dn}
  */
  readonly userDnSearchBaseDn?: string;
  /**
  * LDAP filter to locate a user by username (e.g., '(uid=%s)').
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap#user_dn_search_filter IamIdpLdap#user_dn_search_filter}
  */
  readonly userDnSearchFilter?: string;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap minio_iam_idp_ldap}
*/
export class IamIdpLdap extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "minio_iam_idp_ldap";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a IamIdpLdap resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IamIdpLdap to import
  * @param importFromId The id of the existing IamIdpLdap that should be imported. Refer to the {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IamIdpLdap to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "minio_iam_idp_ldap", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/iam_idp_ldap minio_iam_idp_ldap} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IamIdpLdapConfig
  */
  public constructor(scope: Construct, id: string, config: IamIdpLdapConfig) {
    super(scope, id, {
      terraformResourceType: 'minio_iam_idp_ldap',
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
    this._enable = config.enable;
    this._groupSearchBaseDn = config.groupSearchBaseDn;
    this._groupSearchFilter = config.groupSearchFilter;
    this._id = config.id;
    this._lookupBindDn = config.lookupBindDn;
    this._lookupBindPassword = config.lookupBindPassword;
    this._serverAddr = config.serverAddr;
    this._serverInsecure = config.serverInsecure;
    this._starttls = config.starttls;
    this._tlsSkipVerify = config.tlsSkipVerify;
    this._userDnSearchBaseDn = config.userDnSearchBaseDn;
    this._userDnSearchFilter = config.userDnSearchFilter;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // enable - computed: false, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // group_search_base_dn - computed: false, optional: true, required: false
  private _groupSearchBaseDn?: string; 
  public get groupSearchBaseDn() {
    return this.getStringAttribute('group_search_base_dn');
  }
  public set groupSearchBaseDn(value: string) {
    this._groupSearchBaseDn = value;
  }
  public resetGroupSearchBaseDn() {
    this._groupSearchBaseDn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupSearchBaseDnInput() {
    return this._groupSearchBaseDn;
  }

  // group_search_filter - computed: false, optional: true, required: false
  private _groupSearchFilter?: string; 
  public get groupSearchFilter() {
    return this.getStringAttribute('group_search_filter');
  }
  public set groupSearchFilter(value: string) {
    this._groupSearchFilter = value;
  }
  public resetGroupSearchFilter() {
    this._groupSearchFilter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupSearchFilterInput() {
    return this._groupSearchFilter;
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

  // lookup_bind_dn - computed: false, optional: true, required: false
  private _lookupBindDn?: string; 
  public get lookupBindDn() {
    return this.getStringAttribute('lookup_bind_dn');
  }
  public set lookupBindDn(value: string) {
    this._lookupBindDn = value;
  }
  public resetLookupBindDn() {
    this._lookupBindDn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lookupBindDnInput() {
    return this._lookupBindDn;
  }

  // lookup_bind_password - computed: false, optional: true, required: false
  private _lookupBindPassword?: string; 
  public get lookupBindPassword() {
    return this.getStringAttribute('lookup_bind_password');
  }
  public set lookupBindPassword(value: string) {
    this._lookupBindPassword = value;
  }
  public resetLookupBindPassword() {
    this._lookupBindPassword = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lookupBindPasswordInput() {
    return this._lookupBindPassword;
  }

  // restart_required - computed: true, optional: false, required: false
  public get restartRequired() {
    return this.getBooleanAttribute('restart_required');
  }

  // server_addr - computed: false, optional: false, required: true
  private _serverAddr?: string; 
  public get serverAddr() {
    return this.getStringAttribute('server_addr');
  }
  public set serverAddr(value: string) {
    this._serverAddr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serverAddrInput() {
    return this._serverAddr;
  }

  // server_insecure - computed: false, optional: true, required: false
  private _serverInsecure?: boolean | cdktf.IResolvable; 
  public get serverInsecure() {
    return this.getBooleanAttribute('server_insecure');
  }
  public set serverInsecure(value: boolean | cdktf.IResolvable) {
    this._serverInsecure = value;
  }
  public resetServerInsecure() {
    this._serverInsecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverInsecureInput() {
    return this._serverInsecure;
  }

  // starttls - computed: false, optional: true, required: false
  private _starttls?: boolean | cdktf.IResolvable; 
  public get starttls() {
    return this.getBooleanAttribute('starttls');
  }
  public set starttls(value: boolean | cdktf.IResolvable) {
    this._starttls = value;
  }
  public resetStarttls() {
    this._starttls = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get starttlsInput() {
    return this._starttls;
  }

  // tls_skip_verify - computed: false, optional: true, required: false
  private _tlsSkipVerify?: boolean | cdktf.IResolvable; 
  public get tlsSkipVerify() {
    return this.getBooleanAttribute('tls_skip_verify');
  }
  public set tlsSkipVerify(value: boolean | cdktf.IResolvable) {
    this._tlsSkipVerify = value;
  }
  public resetTlsSkipVerify() {
    this._tlsSkipVerify = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsSkipVerifyInput() {
    return this._tlsSkipVerify;
  }

  // user_dn_search_base_dn - computed: false, optional: true, required: false
  private _userDnSearchBaseDn?: string; 
  public get userDnSearchBaseDn() {
    return this.getStringAttribute('user_dn_search_base_dn');
  }
  public set userDnSearchBaseDn(value: string) {
    this._userDnSearchBaseDn = value;
  }
  public resetUserDnSearchBaseDn() {
    this._userDnSearchBaseDn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userDnSearchBaseDnInput() {
    return this._userDnSearchBaseDn;
  }

  // user_dn_search_filter - computed: false, optional: true, required: false
  private _userDnSearchFilter?: string; 
  public get userDnSearchFilter() {
    return this.getStringAttribute('user_dn_search_filter');
  }
  public set userDnSearchFilter(value: string) {
    this._userDnSearchFilter = value;
  }
  public resetUserDnSearchFilter() {
    this._userDnSearchFilter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userDnSearchFilterInput() {
    return this._userDnSearchFilter;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      enable: cdktf.booleanToTerraform(this._enable),
      group_search_base_dn: cdktf.stringToTerraform(this._groupSearchBaseDn),
      group_search_filter: cdktf.stringToTerraform(this._groupSearchFilter),
      id: cdktf.stringToTerraform(this._id),
      lookup_bind_dn: cdktf.stringToTerraform(this._lookupBindDn),
      lookup_bind_password: cdktf.stringToTerraform(this._lookupBindPassword),
      server_addr: cdktf.stringToTerraform(this._serverAddr),
      server_insecure: cdktf.booleanToTerraform(this._serverInsecure),
      starttls: cdktf.booleanToTerraform(this._starttls),
      tls_skip_verify: cdktf.booleanToTerraform(this._tlsSkipVerify),
      user_dn_search_base_dn: cdktf.stringToTerraform(this._userDnSearchBaseDn),
      user_dn_search_filter: cdktf.stringToTerraform(this._userDnSearchFilter),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      enable: {
        value: cdktf.booleanToHclTerraform(this._enable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      group_search_base_dn: {
        value: cdktf.stringToHclTerraform(this._groupSearchBaseDn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      group_search_filter: {
        value: cdktf.stringToHclTerraform(this._groupSearchFilter),
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
      lookup_bind_dn: {
        value: cdktf.stringToHclTerraform(this._lookupBindDn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      lookup_bind_password: {
        value: cdktf.stringToHclTerraform(this._lookupBindPassword),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      server_addr: {
        value: cdktf.stringToHclTerraform(this._serverAddr),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      server_insecure: {
        value: cdktf.booleanToHclTerraform(this._serverInsecure),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      starttls: {
        value: cdktf.booleanToHclTerraform(this._starttls),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tls_skip_verify: {
        value: cdktf.booleanToHclTerraform(this._tlsSkipVerify),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      user_dn_search_base_dn: {
        value: cdktf.stringToHclTerraform(this._userDnSearchBaseDn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_dn_search_filter: {
        value: cdktf.stringToHclTerraform(this._userDnSearchFilter),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
