#!/usr/bin/env bash
# The slow tier: builds (or reuses) the pinned toolchain and the test servers,
# parse-checks the NixOS tree, then runs the integration tests against real
# OpenTofu, providers, MinIO and OpenBao on 127.0.0.1.
# `npm run test:slow` runs this; CI runs it after `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v nix-instantiate >/dev/null 2>&1; then
  echo "== installing nix-instantiate (Debian nix-bin) for the NixOS checks" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nix-bin >/dev/null
  else
    echo "integration/run.sh: nix-instantiate is missing; install Debian's nix-bin (or Nix) and rerun" >&2
    exit 2
  fi
fi
echo "== NixOS tree" >&2
bash nixos/check.sh

echo "== toolchain" >&2
bash toolchain/build.sh

echo "== integration tests" >&2
exec npx jest -c jest.integration.config.js "$@"
