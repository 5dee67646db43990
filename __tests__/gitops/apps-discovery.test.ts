/** Applications discovered in the GitLab group `apps`: the ApplicationSet, its secrets, its project and the generic chart. */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { renderGitops } from "../../gitops";
import { appsDiscoveryApp } from "../../gitops/apps-discovery";
import { clusterContext } from "../../gitops/context";
import type { HomelabModel } from "../../model";
import { modelWith, REPO_ROOT, shippedModel } from "../../testing/model";

function tree(model: HomelabModel) {
  const files = Object.fromEntries(renderGitops(model).entries());
  const overlay = (cluster: string) =>
    Object.entries(files)
      .filter(
        ([f]) => f.startsWith(`clusters/${cluster}/kustomize/applicationsets/`) && !f.endsWith("kustomization.yaml"),
      )
      .map(([, text]) => parse(text));
  const find = (cluster: string, kind: string, name?: string) =>
    overlay(cluster).find((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
  const projects = (cluster: string) => parse(files[`clusters/${cluster}/bootstrap/app-projects.yaml`]).items as any[];
  return { files, overlay, find, projects };
}

const shipped = tree(shippedModel());
const appSet = (t = shipped, cluster = "kss") => t.find(cluster, "ApplicationSet", "apps");
const chartDir = path.join(REPO_ROOT, "kustomize/charts/generic-app");

describe("apps discovery", () => {
  test("every cluster gets the ApplicationSet at wave 5, after every platform Application", () => {
    for (const cluster of ["kss", "kcs"]) {
      const app = parse(shipped.files[`clusters/${cluster}/apps/applicationsets.yaml`]);
      expect(app.metadata.annotations["argocd.argoproj.io/sync-wave"]).toBe("5");
      expect(app.spec.project).toBe("platform");
      const index = JSON.parse(shipped.files["index.json"]).clusters.find((c: any) => c.name === cluster);
      expect(Math.max(...index.applications.map((a: any) => a.wave))).toBe(5);
      expect(index.applications.filter((a: any) => a.wave === 5).map((a: any) => a.name)).toEqual(["applicationsets"]);
    }
  });

  test("the SCM provider reads group apps from the site's GitLab over verified TLS, with the labelled token", () => {
    const generator = appSet().spec.generators[0];
    expect(generator.scmProvider).toMatchObject({
      cloneProtocol: "https",
      gitlab: {
        group: "apps",
        api: "https://gitlab.support.lab.example.com/",
        includeSubgroups: false,
        insecure: false,
        tokenRef: { secretName: "gitlab-apps-scm", key: "token" },
      },
      filters: [{ repositoryMatch: "^[a-z0-9]([a-z0-9-]{0,51}[a-z0-9])?$", pathsExist: ["deploy/values.yaml"] }],
    });
    const scm = shipped.find("kss", "ExternalSecret", "gitlab-apps-scm");
    expect(scm.metadata.namespace).toBe("argocd");
    expect(scm.spec.target.template.metadata.labels).toEqual({ "argocd.argoproj.io/secret-type": "scm-creds" });
    expect(scm.spec.data).toEqual([
      { secretKey: "token", remoteRef: { key: "secret/gitlab/apps", property: "token" } },
    ]);
  });

  test("ArgoCD sends the token to no other SCM provider and only from a Secret labelled for it", () => {
    const params = parse(shipped.files["clusters/kss/values/argocd.yaml"]).configs.params;
    expect(params["applicationsetcontroller.allowed.scm.providers"]).toBe(
      appSet().spec.generators[0].scmProvider.gitlab.api,
    );
    expect(params["applicationsetcontroller.enable.tokenref.strict.mode"]).toBe("true");
  });

  test("the GitLab URL comes from the model", () => {
    const moved = tree(
      modelWith((raw) => {
        raw.site.domains.support_prefix = "infra";
      }),
    );
    expect(appSet(moved).spec.generators[0].scmProvider.gitlab.api).toBe("https://gitlab.infra.lab.example.com/");
    expect(moved.find("kss", "ExternalSecret", "gitlab-apps-repo-creds").spec.target.template.data.url).toBe(
      "https://gitlab.infra.lab.example.com/apps/",
    );
  });

  test("one repository credential template covers the group's projects, with the read-only token", () => {
    const creds = shipped.find("kcs", "ExternalSecret", "gitlab-apps-repo-creds");
    expect(creds.metadata.namespace).toBe("argocd");
    expect(creds.spec.target.template).toMatchObject({
      metadata: { labels: { "argocd.argoproj.io/secret-type": "repo-creds" } },
      data: {
        type: "git",
        url: "https://gitlab.support.lab.example.com/apps/",
        username: "argocd-discovery",
        password: "{{ .token }}",
      },
    });
    expect(creds.spec.data.map((d: any) => d.remoteRef.key)).toEqual(["secret/gitlab/apps"]);
  });

  test("each discovered project becomes apps-<path> in namespace apps-<path>, from the generic chart and its values", () => {
    const { template } = appSet().spec;
    expect(appSet().spec.goTemplateOptions).toEqual(["missingkey=error"]);
    expect(template.metadata.name).toBe("apps-{{ .repository }}");
    expect(template.spec.project).toBe("apps");
    expect(template.spec.destination.namespace).toBe("apps-{{ .repository }}");
    const [app, chart] = template.spec.sources;
    expect(app).toEqual({ repoURL: "{{ .url }}", targetRevision: "{{ .branch }}", ref: "app" });
    expect(chart).toMatchObject({
      repoURL: "ssh://gitlab@gitlab.support.lab.example.com:2222/infra/homelab.git",
      targetRevision: "deploy",
      path: "kustomize/charts/generic-app",
      helm: { releaseName: "{{ .repository }}", valueFiles: ["$app/deploy/values.yaml"] },
    });
    // The chart is in the tree the deploy branch gets.
    expect(shipped.files["kustomize/charts/generic-app/Chart.yaml"]).toBeDefined();
    expect(template.spec.syncPolicy.syncOptions).toEqual(["CreateNamespace=true"]);
    expect(template.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    expect(template.spec.syncPolicy.retry.limit).toBeGreaterThan(0);
  });

  test("the platform sets name, image and host: nginx on the default profile, the Gateway on istio-mesh", () => {
    const values = (t: ReturnType<typeof tree>, cluster: string) =>
      appSet(t, cluster).spec.template.spec.sources[1].helm.valuesObject;
    const image = { repository: "harbor.support.lab.example.com/apps/{{ .repository }}" };
    expect(values(shipped, "kss")).toMatchObject({
      name: "{{ .repository }}",
      image: { ...image, pullSecret: "harbor-apps-pull" },
      platform: { domain: "kss.lab.example.com", ingress: "nginx", ingressNamespace: "ingress-nginx" },
    });
    expect(values(shipped, "kcs")).toMatchObject({
      image,
      platform: {
        domain: "kcs.lab.example.com",
        ingress: "gateway",
        ingressNamespace: "istio-ingress",
        gateway: { name: "main-gateway", namespace: "istio-ingress", sectionName: "https" },
      },
    });
    // Cilium on the default profile still uses nginx: the profile decides, not the CNI.
    const cilium = tree(
      modelWith((raw) => {
        raw.clusters.kss.cni = "cilium";
      }),
    );
    expect(values(cilium, "kss").platform.ingress).toBe("nginx");
  });

  test("projects named like a host the platform serves are not discovered", () => {
    const reserved = (t: ReturnType<typeof tree>, cluster: string) =>
      appSet(t, cluster).spec.generators[0].selector.matchExpressions[0];
    expect(reserved(shipped, "kcs")).toMatchObject({ key: "repository", operator: "NotIn" });
    expect(reserved(shipped, "kcs").values).toEqual(
      expect.arrayContaining(["argocd", "auth", "grafana", "headlamp", "hubble", "kiali", "oauth2-proxy"]),
    );
    expect(reserved(shipped, "kss").values).not.toContain("hubble");
    const withWebui = tree(
      modelWith((raw) => {
        raw.site.apps = { ...raw.site.apps, open_webui: true, dependency_track: true };
      }),
    );
    expect(reserved(withWebui, "kss").values).toEqual(expect.arrayContaining(["open-webui", "dtrack"]));
    expect(reserved(shipped, "kss").values).not.toContain("open-webui");
  });

  test("AppProject apps confines them: namespaces apps-*, no other cluster-scoped kind, no Secret or ExternalSecret", () => {
    const project = shipped.projects("kss").find((p) => p.metadata.name === "apps");
    expect(project.spec.destinations).toEqual([{ server: "https://kubernetes.default.svc", namespace: "apps-*" }]);
    expect(project.spec.clusterResourceWhitelist).toEqual([{ group: "", kind: "Namespace", name: "apps-*" }]);
    expect(project.spec.sourceRepos).toEqual([
      "https://gitlab.support.lab.example.com/apps/*",
      "ssh://gitlab@gitlab.support.lab.example.com:2222/infra/homelab.git",
    ]);
    const kinds = project.spec.namespaceResourceWhitelist.map((k: any) => k.kind);
    for (const forbidden of ["Secret", "ExternalSecret", "Role", "RoleBinding", "ConfigMap", "*"])
      expect(kinds).not.toContain(forbidden);
    // Every kind the chart's templates make is allowed.
    const templates = fs.readdirSync(path.join(chartDir, "templates")).filter((f) => f.endsWith(".yaml"));
    const rendered = new Set(
      templates.flatMap((f) =>
        [...fs.readFileSync(path.join(chartDir, "templates", f), "utf8").matchAll(/^kind: (\w+)$/gm)].map((m) => m[1]),
      ),
    );
    expect([...rendered].sort()).toEqual([...new Set(kinds)].sort());
  });

  test("the discovered namespaces get the pull secret, and enforce the restricted Pod Security Standard", () => {
    const { labels } = appSet().spec.template.spec.syncPolicy.managedNamespaceMetadata;
    expect(labels["pod-security.kubernetes.io/enforce"]).toBe("restricted");
    const pull = shipped.find("kss", "ClusterExternalSecret", "harbor-apps-pull");
    const selector = pull.spec.namespaceSelectors[0].matchLabels;
    for (const [key, value] of Object.entries(selector)) expect(labels[key]).toBe(value);
    expect(pull.spec.externalSecretName).toBe("harbor-apps-pull");
    expect(pull.spec.externalSecretSpec.target.template.type).toBe("kubernetes.io/dockerconfigjson");
    expect(new Set(pull.spec.externalSecretSpec.data.map((d: any) => d.remoteRef.key))).toEqual(
      new Set(["apps/harbor/apps-pull"]),
    );
  });

  test("image updates are committed to the application's own project, never to the deploy repository", () => {
    const { imageUpdater } = appSet().spec.template.spec.sources[1].helm.valuesObject;
    expect(imageUpdater).toEqual({
      applicationNamespace: "argocd",
      application: "apps-{{ .repository }}",
      // The project's clone URL and default branch, as the SCM provider reports them.
      repository: "{{ .url }}",
      branch: "{{ .branch }}",
      writeBackTarget: "helmvalues:/deploy/values.yaml",
      credentials: "argocd-image-updater-system/gitlab-apps-write",
      pullSecret: "argocd-image-updater-system/harbor-apps-pull",
    });
    expect(JSON.stringify(imageUpdater)).not.toContain("infra/homelab");
    const write = shipped.find("kss", "ExternalSecret", "gitlab-apps-write");
    expect(write.metadata.namespace).toBe("argocd-image-updater-system");
    expect(write.spec.data).toEqual([
      { secretKey: "token", remoteRef: { key: "secret/gitlab/apps-writer", property: "token" } },
    ]);
    expect(write.spec.target.template.data).toEqual({ username: "argocd-image-updater", password: "{{ .token }}" });
    const pull = shipped.find("kss", "ExternalSecret", "harbor-apps-pull");
    expect(pull.metadata.namespace).toBe("argocd-image-updater-system");
    expect(pull.spec.target.template.type).toBe("kubernetes.io/dockerconfigjson");
  });

  test("the image updater: its pinned install at wave 0, without its own Namespace, committing with [skip ci]", () => {
    for (const cluster of ["kss", "kcs"]) {
      const app = parse(shipped.files[`clusters/${cluster}/apps/argocd-image-updater.yaml`]);
      expect(app.metadata.annotations["argocd.argoproj.io/sync-wave"]).toBe("0");
      expect(app.spec.project).toBe("platform");
      expect(app.spec.destination.namespace).toBe("argocd-image-updater-system");
      expect(app.spec.source).toMatchObject({
        repoURL: "https://github.com/argoproj-labs/argocd-image-updater",
        targetRevision: "v1.0.0",
        path: "config/default",
      });
      const [namespace, config] = app.spec.source.kustomize.patches;
      expect(namespace.target).toEqual({ kind: "Namespace", name: "argocd-image-updater-system" });
      expect(parse(namespace.patch)).toMatchObject({ $patch: "delete", kind: "Namespace" });
      const data = parse(config.patch).data;
      expect(data["git.commit-message-template"]).toMatch(/^build: new image of \{\{ \.AppName \}\} \[skip ci\]\n/);
      expect(data["git.email"]).toBe("argocd-image-updater@example.com");
      // The `namespaces` Application creates it instead, and it gets an egress policy.
      const ns = Object.entries(shipped.files).find(([f]) =>
        f.startsWith(`clusters/${cluster}/kustomize/namespaces/namespace-argocd-image-updater-system`),
      );
      expect(ns).toBeDefined();
    }
    const egress = Object.entries(shipped.files).find(([f]) =>
      f.startsWith("clusters/kss/kustomize/network-policies/networkpolicy-argocd-image-updater-system-"),
    )!;
    const ports = parse(egress[1]).spec.egress.flatMap((e: any) => (e.ports ?? []).map((p: any) => p.port));
    expect(ports).toContain(443);
  });

  test("a platform Application named like a discovered one is refused", () => {
    const ctx = clusterContext(shippedModel(), shippedModel().clusters[0]);
    expect(() =>
      appsDiscoveryApp(ctx, [
        {
          name: "apps-portal",
          wave: 4,
          project: "applications",
          namespace: "portal",
          source: { type: "base", base: "x" },
        },
      ]),
    ).toThrow(/Applications apps-portal start with "apps-", which names discovered applications — rename them/);
  });

  test("the ApplicationSet of an istio-mesh cluster (reviewed snapshot)", () => {
    expect(appSet(shipped, "kcs")).toMatchSnapshot();
  });
});
