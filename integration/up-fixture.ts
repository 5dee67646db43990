/**
 * The small homelab that `up`'s slow tests bring up, shared by the tests
 * and the driver they run as a separate process (to kill it mid-apply, or
 * to run it inside the Kubernetes test server's network namespace): a
 * support stack that starts with local state, its state then in the MinIO
 * bucket `up` makes, and after it, as the fixture asks, a `base` that waits
 * for OpenBao and writes to it; an `identity` stack that waits for a
 * Keycloak's master realm and makes a realm in it with the admin read "from
 * the cluster", as a cluster's identity stack does; and a `cluster` stack
 * with a `platform` stack on that cluster's API server, reading the
 * kubeconfig the cluster's stack names (`kubeconfig_path`), as a cluster's
 * platform stack does. The "support VM" is a directory of this machine and
 * the cluster a kube-apiserver without nodes (no NixOS VM runs here).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Credentials } from "../cli/credentials";
import { CliError } from "../cli/errors";
import { Progress } from "../cli/progress";
import type { Remote } from "../cli/remote";
import { readStacks, StackInfo } from "../cli/stacks";
import type { UpOptions } from "../cli/up";

export interface UpFixture {
  readonly work: string;
  readonly minioEndpoint: string;
  /** The OpenBao `base` writes to; without it, no `base` stack. */
  readonly baoAddress?: string;
  /** Seconds `base` spends creating a resource that takes that long (0: none). */
  readonly slowSeconds: number;
  /** The Keycloak the `identity` stack manages, and its admin (what `up` reads from a cluster); without it, no `identity` stack. */
  readonly keycloak?: { readonly url: string; readonly username: string; readonly password: string };
  /** The kubernetes provider version for the `platform` stack; without it, no `cluster` and `platform` stacks. */
  readonly kubernetesProvider?: string;
}

/** The realm the `identity` stack makes. */
export const FIXTURE_REALM = "up-broker";

export const fixtureOutdir = (f: UpFixture) => path.join(f.work, "out");
export const fixtureLocalState = (f: UpFixture) => path.join(f.work, "state", "support", "terraform.tfstate");
export const fixtureVmSecrets = (f: UpFixture) => path.join(f.work, "vm-secrets");
export const fixtureRunRecord = (f: UpFixture) => path.join(f.work, "state", "up.json");
/** Where the `cluster` stack says its kubeconfig is (relative to `work`, as the real one is to the repository). */
export const FIXTURE_KUBECONFIG = "state/kubeconfig/lab.yaml";
/** The namespace the `platform` stack makes. */
export const FIXTURE_NAMESPACE = "up-platform";

