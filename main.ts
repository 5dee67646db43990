/**
 * The CDKTF app: load and validate the model, create the base stack and one
 * stack per cluster file, synthesize. Run through `cdktf synth`.
 *
 * Environment:
 * - HOMELAB_MODEL_DIR: where site.yaml and clusters/ live (default: the current directory, where cdktf runs the app).
 * - HOMELAB_BASE_BACKEND=local: keep base's state locally for its very first apply (README, "Bootstrap").
 */
import { App } from "cdktf";
import { loadModel, ModelError } from "./model";
import { writeGitops } from "./gitops";
import { addHomelabStacks } from "./stacks";

function baseBackend(value: string | undefined): "s3" | "local" {
  if (value === undefined || value === "" || value === "s3") return "s3";
  if (value === "local") return "local";
  throw new ModelError([
    {
      file: "(environment)",
      path: ["HOMELAB_BASE_BACKEND"],
      message: `"${value}" is not a backend — unset it, or set it to local for base's first apply`,
    },
  ]);
}

try {
  const { model, notices } = loadModel(process.env.HOMELAB_MODEL_DIR ?? process.cwd());
  for (const notice of notices) console.error(notice);
  const backend = baseBackend(process.env.HOMELAB_BASE_BACKEND);
  // Only now that everything is known to be valid does anything get written.
  const app = new App();
  addHomelabStacks(app, model, { baseBackend: backend });
  app.synth();
  writeGitops(model, app.outdir);
} catch (error) {
  if (!(error instanceof ModelError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
