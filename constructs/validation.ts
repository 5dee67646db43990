import { Construct } from "constructs";

/**
 * A construct's props break its rules. Raised once per construct with every
 * problem found; the app prints it like a model error (no stack trace,
 * exit 1, nothing written).
 */
export class ConstructValidationError extends Error {
  /** The construct's path in the app (`kss/rke2`), which names it uniquely. */
  public readonly constructPath: string;
  /** The construct's class (`Rke2Cluster`). */
  public readonly kind: string;
  public readonly problems: readonly string[];

  constructor(construct: Construct, problems: readonly string[]) {
    const kind = construct.constructor.name;
    super(`${kind} "${construct.node.path}": ${problems.join("; ")}`);
    this.name = "ConstructValidationError";
    this.constructPath = construct.node.path;
    this.kind = kind;
    this.problems = problems;
  }
}

/**
 * The end of every construct's validation: throws one
 * `ConstructValidationError` naming the construct by its path when `problems`
 * holds anything. Call it after gathering every violation, before creating resources.
 */
export function throwIfInvalid(construct: Construct, problems: readonly string[]): void {
  if (problems.length > 0) throw new ConstructValidationError(construct, problems);
}

/** What the app prints for a construct's refusal: the shape of a model error, naming the construct. */
export function describeConstructError(error: ConstructValidationError): string {
  const count = error.problems.length === 1 ? "1 problem" : `${error.problems.length} problems`;
  return `The homelab model has ${count} (found by ${error.kind} at ${error.constructPath}):\n${error.problems.map((p) => `  - ${p}`).join("\n")}`;
}
