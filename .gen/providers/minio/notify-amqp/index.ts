// https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NotifyAmqpConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether the queue is auto-deleted when the last consumer unsubscribes.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#auto_deleted NotifyAmqp#auto_deleted}
  */
  readonly autoDeleted?: boolean | cdktf.IResolvable;
  /**
  * Comment or description for this notification target.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#comment NotifyAmqp#comment}
  */
  readonly comment?: string;
  /**
  * AMQP delivery mode: 1 for non-persistent, 2 for persistent.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#delivery_mode NotifyAmqp#delivery_mode}
  */
  readonly deliveryMode?: number;
  /**
  * Whether the AMQP queue is durable (survives broker restart).
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#durable NotifyAmqp#durable}
  */
  readonly durable?: boolean | cdktf.IResolvable;
  /**
  * Whether this notification target is enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#enable NotifyAmqp#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * AMQP exchange name.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#exchange NotifyAmqp#exchange}
  */
  readonly exchange?: string;
  /**
  * AMQP exchange type (e.g., 'direct', 'fanout', 'topic', 'headers').
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#exchange_type NotifyAmqp#exchange_type}
  */
  readonly exchangeType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#id NotifyAmqp#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Whether the exchange is internal.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#internal NotifyAmqp#internal}
  */
  readonly internal?: boolean | cdktf.IResolvable;
  /**
  * Whether to set the mandatory flag on published messages.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#mandatory NotifyAmqp#mandatory}
  */
  readonly mandatory?: boolean | cdktf.IResolvable;
  /**
  * Target name identifier.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#name NotifyAmqp#name}
  */
  readonly name: string;
  /**
  * Whether to set the no-wait flag on queue declaration.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#no_wait NotifyAmqp#no_wait}
  */
  readonly noWait?: boolean | cdktf.IResolvable;
  /**
  * Directory path for persistent event store when the target is offline.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#queue_dir NotifyAmqp#queue_dir}
  */
  readonly queueDir?: string;
  /**
  * Maximum number of undelivered messages to queue.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#queue_limit NotifyAmqp#queue_limit}
  */
  readonly queueLimit?: number;
  /**
  * AMQP routing key for message delivery.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#routing_key NotifyAmqp#routing_key}
  */
  readonly routingKey?: string;
  /**
  * AMQP connection URL (e.g., 'amqp://user:pass@host:5672'). MinIO does not return this value on read; Terraform keeps the value from your configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#url NotifyAmqp#url}
  */
  readonly url: string;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp minio_notify_amqp}
