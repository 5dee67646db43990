#!/usr/bin/env bash
# Checks the NixOS side without nixpkgs (CI has no network to fetch it):
#   1. every .nix file under nixos/ parses;
#   2. the host.json examples in tests/ load;
#   3. with NIXPKGS_LIB set to nixpkgs' lib directory (absolute path), the
#      modules are evaluated for each example and for the base image, against
#      tests/expected.nix (see tests/eval.nix for what that does and does not
#      cover).
# Prints each failure, then "N passed, N failed"; exits non-zero on failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v nix-instantiate >/dev/null 2>&1; then
  echo "nixos/check.sh: nix-instantiate not found; install Nix (Debian: apt-get install nix-bin)" >&2
  exit 2
fi

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  echo "FAIL $1"
  if [ -n "${2:-}" ]; then
    printf '%s\n' "$2" | sed 's/^/    /'
  fi
}

while IFS= read -r -d '' file; do
  if out=$(nix-instantiate --parse "$file" 2>&1 >/dev/null); then
    pass
  else
    fail "parse ${file#"$here"/}" "$out"
  fi
done < <(find "$here" -name '*.nix' -not -path "$here/result*" -print0 | sort -z)

for file in "$here"/tests/host-json-example-*.json; do
  if out=$(nix-instantiate --eval --strict -E "builtins.fromJSON (builtins.readFile \"$file\")" 2>&1 >/dev/null); then
    pass
  else
    fail "load ${file#"$here"/}" "$out"
  fi
done

if [ -n "${NIXPKGS_LIB:-}" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  for case in master worker support image; do
    root="$work/$case"
    mkdir -p "$root"
    cp -R "$here"/. "$root"/
    if [ "$case" != image ]; then
      cp "$here/tests/host-json-example-$case.json" "$root/host.json"
    fi
    if out=$(nix-instantiate --eval --strict --json "$root/tests/run.nix" \
      --arg lib "import $NIXPKGS_LIB" --arg root "$root" --argstr case "$case" 2>&1) \
      && [ "$out" = "[]" ]; then
      pass
    else
      fail "evaluate $case" "$out"
    fi
  done
else
  echo "module evaluation skipped: set NIXPKGS_LIB to nixpkgs' lib directory to run it"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
