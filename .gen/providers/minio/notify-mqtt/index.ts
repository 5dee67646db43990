// https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NotifyMqttConfig extends cdktf.TerraformMetaArguments {
  /**
  * MQTT broker URL (e.g., 'tcp://host:1883').
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt#broker NotifyMqtt#broker}
  */
  readonly broker: string;
  /**
  * Comment or description for this notification target.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt#comment NotifyMqtt#comment}
  */
  readonly comment?: string;
  /**
  * Whether this notification target is enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt#enable NotifyMqtt#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt#id NotifyMqtt#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * MQTT keep-alive interval duration (e.g., '10s').
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt#keep_alive_interval NotifyMqtt#keep_alive_interval}
  */
  readonly keepAliveInterval?: string;
  /**
  * Target name identifier.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt#name NotifyMqtt#name}
  */
  readonly name: string;
  /**
  * Password for MQTT broker authentication. MinIO does not return this value on read; Terraform keeps the value from your configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt#password NotifyMqtt#password}
  */
  readonly password?: string;
  /**
  * MQTT Quality of Service level: 0 (at most once), 1 (at least once), or 2 (exactly once).
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt#qos NotifyMqtt#qos}
  */
  readonly qos?: number;
  /**
  * Directory path for persistent event store when the target is offline.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt#queue_dir NotifyMqtt#queue_dir}
  */
  readonly queueDir?: string;
  /**
  * Maximum number of undelivered messages to queue.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt#queue_limit NotifyMqtt#queue_limit}
  */
  readonly queueLimit?: number;
  /**
  * MQTT reconnect interval duration (e.g., '5s').
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt#reconnect_interval NotifyMqtt#reconnect_interval}
  */
  readonly reconnectInterval?: string;
  /**
  * MQTT topic to publish event notifications to.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt#topic NotifyMqtt#topic}
  */
  readonly topic: string;
  /**
  * Username for MQTT broker authentication.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt#username NotifyMqtt#username}
  */
  readonly username?: string;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt minio_notify_mqtt}
*/
export class NotifyMqtt extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "minio_notify_mqtt";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NotifyMqtt resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NotifyMqtt to import
  * @param importFromId The id of the existing NotifyMqtt that should be imported. Refer to the {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NotifyMqtt to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "minio_notify_mqtt", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_mqtt minio_notify_mqtt} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NotifyMqttConfig
  */
  public constructor(scope: Construct, id: string, config: NotifyMqttConfig) {
    super(scope, id, {
      terraformResourceType: 'minio_notify_mqtt',
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
    this._broker = config.broker;
    this._comment = config.comment;
    this._enable = config.enable;
    this._id = config.id;
    this._keepAliveInterval = config.keepAliveInterval;
    this._name = config.name;
    this._password = config.password;
    this._qos = config.qos;
    this._queueDir = config.queueDir;
    this._queueLimit = config.queueLimit;
    this._reconnectInterval = config.reconnectInterval;
    this._topic = config.topic;
    this._username = config.username;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // broker - computed: false, optional: false, required: true
  private _broker?: string; 
  public get broker() {
    return this.getStringAttribute('broker');
  }
  public set broker(value: string) {
    this._broker = value;
  }
  // Temporarily expose input value. Use with caution.
  public get brokerInput() {
    return this._broker;
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

  // keep_alive_interval - computed: false, optional: true, required: false
  private _keepAliveInterval?: string; 
  public get keepAliveInterval() {
    return this.getStringAttribute('keep_alive_interval');
  }
  public set keepAliveInterval(value: string) {
    this._keepAliveInterval = value;
  }
  public resetKeepAliveInterval() {
    this._keepAliveInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keepAliveIntervalInput() {
    return this._keepAliveInterval;
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

  // qos - computed: false, optional: true, required: false
  private _qos?: number; 
  public get qos() {
    return this.getNumberAttribute('qos');
  }
  public set qos(value: number) {
    this._qos = value;
  }
  public resetQos() {
    this._qos = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get qosInput() {
    return this._qos;
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

  // reconnect_interval - computed: false, optional: true, required: false
  private _reconnectInterval?: string; 
  public get reconnectInterval() {
    return this.getStringAttribute('reconnect_interval');
  }
  public set reconnectInterval(value: string) {
    this._reconnectInterval = value;
  }
  public resetReconnectInterval() {
    this._reconnectInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reconnectIntervalInput() {
    return this._reconnectInterval;
  }

  // restart_required - computed: true, optional: false, required: false
  public get restartRequired() {
    return this.getBooleanAttribute('restart_required');
  }

  // topic - computed: false, optional: false, required: true
  private _topic?: string; 
  public get topic() {
    return this.getStringAttribute('topic');
  }
  public set topic(value: string) {
    this._topic = value;
  }
  // Temporarily expose input value. Use with caution.
  public get topicInput() {
    return this._topic;
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
      broker: cdktf.stringToTerraform(this._broker),
      comment: cdktf.stringToTerraform(this._comment),
      enable: cdktf.booleanToTerraform(this._enable),
      id: cdktf.stringToTerraform(this._id),
      keep_alive_interval: cdktf.stringToTerraform(this._keepAliveInterval),
      name: cdktf.stringToTerraform(this._name),
      password: cdktf.stringToTerraform(this._password),
      qos: cdktf.numberToTerraform(this._qos),
      queue_dir: cdktf.stringToTerraform(this._queueDir),
      queue_limit: cdktf.numberToTerraform(this._queueLimit),
      reconnect_interval: cdktf.stringToTerraform(this._reconnectInterval),
      topic: cdktf.stringToTerraform(this._topic),
      username: cdktf.stringToTerraform(this._username),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      broker: {
        value: cdktf.stringToHclTerraform(this._broker),
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
      keep_alive_interval: {
        value: cdktf.stringToHclTerraform(this._keepAliveInterval),
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
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      qos: {
        value: cdktf.numberToHclTerraform(this._qos),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
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
      reconnect_interval: {
        value: cdktf.stringToHclTerraform(this._reconnectInterval),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      topic: {
        value: cdktf.stringToHclTerraform(this._topic),
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
