#!/usr/bin/env bash
# Build the pinned OpenTofu / provider / test-server toolchain from Go modules
# into a local, offline OpenTofu filesystem mirror. See toolchain/NOTES.md.
#
# Usage: toolchain/build.sh [--only name[,name...]] [--print-env] [--list] [--force]
#
#   --only a,b    build only these manifest entries (names from manifest.json)
#   --print-env   after building (a no-op when everything is cached), print
#                 `export PATH=...` and `export TF_CLI_CONFIG_FILE=...` on stdout
#                 (plus TERRAFORM_BINARY_NAME=tofu, CDKTF_DISABLE_PLUGIN_CACHE_ENV=1
#                 and CHECKPOINT_DISABLE=1 for cdktf-cli),
#                 for: eval "$(toolchain/build.sh --print-env)"
#   --list        print every entry's state (cached / missing / unavailable) and exit
#   --force       rebuild the selected entries even when their stamp matches
#
# All progress output goes to stderr; stdout carries only --print-env/--list output.
#
# Environment:
#   HOMELAB_TOOLCHAIN_DIR   install root (default: $HOME/.cache/homelab-cdktf/toolchain)
#   HOMELAB_TOOLCHAIN_MANIFEST  manifest to use (default: manifest.json beside this script)
#   HOMELAB_GOPROXY         module proxy list (default: `go env GOPROXY` with "direct"
#                           and "off" removed: modules come from the proxy only)
#   HOMELAB_TOOLCHAIN_JOBS  go build -p value (default: 2)
#   GOTOOLCHAIN             default "local": never download a Go toolchain implicitly
#   GOMODCACHE / GOCACHE    left at Go's defaults so CI on the same machine reuses them
set -euo pipefail

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
MANIFEST="${HOMELAB_TOOLCHAIN_MANIFEST:-$SCRIPT_DIR/manifest.json}"
ROOT="${HOMELAB_TOOLCHAIN_DIR:-$HOME/.cache/homelab-cdktf/toolchain}"
# Bump when the build recipe below changes in a way that must invalidate stamps.
RECIPE=1

ONLY=""
PRINT_ENV=0
LIST=0
FORCE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --only) [ $# -ge 2 ] || { echo "build.sh: --only needs a value" >&2; exit 2; }; ONLY="$2"; shift 2 ;;
    --only=*) ONLY="${1#--only=}"; shift ;;
    --print-env) PRINT_ENV=1; shift ;;
    --list) LIST=1; shift ;;
    --force) FORCE=1; shift ;;
    -h|--help) sed -n '2,/^set -euo pipefail/p' "$0" | sed -n 's/^# \{0,1\}//p'; exit 0 ;;
    *) echo "build.sh: unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done

log() { printf '%s\n' "$*" >&2; }
die() { printf 'build.sh: error: %s\n' "$*" >&2; exit 1; }

command -v python3 >/dev/null 2>&1 || die "python3 is required to read $MANIFEST"
[ -f "$MANIFEST" ] || die "manifest not found: $MANIFEST"

mkdir -p "$ROOT/bin" "$ROOT/mirror" "$ROOT/stamps" "$ROOT/store"
ROOT=$(cd "$ROOT" && pwd)

