#!/usr/bin/env bash
# The slow tier: builds (or reuses) the pinned toolchain and the test servers,
# parse-checks the NixOS tree, then runs the integration tests against real
# OpenTofu, providers, MinIO and OpenBao on 127.0.0.1, and a libvirtd it
# starts on this machine. Needs root (libvirtd, a test bridge).
# `npm run test:slow` runs this; CI runs it after `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages the slow tier needs: nix-instantiate for the NixOS checks, and a libvirtd
# with QEMU (plus dnsmasq for NAT networks and mkisofs for cloud-init disks) for the
# hypervisor test. Installed from Debian when missing.
need=()
command -v nix-instantiate >/dev/null 2>&1 || need+=(nix-bin)
command -v libvirtd >/dev/null 2>&1 || need+=(libvirt-daemon-system libvirt-clients)
command -v qemu-system-x86_64 >/dev/null 2>&1 || need+=(qemu-system-x86)
command -v qemu-img >/dev/null 2>&1 || need+=(qemu-utils)
command -v dnsmasq >/dev/null 2>&1 || need+=(dnsmasq-base)
command -v mkisofs >/dev/null 2>&1 || need+=(genisoimage)
command -v ip >/dev/null 2>&1 || need+=(iproute2)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "integration/run.sh: missing ${need[*]}; install them (Debian package names) and rerun" >&2
    exit 2
  fi
  echo "== installing ${need[*]} (Debian)" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

echo "== NixOS tree" >&2
bash nixos/check.sh

echo "== toolchain" >&2
bash toolchain/build.sh

echo "== integration tests" >&2
exec npx jest -c jest.integration.config.js "$@"
