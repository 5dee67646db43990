"""HTTP helpers shared by the API-key Job and the SBOM upload CronJob.

Only the standard library: the Jobs run a plain Python image. Nothing here
prints a password, a token or an API key.
"""

import json
import os
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

#: Dependency-Track's API server, the chart's Service in the Jobs' namespace.
DT_URL = os.environ.get("DT_URL", "http://dependency-track-api-server:8080").rstrip("/")

_SA = "/var/run/secrets/kubernetes.io/serviceaccount"


class HttpError(Exception):
    """A response outside the statuses the caller accepts."""

    def __init__(self, method, url, status, body):
        super().__init__(f"{method} {url}: HTTP {status}: {body[:300]!r}")
        self.status = status
        self.body = body


def fail(message):
    print(f"error: {message}", file=sys.stderr)
    sys.exit(1)


def request(method, url, *, headers=None, json_body=None, form=None, context=None, ok=(200,), timeout=60):
    """Sends one request; returns (status, body text). Raises HttpError unless the status is in `ok`."""
    data = None
    headers = dict(headers or {})
    if json_body is not None:
        data = json.dumps(json_body).encode()
        headers["Content-Type"] = "application/json"
    elif form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout, context=context) as response:
            status, body = response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read().decode(errors="replace")
    if status not in ok:
        raise HttpError(method, url, status, body)
    return status, body


def dt(method, path, **kwargs):
    return request(method, f"{DT_URL}{path}", **kwargs)


def wait_for_dependency_track(seconds):
    """Waits until the API server answers: on a first start it migrates its database for minutes."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            dt("GET", "/api/version", timeout=10)
            return
        except (HttpError, OSError) as error:
            if time.monotonic() > deadline:
                fail(f"Dependency-Track at {DT_URL} did not answer within {seconds} s: {error}")
            time.sleep(10)


class Kubernetes:
    """The Kubernetes API, as the pod's service account."""

    def __init__(self):
        host = os.environ["KUBERNETES_SERVICE_HOST"]
        port = os.environ.get("KUBERNETES_SERVICE_PORT", "443")
        self.base = f"https://{host}:{port}"
        with open(f"{_SA}/token", encoding="utf-8") as f:
            self.token = f.read().strip()
        with open(f"{_SA}/namespace", encoding="utf-8") as f:
            self.namespace = f.read().strip()
        self.context = ssl.create_default_context(cafile=f"{_SA}/ca.crt")

    def call(self, method, path, *, json_body=None, ok=(200,)):
        status, body = request(
            method,
            f"{self.base}{path}",
            headers={"Authorization": f"Bearer {self.token}", "Accept": "application/json"},
            json_body=json_body,
            context=self.context,
            ok=ok,
        )
        return status, (json.loads(body) if body else None)

    def list_all(self, path):
        """Every item of a list, page by page."""
        items, token = [], ""
        while True:
            query = urllib.parse.urlencode({"limit": 50, **({"continue": token} if token else {})})
            _, page = self.call("GET", f"{path}?{query}")
            items.extend(page.get("items", []))
            token = page.get("metadata", {}).get("continue", "")
            if not token:
                return items
