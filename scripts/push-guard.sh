#!/usr/bin/env bash
# A git pre-push hook that refuses to push the site's data (its domains,
# e-mail addresses and IP addresses from site.yaml) to any remote but the
# deploy repository. git runs it as `pre-push <remote name> <remote url>`
# and writes one line per ref it is about to push to its stdin:
#   <local ref> <local object> <remote ref> <remote object>
# Every commit those refs would add to the remote is checked: its message
# and the content of every file it adds or changes. Nothing else is: a
# branch that is not pushed may hold anything.
#
# Environment:
#   HOMELAB_PUSH_GUARD_ALLOW     URLs site data may go to, separated by spaces (deploy-sync sets the
#                                deploy repository's); unset: none
#   HOMELAB_PUSH_GUARD_PATTERNS  a file with one fixed string a line; unset: computed from the
#                                model (scripts/push-guard-patterns.ts, HOMELAB_MODEL_DIR)
# Use in a checkout of the project: ln -s ../../scripts/push-guard.sh .git/hooks/pre-push
set -euo pipefail
remote_name="$1"
remote_url="$2"

for allowed in ${HOMELAB_PUSH_GUARD_ALLOW:-}; do
  [ "$remote_url" = "$allowed" ] && exit 0
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
patterns="${HOMELAB_PUSH_GUARD_PATTERNS:-}"
if [ -z "$patterns" ]; then
  here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
  patterns="$tmp/patterns"
  node "$here/run.js" "$here/push-guard-patterns.ts" >"$patterns" || {
    echo "push-guard: could not read the site's data from the model; not pushing" >&2
    exit 1
  }
fi
[ -r "$patterns" ] || { echo "push-guard: $patterns is not readable; not pushing" >&2; exit 1; }
# Without site data (no site.yaml) there is nothing to keep back.
grep -q . "$patterns" || exit 0

zero=$(git hash-object --stdin </dev/null | tr '0-9a-f' '0')
# The ref lines first, so that nothing below can read from git's stdin.
mapfile -t refs
found=0
for line in "${refs[@]}"; do
  read -r _local_ref local_oid remote_ref remote_oid <<<"$line"
  # A deletion sends no content.
  [ "$local_oid" = "$zero" ] && continue
  if [ "$remote_oid" != "$zero" ] && git cat-file -e "$remote_oid^{commit}" 2>/dev/null; then
    commits=$(git rev-list "$remote_oid..$local_oid")
  else
    # A new ref (or one whose remote tip is unknown here): everything the remote is not known to have.
    commits=$(git rev-list "$local_oid" --not --remotes="$remote_name")
  fi
  for commit in $commits; do
    if git log -1 --format=%B "$commit" | grep -qF -f "$patterns"; then
      echo "push-guard: $remote_ref: commit ${commit:0:12}'s message contains site data" >&2
      found=1
    fi
    # Added and changed files: ":<mode> <mode> <old> <new> <status>\t<path>".
    while IFS=$'\t' read -r meta file; do
      blob=$(echo "$meta" | awk '{print $4}')
      status=$(echo "$meta" | awk '{print $5}')
      [ "$status" = "D" ] && continue
      [ "$(git cat-file -t "$blob" 2>/dev/null)" = "blob" ] || continue
      if git cat-file blob "$blob" | grep -qaF -f "$patterns"; then
        echo "push-guard: $remote_ref: commit ${commit:0:12} adds site data in $file" >&2
        found=1
      fi
    done < <(git diff-tree --no-commit-id -r --root "$commit" </dev/null)
  done
done
if [ "$found" -ne 0 ]; then
  echo "push-guard: refusing to push site data (domains, e-mail addresses, IP addresses from site.yaml) to $remote_name ($remote_url); only the deploy repository may receive it" >&2
  exit 1
fi
