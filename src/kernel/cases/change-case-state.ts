// Moves a case along its kind's state machine. Only transitions the kind declares from the current state
// are allowed, only for staff of the owning department, and only on the version the staff member saw:
// when two change a case at once, one wins and the other is told, with nothing written.
import { z } from "zod";
import { recordAudit } from "../audit/index.ts";
import { can, type Actor } from "../identity/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import type { CaseDeps, CaseRefusal } from "./case-deps.ts";
import { caseKind, findTransition, stateOf } from "./case-kind.ts";
import { lockCase, saveCase, type CaseRow } from "./case-row.ts";
import { clockChanges, reopenedDueDate } from "./clock.ts";
import { notifyCitizen } from "./notify-citizen.ts";
import { answeredChanges } from "./staff-answer.ts";
import { appendTimelineEntry, authorOf } from "./timeline-write.ts";

export const changeCaseStateInput = z.object({
  caseId: z.string().min(1),
  action: z.string().min(1).max(100),
  /** Shown to the citizen with the new state (never on the public page: it may name them). */
  comment: z.string().trim().max(5000).optional(),
  expectedVersion: z.coerce.number().int().positive(),
});

export type ChangeCaseStateInput = z.input<typeof changeCaseStateInput>;

export type ChangeCaseStateResult = { ok: true; state: string; version: number } | CaseRefusal | { ok: false; reason: "comment-required" };

export async function changeCaseState(tx: Tx, deps: CaseDeps, actor: Actor, input: ChangeCaseStateInput, now = new Date()): Promise<ChangeCaseStateResult> {
  const parsed = changeCaseStateInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fields: [...new Set(parsed.error.issues.map((i) => i.path.join(".")))] };
  const { caseId, action, expectedVersion } = parsed.data;
  const comment = parsed.data.comment || null;
  const row = await lockCase(tx, caseId);
  if (!row || !can(actor, "case.read", { departmentId: row.department_id })) return { ok: false, reason: "not-found" };
  if (!can(actor, "case.act", { departmentId: row.department_id })) return { ok: false, reason: "not-allowed" };
  if (row.version !== expectedVersion) return { ok: false, reason: "stale", currentVersion: row.version };
  const kind = caseKind(row.kind);
  const transition = kind ? findTransition(kind, row.state, action) : undefined;
  if (!kind || !transition) return { ok: false, reason: "invalid-transition" };
  if (transition.requiresComment && !comment) return { ok: false, reason: "comment-required" };

  const to = stateOf(kind, transition.to);
  const changes: Partial<CaseRow> = {
    state: transition.to,
    is_open: to.open,
    closed_at: to.open ? null : now,
    ...answeredChanges(row, now),
    ...(await clockChanges(tx, row, Boolean(to.pausesClock), now)),
    // A reopened case starts a fresh deadline from today; its old date lies in the past.
    ...(!row.is_open && to.open ? { due_date: reopenedDueDate(kind, row, now) } : {}),
  };
  const version = await saveCase(tx, row, changes);
  const updated = { ...row, ...changes };
  // The new state is public (for a public case); the comment is addressed to the citizen — a question or a
  // reason may name them — so it is a message of its own that the public page never shows.
  await appendTimelineEntry(tx, row, { type: "state-changed", visibility: "public", author: authorOf(actor), fromState: row.state, toState: transition.to, detail: { action } });
  if (comment) await appendTimelineEntry(tx, row, { type: "message-to-citizen", visibility: "citizen", author: authorOf(actor), body: comment, detail: { action } });
  await notifyCitizen(tx, deps, actor, updated, { event: "state-changed", state: transition.to, comment });
  await recordAudit(tx, actor, "case.state-changed", { type: "cases.case", id: row.id }, { from: row.state, to: transition.to, action });
  return { ok: true, state: transition.to, version };
}
