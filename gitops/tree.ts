/**
 * The rendered tree: files by path (relative to the tree's root), emitted
 * with the `yaml` package from typed objects. Keys are sorted and the YAML
 * 1.1 schema decides quoting, so that a value such as `on` or `yes` stays a
 * string for Kubernetes' YAML reader and two renders are byte-identical.
 */
import { stringify } from "yaml";

/** What every Kubernetes object has. */
export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata?: {
    readonly name?: string;
    readonly namespace?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
  };
}

/** A kustomize Kustomization (kustomize.config.k8s.io/v1beta1), the fields this tree uses. */
export interface Kustomization {
  readonly apiVersion: "kustomize.config.k8s.io/v1beta1";
  readonly kind: "Kustomization";
  readonly resources?: readonly string[];
  readonly components?: readonly string[];
  readonly patches?: readonly { readonly path: string }[];
}

/** A copy with every object's keys in sorted order (cheaper than the yaml package's sortMapEntries). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) if (record[key] !== undefined) sorted[key] = sortKeys(record[key]);
  return sorted;
}

export function toYaml(data: unknown): string {
  return stringify(sortKeys(data), { version: "1.1", lineWidth: 0, aliasDuplicateObjects: false });
}

/** A file name for an object: its kind, namespace and name, lower case. */
export function objectFileName(object: KubeObject): string {
  const parts = [object.kind, object.metadata?.namespace, object.metadata?.name].filter((p): p is string => !!p);
  return `${parts.join("-").toLowerCase()}.yaml`;
}

export class GitopsTree {
  private readonly files = new Map<string, string>();
  /** Every Kubernetes object written, with its file. */
  public readonly objects: { readonly path: string; readonly object: KubeObject }[] = [];

  /** Adds a file; a path can only be written once. */
  public addText(path: string, text: string): void {
    if (this.files.has(path)) throw new Error(`GitOps tree: ${path} is written twice — give each object its own file`);
    this.files.set(path, text);
  }

  public addYaml(path: string, data: unknown): void {
    this.addText(path, toYaml(data));
  }

  public addObject(path: string, object: KubeObject): void {
    this.addYaml(path, object);
    this.objects.push({ path, object });
  }

  public has(path: string): boolean {
    return this.files.has(path);
  }

  /** Files sorted by path. */
  public entries(): [string, string][] {
    return [...this.files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}
