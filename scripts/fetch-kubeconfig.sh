#!/usr/bin/env bash
# Fetches an RKE2 master's admin kubeconfig to a local file with mode 0600,
# pointing it at the master's VLAN address. Run by OpenTofu (local-exec of
# Rke2Cluster's kubeconfig resource); input from the environment:
#   HOMELAB_HOST, HOMELAB_ADMIN_USER, HOMELAB_API_SERVER, HOMELAB_KUBECONFIG
# and optionally HOMELAB_CA_FILE, where the API server's CA certificate (not
# secret) is written for Vault's Kubernetes auth configuration.
set -euo pipefail
: "${HOMELAB_HOST:?}" "${HOMELAB_ADMIN_USER:?}" "${HOMELAB_API_SERVER:?}" "${HOMELAB_KUBECONFIG:?}"
wait_seconds="${HOMELAB_KUBECONFIG_WAIT_SECONDS:-900}"
ssh_opts=(-o BatchMode=yes -o ConnectTimeout=10 -o StrictHostKeyChecking=accept-new)
source_file=/etc/rancher/rke2/rke2.yaml

# A changed host key (the VM was re-created at the same address) fails every retry the same way:
# say so at once, with the fix, instead of waiting for the file.
host_key_changed() {
  case "$1" in
    *"REMOTE HOST IDENTIFICATION HAS CHANGED"* | *"Host key verification failed"*)
      echo "fetch-kubeconfig: the SSH host key of $HOMELAB_HOST has changed (was the VM re-created at that address?) — if so, remove the old key with: ssh-keygen -R $HOMELAB_HOST, then apply again" >&2
      exit 1
      ;;
  esac
}

deadline=$((SECONDS + wait_seconds))
until ssh_error=$(ssh "${ssh_opts[@]}" "$HOMELAB_ADMIN_USER@$HOMELAB_HOST" sudo test -s "$source_file" 2>&1 >/dev/null); do
  host_key_changed "$ssh_error"
  [ "$SECONDS" -lt "$deadline" ] || { echo "fetch-kubeconfig: $source_file did not appear on $HOMELAB_HOST in ${wait_seconds}s" >&2; exit 1; }
  sleep 10
done

umask 077
mkdir -p "$(dirname "$HOMELAB_KUBECONFIG")"
tmp="$HOMELAB_KUBECONFIG.tmp.$$"
trap 'rm -f "$tmp"' EXIT
# RKE2 writes the local endpoint (https://127.0.0.1:6443); clients reach the master on the VLAN.
# shellcheck disable=SC2029 # source_file is a fixed path, expanded here on purpose
ssh "${ssh_opts[@]}" "$HOMELAB_ADMIN_USER@$HOMELAB_HOST" sudo cat "$source_file" |
  sed -E "s#(server: )https://127\\.0\\.0\\.1:6443#\\1${HOMELAB_API_SERVER}#" >"$tmp"
grep -q "server: ${HOMELAB_API_SERVER}" "$tmp" || { echo "fetch-kubeconfig: unexpected kubeconfig from $HOMELAB_HOST (no local server entry)" >&2; exit 1; }
chmod 0600 "$tmp"
if [ -n "${HOMELAB_CA_FILE:-}" ]; then
  ca_tmp="$HOMELAB_CA_FILE.tmp.$$"
  trap 'rm -f "$tmp" "$ca_tmp"' EXIT
  sed -n -E 's/^ *certificate-authority-data: *//p' "$tmp" | head -n 1 | base64 -d >"$ca_tmp"
  grep -q "BEGIN CERTIFICATE" "$ca_tmp" || { echo "fetch-kubeconfig: no CA certificate in the kubeconfig from $HOMELAB_HOST" >&2; exit 1; }
  chmod 0644 "$ca_tmp"
  mv "$ca_tmp" "$HOMELAB_CA_FILE"
fi
mv "$tmp" "$HOMELAB_KUBECONFIG"
echo "fetch-kubeconfig: wrote $HOMELAB_KUBECONFIG" >&2
