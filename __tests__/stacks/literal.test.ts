/**
 * The literal guarantee, as a property over the model's schemas: for every
 * string field of the site and cluster files, a hostile value (OpenTofu
 * interpolations and directives, cdktf token markers, pre-escaped text,
 * mixtures) is either refused with a model error naming that field, or
 * reaches the synthesized configuration literally — OpenTofu evaluates
 * nothing derived from it. The fields come from the schemas, so a new field
 * is covered the moment it is added (the fixture must then give it a value).
 */
import { ModelError, parseModel } from "../../model";
import { escapeTemplate, unescapeTemplate } from "../../model/literal";
import { clusterSchema, siteSchema } from "../../model/schema";
import { concretePath, getIn, readTemplate, SchemaPath, setIn, stringFields, stringsOf } from "../../testing/literal";
import { RawModel, shippedRaw } from "../../testing/model";
import { synthStacks } from "../../testing/synth";
import { stringify } from "yaml";

/** The shipped model with every optional string set, so that each field has a place to put a value. */
function fixture(): RawModel {
  const raw = shippedRaw();
  raw.site.identity.keycloak_url = "https://idp.support.lab.example.com";
  raw.site.network.ollama_url = "http://10.69.10.10:11434";
  raw.clusters.kss.identity = { broker_realm: "broker", keycloak_url: "https://auth.kss.lab.example.com" };
  return raw;
}

/**
 * Values OpenTofu or cdktf would evaluate if they were copied into the JSON
 * as they are; `M` (replaced by a marker per field and variant) stands inside
 * every part that would be evaluated, so an evaluated part is found by it.
 */
const HOSTILE = {
  template: 'M${file("/etc/hostname-M")} %{ for x in ["M"] }${x}%{ endfor } $${M} %%{M} $$${M} ${~ "M" ~}',
  token: "M${TfToken[TOKEN.1]}M#{TfToken[TOKEN.2]}M&{TfToken[TOKEN.3]}",
  mixed: 'M$${TfToken[TOKEN.1]}%{ if "M" != "" }${TfToken[TOKEN.0]}%{ endif }${jsonencode("}M")}',
};

interface Field {
  readonly file: "site.yaml" | "clusters/kss.yaml";
  readonly path: (string | number)[];
  readonly label: string;
}

const fields: Field[] = [
  ...stringFields(siteSchema).map((p: SchemaPath) => ({ file: "site.yaml" as const, path: concretePath(p) })),
  ...stringFields(clusterSchema).map((p: SchemaPath) => ({
    file: "clusters/kss.yaml" as const,
    path: concretePath(p),
  })),
].map((f) => ({ ...f, label: `${f.file}: ${f.path.join(".")}` }));

function parse(raw: RawModel) {
  return parseModel({
    site: { file: "site.yaml", text: stringify(raw.site) },
    clusters: Object.entries(raw.clusters).map(([name, data]) => ({
      file: `clusters/${name}.yaml`,
      text: stringify(data),
    })),
  });
}

function dataOf(raw: RawModel, field: Field): any {
  return field.file === "site.yaml" ? raw.site : raw.clusters.kss;
}

/** One hostile value in one field: alone (with a marker), or after the field's valid value. */
interface Variant {
  readonly field: Field;
  readonly marker: string;
  readonly value: string;
}

const variants: Variant[] = [];
fields.forEach((field, f) => {
  const original = getIn(dataOf(fixture(), field), field.path);
  Object.values(HOSTILE).forEach((hostile, h) => {
    const marker = `hx${f}v${h}q`;
    variants.push({ field, marker, value: hostile.replace(/M/g, marker) });
    variants.push({ field, marker: `${marker}a`, value: `${String(original)} ${hostile.replace(/M/g, `${marker}a`)}` });
  });
});

/** Per variant: the issues it was refused with, or undefined when the model accepted it. */
const refusals = new Map<Variant, ModelError | undefined>();
for (const variant of variants) {
  const raw = fixture();
  setIn(dataOf(raw, variant.field), variant.field.path, variant.value);
  try {
    parse(raw);
    refusals.set(variant, undefined);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    refusals.set(variant, error);
  }
}

/**
 * Accepted variants, synthesized together: batch k holds the k-th accepted
 * variant of every field (each has its own marker), so the number of synths
 * is the largest number of variants one field accepts.
 */