/** What `homelab synth` would write: the support stack (local or S3 state) and the stacks the fixture asks for. */
export function fixtureStacks(f: UpFixture, localBootstrap: boolean): StackInfo[] {
  const outdir = fixtureOutdir(f);
  const s3 = (key: string) => ({
    s3: {
      bucket: "tofu-state",
      key,
      region: "us-east-1",
      endpoints: { s3: f.minioEndpoint },
      use_path_style: true,
      use_lockfile: true,
      skip_credentials_validation: true,
      skip_metadata_api_check: true,
      skip_region_validation: true,
      skip_requesting_account_id: true,
    },
  });
  const slow =
    f.slowSeconds > 0
      ? { terraform_data: { slow: { provisioner: [{ "local-exec": { command: `sleep ${f.slowSeconds}` } }] } } }
      : {};
  const stacks: Record<string, object> = {
    support: {
      terraform: {
        backend: localBootstrap ? { local: { path: fixtureLocalState(f) } } : s3("support/terraform.tfstate"),
      },
      resource: { terraform_data: { vm: { input: "support-vm" } } },
      output: { support_ip: { value: "127.0.0.1" } },
    },
  };
  const dependencies: Record<string, string[]> = { support: [] };
  if (f.baoAddress) {
    stacks.base = {
      terraform: {
        backend: s3("base/terraform.tfstate"),
        required_providers: { vault: { source: "hashicorp/vault", version: "5.9.0" } },
      },
      provider: { vault: [{ address: f.baoAddress }] },
      resource: {
        vault_kv_secret_v2: {
          probe: { mount: "secret", name: "homelab-up", data_json: JSON.stringify({ up: "yes" }) },
        },
        ...slow,
      },
    };
    dependencies.base = ["support"];
  }
  if (f.keycloak) {
    stacks.identity = {
      terraform: {
        backend: s3("identity/terraform.tfstate"),
        required_providers: { keycloak: { source: "keycloak/keycloak", version: "4.5.0" } },
      },
      // As a cluster's identity stack: admin-cli in master, the login from KEYCLOAK_USER/PASSWORD.
      provider: { keycloak: [{ url: f.keycloak.url, client_id: "admin-cli", realm: "master", initial_login: false }] },
      resource: { keycloak_realm: { broker: { realm: FIXTURE_REALM, enabled: true } } },
    };
    dependencies.identity = [f.baoAddress ? "base" : "support"];
  }
  if (f.kubernetesProvider) {
    // The cluster's VMs, and where its kubeconfig is once RKE2 wrote it and it was fetched.
    stacks.cluster = {
      terraform: { backend: s3("cluster/terraform.tfstate") },
      resource: { terraform_data: { master: { input: "lab-master" } } },
      output: { kubeconfig_path: { value: FIXTURE_KUBECONFIG } },
    };
    // As a cluster's platform stack: the providers read that kubeconfig, from the stack's directory.
    const kubeconfig = `\${path.module}/../../../${FIXTURE_KUBECONFIG}`;
    stacks.platform = {
      terraform: {
        backend: s3("platform/terraform.tfstate"),
        required_providers: { kubernetes: { source: "hashicorp/kubernetes", version: f.kubernetesProvider } },
      },
      provider: { kubernetes: [{ config_path: kubeconfig }] },
      resource: {
        kubernetes_namespace_v1: { platform: { metadata: { name: FIXTURE_NAMESPACE } } },
        kubernetes_config_map_v1: {
          marker: {
            metadata: { name: "homelab-up", namespace: "${kubernetes_namespace_v1.platform.metadata[0].name}" },
            data: { up: "yes" },
          },
        },
      },
    };
    dependencies.cluster = ["support"];
    dependencies.platform = ["cluster"];
  }
  const manifest: Record<string, object> = {};
  for (const [name, config] of Object.entries(stacks)) {
    fs.mkdirSync(path.join(outdir, "stacks", name), { recursive: true });
    fs.writeFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), JSON.stringify(config, null, 2));
    manifest[name] = { name, workingDirectory: `stacks/${name}`, dependencies: dependencies[name] };
  }
  fs.writeFileSync(path.join(outdir, "manifest.json"), JSON.stringify({ version: "0.21.0", stacks: manifest }));
  return readStacks(outdir);
}

/** The support VM, as far as `up` sees it: files read with sudo over SSH. `down` makes it not answer. */
export function fixtureVm(f: UpFixture, down = false): Remote {
  return {
    host: "127.0.0.1",
    async run(command: string) {
      if (down) throw new CliError("ssh admin@127.0.0.1 failed (Connection refused)");
      const m = /^sudo cat \/var\/lib\/homelab\/secrets\/([\w.-]+)$/.exec(command);
      if (!m) throw new Error(`unexpected command on the VM: ${command}`);
      return fs.readFileSync(path.join(fixtureVmSecrets(f), m[1]), "utf8");
    },
  };
}

/** `up`'s options for the fixture; `env` holds the toolchain's environment and no credential. */
export function fixtureUp(
  f: UpFixture,
  options: { remote: Remote; env: NodeJS.ProcessEnv; tofu: string; waitSeconds: number; write: (t: string) => void },
): UpOptions {
  return {
    synth: (localBootstrap) => fixtureStacks(f, localBootstrap),
    credentials: new Credentials(
      {
        remote: options.remote,
        files: {
          secretsDir: "/var/lib/homelab/secrets",
          minioRootEnv: "minio-root.env",
          openbaoInit: "openbao-init.json",
        },
        outputs: async () => undefined,
        upstreamKeycloakUrl: "https://idp.invalid",
        clusterKeycloakAdmin: async (url) => {
          if (!f.keycloak || url !== f.keycloak.url) throw new Error(`no cluster Keycloak at ${url} here`);
          return { username: f.keycloak.username, password: f.keycloak.password };
        },
      },
      options.env,
    ),
    tofu: options.tofu,
    env: options.env,
    logDir: path.join(f.work, "logs"),
    progress: new Progress({ write: options.write }),
    localStatePath: () => fixtureLocalState(f),
    runRecord: fixtureRunRecord(f),
    stateBucket: { bucket: "tofu-state", region: "us-east-1" },
    waitSeconds: options.waitSeconds,
  };
}
