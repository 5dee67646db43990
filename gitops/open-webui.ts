/**
 * Open WebUI's companions, behind the same `apps.open_webui` switch and in
 * its namespace:
 *
 * - Open Terminal, a shell and file API the models work in, on its own
 *   volume; its API key comes from Vault, and Open WebUI connects to it as
 *   a system-level terminal (requests pass Open WebUI's backend);
 * - SearXNG, the metasearch engine Open WebUI's web search asks (JSON
 *   results), with a generated secret key;
 * - mcpo, which serves MCP servers as OpenAPI tool servers; Open WebUI
 *   lists each as a tool server.
 *
 * Open WebUI reads these connections (TOOL_SERVER_CONNECTIONS,
 * TERMINAL_SERVER_CONNECTIONS) as persistent settings: the environment sets
 * them when its database has none, and an admin's later edits in the UI
 * win (docs.openwebui.com, "Environment Variable Configuration",
 * PersistentConfig).
 */
import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IPersistentVolumeClaim } from "kubernetes-models/v1/PersistentVolumeClaim";
import type { IService } from "kubernetes-models/v1/Service";
import type { ClusterContext } from "./context";
import { toYaml } from "./tree";
import { IMAGES, MCPO } from "./versions";

export const OPEN_WEBUI_NAMESPACE = "open-webui";

/** The companions' Secrets (ExternalSecrets in cluster-secrets, from ClusterAppSecrets' keys). */
export const COMPANION_SECRETS = {
  /** Open Terminal's API key, key `api-key`. */
  openTerminal: "open-terminal-api-key",
  /** SearXNG's secret key (signs its cookies and image-proxy URLs), key `secret-key`. */
  searxng: "searxng-secret",
  /** Open WebUI's terminal connection, holding Open Terminal's key, key `connections`. */
  terminalConnections: "open-webui-terminal",
} as const;

/** A companion: its name (Deployment, Service, label) and port. */
interface Companion {
  readonly name: string;
  readonly port: number;
}

const OPEN_TERMINAL: Companion = { name: "open-terminal", port: 8000 };
const SEARXNG: Companion = { name: "searxng", port: 8080 };
const MCPO_SERVER: Companion = { name: "mcpo", port: 8000 };

/** Where Open WebUI's backend reaches a companion. */
function serviceUrl(companion: Companion): string {
  return `http://${companion.name}.${OPEN_WEBUI_NAMESPACE}.svc.cluster.local:${companion.port}`;
}

/** SearXNG's JSON search endpoint, as Open WebUI's SEARXNG_QUERY_URL wants it (`<query>` is its placeholder). */
export function searxngQueryUrl(): string {
  return `${serviceUrl(SEARXNG)}/search?q=<query>&format=json`;
}

/**
 * TOOL_SERVER_CONNECTIONS: one OpenAPI tool server per MCP server mcpo runs
 * (`/<name>/openapi.json`). mcpo has no API key here: the namespace's
 * ingress policy admits only its own pods, Prometheus and the ingress
 * controller (which routes no host to mcpo), and its tools (the time,
 * fetching a page) hold no secret.
 */
export function toolServerConnections(): string {
  return JSON.stringify(
    Object.keys(MCPO.servers).map((name) => ({
      url: `${serviceUrl(MCPO_SERVER)}/${name}`,
      path: "openapi.json",
      auth_type: "none",
      key: "",
      config: { enable: true },
    })),
  );
}

/**
 * TERMINAL_SERVER_CONNECTIONS for Open Terminal, as the template of an
 * ExternalSecret: `keyTemplate` (`{{ .key }}`) is where external-secrets
 * puts the API key.
 */
export function terminalConnectionsTemplate(keyTemplate: string): string {
  const placeholder = "@@api-key@@";
  const json = JSON.stringify([
    {
      id: OPEN_TERMINAL.name,
      name: "Open Terminal",
      enabled: true,
      url: serviceUrl(OPEN_TERMINAL),
      path: "/openapi.json",
      auth_type: "bearer",
      key: placeholder,
      config: null,
      server_type: "terminal",
    },
  ]);
  // The JSON is a Go template for external-secrets: it must hold no action but the key's.
  if (json.includes("{{")) throw new Error("Open WebUI's terminal connection would hold a template action");
  return json.replace(placeholder, keyTemplate);
}

const LABEL = "app.kubernetes.io/name";

