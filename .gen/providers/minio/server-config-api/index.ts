// https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_api
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ServerConfigApiConfig extends cdktf.TerraformMetaArguments {
  /**
  * Deadline for cluster read operations (e.g., "10s").
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_api#cluster_deadline ServerConfigApi#cluster_deadline}
  */
  readonly clusterDeadline?: string;
  /**
  * Comma-separated list of allowed CORS origins (e.g., "https://app.example.com").
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_api#cors_allow_origin ServerConfigApi#cors_allow_origin}
  */
  readonly corsAllowOrigin?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_api#id ServerConfigApi#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Deadline for remote transport operations (e.g., "2h").
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_api#remote_transport_deadline ServerConfigApi#remote_transport_deadline}
  */
  readonly remoteTransportDeadline?: string;
  /**
  * Maximum concurrent API requests. Use 0 or empty for auto.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_api#requests_max ServerConfigApi#requests_max}
  */
  readonly requestsMax?: string;
  /**
  * Whether root user (access/secret key) access is enabled for S3 API.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_api#root_access ServerConfigApi#root_access}
  */
  readonly rootAccess?: boolean | cdktf.IResolvable;
  /**
  * Interval between stale upload cleanup runs (e.g., "6h").
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_api#stale_uploads_cleanup_interval ServerConfigApi#stale_uploads_cleanup_interval}
  */
  readonly staleUploadsCleanupInterval?: string;
  /**
  * Duration after which incomplete multipart uploads are cleaned up (e.g., "24h").
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_api#stale_uploads_expiry ServerConfigApi#stale_uploads_expiry}
  */
  readonly staleUploadsExpiry?: string;
  /**
  * Enable synchronous bucket notification events.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_api#sync_events ServerConfigApi#sync_events}
  */
  readonly syncEvents?: boolean | cdktf.IResolvable;
  /**
  * Number of ILM transition workers.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_api#transition_workers ServerConfigApi#transition_workers}
  */
  readonly transitionWorkers?: string;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_api minio_server_config_api}
