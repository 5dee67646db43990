/**
 * Test helpers for the model: the shipped model files as plain objects that
 * a test can change, and a parser for the result. Not tests themselves.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse, stringify } from "yaml";
import { HomelabModel, loadModel, parseModel } from "../model";

export const REPO_ROOT = path.resolve(__dirname, "..");

/** Editable copies of the shipped model files, keyed by cluster name. */
export interface RawModel {
  site: any;
  clusters: Record<string, any>;
}

/** The tracked site.example.yaml and clusters/*.yaml, as objects. */
export function shippedRaw(): RawModel {
  const read = (file: string) => parse(fs.readFileSync(path.join(REPO_ROOT, file), "utf8"));
  const clusters: Record<string, any> = {};
  for (const file of fs.readdirSync(path.join(REPO_ROOT, "clusters")).sort()) {
    clusters[file.replace(/\.yaml$/, "")] = read(`clusters/${file}`);
  }
  return { site: read("site.example.yaml"), clusters };
}

/** Parses a raw model as if it were on disk as site.yaml and clusters/<key>.yaml. */
export function parseRaw(raw: RawModel): HomelabModel {
  return parseModel({
    site: { file: "site.yaml", text: stringify(raw.site) },
    clusters: Object.entries(raw.clusters).map(([name, data]) => ({
      file: `clusters/${name}.yaml`,
      text: stringify(data),
    })),
  });
}

/** Applies `edit` to the shipped model and parses it. */
export function modelWith(edit: (raw: RawModel) => void): HomelabModel {
  const raw = shippedRaw();
  edit(raw);
  return parseRaw(raw);
}

/** The shipped model, exactly as `cdktf synth` sees it without a site.yaml. */
export function shippedModel(): HomelabModel {
  return loadModel(REPO_ROOT).model;
}

/** Writes a raw model into a new temporary directory and returns its path. */
export function writeModelDir(raw: RawModel): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-model-"));
  fs.mkdirSync(path.join(dir, "clusters"));
  fs.writeFileSync(path.join(dir, "site.yaml"), stringify(raw.site));
  for (const [name, data] of Object.entries(raw.clusters)) {
    fs.writeFileSync(path.join(dir, "clusters", `${name}.yaml`), stringify(data));
  }
  return dir;
}
