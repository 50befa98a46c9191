// What every staff action the citizen sees (a state change, a public update, a message) does to the case
// row besides its own change: the first response is remembered once, and the "new reply" marker goes,
// because the citizen has been answered. Internal actions (notes, assignment, routing) keep both.
import type { CaseRow } from "./case-row.ts";

export function answeredChanges(row: Pick<CaseRow, "first_response_at">, now: Date): Pick<CaseRow, "first_response_at" | "awaiting_staff_since"> {
  return { first_response_at: row.first_response_at ?? now, awaiting_staff_since: null };
}
