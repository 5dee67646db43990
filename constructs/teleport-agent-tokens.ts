import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import type { VaultRoot } from "./vault-root";
import { throwIfInvalid } from "./validation";

export interface TeleportAgentTokensProps {
  /** Join token of each cluster's Teleport Kubernetes agent (sensitive), by Vault namespace. */
  readonly tokens: Readonly<Record<string, string>>;
  /** The Vault root whose per-namespace KV mounts receive the tokens. */
  readonly root: VaultRoot;
  /** Address the agents dial, `teleport.<support domain>:3080`. */
  readonly proxyAddress: string;
  /** Secret path inside each namespace's KV mount. @default "teleport/agent" */
  readonly path?: string;
}

/**
 * Puts each cluster's Teleport join token, with the proxy address, into that
 * cluster's Vault namespace, where its external-secrets (allowed to read
 * only its own namespace) hands it to the in-cluster teleport-kube-agent.
 */
export class TeleportAgentTokens extends Construct {
  /** The secrets by namespace. */
  public readonly secrets: Readonly<Record<string, KvSecretV2>>;

  constructor(scope: Construct, id: string, props: TeleportAgentTokensProps) {
    super(scope, id);
    const secretPath = props.path ?? "teleport/agent";
    const problems: string[] = [];
    for (const namespace of Object.keys(props.tokens)) {
      if (!props.root.namespaces[namespace])
        problems.push(
          `tokens names namespace "${namespace}", which the Vault root does not have — add the cluster to the model`,
        );
    }
    if (!/^[^:/\s]+:\d+$/.test(props.proxyAddress))
      problems.push(
        `proxyAddress "${props.proxyAddress}" must be host:port, such as teleport.support.lab.example.com:3080`,
      );
    throwIfInvalid(this, problems);

    const secrets: Record<string, KvSecretV2> = {};
    for (const namespace of Object.keys(props.tokens).sort()) {
      const { namespace: ns, kv } = props.root.namespaces[namespace];
      secrets[namespace] = new KvSecretV2(this, namespace, {
        namespace: ns.path,
        mount: kv.path,
        name: secretPath,
        dataJson: Fn.jsonencode({ token: props.tokens[namespace], proxy_addr: props.proxyAddress }),
      });
    }
    this.secrets = secrets;
  }
}
