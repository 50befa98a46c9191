// Appends to a case's timeline. The caller holds the case's row lock, so the next sequence number is safe.
import type { Actor } from "../identity/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import type { CaseRow } from "./case-row.ts";
import type { TimelineEntryType, TimelineVisibility } from "./tables.ts";

export interface Author {
  kind: "citizen" | "staff" | "system" | "anonymous";
  id: string | null;
  name: string | null;
}

/** The author as the timeline records it; someone using a case's secret link writes as the citizen. */
export function authorOf(actor: Actor): Author {
  switch (actor.kind) {
    case "staff":
      return { kind: "staff", id: actor.id, name: actor.displayName };
    case "citizen":
      return { kind: "citizen", id: actor.id, name: null };
    case "system":
      return { kind: "system", id: null, name: null };
    default:
      return { kind: "anonymous", id: null, name: null };
  }
}

export interface NewTimelineEntry {
  type: TimelineEntryType;
  visibility: TimelineVisibility;
  author: Author;
  body?: string | null;
  fromState?: string | null;
  toState?: string | null;
  detail?: Record<string, unknown>;
  /** Defaults to the case's department (for a reassignment: the department that handed it on). */
  departmentId?: string;
}

export async function appendTimelineEntry(tx: Tx, row: Pick<CaseRow, "id" | "department_id">, entry: NewTimelineEntry): Promise<string> {
  const last = await tx
    .selectFrom("cases.timeline_entry")
    .select((eb) => eb.fn.max("seq").as("seq"))
    .where("case_id", "=", row.id)
    .executeTakeFirst();
  const { id } = await tx
    .insertInto("cases.timeline_entry")
    .values({
      case_id: row.id,
      seq: (last?.seq ?? 0) + 1,
      type: entry.type,
      visibility: entry.visibility,
      author_kind: entry.author.kind,
      author_id: entry.author.id,
      author_name: entry.author.name,
      department_id: entry.departmentId ?? row.department_id,
      body: entry.body ?? null,
      from_state: entry.fromState ?? null,
      to_state: entry.toState ?? null,
      detail: entry.detail ?? {},
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}
