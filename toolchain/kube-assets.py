#!/usr/bin/env python3
"""Make the Kubernetes verification assets of one manifest entry (called by build.sh).

  kube-assets.py MANIFEST NAME ROOT TMPDIR [MODULE_DIR]

"sources" entry (MODULE_DIR is the downloaded module):
  crds    -> TMPDIR/out/crds/<project>/<version>/<group>_<plural>.yaml, one file per
             CustomResourceDefinition found in the listed files or directories
  charts  -> TMPDIR/out/charts/<project>/<version>/<chart>/ (copies; "chartFixes" can set
             Chart.yaml's version/appVersion and drop dependencies that are not obtainable)
  files   -> TMPDIR/out/sources/<project>/<version>/<dest>/ (copies)

"schemas" entry:
  core    -> TMPDIR/out/schemas/core/<k8s version>-standalone-strict/*.json, from the pinned
             kubernetes-validate wheel (PyPI, sha256-checked), rewritten for kubeconform
  crds    -> TMPDIR/out/schemas/crds/<group>_<kind>_<version>.json for every CRD version
             under ROOT/crds (what the sources entries extracted)

Nothing is written outside TMPDIR; build.sh moves the results into ROOT.
"""
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

import yaml

class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe loading, with YAML 1.1's "=" value tag read as the plain string Kubernetes
    (a YAML 1.2 reader) sees: prometheus-operator's CRDs have enum values "=" and "!="."""


Loader.add_constructor("tag:yaml.org,2002:value", lambda loader, node: loader.construct_scalar(node))
Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def fail(msg):
    sys.exit("kube-assets.py: " + msg)


def yaml_files(base, rel):
    path = os.path.join(base, rel)
    if os.path.isfile(path):
        return [path]
    if os.path.isdir(path):
        return sorted(glob.glob(os.path.join(path, "*.yaml")) + glob.glob(os.path.join(path, "*.yml")))
    fail("%s is not in the module" % rel)


def copy_tree(src, dst):
    # Module cache files are read-only; copyfile gives the copies ordinary permissions.
    shutil.copytree(src, dst, copy_function=shutil.copyfile, symlinks=False)


def sources(entry, moddir, out):
    base = "%s/%s" % (entry["project"], entry["version"])
    if entry.get("crds"):
        dest = os.path.join(out, "crds", base)
        os.makedirs(dest)
        for rel in entry["crds"]:
            found = 0
            for f in yaml_files(moddir, rel):
                with open(f) as fh:
                    docs = list(yaml.load_all(fh, Loader=Loader))
                for doc in docs:
                    if not isinstance(doc, dict) or doc.get("kind") != "CustomResourceDefinition":
                        continue
                    name = "%s_%s.yaml" % (doc["spec"]["group"], doc["spec"]["names"]["plural"])
                    target = os.path.join(dest, name)
                    if os.path.exists(target):
                        fail("%s: CRD %s appears twice" % (entry["name"], name))
                    with open(target, "w") as fh:
                        yaml.dump(doc, fh, Dumper=Dumper, sort_keys=False)
                    found += 1
            if not found:
                fail("%s: no CustomResourceDefinition in %s" % (entry["name"], rel))
    fixes = entry.get("chartFixes") or {}
    for chart, rel in sorted((entry.get("charts") or {}).items()):
        dest = os.path.join(out, "charts", base, chart)
        src = os.path.join(moddir, rel)
        if not os.path.isfile(os.path.join(src, (fixes.get(chart) or {}).get("chartYamlFrom") or "Chart.yaml")):
            fail("%s: %s has no Chart.yaml" % (entry["name"], rel))
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        copy_tree(src, dest)
        fix = fixes.get(chart)
        if fix:
            chart_yaml = os.path.join(dest, "Chart.yaml")
            if fix.get("chartYamlFrom"):
                # The release tool makes Chart.yaml from a template (cert-manager).
                os.replace(os.path.join(dest, fix["chartYamlFrom"]), chart_yaml)
            with open(chart_yaml) as fh:
                meta = yaml.load(fh, Loader=Loader)
            for key in ("version", "appVersion"):
                if key in fix:
                    meta[key] = fix[key]
            meta.setdefault("annotations", {}).update(fix.get("annotations") or {})
            if fix.get("dropDependencies"):
                meta.pop("dependencies", None)
                if os.path.exists(os.path.join(dest, "Chart.lock")):
                    os.remove(os.path.join(dest, "Chart.lock"))
            with open(chart_yaml, "w") as fh:
                yaml.dump(meta, fh, Dumper=Dumper, sort_keys=False)
    for name, rel in sorted((entry.get("files") or {}).items()):
        dest = os.path.join(out, "sources", base, name)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        copy_tree(os.path.join(moddir, rel), dest)


def wheel(entry, tmp):
    """The pinned wheel, downloaded by pip with --require-hashes and checked again here."""
    req = os.path.join(tmp, "requirements.txt")
    with open(req, "w") as fh:
        fh.write("%s --hash=sha256:%s\n" % (entry["pypi"], entry["sha256"]))
    wheels = os.path.join(tmp, "wheel")
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
                    "--no-deps", "--only-binary=:all:", "--require-hashes", "-r", req, "-d", wheels], check=True)
    files = glob.glob(os.path.join(wheels, "*.whl"))
    if len(files) != 1:
        fail("pip download gave %d wheels for %s" % (len(files), entry["pypi"]))
    with open(files[0], "rb") as fh:
        got = hashlib.sha256(fh.read()).hexdigest()
    if got != entry["sha256"]:
        fail("%s: sha256 %s, manifest says %s" % (files[0], got, entry["sha256"]))
    return files[0]


