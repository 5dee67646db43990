/**
 * One Kubernetes minor everywhere: the nodes run nixpkgs' rke2 of the minor in
 * nixos/contract.json, and the slow tier's API server, kubectl, controller
 * manager, helm's KubeVersion and kubeconform's schemas are of that minor.
 */
import manifest from "../../toolchain/manifest.json";
import { CONTRACT } from "../../constructs/contract";

interface Entry {
  name: string;
  moduleVersion?: string;
  ldflags?: string;
  wrapper?: { replace: Record<string, string> };
  kubernetesVersions?: string[];
}

const entries = manifest.entries as unknown as Entry[];
const entry = (name: string) => entries.find((e) => e.name === name)!;
const [major, minor] = CONTRACT.kubernetesMinor.split(".");

test.each(["kube-apiserver", "kubectl-cli", "kube-controller-manager"])(
  "%s is built from a release of the clusters' minor, with its staging modules and version at that release",
  (name) => {
    const e = entry(name);
    expect(e.moduleVersion).toMatch(new RegExp(`^v${major}\\.${minor}\\.\\d+$`));
    const patch = e.moduleVersion!.split(".")[2];
    expect(new Set(Object.values(e.wrapper!.replace))).toEqual(new Set([`v0.${minor}.${patch}`]));
    expect(e.ldflags).toContain(`version.gitVersion=${e.moduleVersion}`);
    expect(e.ldflags).toContain(`version.gitMinor=${minor}`);
  },
);

test("helm renders for the clusters' minor, and kubeconform checks against its schemas", () => {
  expect(entry("helm-cli").ldflags).toContain(`k8sVersionMinor=${minor}`);
  expect(entry("kube-schemas").kubernetesVersions).toEqual([`v${major}.${minor}.0`]);
});
