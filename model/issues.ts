/** A path into a model file, as YAML keys and array indexes. */
export type FieldPath = readonly (string | number)[];

/** One thing wrong with the model, precise enough for an operator to fix it without reading code. */
export interface ModelIssue {
  /** The model file, relative to the model directory (`clusters/kss.yaml`). */
  readonly file: string;
  /** 1-based line in `file` where the field (or its nearest parent) stands, when known. */
  readonly line?: number;
  /** The field, as a YAML path. */
  readonly path: FieldPath;
  /** What is wrong, starting with the offending value where there is one. */
  readonly message: string;
}

/** `workers[1].ip` */
export function formatPath(path: FieldPath): string {
  if (path.length === 0) return "(file)";
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
}

export function formatIssue(issue: ModelIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `${where}: ${formatPath(issue.path)}: ${issue.message}`;
}

/** Thrown once with every violation found, so that one run shows all of them. */
export class ModelError extends Error {
  public readonly issues: readonly ModelIssue[];

  constructor(issues: readonly ModelIssue[]) {
    const sorted = [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
    const count = sorted.length === 1 ? "1 problem" : `${sorted.length} problems`;
    super(`The homelab model has ${count}:\n${sorted.map((i) => `  - ${formatIssue(i)}`).join("\n")}`);
    this.name = "ModelError";
    this.issues = sorted;
  }
}

/** Renders a YAML value for a message: strings quoted, everything else as YAML would show it. */
export function showValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "nothing";
  return JSON.stringify(value) ?? String(value);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

/** The known key closest to a misspelt one, if it is close enough to be a typo. */
export function didYouMean(unknown: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(unknown.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(1, Math.floor(unknown.length / 3));
  return bestDistance <= limit ? best : undefined;
}