def core_schemas(entry, tmp, out):
    """kubernetes-validate's "-local" schemas carry an absolute $id and refer to
    /api/_definitions.json, which kubeconform cannot resolve to a file: drop $id and make
    the references relative to the directory."""
    whl = zipfile.ZipFile(wheel(entry, tmp))
    for ver in entry["kubernetesVersions"]:
        prefix = "kubernetes_validate/kubernetes-json-schema/%s-local-strict/" % ver
        dest = os.path.join(out, "schemas", "core", "%s-standalone-strict" % ver)
        os.makedirs(dest)
        names = [n for n in whl.namelist() if n.startswith(prefix) and n.endswith(".json")]
        if not names:
            fail("%s has no %s schemas" % (entry["pypi"], ver))
        for n in names:
            doc = json.loads(whl.read(n))
            doc.pop("$id", None)
            text = json.dumps(doc, indent=1, sort_keys=True).replace('"/api/_definitions.json#', '"_definitions.json#')
            if '"/api/' in text:
                fail("%s: an absolute $ref is left" % n)
            with open(os.path.join(dest, os.path.basename(n)), "w") as fh:
                fh.write(text)


JUNCTORS = ("anyOf", "oneOf", "allOf", "not")


def strict(node, root=False, junctor=False):
    """OpenAPI v3 (structural CRD schema) -> JSON schema as kubeconform -strict wants it:
    objects with declared properties admit no others (as the API server prunes or, with
    kubectl --validate=strict, rejects them) unless they preserve unknown fields;
    int-or-string and nullable become JSON schema alternatives. Inside anyOf/oneOf/allOf/not
    a schema only constrains what the structure around it declares (Cilium's "one of
    ingress/egress/..."), so nothing is closed there."""
    if isinstance(node, list):
        return [strict(n, junctor=junctor) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for k, v in node.items():
        if k == "properties":
            out[k] = {p: strict(s, junctor=junctor) for p, s in v.items()}
        elif k in JUNCTORS:
            out[k] = strict(v, junctor=True)
        elif k == "additionalProperties":
            out[k] = strict(v, junctor=junctor) if isinstance(v, dict) else v
        else:
            out[k] = strict(v, junctor=junctor)
    if root:
        props = out.setdefault("properties", {})
        props.setdefault("apiVersion", {"type": "string"})
        props.setdefault("kind", {"type": "string"})
        props.setdefault("metadata", {"type": "object"})
    if not junctor and "properties" in out and "additionalProperties" not in out and not node.get(
            "x-kubernetes-preserve-unknown-fields"):
        out["additionalProperties"] = False
    if node.get("x-kubernetes-int-or-string") or node.get("format") == "int-or-string":
        out.pop("type", None)
        out.pop("format", None)
        out.setdefault("anyOf", [{"type": "string"}, {"type": "integer"}])
    if node.get("nullable") and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    return out


def crd_schemas(root, out):
    dest = os.path.join(out, "schemas", "crds")
    os.makedirs(dest)
    files = sorted(glob.glob(os.path.join(root, "crds", "*", "*", "*.yaml")))
    if not files:
        fail("no CRDs under %s/crds: build the sources entries first" % root)
    made = {}
    for f in files:
        with open(f) as fh:
            crd = yaml.load(fh, Loader=Loader)
        spec = crd["spec"]
        for v in spec.get("versions") or []:
            schema = (v.get("schema") or {}).get("openAPIV3Schema") or spec.get("validation", {}).get("openAPIV3Schema")
            if not schema:
                fail("%s: version %s has no openAPIV3Schema" % (f, v["name"]))
            name = "%s_%s_%s.json" % (spec["group"], spec["names"]["kind"].lower(), v["name"])
            if name in made:
                fail("%s: %s is also made from %s" % (f, name, made[name]))
            made[name] = f
            with open(os.path.join(dest, name), "w") as fh:
                json.dump(strict(schema, root=True), fh, indent=1, sort_keys=True)
    print("%d CRD schemas from %d CRDs" % (len(made), len(files)))


def main():
    if len(sys.argv) not in (5, 6):
        fail("usage: kube-assets.py MANIFEST NAME ROOT TMPDIR [MODULE_DIR]")
    manifest, name, root, tmp = sys.argv[1:5]
    moddir = sys.argv[5] if len(sys.argv) == 6 else ""
    with open(manifest) as fh:
        entries = {e["name"]: e for e in json.load(fh)["entries"]}
    entry = entries.get(name) or fail("no entry %s" % name)
    out = os.path.join(tmp, "out")
    os.makedirs(out)
    if entry["kind"] == "sources":
        if not moddir:
            fail("%s: no module directory" % name)
        sources(entry, moddir, out)
    elif entry["kind"] == "schemas":
        core_schemas(entry, tmp, out)
        crd_schemas(root, out)
    else:
        fail("%s: kind %s is not made by kube-assets.py" % (name, entry["kind"]))


if __name__ == "__main__":
    main()
