// https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/prometheus_scrape_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataMinioPrometheusScrapeConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * Alias for the MinIO server in Prometheus configuration
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/prometheus_scrape_config#alias DataMinioPrometheusScrapeConfig#alias}
  */
  readonly alias?: string;
  /**
  * Bearer token for authenticated access to Prometheus metrics (when using JWT auth)
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/prometheus_scrape_config#bearer_token DataMinioPrometheusScrapeConfig#bearer_token}
  */
  readonly bearerToken?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/prometheus_scrape_config#id DataMinioPrometheusScrapeConfig#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Metric type for the scrape configuration. Valid values are: cluster, node, bucket, resource
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/prometheus_scrape_config#metric_type DataMinioPrometheusScrapeConfig#metric_type}
  */
  readonly metricType: string;
  /**
  * Metrics version. Valid values are: v2, v3
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/prometheus_scrape_config#metrics_version DataMinioPrometheusScrapeConfig#metrics_version}
  */
  readonly metricsVersion?: string;
}

/**
* Represents a {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/prometheus_scrape_config minio_prometheus_scrape_config}
*/
export class DataMinioPrometheusScrapeConfig extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "minio_prometheus_scrape_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataMinioPrometheusScrapeConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataMinioPrometheusScrapeConfig to import
  * @param importFromId The id of the existing DataMinioPrometheusScrapeConfig that should be imported. Refer to the {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/prometheus_scrape_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataMinioPrometheusScrapeConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "minio_prometheus_scrape_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/aminueza/minio/3.36.0/docs/data-sources/prometheus_scrape_config minio_prometheus_scrape_config} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataMinioPrometheusScrapeConfigConfig
  */
  public constructor(scope: Construct, id: string, config: DataMinioPrometheusScrapeConfigConfig) {
    super(scope, id, {
      terraformResourceType: 'minio_prometheus_scrape_config',
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
    this._alias = config.alias;
    this._bearerToken = config.bearerToken;
    this._id = config.id;
    this._metricType = config.metricType;
    this._metricsVersion = config.metricsVersion;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // bearer_token - computed: false, optional: true, required: false
  private _bearerToken?: string; 
  public get bearerToken() {
    return this.getStringAttribute('bearer_token');
  }
  public set bearerToken(value: string) {
    this._bearerToken = value;
  }
  public resetBearerToken() {
    this._bearerToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bearerTokenInput() {
    return this._bearerToken;
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

  // metric_type - computed: false, optional: false, required: true
  private _metricType?: string; 
  public get metricType() {
    return this.getStringAttribute('metric_type');
  }
  public set metricType(value: string) {
    this._metricType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get metricTypeInput() {
    return this._metricType;
  }

  // metrics_path - computed: true, optional: false, required: false
  public get metricsPath() {
    return this.getStringAttribute('metrics_path');
  }

  // metrics_version - computed: false, optional: true, required: false
  private _metricsVersion?: string; 
  public get metricsVersion() {
    return this.getStringAttribute('metrics_version');
  }
  public set metricsVersion(value: string) {
    this._metricsVersion = value;
  }
  public resetMetricsVersion() {
    this._metricsVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricsVersionInput() {
    return this._metricsVersion;
  }

  // scrape_config - computed: true, optional: false, required: false
  public get scrapeConfig() {
    return this.getStringAttribute('scrape_config');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      alias: cdktf.stringToTerraform(this._alias),
      bearer_token: cdktf.stringToTerraform(this._bearerToken),
      id: cdktf.stringToTerraform(this._id),
      metric_type: cdktf.stringToTerraform(this._metricType),
      metrics_version: cdktf.stringToTerraform(this._metricsVersion),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bearer_token: {
        value: cdktf.stringToHclTerraform(this._bearerToken),
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
      metric_type: {
        value: cdktf.stringToHclTerraform(this._metricType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      metrics_version: {
        value: cdktf.stringToHclTerraform(this._metricsVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
