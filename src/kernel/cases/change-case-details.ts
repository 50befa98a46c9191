// Changing a case's working details: priority, due date, and withdrawing it from public view. Priority and
// due date are staff matters (internal timeline entries). Staff may take a case off its public page (e.g.
// personal data in the title) but not publish a case the citizen kept private: that is the citizen's call.
import { z } from "zod";
import { recordAudit } from "../audit/index.ts";
import { can, type Actor } from "../identity/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import { isCalendarDate } from "./calendar/index.ts";
import type { CaseDeps, CaseRefusal } from "./case-deps.ts";
import { lockCase, saveCase, type CaseRow } from "./case-row.ts";
import { casePriorities, type CasePriority } from "./tables.ts";
import { appendTimelineEntry, authorOf } from "./timeline-write.ts";

export const changeCaseDetailsInput = z.object({
  caseId: z.string().min(1),
  priority: z.enum(casePriorities as readonly [CasePriority, ...CasePriority[]]).optional(),
  /** A Berlin calendar day "2026-12-04"; null or "" removes the due date. */
  dueDate: z
    .union([z.literal("").transform(() => null), z.string().refine(isCalendarDate, "not a calendar date")])
    .nullable()
    .optional(),
  isPublic: z.boolean().optional(),
  expectedVersion: z.coerce.number().int().positive(),
});

export type ChangeCaseDetailsInput = z.input<typeof changeCaseDetailsInput>;

export type CaseDetail = "priority" | "dueDate" | "isPublic";

export type ChangeCaseDetailsResult = { ok: true; version: number; changed: CaseDetail[] } | CaseRefusal;

export async function changeCaseDetails(tx: Tx, _deps: CaseDeps, actor: Actor, input: ChangeCaseDetailsInput): Promise<ChangeCaseDetailsResult> {
  const parsed = changeCaseDetailsInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fields: [...new Set(parsed.error.issues.map((i) => i.path.join(".")))] };
  const { caseId, priority, dueDate, isPublic, expectedVersion } = parsed.data;
  const row = await lockCase(tx, caseId);
  if (!row || !can(actor, "case.read", { departmentId: row.department_id })) return { ok: false, reason: "not-found" };
  if (!can(actor, "case.act", { departmentId: row.department_id })) return { ok: false, reason: "not-allowed" };
  if (row.version !== expectedVersion) return { ok: false, reason: "stale", currentVersion: row.version };
  if (isPublic === true && !row.is_public) return { ok: false, reason: "invalid-input", fields: ["isPublic"] };

  const changes: Partial<CaseRow> = {};
  if (priority !== undefined && priority !== row.priority) changes.priority = priority;
  if (dueDate !== undefined && dueDate !== row.due_date) changes.due_date = dueDate;
  if (isPublic !== undefined && isPublic !== row.is_public) changes.is_public = isPublic;
  const changed: CaseDetail[] = [
    ...(changes.priority !== undefined ? (["priority"] as const) : []),
    ...(changes.due_date !== undefined ? (["dueDate"] as const) : []),
    ...(changes.is_public !== undefined ? (["isPublic"] as const) : []),
  ];
  if (changed.length === 0) return { ok: true, version: row.version, changed };

  const version = await saveCase(tx, row, changes);
  const author = authorOf(actor);
  if (changes.priority !== undefined) {
    await appendTimelineEntry(tx, row, { type: "priority-changed", visibility: "internal", author, detail: { from: row.priority, to: changes.priority } });
  }
  if (changes.due_date !== undefined) {
    await appendTimelineEntry(tx, row, { type: "due-date-changed", visibility: "internal", author, detail: { from: row.due_date, to: changes.due_date } });
  }
  await recordAudit(tx, actor, "case.details-changed", { type: "cases.case", id: row.id }, {
    ...(changes.priority !== undefined ? { priority: { from: row.priority, to: changes.priority } } : {}),
    ...(changes.due_date !== undefined ? { dueDate: { from: row.due_date, to: changes.due_date } } : {}),
    ...(changes.is_public !== undefined ? { isPublic: { from: row.is_public, to: changes.is_public } } : {}),
  });
  return { ok: true, version, changed };
}
