"""Gives the SBOM upload CronJob an API key of its own.

Dependency-Track keeps API keys in its database and creates them only
through its API, for a team, as a user with ACCESS_MANAGEMENT. So this Job,
run by ArgoCD on every sync of the application:

1. logs in as the built-in `admin` with the password Vault holds
   (`apps/dependency-track/admin`); on a fresh instance, whose `admin` still
   has the initial password `admin` and must change it, it sets Vault's
   password first;
2. keeps the key in the Secret named by API_KEY_SECRET when Dependency-Track
   still accepts it;
3. otherwise creates (or finds) the team named by TEAM, grants it only what
   an upload needs (BOM_UPLOAD, PROJECT_CREATION_UPLOAD), generates a key
   for it and writes the key into that Secret.

Nothing it prints holds a password or a key.
"""

import base64
import json
import os

from dtrack import HttpError, Kubernetes, dt, fail, wait_for_dependency_track

SECRET = os.environ["API_KEY_SECRET"]
TEAM = os.environ["TEAM"]
PERMISSIONS = ("BOM_UPLOAD", "PROJECT_CREATION_UPLOAD")
INITIAL_PASSWORD = "admin"


def login(username, password):
    """A JWT, or the reason Dependency-Track refused (its cause type, such as FORCE_PASSWORD_CHANGE)."""
    status, body = dt("POST", "/api/v1/user/login", form={"username": username, "password": password}, ok=(200, 401))
    return (body, None) if status == 200 else (None, body.strip())


def admin_token():
    username, password = os.environ["ADMIN_USERNAME"], os.environ["ADMIN_PASSWORD"]
    token, refused = login(username, password)
    if token:
        return token
    # A fresh instance: `admin` has the initial password and must change it before anything else.
    status, body = dt(
        "POST",
        "/api/v1/user/forceChangePassword",
        form={
            "username": username,
            "password": INITIAL_PASSWORD,
            "newPassword": password,
            "confirmPassword": password,
        },
        ok=(200, 401, 403, 406),
    )
    if status != 200:
        fail(
            f"Dependency-Track refused {username} with Vault's password ({refused}) and with the initial one "
            f"(HTTP {status}: {body.strip()[:200]}); if the password was changed in the UI, write the current "
            "one to Vault at apps/dependency-track/admin (field password) and sync again"
        )
    print(f"{username}'s initial password replaced by Vault's")
    token, refused = login(username, password)
    if not token:
        fail(f"Dependency-Track refused {username} after the password change: {refused}")
    return token


def stored_key(kube):
    status, secret = kube.call("GET", f"/api/v1/namespaces/{kube.namespace}/secrets/{SECRET}", ok=(200, 404))
    if status == 404:
        return None, False
    value = (secret.get("data") or {}).get("api-key")
    return (base64.b64decode(value).decode() if value else None), True


def key_works(key):
    status, _ = dt("GET", "/api/v1/team/self", headers={"X-Api-Key": key}, ok=(200, 401, 403, 404))
    return status == 200


def team_uuid(token):
    auth = {"Authorization": f"Bearer {token}"}
    _, body = dt("GET", "/api/v1/team", headers=auth)
    for team in json.loads(body):
        if team.get("name") == TEAM:
            return team["uuid"]
    _, body = dt("PUT", "/api/v1/team", headers=auth, json_body={"name": TEAM}, ok=(201,))
    print(f"team {TEAM} created")
    return json.loads(body)["uuid"]


def new_key(token, uuid):
    auth = {"Authorization": f"Bearer {token}"}
    for permission in PERMISSIONS:
        # 304: the team has it already.
        dt("POST", f"/api/v1/permission/{permission}/team/{uuid}", headers=auth, ok=(200, 304))
    _, body = dt("PUT", f"/api/v1/team/{uuid}/key", headers=auth, ok=(201,))
    key = json.loads(body).get("key")
    if not key:
        fail("Dependency-Track created an API key but did not return it")
    return key


def store(kube, key, exists):
    secret = {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {
            "name": SECRET,
            "namespace": kube.namespace,
            "labels": {"app.kubernetes.io/name": "dependency-track", "app.kubernetes.io/component": "sbom-upload"},
        },
        "type": "Opaque",
        "data": {"api-key": base64.b64encode(key.encode()).decode()},
    }
    path = f"/api/v1/namespaces/{kube.namespace}/secrets"
    if exists:
        kube.call("PUT", f"{path}/{SECRET}", json_body=secret)
    else:
        kube.call("POST", path, json_body=secret, ok=(201,))


def main():
    kube = Kubernetes()
    wait_for_dependency_track(int(os.environ.get("WAIT_SECONDS", "900")))
    key, exists = stored_key(kube)
    if key and key_works(key):
        print(f"the key in Secret {SECRET} is valid; nothing to do")
        return
    token = admin_token()
    store(kube, new_key(token, team_uuid(token)), exists)
    print(f"a new API key for team {TEAM} is in Secret {SECRET}")


if __name__ == "__main__":
    try:
        main()
    except HttpError as error:
        fail(str(error))