*/
export class NotifyAmqp extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "minio_notify_amqp";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NotifyAmqp resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NotifyAmqp to import
  * @param importFromId The id of the existing NotifyAmqp that should be imported. Refer to the {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NotifyAmqp to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "minio_notify_amqp", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/notify_amqp minio_notify_amqp} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NotifyAmqpConfig
  */
  public constructor(scope: Construct, id: string, config: NotifyAmqpConfig) {
    super(scope, id, {
      terraformResourceType: 'minio_notify_amqp',
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
    this._autoDeleted = config.autoDeleted;
    this._comment = config.comment;
    this._deliveryMode = config.deliveryMode;
    this._durable = config.durable;
    this._enable = config.enable;
    this._exchange = config.exchange;
    this._exchangeType = config.exchangeType;
    this._id = config.id;
    this._internal = config.internal;
    this._mandatory = config.mandatory;
    this._name = config.name;
    this._noWait = config.noWait;
    this._queueDir = config.queueDir;
    this._queueLimit = config.queueLimit;
    this._routingKey = config.routingKey;
    this._url = config.url;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // auto_deleted - computed: false, optional: true, required: false
  private _autoDeleted?: boolean | cdktf.IResolvable; 
  public get autoDeleted() {
    return this.getBooleanAttribute('auto_deleted');
  }
  public set autoDeleted(value: boolean | cdktf.IResolvable) {
    this._autoDeleted = value;
  }
  public resetAutoDeleted() {
    this._autoDeleted = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoDeletedInput() {
    return this._autoDeleted;
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

  // delivery_mode - computed: false, optional: true, required: false
  private _deliveryMode?: number; 
  public get deliveryMode() {
    return this.getNumberAttribute('delivery_mode');
  }
  public set deliveryMode(value: number) {
    this._deliveryMode = value;
  }
  public resetDeliveryMode() {
    this._deliveryMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deliveryModeInput() {
    return this._deliveryMode;
  }

  // durable - computed: false, optional: true, required: false
  private _durable?: boolean | cdktf.IResolvable; 
  public get durable() {
    return this.getBooleanAttribute('durable');
  }
  public set durable(value: boolean | cdktf.IResolvable) {
    this._durable = value;
  }
  public resetDurable() {
    this._durable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get durableInput() {
    return this._durable;
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

  // exchange - computed: false, optional: true, required: false
  private _exchange?: string; 
  public get exchange() {
    return this.getStringAttribute('exchange');
  }
  public set exchange(value: string) {
    this._exchange = value;
  }
  public resetExchange() {
    this._exchange = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get exchangeInput() {
    return this._exchange;
  }

  // exchange_type - computed: false, optional: true, required: false
  private _exchangeType?: string; 
  public get exchangeType() {
    return this.getStringAttribute('exchange_type');
  }
  public set exchangeType(value: string) {
    this._exchangeType = value;
  }
  public resetExchangeType() {
    this._exchangeType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get exchangeTypeInput() {
    return this._exchangeType;
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

  // internal - computed: false, optional: true, required: false
  private _internal?: boolean | cdktf.IResolvable; 
  public get internal() {
    return this.getBooleanAttribute('internal');
  }
  public set internal(value: boolean | cdktf.IResolvable) {
    this._internal = value;
  }
  public resetInternal() {
    this._internal = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get internalInput() {
    return this._internal;
  }

  // mandatory - computed: false, optional: true, required: false
  private _mandatory?: boolean | cdktf.IResolvable; 
  public get mandatory() {
    return this.getBooleanAttribute('mandatory');
  }
  public set mandatory(value: boolean | cdktf.IResolvable) {
    this._mandatory = value;
  }
  public resetMandatory() {
    this._mandatory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mandatoryInput() {
    return this._mandatory;
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

  // no_wait - computed: false, optional: true, required: false
  private _noWait?: boolean | cdktf.IResolvable; 
  public get noWait() {
    return this.getBooleanAttribute('no_wait');
  }
  public set noWait(value: boolean | cdktf.IResolvable) {
    this._noWait = value;
  }
  public resetNoWait() {
    this._noWait = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noWaitInput() {
    return this._noWait;
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

  // routing_key - computed: false, optional: true, required: false
  private _routingKey?: string; 
  public get routingKey() {
    return this.getStringAttribute('routing_key');
  }
  public set routingKey(value: string) {
    this._routingKey = value;
  }
  public resetRoutingKey() {
    this._routingKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routingKeyInput() {
    return this._routingKey;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      auto_deleted: cdktf.booleanToTerraform(this._autoDeleted),
      comment: cdktf.stringToTerraform(this._comment),
      delivery_mode: cdktf.numberToTerraform(this._deliveryMode),
      durable: cdktf.booleanToTerraform(this._durable),
      enable: cdktf.booleanToTerraform(this._enable),
      exchange: cdktf.stringToTerraform(this._exchange),
      exchange_type: cdktf.stringToTerraform(this._exchangeType),
      id: cdktf.stringToTerraform(this._id),
      internal: cdktf.booleanToTerraform(this._internal),
      mandatory: cdktf.booleanToTerraform(this._mandatory),
      name: cdktf.stringToTerraform(this._name),
      no_wait: cdktf.booleanToTerraform(this._noWait),
      queue_dir: cdktf.stringToTerraform(this._queueDir),
      queue_limit: cdktf.numberToTerraform(this._queueLimit),
      routing_key: cdktf.stringToTerraform(this._routingKey),
      url: cdktf.stringToTerraform(this._url),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      auto_deleted: {
        value: cdktf.booleanToHclTerraform(this._autoDeleted),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      comment: {
        value: cdktf.stringToHclTerraform(this._comment),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      delivery_mode: {
        value: cdktf.numberToHclTerraform(this._deliveryMode),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      durable: {
        value: cdktf.booleanToHclTerraform(this._durable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      enable: {
        value: cdktf.booleanToHclTerraform(this._enable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      exchange: {
        value: cdktf.stringToHclTerraform(this._exchange),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      exchange_type: {
        value: cdktf.stringToHclTerraform(this._exchangeType),
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
      internal: {
        value: cdktf.booleanToHclTerraform(this._internal),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      mandatory: {
        value: cdktf.booleanToHclTerraform(this._mandatory),
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
      no_wait: {
        value: cdktf.booleanToHclTerraform(this._noWait),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
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
      routing_key: {
        value: cdktf.stringToHclTerraform(this._routingKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      url: {
        value: cdktf.stringToHclTerraform(this._url),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
