/**
 * Prints the site's data (siteDataPatterns) one string a line, for the push
 * guard (scripts/push-guard.sh). Reads the model from HOMELAB_MODEL_DIR (default:
 * the repository). Without a site.yaml there is no site data: prints nothing.
 *
 *   node scripts/run.js scripts/push-guard-patterns.ts
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { siteDataPatterns } from "../constructs/site-data";
import { loadModel, ModelError } from "../model";
import { SITE_EXAMPLE_FILE, SITE_FILE } from "../model/load";

const dir = process.env.HOMELAB_MODEL_DIR ?? path.resolve(__dirname, "..");
try {
  if (fs.existsSync(path.join(dir, SITE_FILE))) {
    const { model } = loadModel(dir);
    const examplePath = path.join(dir, SITE_EXAMPLE_FILE);
    const example = fs.existsSync(examplePath) ? fs.readFileSync(examplePath, "utf8") : "";
    process.stdout.write(
      siteDataPatterns(model.site, example)
        .map((p) => `${p}\n`)
        .join(""),
    );
  }
} catch (error) {
  if (!(error instanceof ModelError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
