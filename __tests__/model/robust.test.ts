import * as fs from "node:fs";
import * as path from "node:path";
import { ModelError, parseModel } from "../../model";
import { REPO_ROOT } from "../../testing/model";

/**
 * Whatever the text of a model file, parsing ends in a model or a
 * ModelError, never in another exception (which the app would print as a
 * stack trace). Deterministic mutations of the shipped files stand in for
 * careless edits: deleted, repeated and inserted characters and lines.
 */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SNIPPETS = [
  "[",
  "]",
  "{",
  "}",
  ":",
  "- ",
  "? ",
  "&a ",
  "*a",
  "!!binary ",
  "'",
  '"',
  "#",
  "\t",
  "__proto__: {x: 1}\n",
  "<<: *a\n",
  "${x}",
  "%{",
  "\n  ",
  "---\n",
  "\u0000",
  "0x1F",
  "1e400",
  "~",
  "null",
];

function mutate(text: string, random: () => number): string {
  let out = text;
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * out.length);
    const kind = random();
    if (kind < 0.3) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 20));
    else if (kind < 0.7) out = out.slice(0, at) + SNIPPETS[Math.floor(random() * SNIPPETS.length)] + out.slice(at);
    else {
      const lines = out.split("\n");
      const line = Math.floor(random() * lines.length);
      lines.splice(line, 0, lines[Math.floor(random() * lines.length)]);
      out = lines.join("\n");
    }
  }
  return out;
}

test("mutated model files give a model or a ModelError, nothing else", () => {
  const site = fs.readFileSync(path.join(REPO_ROOT, "site.example.yaml"), "utf8");
  const kss = fs.readFileSync(path.join(REPO_ROOT, "clusters/kss.yaml"), "utf8");
  const random = rng(12);
  const unexpected: string[] = [];
  for (let i = 0; i < 200; i++) {
    const sources = {
      site: { file: "site.yaml", text: i % 2 ? mutate(site, random) : site },
      clusters: [{ file: "clusters/kss.yaml", text: i % 2 ? kss : mutate(kss, random) }],
    };
    try {
      parseModel(sources);
    } catch (error) {
      if (!(error instanceof ModelError)) unexpected.push(`${i}: ${String(error)}`);
    }
  }
  expect(unexpected).toEqual([]);
});
