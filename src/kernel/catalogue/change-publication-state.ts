// Moves a service or life situation along draft → published → archived, audited in the same transaction.
// Who may do so is the caller's check (the editor role, issue #4's back office); this is the rule itself.
import { recordAudit, type AuditActor } from "../audit/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import { canChangeState } from "./publication-state.ts";
import type { PublicationState } from "./tables.ts";

export type CatalogueEntryKind = "service" | "life-situation";

export type ChangeStateResult =
  | { ok: true; from: PublicationState; to: PublicationState }
  | { ok: false; reason: "not-found" | "not-allowed"; from?: PublicationState };

const tables = { service: "catalogue.service", "life-situation": "catalogue.life_situation" } as const;

/** Changes the state; the caller commits and then calls CatalogueCache.invalidate() for its own process. */
export async function changePublicationState(
  tx: Tx,
  actor: AuditActor,
  kind: CatalogueEntryKind,
  id: string,
  to: PublicationState,
): Promise<ChangeStateResult> {
  const table = tables[kind];
  // FOR UPDATE: two editors changing one entry at once take turns, so the transition is checked against the real state.
  const row = await tx.selectFrom(table).select("state").where("id", "=", id).forUpdate().executeTakeFirst();
  if (!row) return { ok: false, reason: "not-found" };
  if (!canChangeState(row.state, to)) return { ok: false, reason: "not-allowed", from: row.state };
  if (row.state === to) return { ok: true, from: row.state, to };
  await tx.updateTable(table).set({ state: to, updated_at: new Date() }).where("id", "=", id).execute();
  await recordAudit(tx, actor, `catalogue.${kind}-${to}`, { type: kind, id }, { from: row.state, to });
  return { ok: true, from: row.state, to };
}
