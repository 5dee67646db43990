/**
 * The CDKTF app: load and validate the model, create the base stack and one
 * stack per cluster file, synthesize. Run through `cdktf synth`.
 *
 * Environment:
 * - HOMELAB_MODEL_DIR: where site.yaml and clusters/ live (default: the current directory, where cdktf runs the app).
 * - HOMELAB_SUPPORT_BACKEND=local: keep the support stack's state locally for its very first apply (README, "Bootstrap").
 */
import * as fs from "node:fs";
import { App } from "cdktf";
import { ConstructValidationError, describeConstructError } from "./constructs";
import { loadModel, ModelError } from "./model";
import { writeGitops } from "./gitops";
import { addHomelabStacks } from "./stacks";

function supportBackend(value: string | undefined): "s3" | "local" {
  if (value === undefined || value === "" || value === "s3") return "s3";
  if (value === "local") return "local";
  throw new ModelError([
    {
      file: "(environment)",
      path: ["HOMELAB_SUPPORT_BACKEND"],
      message: `"${value}" is not a backend — unset it, or set it to local for the support stack's first apply`,
    },
  ]);
}

/** HOMELAB_PROVIDER_VERSIONS: unset for the releases users get, `mirror` for the offline mirror's builds (CI). */
function providerVersions(value: string | undefined): void {
  if (value === undefined || value === "" || value === "mirror") return;
  throw new ModelError([
    {
      file: "(environment)",
      path: ["HOMELAB_PROVIDER_VERSIONS"],
      message: `"${value}" is not a mode — unset it, or set it to mirror for the toolchain's builds (toolchain/NOTES.md)`,
    },
  ]);
}

// cdktf's App creates its output directory when it is constructed; a construct that then refuses
// its props must not leave that behind.
const outdir = process.env.CDKTF_OUTDIR ?? "cdktf.out";
const outdirExisted = fs.existsSync(outdir);

try {
  const { model, notices } = loadModel(process.env.HOMELAB_MODEL_DIR ?? process.cwd());
  for (const notice of notices) console.error(notice);
  const backend = supportBackend(process.env.HOMELAB_SUPPORT_BACKEND);
  providerVersions(process.env.HOMELAB_PROVIDER_VERSIONS);
  // Only now that everything is known to be valid does anything get written.
  const app = new App({ outdir });
  addHomelabStacks(app, model, { supportBackend: backend });
  app.synth();
  writeGitops(model, app.outdir);
} catch (error) {
  if (error instanceof ModelError) {
    console.error(error.message);
  } else if (error instanceof ConstructValidationError) {
    // A value the model rules let through but a construct refuses: still the operator's input, not a crash.
    console.error(describeConstructError(error));
    if (!outdirExisted) fs.rmSync(outdir, { recursive: true, force: true });
  } else {
    throw error;
  }
  process.exitCode = 1;
}
