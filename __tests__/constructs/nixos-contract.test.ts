/**
 * The TypeScript and the NixOS modules agree on the values they share
 * (nixos/contract.json): every secret file a VM's units wait for is the
 * file the stacks deliver to that VM, and the ports the stacks dial are the
 * ports the modules listen on and open. Both sides are taken from their real
 * output: the synthesized stacks (delivered file names, host.json, URLs) and
 * the modules evaluated for the host.json the stacks generate.
 */
import { CONTRACT } from "../../constructs";
import { evalNixosHost } from "../../testing/nixos";
import { shippedModel } from "../../testing/model";
import { synthStacks } from "../../testing/synth";

const stacks = Object.fromEntries(
  Object.entries(synthStacks(shippedModel())).map(([name, text]) => [name, JSON.parse(text)]),
);

interface Delivery {
  readonly host: string;
  readonly hostJson?: string;
  readonly files: string[];
}

/** The names of the files each terraform_data delivery writes, by host. */
function deliveries(): Delivery[] {
  const found: Delivery[] = [];
  for (const stack of Object.values<any>(stacks)) {
    for (const resource of Object.values<any>(stack.resource?.terraform_data ?? {})) {
      const env = resource.provisioner?.[0]?.["local-exec"]?.environment;
      if (!env?.HOMELAB_SECRETS) continue;
      // ${jsonencode({"name" = value, …})}: the map's keys.
      const files = [...String(env.HOMELAB_SECRETS).matchAll(/(?:\{|, )"([^"]+)" = /g)].map((m) => m[1]);
      found.push({ host: env.HOMELAB_HOST, hostJson: env.HOMELAB_HOST_JSON, files });
    }
  }
  return found;
}

function delivered(host: string): string[] {
  return [
    ...new Set(
      deliveries()
        .filter((d) => d.host === host)
        .flatMap((d) => d.files),
    ),
  ].sort();
}

function hostJsonOf(role: string): string {
  const found = deliveries().find((d) => d.hostJson && JSON.parse(d.hostJson).role === role);
  if (!found?.hostJson) throw new Error(`no ${role} host.json in the synthesized stacks`);
  return found.hostJson;
}

/** Files below the secrets directory the VM's units wait for, relative to it. */
function awaited(waitForFiles: Record<string, string[]>, secretsDir: string): string[] {
  // The certificate security.acme keeps on the VM is made there, not delivered.
  const files = Object.values(waitForFiles)
    .flat()
    .filter((file) => !file.startsWith("/var/lib/acme/"));
  for (const file of files) {
    if (!file.startsWith(`${secretsDir}/`)) throw new Error(`${file} is not below ${secretsDir}`);
  }
  return [...new Set(files.map((f) => f.slice(secretsDir.length + 1)))].sort();
}

describe("the NixOS modules and the stacks share nixos/contract.json", () => {
  const supportJson = hostJsonOf("support");
  const support = JSON.parse(supportJson);
  const nix = evalNixosHost(
    supportJson,
    `{ inherit (e) waitForFiles; tcp = e.firewall.tcp; secretsDir = e.homelab.support.secretsDir; services = builtins.attrNames e.homelab.support.services; teleportWeb = e.homelab.support.teleport.webPort; gitlabSsh = e.homelab.support.gitlab.sshPort; }`,
  );

  test("the support VM's units wait for exactly the files the stacks deliver to it", () => {
    expect(support.homelab.support.secretsDir).toBe(nix.secretsDir);
    expect(awaited(nix.waitForFiles, nix.secretsDir)).toEqual(delivered(support.homelab.support.ip));
  });

  test("the support services host.json switches are the ones the modules declare", () => {
    expect(Object.keys(support.homelab.support.services).sort()).toEqual([...nix.services].sort());
    expect([...CONTRACT.supportServices].sort()).toEqual([...nix.services].sort());
  });

  test("the ports the stacks dial on the support VM are the ones it listens on and opens", () => {
    // The proxy address the clusters' Teleport agents get from Vault.
    const agentSecrets = Object.values<any>(stacks.base.resource.vault_kv_secret_v2).filter(
      (s) => s.name === "teleport/agent",
    );
    expect(agentSecrets.length).toBeGreaterThan(0);
    for (const secret of agentSecrets) {
      expect(secret.data_json).toContain(
        `"proxy_addr" = "teleport.${support.homelab.support.domain}:${nix.teleportWeb}"`,
      );
    }
    expect(stacks.base.provider.restapi.find((p: any) => p.alias === "ziti").uri).toBe(
      `https://${support.homelab.support.zitiDomain}:${CONTRACT.ports.ziti.publicManagement}/edge/management/v1`,
    );
    expect(nix.tcp).toEqual(
      expect.arrayContaining([
        nix.teleportWeb,
        nix.gitlabSsh,
        CONTRACT.ports.ziti.management,
        CONTRACT.ports.ziti.publicManagement,
      ]),
    );
    expect(nix.gitlabSsh).toBe(CONTRACT.ports.gitlab.ssh);
  });

  test.each(["master", "worker"])("a %s waits for the join token the stacks deliver to it", (role) => {
    const json = hostJsonOf(role);
    const host = JSON.parse(json);
    const node = evalNixosHost(json, `{ inherit (e) waitForFiles; tcp = e.firewall.tcp; }`);
    const ip = host.homelab.cluster.nodeIp;
    expect(awaited(node.waitForFiles, CONTRACT.secretsDir)).toEqual(delivered(ip));
    if (role === "master") {
      // The API server URL the cluster stacks use is the port the server opens.
      expect(JSON.stringify(stacks)).toContain(`https://${ip}:${CONTRACT.ports.rke2.apiServer}`);
      expect(node.tcp).toEqual(expect.arrayContaining([CONTRACT.ports.rke2.apiServer, CONTRACT.ports.rke2.supervisor]));
    }
  });
});
