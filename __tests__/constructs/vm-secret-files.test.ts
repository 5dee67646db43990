import { TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { LibvirtHost, SupportVm, VmSecretFiles } from "../../constructs";
import { shippedModel } from "../../testing/model";

const { site } = shippedModel();

function synth(files: (scope: Construct) => Record<string, string>): string {
  return Testing.synthScope((scope) => {
    const host = new LibvirtHost(scope, "host", {
      baseImagePath: "nixos/result/nixos.qcow2",
      natCidr: "192.168.121.0/24",
    });
    const support = new SupportVm(scope, "support", {
      vm: site.support,
      host,
      admin: site.admin,
      domain: site.domains.support,
      zitiDomain: site.domains.ziti,
      nfsAllowedNetwork: site.network.nfsAllowedNetwork,
      acmeEmail: site.identity.adminEmail,
      services: ["openbao", "nginx", "ziti"],
    });
    new VmSecretFiles(scope, "later", { vm: support.vm, files: files(scope) });
  });
}

function delivery(out: string): any {
  return Object.entries(JSON.parse(out).resource.terraform_data).find(([id]) => id.startsWith("later_"))![1];
}

describe("VmSecretFiles", () => {
  const token = (scope: Construct) => ({
    "ziti-router.env": new TerraformVariable(scope, "jwt", { sensitive: true }).stringValue,
  });

  test("delivers only the secrets, to the VM's address, whenever they or the VM's configuration change", () => {
    const block = delivery(synth(token));
    const exec = block.provisioner[0]["local-exec"];
    expect(exec.environment).toMatchObject({
      HOMELAB_HOST: "10.69.50.10",
      HOMELAB_ADMIN_USER: "admin",
      HOMELAB_DELIVERY: "secrets",
      HOMELAB_SECRETS: '${jsonencode({"ziti-router.env" = var.jwt})}',
    });
    expect(exec.environment).not.toHaveProperty("HOMELAB_HOST_JSON");
    expect(block.triggers_replace).toEqual({
      secrets: '${sha256(jsonencode({"ziti-router.env" = var.jwt}))}',
      vm: "${terraform_data.support_vm.id}",
    });
  });

  test("refuses literal values, odd file names and an empty set", () => {
    expect(() => synth(() => ({ "ziti-router.env": "ZITI_ENROLL_TOKEN=abc" }))).toThrow(
      /files\["ziti-router\.env"\] is a literal — pass a reference/,
    );
    expect(() => synth((scope) => ({ "../escape": token(scope)["ziti-router.env"] }))).toThrow(
      /files has "\.\.\/escape" — use a plain file name/,
    );
    expect(() => synth(() => ({}))).toThrow(/files is empty/);
  });
});
