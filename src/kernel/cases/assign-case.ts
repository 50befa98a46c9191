// Assigning a case to a colleague of its department (or oneself), or unassigning it; and the inbox's bulk
// assignment. The assignee must be staff who may read the department's cases. Assignment is internal: the
// citizen's timeline never shows who handles their case.
import { z } from "zod";
import { recordAudit } from "../audit/index.ts";
import { can, departmentMember, type Actor, type DepartmentMember } from "../identity/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import { previousAssigneeName } from "./assignee-name.ts";
import type { CaseDeps, CaseRefusal } from "./case-deps.ts";
import { lockCase, saveCase, type CaseRow } from "./case-row.ts";
import { appendTimelineEntry, authorOf } from "./timeline-write.ts";

export const assignCaseInput = z.object({
  caseId: z.string().min(1),
  /** null unassigns. */
  assigneeId: z.string().min(1).nullable(),
  expectedVersion: z.coerce.number().int().positive(),
});

export type AssignCaseInput = z.input<typeof assignCaseInput>;

export type AssignCaseResult = { ok: true; version: number; assigneeId: string | null } | CaseRefusal;

export const assignCasesInput = z.object({
  caseIds: z.array(z.string().min(1)).min(1).max(500),
  assigneeId: z.string().min(1).nullable(),
});

export type AssignCasesInput = z.input<typeof assignCasesInput>;

export type AssignCasesResult = { ok: true; assigned: string[]; skipped: string[] } | { ok: false; reason: "invalid-input"; fields: string[] };

const fieldsOf = (error: z.ZodError) => [...new Set(error.issues.map((i) => String(i.path[0] ?? "")))];

async function assigneeFor(tx: Tx, assigneeId: string | null, departmentId: string): Promise<DepartmentMember | null | undefined> {
  if (assigneeId === null) return null;
  return departmentMember(tx, assigneeId, { departmentId, action: "case.read" });
}

/** Writes the assignment of a locked case the actor may assign; the caller has checked everything else. */
async function writeAssignment(tx: Tx, actor: Actor, row: CaseRow, assignee: DepartmentMember | null, previousName: string | null): Promise<number> {
  const version = await saveCase(tx, row, { assignee_id: assignee?.id ?? null });
  await appendTimelineEntry(tx, row, {
    type: "assigned",
    visibility: "internal",
    author: authorOf(actor),
    detail: { assigneeId: assignee?.id ?? null, assigneeName: assignee?.displayName ?? null, previousAssigneeName: previousName },
  });
  await recordAudit(tx, actor, "case.assigned", { type: "cases.case", id: row.id }, { assigneeId: assignee?.id ?? null, previousAssigneeId: row.assignee_id });
  return version;
}

export async function assignCase(tx: Tx, _deps: CaseDeps, actor: Actor, input: AssignCaseInput): Promise<AssignCaseResult> {
  const parsed = assignCaseInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fields: fieldsOf(parsed.error) };
  const { caseId, assigneeId, expectedVersion } = parsed.data;
  const row = await lockCase(tx, caseId);
  if (!row || !can(actor, "case.read", { departmentId: row.department_id })) return { ok: false, reason: "not-found" };
  if (!can(actor, "case.assign", { departmentId: row.department_id })) return { ok: false, reason: "not-allowed" };
  if (row.version !== expectedVersion) return { ok: false, reason: "stale", currentVersion: row.version };
  const assignee = await assigneeFor(tx, assigneeId, row.department_id);
  if (assignee === undefined) return { ok: false, reason: "invalid-input", fields: ["assigneeId"] };
  if ((assignee?.id ?? null) === row.assignee_id) return { ok: true, version: row.version, assigneeId: row.assignee_id };
  const version = await writeAssignment(tx, actor, row, assignee, await previousAssigneeName(tx, row));
  return { ok: true, version, assigneeId: assignee?.id ?? null };
}

/**
 * Bulk assignment from the inbox: no versions (the list is a snapshot anyway); cases the actor may not
 * assign, unknown ids and cases of a department the assignee does not belong to are skipped, not refused.
 * Cases are locked in id order, so two bulk assignments over overlapping cases cannot deadlock.
 */
export async function assignCases(tx: Tx, _deps: CaseDeps, actor: Actor, input: AssignCasesInput): Promise<AssignCasesResult> {
  const parsed = assignCasesInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fields: fieldsOf(parsed.error) };
  const { assigneeId } = parsed.data;
  const assigned: string[] = [];
  const skipped: string[] = [];
  const assignees = new Map<string, DepartmentMember | null | undefined>();
  for (const caseId of [...new Set(parsed.data.caseIds)].sort()) {
    const row = await lockCase(tx, caseId);
    if (!row || !can(actor, "case.assign", { departmentId: row.department_id })) {
      skipped.push(caseId);
      continue;
    }
    if (!assignees.has(row.department_id)) assignees.set(row.department_id, await assigneeFor(tx, assigneeId, row.department_id));
    const assignee = assignees.get(row.department_id);
    if (assignee === undefined) {
      skipped.push(caseId);
      continue;
    }
    if ((assignee?.id ?? null) !== row.assignee_id) await writeAssignment(tx, actor, row, assignee, await previousAssigneeName(tx, row));
    assigned.push(caseId);
  }
  return { ok: true, assigned, skipped };
}
