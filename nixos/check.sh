#!/usr/bin/env bash
# Checks the NixOS side without nixpkgs itself (CI cannot fetch it):
#   1. every .nix file under nixos/ parses (warnings are printed, errors fail);
#   2. the host.json examples in tests/ load;
#   3. with nixpkgs' lib, the modules are evaluated for each example and for
#      the base image, against tests/expected.nix and upstream-options.json
#      (see tests/eval.nix for what that does and does not cover).
# nixpkgs' lib is taken from NIXPKGS_LIB (its lib directory), else from
# ../shared/vendor/nixpkgs.lib/lib beside the repository. Without either,
# the evaluation is skipped, except in CI (CI=true), where that fails.
# Prints each failure, then "N passed, N failed"; exits non-zero on failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"

if ! command -v nix-instantiate >/dev/null 2>&1; then
  echo "nixos/check.sh: nix-instantiate not found; install Nix (Debian: apt-get install nix-bin)" >&2
  exit 2
fi

lib_dir="${NIXPKGS_LIB:-}"
vendored="$repo/../shared/vendor/nixpkgs.lib/lib"
if [ -z "$lib_dir" ] && [ -f "$vendored/default.nix" ]; then
  lib_dir="$(cd "$vendored" && pwd)"
fi
if [ -n "$lib_dir" ]; then
  lib_dir="$(cd "$lib_dir" 2>/dev/null && pwd)" || {
    echo "nixos/check.sh: NIXPKGS_LIB=$NIXPKGS_LIB is not a directory; point it at nixpkgs' lib/" >&2
    exit 2
  }
  if [ ! -f "$lib_dir/default.nix" ]; then
    echo "nixos/check.sh: $lib_dir has no default.nix; NIXPKGS_LIB must be nixpkgs' lib directory" >&2
    exit 2
  fi
elif [ "${CI:-}" = "true" ]; then
  echo "nixos/check.sh: nixpkgs' lib not found: set NIXPKGS_LIB to nixpkgs' lib directory or provide $vendored (CI must run the module evaluation)" >&2
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
# Nix's warnings go to stderr next to its errors; only the exit status (and,
# for the evaluation, stdout) decides. Warnings are shown, not counted.
stderr=$(mktemp)
work=$(mktemp -d)
trap 'rm -rf "$work" "$stderr"' EXIT
show_warnings() {
  if [ -s "$stderr" ]; then
    sed "s|^|warning ($1): |" "$stderr" >&2
  fi
}

while IFS= read -r -d '' file; do
  name="${file#"$here"/}"
  if nix-instantiate --parse "$file" >/dev/null 2>"$stderr"; then
    pass
    show_warnings "parse $name"
  else
    fail "parse $name" "$(cat "$stderr")"
  fi
done < <(find "$here" -name '*.nix' -not -path "$here/result*" -print0 | sort -z)

for file in "$here"/tests/host-json-example-*.json "$here"/upstream-options.json "$here"/contract.json; do
  name="${file#"$repo"/}"
  if nix-instantiate --eval --strict -E "builtins.fromJSON (builtins.readFile \"$file\")" >/dev/null 2>"$stderr"; then
    pass
    show_warnings "load $name"
  else
    fail "load $name" "$(cat "$stderr")"
  fi
done

if [ -n "$lib_dir" ]; then
  for case in master worker support image; do
    root="$work/$case"
    mkdir -p "$root"
    cp -R "$here"/. "$root"/
    if [ "$case" != image ]; then
      cp "$here/tests/host-json-example-$case.json" "$root/host.json"
    fi
    if out=$(nix-instantiate --eval --strict --json "$root/tests/run.nix" \
      --arg lib "import $lib_dir" --arg root "$root" --argstr case "$case" 2>"$stderr") \
      && [ "$out" = "[]" ]; then
      pass
      show_warnings "evaluate $case"
    else
      fail "evaluate $case" "$(printf '%s\n' "$out" | sed 's/","/"\n"/g'; cat "$stderr")"
    fi
  done
else
  echo "module evaluation skipped: set NIXPKGS_LIB to nixpkgs' lib directory (or provide ../shared/vendor/nixpkgs.lib) to run it"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
