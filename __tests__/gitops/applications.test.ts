/**
 * The switched applications' own parts: Open WebUI's companions (Open
 * Terminal, SearXNG, mcpo) and Dependency-Track's API-key Job and SBOM
 * upload CronJob.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse, parseAllDocuments } from "yaml";
import { bootstrapManifests, renderGitops } from "../../gitops";
import { IMAGES, MCPO } from "../../gitops/versions";
import type { HomelabModel } from "../../model";
import { modelFor, typeOf, withoutModel } from "../../testing/kube-models";
import { modelWith, REPO_ROOT, shippedModel } from "../../testing/model";

const everything = modelWith((raw) => {
  raw.site.apps = { ...raw.site.apps, open_webui: true, dependency_track: true, kiali: true };
});

function render(model: HomelabModel) {
  const files = Object.fromEntries(renderGitops(model).entries());
  const index = JSON.parse(files["index.json"]);
  const apps = (cluster: string): { name: string; wave: number; project: string; namespace: string }[] =>
    index.clusters.find((c: { name: string }) => c.name === cluster).applications;
  /** The objects of one Application's generated overlay. */
  const overlay = (cluster: string, app: string): any[] =>
    Object.entries(files)
      .filter(([f]) => f.startsWith(`clusters/${cluster}/kustomize/${app}/`) && !f.endsWith("kustomization.yaml"))
      .map(([, text]) => parse(text));
  return { files, apps, overlay };
}

const all = render(everything);
const find = (objects: any[], kind: string, name: string) =>
  objects.find((o) => o.kind === kind && o.metadata.name === name);
const podSpec = (workload: any) => workload.spec.jobTemplate?.spec.template.spec ?? workload.spec.template.spec;

