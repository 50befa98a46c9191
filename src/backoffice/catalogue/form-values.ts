// Reading the editor's forms: what was typed (kept as strings so the form can be shown again with nothing
// lost), lists of one item per line, amounts in euros, ids made from names, and errors collected per field.
import type { FieldErrors } from "../../platform/html/index.ts";

/** A submitted form: text fields are strings, repeated names (checkboxes) lists. */
export type FormValues = Record<string, string | string[]>;

export function formValuesOf(body: unknown): FormValues {
  const out: FormValues = {};
  if (!body || typeof body !== "object") return out;
  for (const [k, v] of Object.entries(body)) {
    if (k === "_csrf") continue;
    if (typeof v === "string") out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === "string");
  }
  return out;
}

/** One value, trimmed; the first when a name came twice. */
export function one(values: FormValues, name: string): string {
  const v = values[name];
  return (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim();
}

export function many(values: FormValues, name: string): string[] {
  const v = values[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((x) => x.trim()).filter(Boolean);
}

/** Textareas with one item per line: blank lines dropped. */
export function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

export const joinLines = (items: readonly string[] | undefined) => (items ?? []).join("\n");

/** "37", "37,5", "37,50", "1.234,50", "37.50", "37,50 €" → cents; null when it is not an amount. */
export function parseEuro(text: string): number | null {
  const t = text.replace(/\s|€|EUR/gi, "");
  let normalized: string;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(t)) normalized = t.replace(/\./g, "").replace(",", ".");
  else if (/^\d+(,\d{1,2})?$/.test(t)) normalized = t.replace(",", ".");
  else if (/^\d+\.\d{1,2}$/.test(t)) normalized = t;
  else return null;
  const cents = Math.round(Number(normalized) * 100);
  return Number.isSafeInteger(cents) && cents <= 100_000_000 ? cents : null;
}

/** Cents as an editor types them: "37,00". */
export const euroText = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

/** "Personalausweis beantragen" → "personalausweis-beantragen". */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
    .normalize("NFD").replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "")
    .slice(0, 80).replace(/-+$/, "");
}

/** "11,5755" or "11.5755" → 11.5755; null when empty; NaN when not a number. */
export function decimal(text: string): number | null {
  if (text === "") return null;
  return /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : Number.NaN;
}

/** Errors by field; the first one per field wins, in the order the form shows them. */
export class Problems {
  readonly errors: Record<string, string> = {};
  add(field: string, message: string): void {
    this.errors[field] ??= message;
  }
  get any(): boolean {
    return Object.keys(this.errors).length > 0;
  }
  get all(): FieldErrors {
    return this.errors;
  }
}