# ---------------------------------------------------------------------------
# Manifest -> one record per entry, fields separated by \x1f (a non-whitespace
# IFS character, so empty fields survive `read`). The stamp key is a sha256 of
# the entry's build-relevant fields plus the recipe number and the Go version
# (documentation fields such as "resolution" can change without a rebuild).
# ---------------------------------------------------------------------------
GOVERSION=$(go env GOVERSION 2>/dev/null) || die "go is required (Go >= 1.26)"
read_manifest() {
  python3 - "$MANIFEST" "$RECIPE" "$GOVERSION" "$ONLY" <<'PY'
import hashlib, json, sys
path, recipe, gover, only = sys.argv[1:5]
m = json.load(open(path))
entries = m["entries"]
names = [e["name"] for e in entries]
if len(set(names)) != len(names):
    sys.exit("duplicate entry names in manifest")
want = [n for n in only.split(",") if n] if only else None
if want:
    bad = [n for n in want if n not in names]
    if bad:
        sys.exit("unknown entry name(s) for --only: %s (known: %s)" % (", ".join(bad), ", ".join(names)))
print("PLATFORM\x1f" + m.get("platform", "linux_amd64"))
for e in entries:
    if want and e["name"] not in want:
        continue
    relevant = {k: e.get(k) for k in ("name", "kind", "build", "module", "moduleVersion", "sum", "nosumdb",
                                      "package", "bin", "tags", "ldflags", "address", "version", "mirrorVersions")}
    # "replace" is hashed only when present, so entries without it keep their stamps.
    reps = e.get("replace") or []
    if reps:
        relevant["replace"] = reps
    for r in reps:
        if not all(r.get(k) for k in ("module", "version", "sum", "goModSum")):
            sys.exit("entry %s: every replace needs module, version, sum and goModSum" % e["name"])
    key = hashlib.sha256((json.dumps(relevant, sort_keys=True) + "|recipe=" + recipe + "|" + gover).encode()).hexdigest()
    addr = e.get("address", "")
    fields = [
        "ENTRY", e["name"], e["kind"], "1" if e.get("build") else "0",
        e.get("module") or "", e.get("moduleVersion") or "", e.get("sum") or "",
        "1" if e.get("nosumdb") else "0", e.get("package") or ".", e.get("bin") or "",
        e.get("tags") or "", e.get("ldflags") or "", addr, e.get("version") or "",
        ",".join(e.get("mirrorVersions") or ([e["version"]] if e.get("version") else [])),
        key, (e.get("unavailableReason") or "").replace("\n", " "),
        ";".join("%s@%s,%s,%s" % (r["module"], r["version"], r["sum"], r["goModSum"]) for r in reps),
    ]
    for f in fields:
        if "\x1f" in f or "\n" in f:
            sys.exit("bad character in manifest entry %s" % e["name"])
    print("\x1f".join(fields))
PY
}
MANIFEST_RECORDS=$(read_manifest) || die "invalid manifest or arguments ($MANIFEST)"

PLATFORM=""
ENTRIES=()
while IFS= read -r line; do
  case "$line" in
    PLATFORM$'\x1f'*) PLATFORM="${line#*$'\x1f'}" ;;
    ENTRY$'\x1f'*) ENTRIES+=("$line") ;;
  esac
done <<<"$MANIFEST_RECORDS"
[ "$PLATFORM" = "linux_amd64" ] || die "only linux_amd64 is supported (manifest says $PLATFORM)"

# ---------------------------------------------------------------------------
# Go environment: module proxy only (no "direct" VCS fallback), static,
# reproducible binaries. GOMODCACHE/GOCACHE stay at Go's defaults.
# ---------------------------------------------------------------------------
proxy_only() { # drop "direct" and "off" from a GOPROXY list (',' or '|' separated)
  printf '%s' "$1" | tr '|' ',' | tr ',' '\n' | grep -v -x -e direct -e off -e '' | paste -sd, -
}
GOPROXY_LIST=$(proxy_only "${HOMELAB_GOPROXY:-$(go env GOPROXY)}" || true)
[ -n "$GOPROXY_LIST" ] || die "no module proxy configured (GOPROXY=$(go env GOPROXY)); set HOMELAB_GOPROXY"
export GOPROXY="$GOPROXY_LIST"
export GOFLAGS="-mod=mod -buildvcs=false"
export CGO_ENABLED=0
export GOOS=linux GOARCH=amd64
export GOTOOLCHAIN="${GOTOOLCHAIN:-local}"
export GONOSUMDB="${GONOSUMDB:-}"
export GOWORK=off
JOBS="${HOMELAB_TOOLCHAIN_JOBS:-2}"

