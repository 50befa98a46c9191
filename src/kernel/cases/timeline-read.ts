// Reads a case's timeline for one audience. This is the one place that decides who sees which entry:
// staff see everything; the citizen sees public and citizen entries; the public sees public entries of a
// public case, without any names. Internal notes never leave the staff audience.
import type { Executor } from "../../platform/db/index.ts";
import type { TimelineEntryType, TimelineVisibility } from "./tables.ts";

export type TimelineAudience = "staff" | "citizen" | "public";

export interface TimelineEntry {
  id: string;
  seq: number;
  type: TimelineEntryType;
  visibility: TimelineVisibility;
  /** Who wrote it, as this audience may know it: staff names only for staff; "citizen" for the citizen's own. */
  author: { kind: "citizen" | "staff" | "system" | "anonymous"; name: string | null };
  departmentId: string;
  body: string | null;
  fromState: string | null;
  toState: string | null;
  detail: Record<string, unknown>;
  createdAt: Date;
}

const visibleTo: Record<TimelineAudience, TimelineVisibility[]> = {
  staff: ["public", "citizen", "internal"],
  citizen: ["public", "citizen"],
  public: ["public"],
};

// The facts in `detail` the citizen and the public may see; everything else (assignee names and ids, routing
// reasons, what a key added later may hold) stays with staff until someone adds it here on purpose.
const sharedDetail = new Set(["action", "trigger", "fromDepartmentId", "toDepartmentId"]);

export async function readTimeline(db: Executor, caseId: string, audience: TimelineAudience): Promise<TimelineEntry[]> {
  return (await readTimelines(db, [caseId], audience)).get(caseId) ?? [];
}

/** The timelines of several cases in one query (e.g. "Meine Daten"), by case id. */
export async function readTimelines(db: Executor, caseIds: readonly string[], audience: TimelineAudience): Promise<Map<string, TimelineEntry[]>> {
  const byCase = new Map<string, TimelineEntry[]>();
  if (caseIds.length === 0) return byCase;
  const rows = await db
    .selectFrom("cases.timeline_entry")
    .select(["case_id", "id", "seq", "type", "visibility", "author_kind", "author_name", "department_id", "body", "from_state", "to_state", "detail", "created_at"])
    .where("case_id", "in", caseIds)
    .where("visibility", "in", visibleTo[audience])
    .orderBy("case_id")
    .orderBy("seq")
    .execute();
  for (const r of rows) {
    const entries = byCase.get(r.case_id) ?? [];
    entries.push({
      id: r.id,
      seq: r.seq,
      type: r.type,
      visibility: r.visibility,
      author: { kind: r.author_kind, name: audience === "staff" ? r.author_name : null },
      departmentId: r.department_id,
      // The public sees a citizen's own words only where the kind made them public on purpose (never here).
      body: audience === "public" && r.author_kind !== "staff" && r.author_kind !== "system" ? null : r.body,
      fromState: r.from_state,
      toState: r.to_state,
      detail: audience === "staff" ? r.detail : Object.fromEntries(Object.entries(r.detail).filter(([k]) => sharedDetail.has(k))),
      createdAt: r.created_at,
    });
    byCase.set(r.case_id, entries);
  }
  return byCase;
}
