/**
 * Argo CD Image Updater, for the applications discovered in the GitLab
 * group `apps` (apps-discovery.ts), and for nothing else.
 *
 * It writes back to where each application's values come from: a commit of
 * the new tag to `deploy/values.yaml` in the application's own project
 * (with the group's writer token), never to the deploy branch (which synth
 * generates and the next sync would overwrite) nor to the Applications
 * (which the self-healing root and ApplicationSet revert). Platform
 * components keep their versions in the model (versions.ts). What to watch
 * is one ImageUpdater per application, which the generic chart renders in
 * the application's namespace: the image `<harbor>/apps/<path>`, tags that
 * are 40-hex commit SHAs, the newest build. The updater's commits say
 * `[skip ci]`, so that GitLab builds no image of them (a build would tag a
 * new SHA, and the updater would commit again).
 *
 * The install is the project's own kustomization at the pinned version
 * (MANIFESTS.imageUpdater), with two patches: its Namespace removed (the
 * `namespaces` Application owns every namespace) and its ConfigMap given the
 * commit author and message.
 */
import type { PlatformApp } from "./argocd";
import type { ClusterContext } from "./context";
import { toYaml } from "./tree";

export const IMAGE_UPDATER_NAMESPACE = "argocd-image-updater-system";

/** The commit message of a write-back (a Go template over the updater's change list). */
export const COMMIT_MESSAGE = [
  "build: new image of {{ .AppName }} [skip ci]",
  "",
  "{{ range .AppChanges -}}",
  "{{ .Image }}: {{ .OldTag }} -> {{ .NewTag }}",
  "{{ end -}}",
  "",
].join("\n");

/** The Application that installs the updater (wave 0, as in the original). */
export function imageUpdaterApp(ctx: ClusterContext): PlatformApp {
  const namespace = { apiVersion: "v1", kind: "Namespace", metadata: { name: IMAGE_UPDATER_NAMESPACE } };
  const config = {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "argocd-image-updater-config", namespace: IMAGE_UPDATER_NAMESPACE },
    data: {
      "git.user": "argocd-image-updater",
      "git.email": `argocd-image-updater@${ctx.site.domains.root}`,
      "git.commit-message-template": COMMIT_MESSAGE,
    },
  };
  return {
    name: "argocd-image-updater",
    wave: 0,
    project: "platform",
    namespace: IMAGE_UPDATER_NAMESPACE,
    source: {
      type: "manifests",
      manifests: "imageUpdater",
      kustomizePatches: [
        {
          target: { kind: "Namespace", name: IMAGE_UPDATER_NAMESPACE },
          patch: toYaml({ $patch: "delete", ...namespace }),
        },
        { target: { kind: "ConfigMap", name: config.metadata.name }, patch: toYaml(config) },
      ],
    },
    serverSideApply: true,
  };
}
