#!/usr/bin/env bash
# Waits until every named node has registered and reports Ready. Run by
# OpenTofu (local-exec of ClusterPlatform's nodes-ready resource) between the
# CNI and ArgoCD; input from the environment:
#   HOMELAB_KUBECONFIG       the cluster's admin kubeconfig
#   HOMELAB_NODES            node names, separated by spaces
#   HOMELAB_TIMEOUT_SECONDS  how long to wait for all of them (default 600)
# Waiting by name, not for "all nodes": a node that has not registered yet
# would otherwise not be waited for.
set -euo pipefail
: "${HOMELAB_KUBECONFIG:?}" "${HOMELAB_NODES:?}"
timeout="${HOMELAB_TIMEOUT_SECONDS:-600}"
command -v kubectl >/dev/null || { echo "wait-nodes-ready: kubectl is not on PATH — install it (it must match the cluster's minor version ±1)" >&2; exit 1; }
kubectl=(kubectl --kubeconfig "$HOMELAB_KUBECONFIG")
read -r -a nodes <<<"$HOMELAB_NODES"
deadline=$((SECONDS + timeout))

for node in "${nodes[@]}"; do
  until "${kubectl[@]}" get node "$node" -o name >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "wait-nodes-ready: node $node did not register within ${timeout}s" >&2; exit 1; }
    sleep 5
  done
done
for node in "${nodes[@]}"; do
  left=$((deadline - SECONDS))
  [ "$left" -gt 0 ] || left=1
  if ! "${kubectl[@]}" wait --for=condition=Ready "node/$node" --timeout="${left}s" >/dev/null; then
    echo "wait-nodes-ready: node $node is not Ready after ${timeout}s — on a Cilium cluster check the cilium pods in kube-system" >&2
    exit 1
  fi
done
echo "wait-nodes-ready: ${nodes[*]} Ready" >&2
