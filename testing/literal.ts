/**
 * Helpers for the literal-guarantee test: the string fields of a zod schema,
 * and OpenTofu's reading of a template string. Not tests themselves.
 */
import { z } from "zod";

/** A field path with `[]` for "every element of this array". */
export type SchemaPath = readonly (string | "[]")[];

/** Every path in `schema` whose value is a free string (`z.string()`), through objects, arrays, defaults and optionals. */
export function stringFields(schema: z.ZodType, at: SchemaPath = []): SchemaPath[] {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  if (current instanceof z.ZodString) return [at];
  if (current instanceof z.ZodArray) return stringFields(current.element as z.ZodType, [...at, "[]"]);
  if (current instanceof z.ZodObject) {
    return Object.entries(current.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
      stringFields(child, [...at, key]),
    );
  }
  if (current instanceof z.ZodEnum || current instanceof z.ZodNumber || current instanceof z.ZodBoolean) return [];
  throw new Error(
    `stringFields: schema at ${at.join(".")} is a ${current.constructor.name}; teach the walker about it`,
  );
}

/** The concrete path of a schema path in a fixture: the first element of each array. */
export function concretePath(path: SchemaPath): (string | number)[] {
  return path.map((part) => (part === "[]" ? 0 : part));
}

export function getIn(data: any, path: readonly (string | number)[]): unknown {
  return path.reduce((value, part) => (value === undefined || value === null ? undefined : value[part]), data);
}

export function setIn(data: any, path: readonly (string | number)[], value: unknown): void {
  const parent = getIn(data, path.slice(0, -1)) as any;
  parent[path[path.length - 1]] = value;
}

/** A template split the way OpenTofu reads it: literal text, and the interpolations and directives it evaluates. */
export interface TemplateParts {
  /** Runs of literal text between evaluated parts, unescaped (`$${` read as `${`, `%%{` as `%{`). */
  readonly literals: string[];
  /** The source of each `${…}` and `%{…}` that OpenTofu evaluates. */
  readonly evaluated: string[];
}

/**
 * Splits an HCL template (every string of HCL's JSON syntax is one) into
 * literal runs and evaluated parts. `$${` and `%%{` are escapes; an
 * unescaped `${` or `%{` runs to its matching `}`, skipping quoted strings.
 */
export function readTemplate(template: string): TemplateParts {
  const literals: string[] = [];
  const evaluated: string[] = [];
  let run = "";
  let i = 0;
  while (i < template.length) {
    const two = template.slice(i, i + 2);
    const three = template.slice(i, i + 3);
    if (three === "$${" || three === "%%{") {
      run += `${template[i]}{`;
      i += 3;
    } else if (two === "${" || two === "%{") {
      literals.push(run);
      run = "";
      let depth = 0;
      let j = i + 1;
      let quoted = false;
      for (; j < template.length; j++) {
        const c = template[j];
        if (quoted) {
          if (c === "\\") j++;
          else if (c === '"') quoted = false;
        } else if (c === '"') quoted = true;
        else if (c === "{") depth++;
        else if (c === "}" && --depth === 0) break;
      }
      evaluated.push(template.slice(i, j + 1));
      i = j + 1;
    } else {
      run += template[i];
      i++;
    }
  }
  literals.push(run);
  return { literals, evaluated };
}

/** Every string in a synthesized configuration (values and keys), and whether OpenTofu reads it as a template. */
export function stringsOf(config: unknown): { text: string; template: boolean; where: string }[] {
  const found: { text: string; template: boolean; where: string }[] = [];
  const walk = (value: unknown, where: string, template: boolean) => {
    if (typeof value === "string") found.push({ text: value, template, where });
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${where}[${i}]`, template));
    else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        found.push({ text: key, template, where: `${where} (key)` });
        // OpenTofu does not evaluate anything in the backend block.
        walk(item, where ? `${where}.${key}` : key, template && !(where === "terraform" && key === "backend"));
      }
    }
  };
  walk(config, "", true);
  return found;
}
