import { LocalExecProvisioner, TerraformResource } from "cdktf";
import { Construct } from "constructs";

export interface TerraformDataProps {
  /** Values whose change replaces the resource, which re-runs its provisioners. */
  readonly triggersReplace: Readonly<Record<string, string>>;
  /** What runs when the resource is created. */
  readonly provisioners: readonly LocalExecProvisioner[];
}

/**
 * OpenTofu's built-in `terraform_data` resource, for running provisioners
 * when something changes. cdktf's own `DataResource` attaches a validation
 * that executes `terraform version` during every synth, once per resource:
 * seconds per cluster, and a failed synth on machines that have OpenTofu but
 * no `terraform` binary. This resource synthesizes the same block without it.
 */
export class TerraformData extends TerraformResource {
  private readonly triggers: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: TerraformDataProps) {
    super(scope, id, {
      terraformResourceType: "terraform_data",
      terraformGeneratorMetadata: { providerName: "terraform" },
      provisioners: [...props.provisioners],
    });
    this.triggers = props.triggersReplace;
  }

  public get id(): string {
    return this.getStringAttribute("id");
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return { triggers_replace: this.triggers };
  }
}
