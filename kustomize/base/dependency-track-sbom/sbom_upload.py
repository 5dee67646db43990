"""Uploads the SBOMs the Trivy operator made of the cluster's images to Dependency-Track.

The Trivy operator writes one SbomReport (aquasecurity.github.io/v1alpha1)
per workload container, holding a CycloneDX BOM of its image. Each image
becomes one Dependency-Track project, named after the image's repository,
its version the tag (or the digest); Dependency-Track creates a project on
its first upload. The API key (BOM_UPLOAD, PROJECT_CREATION_UPLOAD) is the
one the API-key Job made.

Exits non-zero when an upload failed, so the Job shows it.
"""

import base64
import json
import os

from dtrack import HttpError, Kubernetes, dt, fail

REPORTS = "/apis/aquasecurity.github.io/v1alpha1/sbomreports"


def image_of(report):
    """(project name, version) of the image an SbomReport describes, or None when it names none."""
    body = report.get("report") or {}
    repository = (body.get("artifact") or {}).get("repository")
    if not repository:
        return None
    server = (body.get("registry") or {}).get("server")
    name = f"{server}/{repository}" if server else repository
    artifact = body["artifact"]
    return name, artifact.get("tag") or artifact.get("digest") or "unknown"


def boms_by_image(reports):
    """One BOM per image (workloads sharing an image share its SBOM); reports without components are left out."""
    boms = {}
    for report in reports:
        image = image_of(report)
        bom = (report.get("report") or {}).get("components") or {}
        if image and bom.get("components") and image not in boms:
            boms[image] = bom
    return dict(sorted(boms.items()))


def main():
    key = os.environ["DT_API_KEY"]
    boms = boms_by_image(Kubernetes().list_all(REPORTS))
    failed = 0
    for (name, version), bom in boms.items():
        payload = {
            "projectName": name,
            "projectVersion": version,
            "autoCreate": True,
            "bom": base64.b64encode(json.dumps(bom).encode()).decode(),
        }
        try:
            dt("PUT", "/api/v1/bom", headers={"X-Api-Key": key}, json_body=payload, timeout=300)
            print(f"uploaded {name}:{version} ({len(bom['components'])} components)")
        except HttpError as error:
            failed += 1
            print(f"failed {name}:{version}: HTTP {error.status}")
    print(f"{len(boms) - failed} of {len(boms)} images uploaded")
    if failed:
        fail(f"{failed} uploads failed")


if __name__ == "__main__":
    try:
        main()
    except HttpError as error:
        fail(str(error))
