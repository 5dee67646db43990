/**
 * Dependency-Track's SBOM feed: a CronJob uploads the SBOMs the Trivy
 * operator makes of every workload image (SbomReports), with an API key of
 * its own.
 *
 * No stack can create that key: Dependency-Track keeps API keys in its own
 * database and makes them only through its API, as a user with
 * ACCESS_MANAGEMENT, once it runs. So an ArgoCD Sync hook Job does it on
 * every sync of `dependency-track-config` (kustomize/base/dependency-track-sbom/
 * api_key.py): it logs in as the built-in `admin` with the password the
 * cluster stack generates in Vault (replacing the initial `admin`/`admin`
 * on a fresh instance), keeps a key that still works, and otherwise makes
 * team `sbom-upload` (BOM upload and project creation only), generates its
 * key and writes it into the Secret the CronJob reads. The key never
 * leaves the cluster; deleting the Secret and syncing makes a new one.
 */
import type { ICronJob } from "kubernetes-models/batch/v1/CronJob";
import type { IJob } from "kubernetes-models/batch/v1/Job";
import type { IClusterRole } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole";
import type { IClusterRoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding";
import type { IRole } from "kubernetes-models/rbac.authorization.k8s.io/v1/Role";
import type { IRoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { IServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import { DEPENDENCY_TRACK_ADMIN_SECRET } from "./secrets";
import { IMAGES } from "./versions";

export const DEPENDENCY_TRACK_NAMESPACE = "dependency-track";
/** The committed base with the Jobs' scripts (one ConfigMap). */
export const SBOM_SCRIPTS_BASE = "dependency-track-sbom";
const SCRIPTS_CONFIGMAP = "dependency-track-scripts";
/** The Secret the API-key Job writes and the CronJob reads (key `api-key`). */
export const API_KEY_SECRET = "dependency-track-api-key";
const TEAM = "sbom-upload";
const KEY_JOB = "dependency-track-api-key";
const UPLOAD = "sbom-upload";

const labels = (component: string) => ({
  "app.kubernetes.io/name": "dependency-track",
  "app.kubernetes.io/component": component,
});

function serviceAccount(name: string): IServiceAccount {
  return {
    apiVersion: "v1",
    kind: "ServiceAccount",
    metadata: { name, namespace: DEPENDENCY_TRACK_NAMESPACE, labels: labels(name) },
  };
}

/** A run of one of the scripts: the plain Python image, non-root, read-only, no capabilities. */
function scriptPod(
  script: string,
  account: string,
  env: NonNullable<IContainer["env"]>,
): IPodSpec & { containers: IContainer[] } {
  return {
    serviceAccountName: account,
    restartPolicy: "Never",
    securityContext: {
      runAsNonRoot: true,
      runAsUser: 65534,
      runAsGroup: 65534,
      seccompProfile: { type: "RuntimeDefault" },
    },
    containers: [
      {
        name: script.replace(/_/g, "-").replace(/\.py$/, ""),
        image: IMAGES.python,
        command: ["python3", `/scripts/${script}`],
        env: [{ name: "PYTHONDONTWRITEBYTECODE", value: "1" }, ...env],
        resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "500m", memory: "512Mi" } },
        securityContext: {
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
          capabilities: { drop: ["ALL"] },
        },
        volumeMounts: [{ name: "scripts", mountPath: "/scripts", readOnly: true }],
      },
    ],
    volumes: [{ name: "scripts", configMap: { name: SCRIPTS_CONFIGMAP } }],
  };
}

const fromSecret = (name: string, secret: string, key: string) => ({
  name,
  valueFrom: { secretKeyRef: { name: secret, key } },
});

/** The Sync hook that makes (or keeps) the CronJob's API key, with a Role for exactly that Secret. */
function apiKeyJob(): (IServiceAccount | IRole | IRoleBinding | IJob)[] {
  const role: IRole = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "Role",
    metadata: { name: KEY_JOB, namespace: DEPENDENCY_TRACK_NAMESPACE, labels: labels(KEY_JOB) },
    rules: [
      // `create` cannot be limited to a name (the name is not known before the object exists).
      { apiGroups: [""], resources: ["secrets"], verbs: ["create"] },
      { apiGroups: [""], resources: ["secrets"], resourceNames: [API_KEY_SECRET], verbs: ["get", "update"] },
    ],
  };
  const binding: IRoleBinding = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "RoleBinding",
    metadata: { name: KEY_JOB, namespace: DEPENDENCY_TRACK_NAMESPACE, labels: labels(KEY_JOB) },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: KEY_JOB },
    subjects: [{ kind: "ServiceAccount", name: KEY_JOB, namespace: DEPENDENCY_TRACK_NAMESPACE }],
  };
  const job: IJob = {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: {
      name: KEY_JOB,
      namespace: DEPENDENCY_TRACK_NAMESPACE,
      labels: labels(KEY_JOB),
      annotations: {
        // Runs on every sync; a failure fails the sync, which the Application's retry repeats.
        "argocd.argoproj.io/hook": "Sync",
        "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
      },
    },
    spec: {
      backoffLimit: 2,
      // Waits up to 15 minutes for Dependency-Track itself (its first start migrates the database).
      activeDeadlineSeconds: 1800,
      template: {
        metadata: { labels: labels(KEY_JOB) },
        spec: scriptPod("api_key.py", KEY_JOB, [
          { name: "API_KEY_SECRET", value: API_KEY_SECRET },
          { name: "TEAM", value: TEAM },
          fromSecret("ADMIN_USERNAME", DEPENDENCY_TRACK_ADMIN_SECRET, "username"),
          fromSecret("ADMIN_PASSWORD", DEPENDENCY_TRACK_ADMIN_SECRET, "password"),
        ]),
      },
    },
  };
  return [serviceAccount(KEY_JOB), role, binding, job];
}

/** Every six hours: the SbomReports of all namespaces (read only) to Dependency-Track. */
function sbomUpload(): (IServiceAccount | IClusterRole | IClusterRoleBinding | ICronJob)[] {
  const name = "dependency-track-sbom-reader";
  const role: IClusterRole = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRole",
    metadata: { name, labels: labels(UPLOAD) },
    rules: [{ apiGroups: ["aquasecurity.github.io"], resources: ["sbomreports"], verbs: ["get", "list"] }],
  };
  const binding: IClusterRoleBinding = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRoleBinding",
    metadata: { name, labels: labels(UPLOAD) },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name },
    subjects: [{ kind: "ServiceAccount", name: UPLOAD, namespace: DEPENDENCY_TRACK_NAMESPACE }],
  };
  const cronJob: ICronJob = {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: { name: UPLOAD, namespace: DEPENDENCY_TRACK_NAMESPACE, labels: labels(UPLOAD) },
    spec: {
      schedule: "41 */6 * * *",
      concurrencyPolicy: "Forbid",
      successfulJobsHistoryLimit: 2,
      failedJobsHistoryLimit: 2,
      jobTemplate: {
        spec: {
          backoffLimit: 1,
          activeDeadlineSeconds: 3600,
          template: {
            metadata: { labels: labels(UPLOAD) },
            spec: scriptPod("sbom_upload.py", UPLOAD, [fromSecret("DT_API_KEY", API_KEY_SECRET, "api-key")]),
          },
        },
      },
    },
  };
  return [serviceAccount(UPLOAD), role, binding, cronJob];
}

/** The objects of `dependency-track-config` besides the scripts' base. */
export function dependencyTrackSbomObjects() {
  return [...apiKeyJob(), ...sbomUpload()];
}
