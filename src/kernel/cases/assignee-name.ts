// The name of the person a case was assigned to, for the timeline's staff-only detail when it changes hands.
import { accountLabels } from "../identity/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import type { CaseRow } from "./case-row.ts";

export async function previousAssigneeName(tx: Tx, row: Pick<CaseRow, "assignee_id">): Promise<string | null> {
  if (!row.assignee_id) return null;
  return (await accountLabels(tx, [row.assignee_id])).get(row.assignee_id)?.displayName ?? null;
}