const accepted = new Map<Field, Variant[]>();
for (const variant of variants) {
  if (refusals.get(variant) === undefined)
    accepted.set(variant.field, [...(accepted.get(variant.field) ?? []), variant]);
}
const batchCount = Math.max(0, ...[...accepted.values()].map((list) => list.length));
const outputs = new Map<Variant, ReturnType<typeof stringsOf>>();
for (let k = 0; k < batchCount; k++) {
  const batch = [...accepted.values()].map((list) => list[k]).filter((v): v is Variant => v !== undefined);
  const raw = fixture();
  for (const variant of batch) setIn(dataOf(raw, variant.field), variant.field.path, variant.value);
  const strings = Object.values(synthStacks(parse(raw))).flatMap((text) => stringsOf(JSON.parse(text)));
  for (const variant of batch) outputs.set(variant, strings);
}

/** How a value can stand in a literal: as it is, inside a JSON document (host.json), or YAML-quoted (cloud-init). */
function encodings(value: string): string[] {
  return [value, JSON.stringify(value).slice(1, -1), value.replace(/'/g, "''")];
}

describe("every string of the model reaches OpenTofu as a literal", () => {
  test("the schemas have string fields, and the fixture gives each a value", () => {
    expect(fields.length).toBeGreaterThan(40);
    const missing = fields.filter((f) => typeof getIn(dataOf(fixture(), f), f.path) !== "string");
    expect(missing.map((f) => f.label)).toEqual([]);
  });

  test("escaping follows OpenTofu's template reading (checked against tofu 1.12: outputs of these strings)", () => {
    // tofu output of {"value": "<escaped>"} for each, from a main.tf.json applied with OpenTofu 1.12.6.
    const read: [string, string][] = [
      ["$$${a}", "$${a}"],
      ["a$$$${b", "a$$${b"],
      ["%%%{x", "%%{x"],
      ["x$%%{y", "x$%{y"],
      ["$$", "$$"],
      ["$$$", "$$$"],
      ["%%{ for x in y }", "%{ for x in y }"],
      ['$${file("/etc/hostname")}', '${file("/etc/hostname")}'],
    ];
    for (const [template, value] of read) {
      expect(unescapeTemplate(template)).toBe(value);
      expect(readTemplate(template)).toEqual({ literals: [value], evaluated: [] });
      expect(escapeTemplate(value)).toBe(template);
    }
  });

  test.each(fields.map((f) => [f.label, f] as const))("%s", (_label, field) => {
    for (const variant of variants.filter((v) => v.field === field)) {
      const refused = refusals.get(variant);
      if (refused) {
        // Refused: with a model error that names this field in this file.
        const named = refused.issues.filter((i) => i.file === field.file && i.path.join(".") === field.path.join("."));
        expect({ value: variant.value, issues: named.length }).toEqual({
          value: variant.value,
          issues: expect.any(Number),
        });
        expect(named.length).toBeGreaterThan(0);
        continue;
      }
      // Accepted: it appears, nothing derived from it is evaluated, and one occurrence holds it literally.
      const strings = outputs.get(variant)!;
      const holding = strings.filter((s) => s.text.includes(variant.marker));
      expect({ value: variant.value, emitted: holding.length > 0 }).toEqual({ value: variant.value, emitted: true });
      const evaluated = holding.flatMap((s) =>
        s.template ? readTemplate(s.text).evaluated.filter((part) => part.includes(variant.marker)) : [],
      );
      expect({ value: variant.value, evaluated }).toEqual({ value: variant.value, evaluated: [] });
      const literal = holding.some((s) =>
        (s.template ? readTemplate(s.text).literals : [s.text]).some((run) =>
          encodings(variant.value).some((e) => run.includes(e)),
        ),
      );
      expect({ value: variant.value, literal }).toEqual({ value: variant.value, literal: true });
    }
  });
});

test("free-text values (an SSH key's comment) are accepted and synthesized, so the literal side is exercised", () => {
  const key = fields.find((f) => f.path.join(".") === "admin.ssh_authorized_keys.0")!;
  expect(accepted.get(key)?.length).toBeGreaterThan(0);
  expect(batchCount).toBeGreaterThan(0);
});
