// Shows a JSON Schema the way a reader needs it: one table row per field (nested fields with dotted
// names, list entries as "items[].name"), its type, whether it is required, its limits and meaning.
import { usePage } from "../html/index.ts";
import { resolveRef, type JsonSchema } from "./json-schema.ts";
import { apiMessages } from "./messages.ts";

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
  constraints: string[];
}

type Components = Record<string, JsonSchema>;
type Labels = ReturnType<typeof apiMessages.in>;

function refName(node: JsonSchema): string | undefined {
  return typeof node.$ref === "string" ? node.$ref.split("/").pop() : undefined;
}

/** "string", "integer or null", "list of Service", "Service", "string | number". */
export function typeLabel(node: JsonSchema, components: Components, m: Labels): string {
  const ref = refName(node);
  if (ref) return ref;
  const variants = (node.anyOf ?? node.oneOf) as JsonSchema[] | undefined;
  if (variants) {
    const types = variants.filter((v) => v.type !== "null").map((v) => typeLabel(v, components, m));
    return types.join(" | ") + (variants.length > types.length ? ` ${m.nullable}` : "");
  }
  const types = Array.isArray(node.type) ? (node.type as string[]) : typeof node.type === "string" ? [node.type] : [];
  const main = types.filter((t) => t !== "null");
  let label = main.join(" | ") || (node.enum ? "string" : m.anyType);
  if (main[0] === "array" && node.items && typeof node.items === "object") label = m.arrayOf(typeLabel(node.items as JsonSchema, components, m));
  if (typeof node.format === "string") label += ` (${node.format})`;
  return types.includes("null") ? `${label} ${m.nullable}` : label;
}

function constraintsOf(node: JsonSchema, m: Labels): string[] {
  const out: string[] = [];
  for (const key of ["minimum", "maximum", "minLength", "maxLength", "default", "pattern"] as const) {
    if (node[key] !== undefined) out.push(`${m.constraints[key]} ${JSON.stringify(node[key])}`);
  }
  if (Array.isArray(node.enum)) out.push(`${m.constraints.enum} ${node.enum.map((v) => JSON.stringify(v)).join(", ")}`);
  return out;
}

/** The object behind a field, if it has fields of its own (directly, by $ref, or as list entries). */
function objectBehind(node: JsonSchema, components: Components): { schema: JsonSchema; suffix: string } | undefined {
  const nonNull = ((node.anyOf ?? []) as JsonSchema[]).filter((v) => v.type !== "null");
  const target = resolveRef(nonNull.length === 1 ? nonNull[0]! : node, components);
  if (target.properties) return { schema: target, suffix: "." };
  if (target.type === "array" && target.items && typeof target.items === "object") {
    const entry = resolveRef(target.items as JsonSchema, components);
    if (entry.properties) return { schema: entry, suffix: "[]." };
  }
  return undefined;
}

export function fieldRows(schema: JsonSchema, components: Components, m: Labels, prefix = "", seen: ReadonlySet<JsonSchema> = new Set()): FieldRow[] {
  const object = resolveRef(schema, components);
  if (seen.has(object)) return [];
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required ?? []) as string[]);
  const rows: FieldRow[] = [];
  for (const [key, node] of Object.entries(properties)) {
    const name = prefix + key;
    const shown = resolveRef(node, components);
    const description = (node.description ?? shown.description ?? "") as string;
    rows.push({ name, type: typeLabel(node, components, m), required: required.has(key), description, constraints: constraintsOf(node, m) });
    const inner = objectBehind(node, components);
    if (inner) rows.push(...fieldRows(inner.schema, components, m, name + inner.suffix, new Set([...seen, object])));
  }
  return rows;
}

export function SchemaTable({ schema, components, caption }: { schema: JsonSchema; components: Components; caption: string }) {
  const m = apiMessages.in(usePage().locale);
  const rows = fieldRows(schema, components, m);
  if (rows.length === 0) return <p class="kern-body">{typeLabel(schema, components, m)}</p>;
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--small">
        <caption class="kern-title kern-title--small">{caption}</caption>
        <thead>
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">{m.colField}</th>
            <th scope="col" class="kern-table__header">{m.colType}</th>
            <th scope="col" class="kern-table__header">{m.colRequired}</th>
            <th scope="col" class="kern-table__header">{m.colDescription}</th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {rows.map((r) => (
            <tr class="kern-table__row">
              <th scope="row" class="kern-table__header">
                <code>{r.name}</code>
              </th>
              <td class="kern-table__cell">{r.type}</td>
              <td class="kern-table__cell">{r.required ? m.yes : m.no}</td>
              <td class="kern-table__cell">
                {r.description}
                {r.constraints.length > 0 ? <span class="st-muted"> ({r.constraints.join("; ")})</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
