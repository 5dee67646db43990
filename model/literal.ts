/**
 * Model strings are data. Every string in the synthesized configuration is
 * an OpenTofu template (HCL's JSON syntax evaluates `${…}` and `%{…}` in
 * every string value), so a model value reaches it escaped: `${` as `$${`
 * and `%{` as `%%{`, which OpenTofu reads back as the literal characters.
 *
 * cdktf would resolve a string holding its own token marker
 * (`${TfToken[…]}`) into another resource's value whatever the escaping;
 * those are refused by the model rules (`stringProblem` in checks.ts), so
 * none reaches this point.
 *
 * Strings that go somewhere OpenTofu does not template (the backend block,
 * files written during synth) must not be escaped: the fields that reach
 * the backend are constrained by the rules to characters that escaping
 * leaves alone, and files written during synth take the model as loaded,
 * not this view.
 */
import type { HomelabModel } from "./types";

/** `text` as an OpenTofu template that evaluates to `text`. */
export function escapeTemplate(text: string): string {
  return text.replace(/([$%])\{/g, "$1$1{");
}

/** What OpenTofu reads from a template without interpolations or directives: the inverse of `escapeTemplate`. */
export function unescapeTemplate(template: string): string {
  return template.replace(/([$%])\1\{/g, "$1{");
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  }
  return value;
}

/**
 * The model as the stacks see it: every string escaped for OpenTofu, so that
 * whichever construct uses a value, it is emitted as a literal.
 */
export function forOpenTofu(model: HomelabModel): HomelabModel {
  return mapStrings(model, escapeTemplate) as HomelabModel;
}