# ---------------------------------------------------------------------------
# Outputs, stamps and state
# ---------------------------------------------------------------------------
# Providers are installed in the unpacked layout under both hostnames; the
# registry.terraform.io copy is a hard link to the same file (cp if the
# filesystem refuses hard links).
provider_paths() { # address versions-csv type -> prints one path per line (both hosts)
  local address=$1 versions=$2 ptype=$3 ns_type v host
  ns_type=${address#*/}   # strip the registry hostname
  local IFS=,
  for v in $versions; do
    for host in registry.opentofu.org registry.terraform.io; do
      printf '%s\n' "$ROOT/mirror/$host/$ns_type/$v/$PLATFORM/terraform-provider-${ptype}_v$v"
    done
  done
}

outputs_of() { # kind name bin address versions
  local kind=$1 name=$2 bin=$3 address=$4 versions=$5
  if [ "$kind" = tool ]; then
    printf '%s\n' "$ROOT/bin/${bin:-$name}"
  else
    provider_paths "$address" "$versions" "${address##*/}"
  fi
}

stamp_ok() { # name key outputs...
  local name=$1 key=$2; shift 2
  local stamp="$ROOT/stamps/$name.stamp" f
  [ -f "$stamp" ] || return 1
  [ "$(head -n1 "$stamp")" = "$key" ] || return 1
  for f in "$@"; do [ -x "$f" ] || return 1; done
  return 0
}

write_tofurc() {
  local rc="$ROOT/tofurc" tmp
  tmp=$(mktemp "$ROOT/.tofurc.XXXXXX")
  cat >"$tmp" <<EOF
# Generated by toolchain/build.sh: offline provider installation from the local
# filesystem mirror only (no "direct" block, so nothing is fetched from the network).
# plugin_cache_dir is intentionally not set.
provider_installation {
  filesystem_mirror {
    path    = "$ROOT/mirror"
    include = ["registry.opentofu.org/*/*", "registry.terraform.io/*/*"]
  }
}
EOF
  chmod 0644 "$tmp"
  if [ -f "$rc" ] && cmp -s "$tmp" "$rc"; then rm -f "$tmp"; else mv -f "$tmp" "$rc"; fi
  chmod 0644 "$rc"
}

print_env() {
  printf 'export PATH="%s:$PATH"\n' "$ROOT/bin"
  printf 'export TF_CLI_CONFIG_FILE="%s"\n' "$ROOT/tofurc"
  # cdktf-cli: run `tofu`, do not point TF_PLUGIN_CACHE_DIR at ~/.terraform.d,
  # and send no telemetry/version checks.
  printf 'export TERRAFORM_BINARY_NAME=tofu\n'
  printf 'export CDKTF_DISABLE_PLUGIN_CACHE_ENV=1\n'
  printf 'export CHECKPOINT_DISABLE=1\n'
}

# ---------------------------------------------------------------------------
# --list
# ---------------------------------------------------------------------------
if [ "$LIST" = 1 ]; then
  for rec in "${ENTRIES[@]}"; do
    IFS=$'\x1f' read -r _ name kind build module modver sum nosumdb pkg bin tags ldflags address version versions key reason replaces <<<"$rec"
    mapfile -t outs < <(outputs_of "$kind" "$name" "$bin" "$address" "$versions")
    if [ "$build" != 1 ]; then state="unavailable"
    elif stamp_ok "$name" "$key" "${outs[@]}"; then state="cached"
    else state="missing"; fi
    if [ "$kind" = provider ]; then what="$address $versions"; else what="bin/${bin:-$name}"; fi
    printf '%-13s %-11s %-8s %s  <- %s@%s\n' "$name" "$state" "$kind" "$what" "$module" "$modver"
  done
  exit 0
fi

# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
# One build at a time per install root (developer shell and CI on one machine).
if command -v flock >/dev/null 2>&1; then
  exec 9>"$ROOT/.lock"
  if ! flock -n 9; then
    log "build.sh: waiting for another build.sh using $ROOT ..."
    flock 9
  fi
fi

TMPROOT=""
cleanup() { if [ -n "$TMPROOT" ] && [ -d "$TMPROOT" ]; then chmod -R u+w "$TMPROOT" 2>/dev/null || true; rm -rf "$TMPROOT"; fi; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# go mod download -json -> "Dir<US>Sum<US>Error" (US = \x1f, so empty fields survive `read`)
mod_download() { # module version nosumdb
  local module=$1 ver=$2 nosumdb=$3 out rc=0
  if [ "$nosumdb" = 1 ]; then
    out=$(cd "$ROOT" && GONOSUMDB="${GONOSUMDB:+$GONOSUMDB,}$module" go mod download -json "$module@$ver" 2>&1) || rc=$?
  else
    out=$(cd "$ROOT" && go mod download -json "$module@$ver" 2>&1) || rc=$?
  fi
  printf '%s' "$out" | python3 -c '
import json, sys
raw = sys.stdin.read()
try:
    d = json.loads(raw)
except Exception:
    print("\x1f\x1f" + " ".join(raw.split())); sys.exit(0)
print("%s\x1f%s\x1f%s" % (d.get("Dir", ""), d.get("Sum", ""), " ".join(str(d.get("Error", "")).split())))'
  return 0
}

build_entry() { # record
  local rec=$1
  local name kind build module modver sum nosumdb pkg bin tags ldflags address version versions key reason replaces
  IFS=$'\x1f' read -r _ name kind build module modver sum nosumdb pkg bin tags ldflags address version versions key reason replaces <<<"$rec"

  local dl dir gotsum err
  dl=$(mod_download "$module" "$modver" "$nosumdb")
  IFS=$'\x1f' read -r dir gotsum err <<<"$dl"
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then
    log "  go mod download $module@$modver failed: ${err:-unknown error}"
    return 1
  fi
  if [ -n "$sum" ] && [ "$gotsum" != "$sum" ]; then
    log "  checksum mismatch for $module@$modver: manifest $sum, downloaded $gotsum"
    return 1
  fi

  # Build inside a writable copy of the module (honours replace directives,
  # and lets -mod=mod complete go.sum without touching the module cache).
  TMPROOT=$(mktemp -d "${TMPDIR:-/tmp}/homelab-toolchain-$name.XXXXXX")
  cp -a "$dir" "$TMPROOT/src"
  chmod -R u+w "$TMPROOT/src"
  # Manifest "replace": point go.mod replace directives (e.g. ./api, ./sdk, which
  # are nested modules and so absent from the module zip) at pinned module
  # versions, and pin their h1: sums in go.sum so the download is verified
  # without the checksum database.
  if [ -n "$replaces" ]; then
    local rep rmv rsum rgsum rmod rver
    local -a reps
    IFS=';' read -r -a reps <<<"$replaces"
    for rep in "${reps[@]}"; do
      IFS=, read -r rmv rsum rgsum <<<"$rep"
      rmod=${rmv%@*}; rver=${rmv##*@}
      log "  replace $rmod => $rmod $rver"
      (cd "$TMPROOT/src" && go mod edit -replace "$rmod=$rmod@$rver") || return 1
      printf '%s %s %s\n%s %s/go.mod %s\n' "$rmod" "$rver" "$rsum" "$rmod" "$rver" "$rgsum" >>"$TMPROOT/src/go.sum"
    done
  fi
  local outbin="$TMPROOT/out"
  local -a args=(build -p "$JOBS" -trimpath -ldflags "-s -w${ldflags:+ $ldflags}" -o "$outbin")
  [ -n "$tags" ] && args+=(-tags "$tags")
  args+=("$pkg")
  log "  (cd <copy of $module@$modver> && go ${args[*]})"
  if ! (cd "$TMPROOT/src" && go "${args[@]}") >"$TMPROOT/build.log" 2>&1; then
    tail -n 40 "$TMPROOT/build.log" >&2
    return 1
  fi

  # Install: tools into bin/, providers into the mirror (every mirror version,
  # both hostnames, hard-linked to one stored copy).
  local store="$ROOT/store/$name" f
  mkdir -p "$store"
  install -m 0755 "$outbin" "$store/.new"
  mv -f "$store/.new" "$store/$name"
  mapfile -t outs < <(outputs_of "$kind" "$name" "$bin" "$address" "$versions")
  if [ "$kind" = provider ]; then
    # Drop mirror versions that a previous manifest installed for this provider
    # but the current one no longer lists.
    local host ptdir vdir
    for host in registry.opentofu.org registry.terraform.io; do
      ptdir="$ROOT/mirror/$host/${address#*/}"
      [ -d "$ptdir" ] || continue
      for vdir in "$ptdir"/*/; do
        [ -d "$vdir" ] || continue
        case ",$versions," in *",$(basename "$vdir"),"*) ;; *) rm -rf "$vdir" ;; esac
      done
    done
  fi
  for f in "${outs[@]}"; do
    mkdir -p "$(dirname "$f")"
    rm -f "$f.new"
    ln "$store/$name" "$f.new" 2>/dev/null || cp "$store/$name" "$f.new"
    mv -f "$f.new" "$f"
  done

  {
    printf '%s\n' "$key"
    printf 'name=%s\nmodule=%s@%s\nsum=%s\ngo=%s\nbuilt=%s\n' "$name" "$module" "$modver" "$gotsum" "$GOVERSION" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    printf 'output=%s\n' "${outs[@]}"
  } >"$ROOT/stamps/$name.stamp"

  cleanup; TMPROOT=""
  return 0
}

T0=$(date +%s)
declare -a SUMMARY=()
FAILED=0
for rec in "${ENTRIES[@]}"; do
  IFS=$'\x1f' read -r _ name kind build module modver sum nosumdb pkg bin tags ldflags address version versions key reason replaces <<<"$rec"
  if [ "$build" != 1 ]; then
    log "== $name: SKIP (not buildable from the module proxy: ${reason:-see manifest})"
    SUMMARY+=("$(printf '%-13s %-11s %6s' "$name" unavailable -)")
    continue
  fi
  mapfile -t outs < <(outputs_of "$kind" "$name" "$bin" "$address" "$versions")
  if [ "$FORCE" != 1 ] && stamp_ok "$name" "$key" "${outs[@]}"; then
    log "== $name: cached ($module@$modver)"
    SUMMARY+=("$(printf '%-13s %-11s %6s' "$name" cached 0s)")
    continue
  fi
  log "== $name: building $module@$modver"
  t=$(date +%s)
  if build_entry "$rec"; then
    dt=$(( $(date +%s) - t ))
    log "== $name: built in ${dt}s"
    SUMMARY+=("$(printf '%-13s %-11s %5ss' "$name" built "$dt")")
    printf '%s\t%s\t%s@%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$name" "$module" "$modver" "$dt" "$GOVERSION" >>"$ROOT/build-times.tsv"
  else
    dt=$(( $(date +%s) - t ))
    log "== $name: FAILED after ${dt}s"
    SUMMARY+=("$(printf '%-13s %-11s %5ss' "$name" FAILED "$dt")")
    cleanup; TMPROOT=""
    FAILED=$((FAILED + 1))
  fi
done

write_tofurc

log ""
log "Summary (install root: $ROOT)"
for s in "${SUMMARY[@]}"; do log "  $s"; done
log "  total: $(( $(date +%s) - T0 ))s"

if [ "$PRINT_ENV" = 1 ]; then print_env; fi
if [ "$FAILED" -gt 0 ]; then
  log "build.sh: $FAILED entr$( [ "$FAILED" = 1 ] && echo y || echo ies) failed"
  exit 1
fi
