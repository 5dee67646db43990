#!/usr/bin/env bash
# Commits the rendered GitOps tree (cdktf.out/gitops: the kustomize bases and
# each cluster's generated overlays and Applications, with the site's values)
# to the `deploy` branch of the GitLab deploy repository, which every
# cluster's ArgoCD syncs. Works in a fresh temporary clone, never in the
# project's checkout: one commit per change, none when the tree is unchanged,
# a plain (fast-forward) push, the push guard (scripts/push-guard.sh) in
# front of it. Run by OpenTofu (local-exec of DeploySync in base) or by hand.
#
# Environment:
#   HOMELAB_DEPLOY_TREE         the rendered tree (must hold index.json)
#   HOMELAB_DEPLOY_REMOTE       the deploy repository's clone URL
#   HOMELAB_DEPLOY_BRANCH       default: deploy
#   HOMELAB_DEPLOY_KNOWN_HOSTS  known_hosts lines pinning the server's host key (SSH remotes);
#                               host keys are never learned on first use
#   HOMELAB_DEPLOY_SSH_KEY      the private key (OpenSSH) allowed to push; given to a private
#                               ssh-agent on stdin, never written to a file. Unset: the caller's agent
#   HOMELAB_DEPLOY_SOURCE       the project checkout the tree was rendered from (for the
#                               commit message); default: this script's repository
#   HOMELAB_MODEL_DIR           where site.yaml is, for the push guard's patterns
set -euo pipefail
: "${HOMELAB_DEPLOY_TREE:?}" "${HOMELAB_DEPLOY_REMOTE:?}"
branch="${HOMELAB_DEPLOY_BRANCH:-deploy}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_repo="${HOMELAB_DEPLOY_SOURCE:-$here/..}"
remote="$HOMELAB_DEPLOY_REMOTE"
say() { echo "deploy-sync: $*" >&2; }

[ -f "$HOMELAB_DEPLOY_TREE/index.json" ] || {
  say "$HOMELAB_DEPLOY_TREE has no index.json — run npm run synth first, which renders the GitOps tree"
  exit 1
}
tree="$(cd "$HOMELAB_DEPLOY_TREE" && pwd)"

tmp=$(mktemp -d)
agent_pid=""
cleanup() {
  [ -n "$agent_pid" ] && kill "$agent_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

case "$remote" in
  ssh://* | *@*:*)
    [ -n "${HOMELAB_DEPLOY_KNOWN_HOSTS:-}" ] || {
      say "HOMELAB_DEPLOY_KNOWN_HOSTS is empty — give the server's pinned host key (known_hosts format)"
      exit 1
    }
    printf '%s\n' "$HOMELAB_DEPLOY_KNOWN_HOSTS" >"$tmp/known_hosts"
    ssh_cmd="ssh -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=$tmp/known_hosts -o GlobalKnownHostsFile=/dev/null -o ConnectTimeout=15"
    if [ -n "${HOMELAB_DEPLOY_SSH_KEY:-}" ]; then
      eval "$(ssh-agent -s -a "$tmp/agent.sock")" >/dev/null
      agent_pid="$SSH_AGENT_PID"
      printf '%s\n' "$HOMELAB_DEPLOY_SSH_KEY" | ssh-add -q - || { say "the push key was not accepted by ssh-add"; exit 1; }
    fi
    export GIT_SSH_COMMAND="$ssh_cmd"
    ;;
esac

# The guard's patterns, from the site's model.
HOMELAB_MODEL_DIR="${HOMELAB_MODEL_DIR:-$source_repo}" node "$here/run.js" "$here/push-guard-patterns.ts" >"$tmp/patterns"
mkdir -p "$tmp/hooks"
ln -s "$here/push-guard.sh" "$tmp/hooks/pre-push"

# No user or system configuration: the clone behaves the same on every machine.
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 GIT_TERMINAL_PROMPT=0
git_() { git -C "$tmp/repo" -c core.hooksPath="$tmp/hooks" "$@"; }

if git ls-remote --exit-code --heads "$remote" "$branch" >/dev/null 2>&1; then
  git clone -q --single-branch --branch "$branch" "$remote" "$tmp/repo"
  existing=1
else
  status=$?
  # 2: the repository answered and has no such branch; anything else: it could not be read.
  [ "$status" -eq 2 ] || { say "cannot read $remote (git ls-remote exit $status)"; exit 1; }
  git init -q "$tmp/repo"
  git_ remote add origin "$remote"
  git_ checkout -q --orphan "$branch"
  existing=0
fi

# The branch holds exactly the tree: what the tree no longer has goes away.
git_ rm -rq --ignore-unmatch -- . >/dev/null
find "$tmp/repo" -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
cp -a "$tree/." "$tmp/repo/"
git_ add -A
if [ "$existing" -eq 1 ] && git_ diff --cached --quiet; then
  say "$remote $branch is up to date"
  exit 0
fi

subject="the rendered GitOps tree"
if git -C "$source_repo" rev-parse --git-dir >/dev/null 2>&1; then
  rev=$(git -C "$source_repo" rev-parse --short=12 HEAD 2>/dev/null || echo unborn)
  [ -z "$(git -C "$source_repo" status --porcelain 2>/dev/null)" ] || rev="$rev-dirty"
  subject="$subject of $rev"
fi
git_ -c user.name="homelab deploy-sync" -c user.email="deploy-sync@homelab.invalid" \
  commit -q -m "Deploy: $subject"
HOMELAB_PUSH_GUARD_ALLOW="$remote" HOMELAB_PUSH_GUARD_PATTERNS="$tmp/patterns" \
  git_ push -q origin "HEAD:refs/heads/$branch"
say "pushed $(git_ rev-parse --short=12 HEAD) to $remote $branch"
