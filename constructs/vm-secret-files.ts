import { Fn, Token } from "cdktf";
import { Construct } from "constructs";
import { crossStackValue } from "./cross-stack";
import { SECRETS_DIR } from "./nixos-vm";
import type { NixosVm } from "./nixos-vm";
import { fromStack } from "./paths";
import { TerraformData } from "./terraform-data";
import { throwIfInvalid } from "./validation";

export interface VmSecretFilesProps {
  /** The VM that receives the files. */
  readonly vm: NixosVm;
  /** Files by name below the VM's secrets directory; values are sensitive references, never literals. */
  readonly files: Readonly<Record<string, string>>;
}

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Secrets that only exist once a service runs (a Ziti router's enrolment
 * token, a runner's registration token), delivered to a VM as root-only
 * files below its secrets directory, outside the Nix store. The units that
 * need them wait for the files. Delivered again whenever a value changes or
 * the VM's configuration is delivered again.
 */
export class VmSecretFiles extends Construct {
  /** The delivery resource. */
  public readonly delivery: TerraformData;

  constructor(scope: Construct, id: string, props: VmSecretFilesProps) {
    super(scope, id);
    const names = Object.keys(props.files).sort();
    const problems: string[] = [];
    if (names.length === 0) problems.push("files is empty — give at least one file, or leave the construct out");
    for (const name of names) {
      if (!FILE_NAME.test(name))
        problems.push(`files has "${name}" — use a plain file name (letters, digits, '.', '_', '-')`);
      const value = props.files[name];
      if (!Token.isUnresolved(value))
        problems.push(`files["${name}"] is a literal — pass a reference to a generated or stored secret`);
    }
    throwIfInvalid(this, problems);

    const secretsJson = Fn.jsonencode(Object.fromEntries(names.map((name) => [name, props.files[name]])));
    this.delivery = new TerraformData(this, "delivery", {
      triggersReplace: {
        secrets: Token.asString(Fn.sha256(secretsJson)),
        // The VM's delivery may be in another stack (the support VM's is).
        vm: crossStackValue(this, props.vm, "vm-delivery-id", props.vm.delivery.id),
      },
      provisioners: [
        {
          type: "local-exec",
          command: `bash "${fromStack("scripts/deliver-nixos.sh")}"`,
          environment: {
            HOMELAB_HOST: props.vm.ipAddress,
            HOMELAB_ADMIN_USER: props.vm.adminUser,
            HOMELAB_SECRETS_DIR: SECRETS_DIR,
            HOMELAB_SECRETS: secretsJson,
            HOMELAB_DELIVERY: "secrets",
          },
        },
      ],
    });
  }
}
