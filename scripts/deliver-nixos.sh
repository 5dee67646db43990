#!/usr/bin/env bash
# Delivers a VM's NixOS configuration and secrets, then switches to it.
# Run by OpenTofu (local-exec of a NixosVm's delivery resource) on the
# machine that applies; all input comes from the environment:
#   HOMELAB_HOST            the VM's address
#   HOMELAB_ADMIN_USER      login after the first rebuild (before it, root via cloud-init)
#   HOMELAB_NIXOS_DIR       the repository's nixos/ directory
#   HOMELAB_NIXOS_SOURCES   what of it to copy ("configuration.nix hardware modules …")
#   HOMELAB_HOST_JSON       the VM's host.json
#   HOMELAB_SECRETS_DIR     where secrets go on the VM
#   HOMELAB_SECRETS         JSON object: file name -> content (sensitive; never printed)
#   HOMELAB_NIXOS_TARGET    where the configuration goes on the VM (default /etc/nixos)
#   HOMELAB_DELIVERY        "full" (default), or "secrets" to deliver the secrets and
#                           nothing else (no sources, no switch), for secrets that only
#                           exist once a service runs; the units waiting for them start
#                           when they appear
# SSH uses the operator's agent or default keys; the VM's host key is
# accepted on first contact and checked after that.
set -euo pipefail

: "${HOMELAB_HOST:?}" "${HOMELAB_ADMIN_USER:?}" "${HOMELAB_SECRETS_DIR:?}" "${HOMELAB_SECRETS:?}"
delivery="${HOMELAB_DELIVERY:-full}"
case "$delivery" in full | secrets) ;; *) echo "deliver-nixos: HOMELAB_DELIVERY is \"$delivery\"; use full or secrets" >&2; exit 2 ;; esac
if [ "$delivery" = full ]; then
  : "${HOMELAB_NIXOS_DIR:?}" "${HOMELAB_NIXOS_SOURCES:?}" "${HOMELAB_HOST_JSON:?}"
fi
wait_seconds="${HOMELAB_SSH_WAIT_SECONDS:-600}"
target="${HOMELAB_NIXOS_TARGET:-/etc/nixos}"
ssh_opts=(-o BatchMode=yes -o ConnectTimeout=10 -o StrictHostKeyChecking=accept-new -o ServerAliveInterval=30)

# The admin user exists only after the first rebuild; until then cloud-init gave root the keys.
login=""
deadline=$((SECONDS + wait_seconds))
while [ -z "$login" ]; do
  for user in "$HOMELAB_ADMIN_USER" root; do
    if ssh "${ssh_opts[@]}" "$user@$HOMELAB_HOST" true 2>/dev/null; then
      login="$user"
      break
    fi
  done
  if [ -z "$login" ]; then
    [ "$SECONDS" -lt "$deadline" ] || { echo "deliver-nixos: no SSH login to $HOMELAB_HOST as $HOMELAB_ADMIN_USER or root after ${wait_seconds}s" >&2; exit 1; }
    sleep 5
  fi
done
remote() { ssh "${ssh_opts[@]}" "$login@$HOMELAB_HOST" "$@"; }
sudo=""
[ "$login" = root ] || sudo="sudo"
echo "deliver-nixos: configuring $HOMELAB_HOST as $login" >&2

# 1. The NixOS sources, replacing what an earlier delivery left.
if [ "$delivery" = full ]; then
  read -r -a sources <<<"$HOMELAB_NIXOS_SOURCES"
  tar -C "$HOMELAB_NIXOS_DIR" -cf - -- "${sources[@]}" |
    remote "$sudo bash -c $(printf %q "umask 022; mkdir -p $target && cd $target && rm -rf ${HOMELAB_NIXOS_SOURCES} && tar -xf - --no-same-owner")"
  printf '%s' "$HOMELAB_HOST_JSON" | remote "$sudo bash -c $(printf %q "umask 022; cat > $target/host.json")"
fi

# 2. Secrets: root-only files outside the Nix store, sent through stdin (NUL-separated name and
#    base64 content) so that they never appear in an argument list or a log.
#    Modes are left as the NixOS modules set them, on every delivery: the directory is 0711 (its
#    tmpfiles rule: services with their own user, such as nginx, reach the files they are given
#    without listing the others), and a file that exists keeps its owner, group and mode (the TLS
#    key is root:nginx 0640). Only what does not exist yet is created: the directory 0711 with
#    parents 0755 (which nginx must traverse), new subdirectories and files root-only.
# shellcheck disable=SC2016 # expanded on the VM
write_secrets='
  set -eu
  umask 077
  dir=$1
  if [ ! -d "$dir" ]; then
    (umask 022 && mkdir -p "$(dirname "$dir")")
    mkdir -m 0711 "$dir"
  fi
  while IFS= read -r -d "" name && IFS= read -r -d "" value; do
    file="$dir/$name"
    mkdir -p "$(dirname "$file")"
    printf %s "$value" | base64 -d > "$file.tmp"
    if [ -f "$file" ]; then
      chown --reference="$file" "$file.tmp"
      chmod --reference="$file" "$file.tmp"
    else
      chmod 0600 "$file.tmp"
    fi
    mv "$file.tmp" "$file"
  done
'
node -e '
  const secrets = JSON.parse(process.env.HOMELAB_SECRETS);
  for (const [name, value] of Object.entries(secrets)) {
    process.stdout.write(`${name}\0${Buffer.from(value).toString("base64")}\0`);
  }
' | remote "$sudo bash -c $(printf %q "$write_secrets") _ $(printf %q "$HOMELAB_SECRETS_DIR")"

if [ "$delivery" = secrets ]; then
  echo "deliver-nixos: secrets delivered to $HOMELAB_HOST" >&2
  exit 0
fi

# 3. Switch. The first switch replaces the base image's configuration, including root's SSH access.
remote "$sudo nixos-rebuild switch"
echo "deliver-nixos: $HOMELAB_HOST switched" >&2
