// An internal note: what staff tell each other about a case. Staff only — the timeline reader never shows it
// to the citizen or the public, and nobody is notified. A note does not change the case, so it takes no
// version and makes nobody's open form stale.
import { z } from "zod";
import { recordAudit } from "../audit/index.ts";
import { can, type Actor } from "../identity/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import type { CaseDeps, CaseRefusal } from "./case-deps.ts";
import { lockCase } from "./case-row.ts";
import { appendTimelineEntry, authorOf } from "./timeline-write.ts";

export const addInternalNoteInput = z.object({
  caseId: z.string().min(1),
  text: z.string().trim().min(1).max(20_000),
});

export type AddInternalNoteInput = z.input<typeof addInternalNoteInput>;

export type AddInternalNoteResult = { ok: true; entryId: string } | CaseRefusal;

export async function addInternalNote(tx: Tx, _deps: CaseDeps, actor: Actor, input: AddInternalNoteInput): Promise<AddInternalNoteResult> {
  const parsed = addInternalNoteInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fields: [...new Set(parsed.error.issues.map((i) => i.path.join(".")))] };
  const { caseId, text } = parsed.data;
  // The lock serialises timeline sequence numbers with other writers of this case.
  const row = await lockCase(tx, caseId);
  if (!row || !can(actor, "case.read", { departmentId: row.department_id })) return { ok: false, reason: "not-found" };
  if (!can(actor, "case.act", { departmentId: row.department_id })) return { ok: false, reason: "not-allowed" };
  const entryId = await appendTimelineEntry(tx, row, { type: "internal-note", visibility: "internal", author: authorOf(actor), body: text });
  await recordAudit(tx, actor, "case.internal-note-added", { type: "cases.case", id: row.id }, { entryId, length: text.length });
  return { ok: true, entryId };
}
