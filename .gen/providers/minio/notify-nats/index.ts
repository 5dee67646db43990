// https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NotifyNatsConfig extends cdktf.TerraformMetaArguments {
  /**
  * NATS server address (e.g., 'nats://localhost:4222').
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#address NotifyNats#address}
  */
  readonly address: string;
  /**
  * Path to the certificate authority file for TLS verification.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#cert_authority NotifyNats#cert_authority}
  */
  readonly certAuthority?: string;
  /**
  * Path to the client certificate for mTLS authentication.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#client_cert NotifyNats#client_cert}
  */
  readonly clientCert?: string;
  /**
  * Path to the client private key for mTLS authentication. MinIO does not return this value on read; Terraform keeps the value from your configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#client_key NotifyNats#client_key}
  */
  readonly clientKey?: string;
  /**
  * Comment or description for this notification target.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#comment NotifyNats#comment}
  */
  readonly comment?: string;
  /**
  * Whether this notification target is enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#enable NotifyNats#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#id NotifyNats#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Whether to enable JetStream support for NATS.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#jetstream NotifyNats#jetstream}
  */
  readonly jetstream?: boolean | cdktf.IResolvable;
  /**
  * Target name identifier.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#name NotifyNats#name}
  */
  readonly name: string;
  /**
  * Password for NATS authentication. MinIO does not return this value on read; Terraform keeps the value from your configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#password NotifyNats#password}
  */
  readonly password?: string;
  /**
  * Duration interval between NATS ping requests (e.g., '0s').
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#ping_interval NotifyNats#ping_interval}
  */
  readonly pingInterval?: string;
  /**
  * Directory path for persistent event store when the target is offline.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#queue_dir NotifyNats#queue_dir}
  */
  readonly queueDir?: string;
  /**
  * Maximum number of undelivered messages to queue.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#queue_limit NotifyNats#queue_limit}
  */
  readonly queueLimit?: number;
  /**
  * Whether to enable NATS Streaming (STAN) mode.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#streaming NotifyNats#streaming}
  */
  readonly streaming?: boolean | cdktf.IResolvable;
  /**
  * Whether to enable asynchronous publishing for NATS Streaming.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#streaming_async NotifyNats#streaming_async}
  */
  readonly streamingAsync?: boolean | cdktf.IResolvable;
  /**
  * Cluster ID for NATS Streaming.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#streaming_cluster_id NotifyNats#streaming_cluster_id}
  */
  readonly streamingClusterId?: string;
  /**
  * Maximum number of unacknowledged messages in flight for NATS Streaming.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#streaming_max_pub_acks_in_flight NotifyNats#streaming_max_pub_acks_in_flight}
  */
  readonly streamingMaxPubAcksInFlight?: number;
  /**
  * NATS subject to publish notifications to.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#subject NotifyNats#subject}
  */
  readonly subject: string;
  /**
  * Whether to enable TLS for the NATS connection.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#tls NotifyNats#tls}
  */
  readonly tls?: boolean | cdktf.IResolvable;
  /**
  * Whether to skip TLS certificate verification.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#tls_skip_verify NotifyNats#tls_skip_verify}
  */
  readonly tlsSkipVerify?: boolean | cdktf.IResolvable;
  /**
  * Token for NATS authentication. MinIO does not return this value on read; Terraform keeps the value from your configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#token NotifyNats#token}
  */
  readonly token?: string;
  /**
  * Path to NATS user credentials file.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#user_credentials NotifyNats#user_credentials}
  */
  readonly userCredentials?: string;
  /**
  * Username for NATS authentication.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#username NotifyNats#username}
  */
  readonly username?: string;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats minio_notify_nats}
