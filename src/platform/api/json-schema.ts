// Turns zod schemas into the JSON Schema (draft 2020-12) that OpenAPI 3.1 embeds, with zod 4's own
// z.toJSONSchema. Schemas named with .meta({ id }) become shared components; field descriptions come
// from documented(), so they are translated like every other text.
import { z } from "zod";
import type { Locale } from "../i18n/index.ts";
import type { Text } from "./api-registry.ts";

export type JsonSchema = { [key: string]: unknown };

const descriptions = new WeakMap<object, Text>();

/**
 * Attaches a translated description to a schema (shown in openapi.json and on /api/docs). Attach it
 * to the outermost schema of a field, e.g. documented(z.number().nullable(), …), not to the inner one.
 */
export function documented<T extends z.ZodType>(schema: T, text: Text): T {
  descriptions.set(schema, text);
  return schema;
}

export const COMPONENT_PREFIX = "#/components/schemas/";

function rewriteRefs(node: unknown, rename: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, rename));
  if (!node || typeof node !== "object") return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith("#/$defs/")) {
      const id = value.slice("#/$defs/".length);
      out[key] = COMPONENT_PREFIX + (rename.get(id) ?? id);
    } else {
      out[key] = rewriteRefs(value, rename);
    }
  }
  return out;
}

const SAFE = Number.MAX_SAFE_INTEGER;

/** Collects the components while the operations of one document are converted. */
export class SchemaCollector {
  readonly components: Record<string, JsonSchema> = {};

  constructor(private readonly locale: Locale) {}

  /** "input" for what clients send (defaults make fields optional), "output" for what we answer. */
  convert(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const locale = this.locale;
    const json = z.toJSONSchema(schema, {
      io,
      target: "draft-2020-12",
      unrepresentable: "any",
      override: ({ zodSchema, jsonSchema }) => {
        const text = descriptions.get(zodSchema);
        if (text) jsonSchema.description = text(locale);
        // Within v1 we add fields to responses; a client generated from a closed schema would reject them.
        if (io === "output" && jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
        // z.int() states the safe-integer range; it is noise for readers and says nothing about our data.
        if (jsonSchema.minimum === -SAFE) delete jsonSchema.minimum;
        if (jsonSchema.maximum === SAFE) delete jsonSchema.maximum;
      },
    }) as JsonSchema;
    const { $schema: _dialect, $defs, ...root } = json;
    const defs = ($defs ?? {}) as Record<string, JsonSchema>;
    const rename = new Map<string, string>();
    for (const [id, def] of Object.entries(defs)) rename.set(id, this.#nameFor(id, def, defs, io));
    for (const [id, def] of Object.entries(defs)) this.components[rename.get(id)!] = rewriteRefs(def, rename) as JsonSchema;
    return rewriteRefs(root, rename) as JsonSchema;
  }

  // The same named schema can look different as input and as output (defaults, transforms): the
  // request side then gets its own component, "<Id>Input".
  #nameFor(id: string, def: JsonSchema, defs: Record<string, JsonSchema>, io: "input" | "output"): string {
    const identity = new Map(Object.keys(defs).map((k) => [k, k]));
    const same = (name: string) => {
      const existing = this.components[name];
      return !existing || JSON.stringify(existing) === JSON.stringify(rewriteRefs(def, identity));
    };
    if (same(id)) return id;
    const alternative = io === "input" ? `${id}Input` : `${id}Output`;
    if (same(alternative)) return alternative;
    throw new Error(`two different schemas use the id "${id}" in the API`);
  }
}

/** Follows a local component $ref; other nodes come back unchanged. */
export function resolveRef(node: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  const ref = node.$ref;
  if (typeof ref !== "string" || !ref.startsWith(COMPONENT_PREFIX)) return node;
  return components[ref.slice(COMPONENT_PREFIX.length)] ?? node;
}
