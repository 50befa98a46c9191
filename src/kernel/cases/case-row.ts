// Loading a case for a change: locked for the rest of the transaction, so two staff members changing it at
// once are serialised and the version check below decides who saw stale data.
import type { Selectable } from "kysely";
import type { Tx } from "../../platform/db/index.ts";
import type { CaseTable } from "./tables.ts";

export type CaseRow = Selectable<CaseTable>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isCaseId(value: string): boolean {
  return uuidPattern.test(value);
}

export async function lockCase(tx: Tx, caseId: string): Promise<CaseRow | undefined> {
  if (!isCaseId(caseId)) return undefined;
  return tx.selectFrom("cases.case").selectAll().where("id", "=", caseId).forUpdate().executeTakeFirst();
}

/** Writes `changes`, bumps the version and returns the new version; the caller holds the row lock. */
export async function saveCase(tx: Tx, row: CaseRow, changes: Partial<Omit<CaseRow, "id" | "version" | "search">>): Promise<number> {
  const { version } = await tx
    .updateTable("cases.case")
    .set({ ...changes, version: row.version + 1, updated_at: new Date() })
    .where("id", "=", row.id)
    .returning("version")
    .executeTakeFirstOrThrow();
  return version;
}
