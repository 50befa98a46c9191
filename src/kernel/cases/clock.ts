// The deadline clock: entering a "waiting for the citizen" state stops it, leaving it moves the due date on
// by the working days the case waited. Pauses are kept, so figures and audits can see them later. A reopened
// case gets a deadline of its own, counted from the reopening.
import type { Tx } from "../../platform/db/index.ts";
import { addWorkingDays, berlinDate, workingDaysBetween } from "./calendar/index.ts";
import type { CaseKindDefinition } from "./case-kind.ts";
import type { CaseRow } from "./case-row.ts";
import { officeCalendar } from "./office-calendar.ts";

export async function clockChanges(tx: Tx, row: CaseRow, pausedNext: boolean, now: Date): Promise<Pick<CaseRow, "paused_at" | "due_date">> {
  const pausedNow = row.paused_at !== null;
  if (pausedNext && !pausedNow) {
    await tx.insertInto("cases.pause").values({ case_id: row.id, started_at: now, ended_at: null }).execute();
    return { paused_at: now, due_date: row.due_date };
  }
  if (!pausedNext && pausedNow && row.paused_at) {
    await tx.updateTable("cases.pause").set({ ended_at: now }).where("case_id", "=", row.id).where("ended_at", "is", null).execute();
    const waited = workingDaysBetween(berlinDate(row.paused_at), berlinDate(now), officeCalendar);
    return { paused_at: null, due_date: row.due_date && waited > 0 ? addWorkingDays(row.due_date, waited, officeCalendar) : row.due_date };
  }
  return { paused_at: row.paused_at, due_date: row.due_date };
}

/**
 * The due date of a closed case that is opened again: the kind's rule (dueInWorkingDays) counted from `now`,
 * so the case is not overdue the moment it reopens. A kind without a rule keeps what the case had.
 */
export function reopenedDueDate(kind: CaseKindDefinition, row: Pick<CaseRow, "category" | "title" | "department_id" | "due_date">, now: Date): string | null {
  const workingDays = kind.dueInWorkingDays?.({ category: row.category, title: row.title, requestedDepartmentId: row.department_id });
  return workingDays === undefined ? row.due_date : addWorkingDays(berlinDate(now), workingDays, officeCalendar);
}
