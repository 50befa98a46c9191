// Reference numbers people can read out on the phone: prefix, year, six-digit running number ("M-2026-004711").
// The counter row per year is taken with an upsert, which locks it until the transaction ends: two new cases
// never share a number, and a rolled-back case gives its number back.
import { sql } from "kysely";
import type { Tx } from "../../platform/db/index.ts";
import "./tables.ts";

export const referencePattern = /^[A-Z]{1,4}-\d{4}-\d{6,}$/;

export function formatReference(prefix: string, year: number, number: number): string {
  return `${prefix}-${year}-${String(number).padStart(6, "0")}`;
}

/** The next reference of `year` (numbers run across all kinds, so the number alone is unique per year). */
export async function nextReference(tx: Tx, prefix: string, year: number): Promise<string> {
  const row = await tx
    .insertInto("cases.reference_counter")
    .values({ year, last_number: 1 })
    .onConflict((oc) => oc.column("year").doUpdateSet({ last_number: sql`cases.reference_counter.last_number + 1` }))
    .returning("last_number")
    .executeTakeFirstOrThrow();
  return formatReference(prefix, year, row.last_number);
}

/** Normalises what people type ("m-2026-4711", " M 2026 004711 ") to the stored form, or undefined. */
export function parseReference(input: string): string | undefined {
  const m = /^\s*([A-Za-z]{1,4})[\s-]*(\d{4})[\s-]*(\d{1,9})\s*$/.exec(input);
  if (!m) return undefined;
  return formatReference(m[1]!.toUpperCase(), Number(m[2]), Number(m[3]));
}