describe("Open WebUI's companions", () => {
  const companions = ["open-terminal", "searxng", "mcpo"];

  test("apps.open_webui switches Open Terminal, SearXNG and mcpo with Open WebUI, on every cluster", () => {
    for (const cluster of ["kss", "kcs"]) {
      const apps = all.apps(cluster);
      for (const name of companions)
        expect(apps.find((a) => a.name === name)).toMatchObject({
          wave: 4,
          project: "applications",
          namespace: "open-webui",
        });
    }
    const off = render(shippedModel());
    for (const cluster of ["kss", "kcs"])
      expect(off.apps(cluster).filter((a) => companions.includes(a.name))).toEqual([]);
    expect(Object.keys(off.files).filter((f) => /open-terminal|searxng|mcpo/.test(f))).toEqual([]);
  });

  test("every container runs a pinned image (never `latest`), non-root, read-only, without capabilities", () => {
    const images = new Set<string>();
    for (const name of companions) {
      const deployment = find(all.overlay("kcs", name), "Deployment", name);
      expect(podSpec(deployment).automountServiceAccountToken).toBe(false);
      for (const container of podSpec(deployment).containers) {
        images.add(container.image);
        expect(container.image).not.toMatch(/:latest$|^[^:]+$/);
        expect(container.securityContext).toMatchObject({
          runAsNonRoot: true,
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
          capabilities: { drop: ["ALL"] },
        });
        expect(container.resources.limits).toEqual(expect.objectContaining({ memory: expect.any(String) }));
      }
    }
    expect([...images].sort()).toEqual([IMAGES.openTerminal, IMAGES.searxng, IMAGES.uvPython].sort());
  });

  test("Open Terminal's key and SearXNG's secret come from ExternalSecrets of keys the cluster stack generates", () => {
    const secrets = all.overlay("kss", "cluster-secrets").filter((o) => o.kind === "ExternalSecret");
    const byName = (name: string) =>
      secrets.find((s) => s.metadata.name === name && s.metadata.namespace === "open-webui");
    const terminal = podSpec(find(all.overlay("kss", "open-terminal"), "Deployment", "open-terminal")).containers[0];
    const keyRef = terminal.env.find((e: any) => e.name === "OPEN_TERMINAL_API_KEY").valueFrom.secretKeyRef;
    expect(byName(keyRef.name).spec.data).toEqual([
      { secretKey: keyRef.key, remoteRef: { key: "apps/open-terminal/api-key", property: "api_key" } },
    ]);
    const searxng = podSpec(find(all.overlay("kss", "searxng"), "Deployment", "searxng")).containers[0];
    const secretRef = searxng.env.find((e: any) => e.name === "SEARXNG_SECRET").valueFrom.secretKeyRef;
    expect(byName(secretRef.name).spec.data[0].remoteRef).toEqual({
      key: "apps/searxng/secret",
      property: "secret_key",
    });
    // Open WebUI's terminal connection carries the same key, put in by external-secrets' template.
    const connection = byName("open-webui-terminal");
    expect(connection.spec.data).toEqual([
      { secretKey: "key", remoteRef: { key: "apps/open-terminal/api-key", property: "api_key" } },
    ]);
    const template = connection.spec.target.template.data.connections as string;
    const [terminalConnection] = JSON.parse(template.replace("{{ .key }}", "KEY"));
    expect(terminalConnection).toMatchObject({
      url: "http://open-terminal.open-webui.svc.cluster.local:8000",
      key: "KEY",
      auth_type: "bearer",
      server_type: "terminal",
    });
    expect(template.match(/\{\{/g)).toHaveLength(1);
  });

  test("Open WebUI searches through SearXNG and lists mcpo's servers and Open Terminal", () => {
    const values = parse(all.files["clusters/kss/values/open-webui.yaml"]);
    const env = Object.fromEntries(values.extraEnvVars.map((e: any) => [e.name, e.value ?? e.valueFrom]));
    expect(env.WEB_SEARCH_ENGINE).toBe("searxng");
    expect(env.SEARXNG_QUERY_URL).toBe("http://searxng.open-webui.svc.cluster.local:8080/search?q=<query>&format=json");
    expect(JSON.parse(env.TOOL_SERVER_CONNECTIONS).map((c: any) => c.url)).toEqual(
      Object.keys(MCPO.servers).map((s) => `http://mcpo.open-webui.svc.cluster.local:8000/${s}`),
    );
    expect(env.TERMINAL_SERVER_CONNECTIONS).toEqual({
      secretKeyRef: { name: "open-webui-terminal", key: "connections" },
    });
    // Each URL names a Service of the companions, on its port.
    const services = all
      .overlay("kss", "searxng")
      .concat(all.overlay("kss", "mcpo"), all.overlay("kss", "open-terminal"));
    for (const url of [env.SEARXNG_QUERY_URL, ...JSON.parse(env.TOOL_SERVER_CONNECTIONS).map((c: any) => c.url)]) {
      const { hostname, port } = new URL(url);
      const service = find(services, "Service", hostname.split(".")[0]);
      expect(service.spec.ports.map((p: any) => String(p.port))).toContain(port);
    }
  });

  test("mcpo and its servers run at the versions in versions.ts, the time server in the site's time zone", () => {
    const objects = all.overlay("kss", "mcpo");
    const container = podSpec(find(objects, "Deployment", "mcpo")).containers[0];
    expect(container.command.slice(0, 3)).toEqual(["uvx", "--from", `mcpo==${MCPO.mcpo}`]);
    const config = JSON.parse(find(objects, "ConfigMap", "mcpo-config").data["config.json"]);
    expect(config.mcpServers.time.args).toEqual([
      "--from",
      `mcp-server-time==${MCPO.servers.time.version}`,
      "mcp-server-time",
      `--local-timezone=${everything.site.admin.timeZone}`,
    ]);
    expect(config.mcpServers.fetch.args).toEqual([
      "--from",
      `mcp-server-fetch==${MCPO.servers.fetch.version}`,
      "mcp-server-fetch",
    ]);
  });

  test("their namespace may reach the internet (search engines, PyPI), the support VM not at all", () => {
    const openWebui = all
      .overlay("kss", "network-policies")
      .find((o) => o.metadata.name === "egress" && o.metadata.namespace === "open-webui");
    const blocks = openWebui.spec.egress.flatMap((r: any) => r.to.map((t: any) => t.ipBlock).filter(Boolean));
    expect(blocks).toContainEqual({ cidr: "0.0.0.0/0", except: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"] });
    expect(blocks.map((b: any) => b.cidr)).not.toContain("10.69.50.10/32");
  });
});

describe("Dependency-Track's SBOM upload", () => {
  const config = all.overlay("kss", "dependency-track-config");
  const job = find(config, "Job", "dependency-track-api-key");
  const cronJob = find(config, "CronJob", "sbom-upload");

  test("an Application after Dependency-Track's own, on the scripts' base, only with apps.dependency_track", () => {
    const apps = all.apps("kss");
    const dt = apps.find((a) => a.name === "dependency-track")!;
    expect(apps.find((a) => a.name === "dependency-track-config")).toMatchObject({
      wave: dt.wave + 1,
      project: "applications",
      namespace: "dependency-track",
    });
    const kustomization = parse(all.files["clusters/kss/kustomize/dependency-track-config/kustomization.yaml"]);
    expect(kustomization.resources).toContain("../../../../kustomize/base/dependency-track-sbom");
    expect(
      render(shippedModel())
        .apps("kss")
        .map((a) => a.name),
    ).not.toContain("dependency-track-config");
  });

  test("the API-key Job is a Sync hook, replaced on each sync, logging in with the generated admin password", () => {
    expect(job.metadata.annotations).toEqual({
      "argocd.argoproj.io/hook": "Sync",
      "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
    });
    const env = podSpec(job).containers[0].env;
    expect(env.find((e: any) => e.name === "ADMIN_PASSWORD").valueFrom.secretKeyRef).toEqual({
      name: "dependency-track-admin",
      key: "password",
    });
    const admin = all
      .overlay("kss", "cluster-secrets")
      .find((o) => o.kind === "ExternalSecret" && o.metadata.name === "dependency-track-admin");
    expect(admin.spec.data.map((d: any) => d.remoteRef)).toEqual([
      { key: "apps/dependency-track/admin", property: "username" },
      { key: "apps/dependency-track/admin", property: "password" },
    ]);
  });

  test("the Job may write only the key's Secret; the CronJob reads that Secret and only SbomReports besides", () => {
    const keySecret = podSpec(job).containers[0].env.find((e: any) => e.name === "API_KEY_SECRET").value;
    const role = find(config, "Role", "dependency-track-api-key");
    expect(role.rules).toEqual([
      { apiGroups: [""], resources: ["secrets"], verbs: ["create"] },
      { apiGroups: [""], resources: ["secrets"], resourceNames: [keySecret], verbs: ["get", "update"] },
    ]);
    expect(find(config, "RoleBinding", "dependency-track-api-key").subjects).toEqual([
      { kind: "ServiceAccount", name: podSpec(job).serviceAccountName, namespace: "dependency-track" },
    ]);
    const upload = podSpec(cronJob);
    expect(upload.containers[0].env.find((e: any) => e.name === "DT_API_KEY").valueFrom.secretKeyRef).toEqual({
      name: keySecret,
      key: "api-key",
    });
    expect(find(config, "ClusterRole", "dependency-track-sbom-reader").rules).toEqual([
      { apiGroups: ["aquasecurity.github.io"], resources: ["sbomreports"], verbs: ["get", "list"] },
    ]);
    expect(find(config, "ClusterRoleBinding", "dependency-track-sbom-reader").subjects).toEqual([
      { kind: "ServiceAccount", name: upload.serviceAccountName, namespace: "dependency-track" },
    ]);
    expect(cronJob.spec.concurrencyPolicy).toBe("Forbid");
    // What it reads: the Trivy operator makes SbomReports.
    expect(parse(all.files["clusters/kss/values/trivy-operator.yaml"]).operator.sbomGenerationEnabled).toBe(true);
  });

  test("both run the scripts of the committed base, which exist and are valid Python", () => {
    const base = path.join(REPO_ROOT, "kustomize/base/dependency-track-sbom");
    const kustomization = parse(fs.readFileSync(path.join(base, "kustomization.yaml"), "utf8"));
    const [generator] = kustomization.configMapGenerator;
    for (const workload of [job, cronJob]) {
      const spec = podSpec(workload);
      expect(spec.volumes).toEqual([{ name: "scripts", configMap: { name: generator.name } }]);
      const container = spec.containers[0];
      expect(container.image).toBe(IMAGES.python);
      expect(generator.files).toContain(path.basename(container.command[1]));
    }
    // Parsed, not compiled: nothing may write __pycache__ into the committed tree.
    const check = spawnSync(
      "python3",
      ["-c", "import ast, sys\nfor f in sys.argv[1:]: ast.parse(open(f).read(), f)", ...generator.files],
      { cwd: base, encoding: "utf8" },
    );
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: "" });
    expect(fs.readdirSync(base).sort()).toEqual([...generator.files, "kustomization.yaml"].sort());
  });

  test("the upload makes one project per image: repository as name, tag (or digest) as version", () => {
    const base = path.join(REPO_ROOT, "kustomize/base/dependency-track-sbom");
    const report = (ns: string, repository: string, tag: string, components: number) => ({
      metadata: { namespace: ns },
      report: {
        registry: { server: "index.docker.io" },
        artifact: { repository, tag },
        components: {
          bomFormat: "CycloneDX",
          components: Array.from({ length: components }, (_, i) => ({ name: `c${i}` })),
        },
      },
    });
    const reports = [
      report("a", "library/nginx", "1.27", 2),
      report("b", "library/nginx", "1.27", 2),
      report("a", "library/redis", "7", 0),
      {
        report: {
          registry: { server: "ghcr.io" },
          artifact: { repository: "x/y", digest: "sha256:abc" },
          components: { components: [{}] },
        },
      },
    ];
    const result = spawnSync(
      "python3",
      [
        "-B",
        "-c",
        "import json, sys\nfrom sbom_upload import boms_by_image\nprint(json.dumps(sorted(boms_by_image(json.load(sys.stdin)))))",
      ],
      {
        cwd: base,
        input: JSON.stringify(reports),
        encoding: "utf8",
        env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
      },
    );
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual([
      ["ghcr.io/x/y", "sha256:abc"],
      ["index.docker.io/library/nginx", "1.27"],
    ]);
  });
});

test("their projects allow their namespaces and cluster-scoped kinds (the ClusterRole of the SBOM reader)", () => {
  for (const cluster of everything.clusters) {
    const projects = Object.fromEntries(
      bootstrapManifests(everything, cluster).appProjects.map((p) => [p.metadata!.name!, p.spec!]),
    );
    for (const name of ["open-terminal", "searxng", "mcpo", "dependency-track-config"]) {
      const app = all.apps(cluster.name).find((a) => a.name === name)!;
      const project = projects[app.project];
      for (const object of all.overlay(cluster.name, name)) {
        if (object.metadata.namespace)
          expect(project.destinations!.map((d) => d.namespace)).toContain(object.metadata.namespace);
        else
          expect(project.clusterResourceWhitelist).toContainEqual({
            group: object.apiVersion.split("/")[0],
            kind: object.kind,
          });
      }
    }
  }
});

test("every object of the switched applications validates against its maintained model", () => {
  for (const [file, text] of Object.entries(all.files)) {
    if (!file.endsWith(".yaml") || file.endsWith("kustomization.yaml") || file.includes("/values/")) continue;
    // Chart sources (templates, Chart.yaml) are not manifests; the slow tier renders and checks them.
    if (file.startsWith("kustomize/charts/")) continue;
    for (const doc of parseAllDocuments(text)) {
      const object = doc.toJS();
      for (const item of object.kind === "List" ? object.items : [object]) {
        const model = modelFor(item);
        if (!model) {
          expect({ file, type: typeOf(item), known: withoutModel(item) }).toEqual({
            file,
            type: typeOf(item),
            known: true,
          });
          continue;
        }
        try {
          new model(item).validate();
        } catch (error) {
          throw new Error(`${file}: ${(error as Error).message}`);
        }
      }
    }
  }
});