/** A hardened container: non-root, read-only root file system, no capabilities, the runtime's seccomp profile. */
function container(
  companion: Companion,
  spec: Omit<IContainer, "name" | "ports" | "securityContext">,
  uid: number,
): IContainer {
  return {
    name: companion.name,
    ...spec,
    ports: [{ name: "http", containerPort: companion.port, protocol: "TCP" }],
    securityContext: {
      runAsNonRoot: true,
      runAsUser: uid,
      runAsGroup: uid,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ["ALL"] },
      seccompProfile: { type: "RuntimeDefault" },
    },
  };
}

function deployment(
  companion: Companion,
  podSpec: Omit<NonNullable<NonNullable<IDeployment["spec"]>["template"]["spec"]>, "containers"> & {
    readonly container: IContainer;
  },
  recreate = false,
): IDeployment {
  const { container: main, ...rest } = podSpec;
  const labels = { [LABEL]: companion.name, "app.kubernetes.io/part-of": "open-webui" };
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: companion.name, namespace: OPEN_WEBUI_NAMESPACE, labels },
    spec: {
      replicas: 1,
      // A ReadWriteOnce volume is attached to one pod at a time.
      ...(recreate ? { strategy: { type: "Recreate" } } : {}),
      selector: { matchLabels: { [LABEL]: companion.name } },
      template: {
        metadata: { labels },
        spec: {
          // The companions never call the Kubernetes API.
          automountServiceAccountToken: false,
          ...rest,
          containers: [main],
        },
      },
    },
  };
}

function service(companion: Companion): IService {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: companion.name, namespace: OPEN_WEBUI_NAMESPACE, labels: { [LABEL]: companion.name } },
    spec: {
      selector: { [LABEL]: companion.name },
      ports: [{ name: "http", port: companion.port, targetPort: "http", protocol: "TCP" }],
    },
  };
}

const emptyDir = (name: string, sizeLimit: string) => ({ name, emptyDir: { sizeLimit } });
const tcpProbe = { tcpSocket: { port: "http" }, periodSeconds: 10 };

export function openTerminalObjects(ctx: ClusterContext): (IDeployment | IService | IPersistentVolumeClaim)[] {
  // The slim image's user (`user`, uid 1000) and its home, which holds the models' work.
  const uid = 1000;
  const pvc: IPersistentVolumeClaim = {
    apiVersion: "v1",
    kind: "PersistentVolumeClaim",
    metadata: { name: `${OPEN_TERMINAL.name}-home`, namespace: OPEN_WEBUI_NAMESPACE },
    spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "10Gi" } } },
  };
  const main = container(
    OPEN_TERMINAL,
    {
      image: IMAGES.openTerminal,
      env: [
        {
          name: "OPEN_TERMINAL_API_KEY",
          valueFrom: { secretKeyRef: { name: COMPANION_SECRETS.openTerminal, key: "api-key" } },
        },
        // Browsers never call it: Open WebUI's backend proxies a system-level terminal.
        { name: "OPEN_TERMINAL_CORS_ALLOWED_ORIGINS", value: ctx.cluster.webApps.openWebui.url },
      ],
      volumeMounts: [
        { name: "home", mountPath: "/home/user" },
        { name: "tmp", mountPath: "/tmp" },
      ],
      resources: { requests: { cpu: "100m", memory: "256Mi" }, limits: { cpu: "2", memory: "2Gi" } },
      readinessProbe: tcpProbe,
      livenessProbe: { ...tcpProbe, initialDelaySeconds: 30, periodSeconds: 30 },
    },
    uid,
  );
  return [
    pvc,
    deployment(
      OPEN_TERMINAL,
      {
        securityContext: { fsGroup: uid, fsGroupChangePolicy: "OnRootMismatch" },
        volumes: [{ name: "home", persistentVolumeClaim: { claimName: pvc.metadata!.name! } }, emptyDir("tmp", "1Gi")],
        container: main,
      },
      true,
    ),
    service(OPEN_TERMINAL),
  ];
}