*/
export class NotifyNats extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "minio_notify_nats";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NotifyNats resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NotifyNats to import
  * @param importFromId The id of the existing NotifyNats that should be imported. Refer to the {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NotifyNats to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "minio_notify_nats", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_nats minio_notify_nats} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NotifyNatsConfig
  */
  public constructor(scope: Construct, id: string, config: NotifyNatsConfig) {
    super(scope, id, {
      terraformResourceType: 'minio_notify_nats',
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
    this._address = config.address;
    this._certAuthority = config.certAuthority;
    this._clientCert = config.clientCert;
    this._clientKey = config.clientKey;
    this._comment = config.comment;
    this._enable = config.enable;
    this._id = config.id;
    this._jetstream = config.jetstream;
    this._name = config.name;
    this._password = config.password;
    this._pingInterval = config.pingInterval;
    this._queueDir = config.queueDir;
    this._queueLimit = config.queueLimit;
    this._streaming = config.streaming;
    this._streamingAsync = config.streamingAsync;
    this._streamingClusterId = config.streamingClusterId;
    this._streamingMaxPubAcksInFlight = config.streamingMaxPubAcksInFlight;
    this._subject = config.subject;
    this._tls = config.tls;
    this._tlsSkipVerify = config.tlsSkipVerify;
    this._token = config.token;
    this._userCredentials = config.userCredentials;
    this._username = config.username;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // address - computed: false, optional: false, required: true
  private _address?: string; 
  public get address() {
    return this.getStringAttribute('address');
  }
  public set address(value: string) {
    this._address = value;
  }
  // Temporarily expose input value. Use with caution.
  public get addressInput() {
    return this._address;
  }

  // cert_authority - computed: false, optional: true, required: false
  private _certAuthority?: string; 
  public get certAuthority() {
    return this.getStringAttribute('cert_authority');
  }
  public set certAuthority(value: string) {
    this._certAuthority = value;
  }
  public resetCertAuthority() {
    this._certAuthority = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certAuthorityInput() {
    return this._certAuthority;
  }

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

  // client_key - computed: false, optional: true, required: false
  private _clientKey?: string; 
  public get clientKey() {
    return this.getStringAttribute('client_key');
  }
  public set clientKey(value: string) {
    this._clientKey = value;
  }
  public resetClientKey() {
    this._clientKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientKeyInput() {
    return this._clientKey;
  }

  // comment - computed: false, optional: true, required: false
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

  // jetstream - computed: false, optional: true, required: false
  private _jetstream?: boolean | cdktf.IResolvable; 
  public get jetstream() {
    return this.getBooleanAttribute('jetstream');
  }
  public set jetstream(value: boolean | cdktf.IResolvable) {
    this._jetstream = value;
  }
  public resetJetstream() {
    this._jetstream = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get jetstreamInput() {
    return this._jetstream;
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

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // ping_interval - computed: false, optional: true, required: false
  private _pingInterval?: string; 
  public get pingInterval() {
    return this.getStringAttribute('ping_interval');
  }
  public set pingInterval(value: string) {
    this._pingInterval = value;
  }
  public resetPingInterval() {
    this._pingInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pingIntervalInput() {
    return this._pingInterval;
  }

  // queue_dir - computed: false, optional: true, required: false
  private _queueDir?: string; 
  public get queueDir() {
    return this.getStringAttribute('queue_dir');
  }
  public set queueDir(value: string) {
    this._queueDir = value;
  }
  public resetQueueDir() {
    this._queueDir = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get queueDirInput() {
    return this._queueDir;
  }

  // queue_limit - computed: true, optional: true, required: false
  private _queueLimit?: number; 
  public get queueLimit() {
    return this.getNumberAttribute('queue_limit');
  }
  public set queueLimit(value: number) {
    this._queueLimit = value;
  }
  public resetQueueLimit() {
    this._queueLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get queueLimitInput() {
    return this._queueLimit;
  }

  // restart_required - computed: true, optional: false, required: false
  public get restartRequired() {
    return this.getBooleanAttribute('restart_required');
  }

  // streaming - computed: false, optional: true, required: false
  private _streaming?: boolean | cdktf.IResolvable; 
  public get streaming() {
    return this.getBooleanAttribute('streaming');
  }
  public set streaming(value: boolean | cdktf.IResolvable) {
    this._streaming = value;
  }
  public resetStreaming() {
    this._streaming = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get streamingInput() {
    return this._streaming;
  }

  // streaming_async - computed: false, optional: true, required: false
  private _streamingAsync?: boolean | cdktf.IResolvable; 
  public get streamingAsync() {
    return this.getBooleanAttribute('streaming_async');
  }
  public set streamingAsync(value: boolean | cdktf.IResolvable) {
    this._streamingAsync = value;
  }
  public resetStreamingAsync() {
    this._streamingAsync = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get streamingAsyncInput() {
    return this._streamingAsync;
  }

  // streaming_cluster_id - computed: false, optional: true, required: false
  private _streamingClusterId?: string; 
  public get streamingClusterId() {
    return this.getStringAttribute('streaming_cluster_id');
  }
  public set streamingClusterId(value: string) {
    this._streamingClusterId = value;
  }
  public resetStreamingClusterId() {
    this._streamingClusterId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get streamingClusterIdInput() {
    return this._streamingClusterId;
  }

  // streaming_max_pub_acks_in_flight - computed: false, optional: true, required: false
  private _streamingMaxPubAcksInFlight?: number; 
  public get streamingMaxPubAcksInFlight() {
    return this.getNumberAttribute('streaming_max_pub_acks_in_flight');
  }
  public set streamingMaxPubAcksInFlight(value: number) {
    this._streamingMaxPubAcksInFlight = value;
  }
  public resetStreamingMaxPubAcksInFlight() {
    this._streamingMaxPubAcksInFlight = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get streamingMaxPubAcksInFlightInput() {
    return this._streamingMaxPubAcksInFlight;
  }

  // subject - computed: false, optional: false, required: true
  private _subject?: string; 
  public get subject() {
    return this.getStringAttribute('subject');
  }
  public set subject(value: string) {
    this._subject = value;
  }
  // Temporarily expose input value. Use with caution.
  public get subjectInput() {
    return this._subject;
  }

  // tls - computed: false, optional: true, required: false
  private _tls?: boolean | cdktf.IResolvable; 
  public get tls() {
    return this.getBooleanAttribute('tls');
  }
  public set tls(value: boolean | cdktf.IResolvable) {
    this._tls = value;
  }
  public resetTls() {
    this._tls = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsInput() {
    return this._tls;
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

  // token - computed: false, optional: true, required: false
  private _token?: string; 
  public get token() {
    return this.getStringAttribute('token');
  }
  public set token(value: string) {
    this._token = value;
  }
  public resetToken() {
    this._token = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenInput() {
    return this._token;
  }

  // user_credentials - computed: false, optional: true, required: false
  private _userCredentials?: string; 
  public get userCredentials() {
    return this.getStringAttribute('user_credentials');
  }
  public set userCredentials(value: string) {
    this._userCredentials = value;
  }
  public resetUserCredentials() {
    this._userCredentials = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userCredentialsInput() {
    return this._userCredentials;
  }

  // username - computed: false, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      address: cdktf.stringToTerraform(this._address),
      cert_authority: cdktf.stringToTerraform(this._certAuthority),
      client_cert: cdktf.stringToTerraform(this._clientCert),
      client_key: cdktf.stringToTerraform(this._clientKey),
      comment: cdktf.stringToTerraform(this._comment),
      enable: cdktf.booleanToTerraform(this._enable),
      id: cdktf.stringToTerraform(this._id),
      jetstream: cdktf.booleanToTerraform(this._jetstream),
      name: cdktf.stringToTerraform(this._name),
      password: cdktf.stringToTerraform(this._password),
      ping_interval: cdktf.stringToTerraform(this._pingInterval),
      queue_dir: cdktf.stringToTerraform(this._queueDir),
      queue_limit: cdktf.numberToTerraform(this._queueLimit),
      streaming: cdktf.booleanToTerraform(this._streaming),
      streaming_async: cdktf.booleanToTerraform(this._streamingAsync),
      streaming_cluster_id: cdktf.stringToTerraform(this._streamingClusterId),
      streaming_max_pub_acks_in_flight: cdktf.numberToTerraform(this._streamingMaxPubAcksInFlight),
      subject: cdktf.stringToTerraform(this._subject),
      tls: cdktf.booleanToTerraform(this._tls),
      tls_skip_verify: cdktf.booleanToTerraform(this._tlsSkipVerify),
      token: cdktf.stringToTerraform(this._token),
      user_credentials: cdktf.stringToTerraform(this._userCredentials),
      username: cdktf.stringToTerraform(this._username),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      address: {
        value: cdktf.stringToHclTerraform(this._address),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cert_authority: {
        value: cdktf.stringToHclTerraform(this._certAuthority),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_cert: {
        value: cdktf.stringToHclTerraform(this._clientCert),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_key: {
        value: cdktf.stringToHclTerraform(this._clientKey),
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
      enable: {
        value: cdktf.booleanToHclTerraform(this._enable),
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
      jetstream: {
        value: cdktf.booleanToHclTerraform(this._jetstream),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ping_interval: {
        value: cdktf.stringToHclTerraform(this._pingInterval),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      queue_dir: {
        value: cdktf.stringToHclTerraform(this._queueDir),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      queue_limit: {
        value: cdktf.numberToHclTerraform(this._queueLimit),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      streaming: {
        value: cdktf.booleanToHclTerraform(this._streaming),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      streaming_async: {
        value: cdktf.booleanToHclTerraform(this._streamingAsync),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      streaming_cluster_id: {
        value: cdktf.stringToHclTerraform(this._streamingClusterId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      streaming_max_pub_acks_in_flight: {
        value: cdktf.numberToHclTerraform(this._streamingMaxPubAcksInFlight),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      subject: {
        value: cdktf.stringToHclTerraform(this._subject),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tls: {
        value: cdktf.booleanToHclTerraform(this._tls),
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
      token: {
        value: cdktf.stringToHclTerraform(this._token),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_credentials: {
        value: cdktf.stringToHclTerraform(this._userCredentials),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      username: {
        value: cdktf.stringToHclTerraform(this._username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
