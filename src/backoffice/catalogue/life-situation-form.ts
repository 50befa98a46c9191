// The life situation form: introduction, ordered steps (title and text), primary and secondary services,
// read back into the catalogue file's shape. Each step links services of the life situation (checkboxes); a
// step keeps its translations while its German title and text stay the same.
import type { EntryContent } from "../../kernel/catalogue/index.ts";
import { formReader } from "./form-reader.ts";
import { many, one, type FormValues } from "./form-values.ts";
import type { FormContext } from "./form-types.ts";

type LifeSituation = EntryContent["life-situation"];

export function lifeSituationValues(ls: LifeSituation): FormValues {
  const values: FormValues = { nameDe: ls.name, nameEn: ls.en?.name ?? "", introDe: ls.description, introEn: ls.en?.description ?? "" };
  ls.serviceIds.forEach((id, i) => (values[`primary-${i}`] = id));
  ls.secondaryServiceIds.forEach((id, i) => (values[`secondary-${i}`] = id));
  ls.steps.forEach((s, i) => {
    values[`step-${i}-title`] = s.title;
    values[`step-${i}-text`] = s.text ?? "";
    values[`step-${i}-services`] = [...s.serviceIds];
  });
  return values;
}

/** Rows to show for a repeated group: every one filled plus `extra` empty ones. */
export function rowsOf(values: FormValues, pattern: RegExp, extra: number, max: number): number {
  let last = -1;
  for (const key of Object.keys(values)) {
    const m = pattern.exec(key);
    if (m && one(values, key) !== "") last = Math.max(last, Number(m[1]));
  }
  return Math.min(last + 1 + extra, max);
}
export const primaryRows = (v: FormValues) => rowsOf(v, /^primary-(\d+)$/, 2, 60);
export const secondaryRows = (v: FormValues) => rowsOf(v, /^secondary-(\d+)$/, 2, 60);
export const stepRows = (v: FormValues) => rowsOf(v, /^step-(\d+)-(?:title|text)$/, 2, 50);

/** The services a step may link to: the life situation's own (primary, secondary) and those steps link already. */
export function stepServiceChoices(values: FormValues): string[] {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(values)) {
    if (/^(?:primary|secondary)-\d+$/.test(key) || /^step-\d+-services$/.test(key)) for (const id of Array.isArray(value) ? value : [value]) if (id) out.add(id);
  }
  return [...out];
}

export function readLifeSituationForm(values: FormValues, ctx: FormContext<"life-situation">): { ok: true; entry: LifeSituation } | { ok: false; errors: Record<string, string> } {
  const { c, problems: p, text, entryId } = formReader(values, ctx.locale);
  const base = ctx.base;
  const nameDe = text("nameDe", 500, true);
  const id = entryId(base, nameDe);
  const nameEn = text("nameEn", 500);
  const introDe = text("introDe", 20_000, true);
  const introEn = text("introEn", 20_000);
  const chosen = new Set<string>();
  const services = (prefix: string, rows: number) => {
    const out: string[] = [];
    for (let i = 0; i < rows; i++) {
      const s = one(values, `${prefix}-${i}`);
      if (s === "") continue;
      if (!ctx.services.has(s)) p.add(`${prefix}-${i}`, c.errors.choose);
      else if (chosen.has(s)) p.add(`${prefix}-${i}`, c.errors.twice);
      else {
        chosen.add(s);
        out.push(s);
      }
    }
    return out;
  };
  const serviceIds = services("primary", primaryRows(values));
  const secondaryServiceIds = services("secondary", secondaryRows(values));
  const steps: LifeSituation["steps"] = [];
  for (let i = 0; i < stepRows(values); i++) {
    const title = text(`step-${i}-title`, 500);
    const body = text(`step-${i}-text`, 20_000);
    if (title === "" && body === "") continue;
    if (title === "") p.add(`step-${i}-title`, c.errors.required);
    // Checkboxes come in the form's order; services the step had keep their stored order, new ones follow.
    const stored = base?.steps.find((s) => s.title === title)?.serviceIds ?? [];
    const rank = (id: string) => (stored.includes(id) ? stored.indexOf(id) : stored.length);
    const linked = [...new Set(many(values, `step-${i}-services`))].sort((a, b) => rank(a) - rank(b));
    if (linked.some((id) => !ctx.services.has(id))) p.add(`step-${i}-services`, c.errors.choose);
    // A step keeps its translations while its German title and text stay the same.
    const before = base?.steps.find((s) => s.title === title && (s.text ?? "") === body);
    steps.push({ ...(before ?? {}), serviceIds: linked, title, text: body || null });
  }
  if (p.any) return { ok: false, errors: p.errors };
  const en: NonNullable<LifeSituation["en"]> = { ...base?.en };
  if (nameEn) en.name = nameEn;
  else delete en.name;
  if (introEn) en.description = introEn;
  else delete en.description;
  const entry: LifeSituation = { ...(base ?? {}), id, name: nameDe, description: introDe, serviceIds, secondaryServiceIds, steps };
  delete entry.en;
  if (Object.keys(en).length > 0) entry.en = en;
  return { ok: true, entry };
}

export function lifeSituationField(path: string): string {
  const [head, index, sub] = path.split(/[[\].]+/).filter(Boolean);
  if (head === "serviceIds") return `primary-${index ?? 0}`;
  if (head === "secondaryServiceIds") return `secondary-${index ?? 0}`;
  if (head === "steps") return `step-${index ?? 0}-${sub === "text" ? "text" : sub === "serviceIds" ? "services" : "title"}`;
  if (head === "description") return "introDe";
  if (head === "en") return index === "description" ? "introEn" : "nameEn";
  return "nameDe";
}
