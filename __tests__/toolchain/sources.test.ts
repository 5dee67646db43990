/**
 * The CRDs and charts the slow tier checks the GitOps tree against (toolchain/manifest.json
 * "sources" entries) are the versions the tree installs (gitops/versions.ts).
 */
import manifest from "../../toolchain/manifest.json";
import { CHARTS, MANIFESTS } from "../../gitops/versions";

interface Sources {
  name: string;
  kind: string;
  module: string;
  moduleVersion: string;
  version: string;
  crds?: string[];
  charts?: Record<string, string>;
}

const sources = (manifest.entries as unknown as Sources[]).filter((e) => e.kind === "sources");
const byName = (name: string) => sources.find((e) => e.name === name)!;
const minor = (v: string) => v.replace(/^v/, "").split(".").slice(0, 2).join(".");

describe("toolchain sources follow gitops/versions.ts", () => {
  test("every chart CHARTS names a module for is extracted from that module, version and directory", () => {
    const withModule = Object.entries(CHARTS).filter(
      (e): e is [string, (typeof e)[1] & { module: { path: string; version: string; chartDir: string } }] =>
        "module" in e[1],
    );
    expect(withModule.length).toBeGreaterThan(0);
    for (const [key, pin] of withModule) {
      const entry = sources.find((e) => e.module === pin.module.path && e.moduleVersion === pin.module.version);
      expect({ key, module: `${pin.module.path}@${pin.module.version}`, found: !!entry }).toEqual({
        key,
        module: `${pin.module.path}@${pin.module.version}`,
        found: true,
      });
      expect(Object.values(entry!.charts ?? {})).toContain(pin.module.chartDir);
      expect(entry!.crds?.length ?? 0).toBeGreaterThan(0);
    }
  });

  test("Gateway API CRDs at the version MANIFESTS installs", () => {
    expect(byName("src-gateway-api").moduleVersion).toBe(MANIFESTS.gatewayApiCrds.version);
    expect(byName("src-gateway-api").crds).toEqual([MANIFESTS.gatewayApiCrds.path]);
  });

  test("Istio CRDs of the Istio minor the charts install (the nearest served patch)", () => {
    expect(minor(byName("src-istio").version)).toBe(minor(CHARTS.istiod.version));
  });

  test("Argo CD Image Updater's CRD and install at the version MANIFESTS installs", () => {
    const entry = byName("src-argocd-image-updater");
    expect(entry.moduleVersion).toBe(MANIFESTS.imageUpdater.version);
    expect(`https://${entry.module}`).toBe(MANIFESTS.imageUpdater.repoURL);
    expect(entry.crds).toEqual(["config/crd/bases"]);
    expect(MANIFESTS.imageUpdater.path.startsWith("config/")).toBe(true);
  });

  test("ArgoCD CRDs of the 3.3 minor that argo-cd chart 9.4 ships", () => {
    expect(CHARTS.argocd.version).toMatch(/^9\.4\./);
    expect(minor(byName("src-argo-cd").version)).toBe("3.3");
  });
});