export function searxngObjects(ctx: ClusterContext): (IDeployment | IService | IConfigMap)[] {
  // The image's `searxng` user.
  const uid = 977;
  const settings = {
    use_default_settings: true,
    general: { instance_name: `SearXNG ${ctx.cluster.name}` },
    // The secret key comes from SEARXNG_SECRET; only Open WebUI asks, so no rate limiter or image proxy.
    server: { limiter: false, image_proxy: false, public_instance: false },
    search: { formats: ["html", "json"], autocomplete: "" },
  };
  const config: IConfigMap = {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: `${SEARXNG.name}-settings`, namespace: OPEN_WEBUI_NAMESPACE },
    data: { "settings.yml": toYaml(settings) },
  };
  const main = container(
    SEARXNG,
    {
      image: IMAGES.searxng,
      env: [
        { name: "SEARXNG_SECRET", valueFrom: { secretKeyRef: { name: COMPANION_SECRETS.searxng, key: "secret-key" } } },
        { name: "SEARXNG_BASE_URL", value: `${serviceUrl(SEARXNG)}/` },
        { name: "SEARXNG_PORT", value: String(SEARXNG.port) },
      ],
      volumeMounts: [
        // The entrypoint writes next to the settings, and the cache directory.
        { name: "etc", mountPath: "/etc/searxng" },
        { name: "settings", mountPath: "/etc/searxng/settings.yml", subPath: "settings.yml", readOnly: true },
        { name: "cache", mountPath: "/var/cache/searxng" },
        { name: "tmp", mountPath: "/tmp" },
      ],
      resources: { requests: { cpu: "50m", memory: "128Mi" }, limits: { cpu: "1", memory: "512Mi" } },
      readinessProbe: { httpGet: { path: "/healthz", port: "http" }, periodSeconds: 10 },
      livenessProbe: { httpGet: { path: "/healthz", port: "http" }, initialDelaySeconds: 15, periodSeconds: 30 },
    },
    uid,
  );
  return [
    config,
    deployment(SEARXNG, {
      securityContext: { fsGroup: uid },
      volumes: [
        { name: "settings", configMap: { name: config.metadata!.name! } },
        emptyDir("etc", "10Mi"),
        emptyDir("cache", "256Mi"),
        emptyDir("tmp", "64Mi"),
      ],
      container: main,
    }),
    service(SEARXNG),
  ];
}

export function mcpoObjects(ctx: ClusterContext): (IDeployment | IService | IConfigMap)[] {
  const uid = 65534;
  const servers = Object.fromEntries(
    Object.entries(MCPO.servers).map(([name, server]) => {
      // uvx --from <requirement> <executable>: each server's package installs a command of its name.
      const args = ["--from", `${server.package}==${server.version}`, server.package];
      // The site's time zone (site file `admin.time_zone`) for "what time is it".
      if (name === "time") args.push(`--local-timezone=${ctx.site.admin.timeZone}`);
      return [name, { command: "uvx", args }];
    }),
  );
  const config: IConfigMap = {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: `${MCPO_SERVER.name}-config`, namespace: OPEN_WEBUI_NAMESPACE },
    data: { "config.json": `${JSON.stringify({ mcpServers: servers }, null, 2)}\n` },
  };
  const main = container(
    MCPO_SERVER,
    {
      image: IMAGES.uvPython,
      command: [
        "uvx",
        "--from",
        `mcpo==${MCPO.mcpo}`,
        "mcpo",
        "--host",
        "0.0.0.0",
        "--port",
        String(MCPO_SERVER.port),
        "--config",
        "/config/config.json",
      ],
      env: [
        // uv installs mcpo and the servers from PyPI into its cache on first start; the image's Python only.
        { name: "UV_CACHE_DIR", value: "/cache/uv" },
        { name: "UV_TOOL_DIR", value: "/cache/tools" },
        { name: "UV_PYTHON_DOWNLOADS", value: "never" },
        { name: "HOME", value: "/tmp" },
      ],
      volumeMounts: [
        { name: "config", mountPath: "/config", readOnly: true },
        { name: "cache", mountPath: "/cache" },
        { name: "tmp", mountPath: "/tmp" },
      ],
      resources: { requests: { cpu: "50m", memory: "192Mi" }, limits: { cpu: "1", memory: "1Gi" } },
      // The first start downloads mcpo and the servers.
      startupProbe: { ...tcpProbe, failureThreshold: 30 },
      readinessProbe: tcpProbe,
      livenessProbe: { ...tcpProbe, periodSeconds: 30 },
    },
    uid,
  );
  return [
    config,
    deployment(MCPO_SERVER, {
      securityContext: { fsGroup: uid },
      volumes: [
        { name: "config", configMap: { name: config.metadata!.name! } },
        emptyDir("cache", "2Gi"),
        emptyDir("tmp", "256Mi"),
      ],
      container: main,
    }),
    service(MCPO_SERVER),
  ];
}