*/
export class ServerConfigApi extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "minio_server_config_api";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ServerConfigApi resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ServerConfigApi to import
  * @param importFromId The id of the existing ServerConfigApi that should be imported. Refer to the {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_api#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ServerConfigApi to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "minio_server_config_api", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/resources/server_config_api minio_server_config_api} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ServerConfigApiConfig = {}
  */
  public constructor(scope: Construct, id: string, config: ServerConfigApiConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'minio_server_config_api',
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
    this._clusterDeadline = config.clusterDeadline;
    this._corsAllowOrigin = config.corsAllowOrigin;
    this._id = config.id;
    this._remoteTransportDeadline = config.remoteTransportDeadline;
    this._requestsMax = config.requestsMax;
    this._rootAccess = config.rootAccess;
    this._staleUploadsCleanupInterval = config.staleUploadsCleanupInterval;
    this._staleUploadsExpiry = config.staleUploadsExpiry;
    this._syncEvents = config.syncEvents;
    this._transitionWorkers = config.transitionWorkers;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cluster_deadline - computed: true, optional: true, required: false
  private _clusterDeadline?: string; 
  public get clusterDeadline() {
    return this.getStringAttribute('cluster_deadline');
  }
  public set clusterDeadline(value: string) {
    this._clusterDeadline = value;
  }
  public resetClusterDeadline() {
    this._clusterDeadline = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clusterDeadlineInput() {
    return this._clusterDeadline;
  }

  // cors_allow_origin - computed: true, optional: true, required: false
  private _corsAllowOrigin?: string; 
  public get corsAllowOrigin() {
    return this.getStringAttribute('cors_allow_origin');
  }
  public set corsAllowOrigin(value: string) {
    this._corsAllowOrigin = value;
  }
  public resetCorsAllowOrigin() {
    this._corsAllowOrigin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get corsAllowOriginInput() {
    return this._corsAllowOrigin;
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

  // remote_transport_deadline - computed: true, optional: true, required: false
  private _remoteTransportDeadline?: string; 
  public get remoteTransportDeadline() {
    return this.getStringAttribute('remote_transport_deadline');
  }
  public set remoteTransportDeadline(value: string) {
    this._remoteTransportDeadline = value;
  }
  public resetRemoteTransportDeadline() {
    this._remoteTransportDeadline = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remoteTransportDeadlineInput() {
    return this._remoteTransportDeadline;
  }

  // requests_max - computed: true, optional: true, required: false
  private _requestsMax?: string; 
  public get requestsMax() {
    return this.getStringAttribute('requests_max');
  }
  public set requestsMax(value: string) {
    this._requestsMax = value;
  }
  public resetRequestsMax() {
    this._requestsMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requestsMaxInput() {
    return this._requestsMax;
  }

  // restart_required - computed: true, optional: false, required: false
  public get restartRequired() {
    return this.getBooleanAttribute('restart_required');
  }

  // root_access - computed: true, optional: true, required: false
  private _rootAccess?: boolean | cdktf.IResolvable; 
  public get rootAccess() {
    return this.getBooleanAttribute('root_access');
  }
  public set rootAccess(value: boolean | cdktf.IResolvable) {
    this._rootAccess = value;
  }
  public resetRootAccess() {
    this._rootAccess = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rootAccessInput() {
    return this._rootAccess;
  }

  // stale_uploads_cleanup_interval - computed: true, optional: true, required: false
  private _staleUploadsCleanupInterval?: string; 
  public get staleUploadsCleanupInterval() {
    return this.getStringAttribute('stale_uploads_cleanup_interval');
  }
  public set staleUploadsCleanupInterval(value: string) {
    this._staleUploadsCleanupInterval = value;
  }
  public resetStaleUploadsCleanupInterval() {
    this._staleUploadsCleanupInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get staleUploadsCleanupIntervalInput() {
    return this._staleUploadsCleanupInterval;
  }

  // stale_uploads_expiry - computed: true, optional: true, required: false
  private _staleUploadsExpiry?: string; 
  public get staleUploadsExpiry() {
    return this.getStringAttribute('stale_uploads_expiry');
  }
  public set staleUploadsExpiry(value: string) {
    this._staleUploadsExpiry = value;
  }
  public resetStaleUploadsExpiry() {
    this._staleUploadsExpiry = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get staleUploadsExpiryInput() {
    return this._staleUploadsExpiry;
  }

  // sync_events - computed: true, optional: true, required: false
  private _syncEvents?: boolean | cdktf.IResolvable; 
  public get syncEvents() {
    return this.getBooleanAttribute('sync_events');
  }
  public set syncEvents(value: boolean | cdktf.IResolvable) {
    this._syncEvents = value;
  }
  public resetSyncEvents() {
    this._syncEvents = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get syncEventsInput() {
    return this._syncEvents;
  }

  // transition_workers - computed: true, optional: true, required: false
  private _transitionWorkers?: string; 
  public get transitionWorkers() {
    return this.getStringAttribute('transition_workers');
  }
  public set transitionWorkers(value: string) {
    this._transitionWorkers = value;
  }
  public resetTransitionWorkers() {
    this._transitionWorkers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transitionWorkersInput() {
    return this._transitionWorkers;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cluster_deadline: cdktf.stringToTerraform(this._clusterDeadline),
      cors_allow_origin: cdktf.stringToTerraform(this._corsAllowOrigin),
      id: cdktf.stringToTerraform(this._id),
      remote_transport_deadline: cdktf.stringToTerraform(this._remoteTransportDeadline),
      requests_max: cdktf.stringToTerraform(this._requestsMax),
      root_access: cdktf.booleanToTerraform(this._rootAccess),
      stale_uploads_cleanup_interval: cdktf.stringToTerraform(this._staleUploadsCleanupInterval),
      stale_uploads_expiry: cdktf.stringToTerraform(this._staleUploadsExpiry),
      sync_events: cdktf.booleanToTerraform(this._syncEvents),
      transition_workers: cdktf.stringToTerraform(this._transitionWorkers),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cluster_deadline: {
        value: cdktf.stringToHclTerraform(this._clusterDeadline),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cors_allow_origin: {
        value: cdktf.stringToHclTerraform(this._corsAllowOrigin),
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
      remote_transport_deadline: {
        value: cdktf.stringToHclTerraform(this._remoteTransportDeadline),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      requests_max: {
        value: cdktf.stringToHclTerraform(this._requestsMax),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      root_access: {
        value: cdktf.booleanToHclTerraform(this._rootAccess),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      stale_uploads_cleanup_interval: {
        value: cdktf.stringToHclTerraform(this._staleUploadsCleanupInterval),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      stale_uploads_expiry: {
        value: cdktf.stringToHclTerraform(this._staleUploadsExpiry),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sync_events: {
        value: cdktf.booleanToHclTerraform(this._syncEvents),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      transition_workers: {
        value: cdktf.stringToHclTerraform(this._transitionWorkers),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
