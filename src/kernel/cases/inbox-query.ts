// A department's inbox: the cases staff may read, filtered, searched, sorted and paged in SQL, with the
// number of cases per state for the same filters. Scope comes from departmentScope(actor, "case.read"), so
// staff of another department never see a row, not even in the counts.
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from "kysely";
import { z } from "zod";
import { departmentScope, type Actor } from "../identity/index.ts";
import type { Executor, Tables } from "../../platform/db/index.ts";
import { berlinDate, endOfBerlinDay, isCalendarDate, startOfBerlinDay } from "./calendar/index.ts";
import { registeredCaseKinds } from "./case-kind.ts";
import { parseReference } from "./reference.ts";
import type { CasePriority } from "./tables.ts";

export const inboxSorts = ["opened", "opened-asc", "due", "priority", "updated"] as const;
export type InboxSort = (typeof inboxSorts)[number];

const calendarDay = z.string().refine(isCalendarDate, "not a date");
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const flag = z.preprocess((v) => v === true || v === "1" || v === "true" || v === "on", z.boolean());

export const inboxFilterInput = z.object({
  departmentId: optional(z.string().max(100)),
  kind: optional(z.string().max(100)),
  /** A single state; wins over `status`. */
  state: optional(z.string().max(100)),
  status: z.preprocess(blankToUndefined, z.enum(["open", "closed", "all"]).default("open")),
  category: optional(z.string().max(100)),
  /** "me", "unassigned" or an account id. */
  assignee: optional(z.union([z.enum(["me", "unassigned"]), z.uuid()])),
  overdue: flag.default(false),
  /** The citizen wrote and no staff answer visible to them followed yet. */
  newReply: flag.default(false),
  openedFrom: optional(calendarDay),
  openedTo: optional(calendarDay),
  q: optional(z.string().trim().max(200)),
  sort: z.preprocess(blankToUndefined, z.enum(inboxSorts).default("opened")),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(25)),
});

export type InboxFilterInput = z.input<typeof inboxFilterInput>;
export type InboxFilter = z.output<typeof inboxFilterInput>;

export interface InboxItem {
  id: string;
  reference: string;
  kind: string;
  state: string;
  isOpen: boolean;
  title: string;
  category: string | null;
  departmentId: string;
  assigneeId: string | null;
  assigneeName: string | null;
  priority: CasePriority;
  dueDate: string | null;
  pausedAt: Date | null;
  openedAt: Date;
  updatedAt: Date;
  /** When the citizen wrote last without a staff answer yet; null when nothing new. */
  awaitingStaffSince: Date | null;
  version: number;
}

export interface InboxPage {
  items: InboxItem[];
  /** Cases matching every filter. */
  total: number;
  /** Cases per state for every filter except the state itself (the tabs above the table). */
  countsByState: Record<string, number>;
  page: number;
  pageSize: number;
}

type CaseQuery = SelectQueryBuilder<Tables, "cases.case", object>;
type CaseEb = ExpressionBuilder<Tables, "cases.case">;

/** The filters every part of the inbox shares (scope and everything except state/status). */
function shared(query: CaseQuery, actor: Actor, filter: InboxFilter, departments: string[] | "all", now: Date): CaseQuery {
  let q = query;
  if (departments !== "all") q = q.where("cases.case.department_id", "in", departments);
  if (filter.departmentId) q = q.where("cases.case.department_id", "=", filter.departmentId);
  if (filter.kind) q = q.where("cases.case.kind", "=", filter.kind);
  if (filter.category) q = q.where("cases.case.category", "=", filter.category);
  if (filter.assignee === "unassigned") q = q.where("cases.case.assignee_id", "is", null);
  else if (filter.assignee === "me") q = q.where("cases.case.assignee_id", "=", actor.kind === "staff" ? actor.id : "00000000-0000-0000-0000-000000000000");
  else if (filter.assignee) q = q.where("cases.case.assignee_id", "=", filter.assignee);
  if (filter.overdue) {
    // Overdue from the Berlin day after the due date; a paused case waits for the citizen, not for us.
    q = q.where("cases.case.is_open", "=", true).where("cases.case.paused_at", "is", null).where("cases.case.due_date", "<", berlinDate(now));
  }
  if (filter.newReply) q = q.where("cases.case.awaiting_staff_since", "is not", null);
  if (filter.openedFrom) q = q.where("cases.case.opened_at", ">=", startOfBerlinDay(filter.openedFrom));
  if (filter.openedTo) q = q.where("cases.case.opened_at", "<=", endOfBerlinDay(filter.openedTo));
  if (filter.q) {
    const text = filter.q;
    const reference = parseReference(text);
    // A typed reference means that one case: matching its pieces in the full text too would cost a
    // phrase search over the whole department (the bench saw ~370 index pages on PGlite).
    q = reference
      ? q.where("cases.case.reference", "=", reference)
      : q.where((eb: CaseEb) => eb(sql`cases.case.search`, "@@", sql`websearch_to_tsquery('german', ${text})`));
  }
  return q;
}

/**
 * Open or closed cases. A chosen state decides by itself (is_open is copied from the state's definition),
 * so "Erledigt" is found from the default open inbox too; saying so in SQL keeps the partial indexes and
 * the counts on the open (or closed) side instead of the whole department.
 */
function openness(filter: InboxFilter): boolean | undefined {
  if (filter.state) {
    const kinds = registeredCaseKinds().filter((k) => (!filter.kind || k.id === filter.kind) && filter.state! in k.states);
    const open = new Set(kinds.map((k) => k.states[filter.state!]!.open));
    return open.size === 1 ? [...open][0] : undefined;
  }
  return filter.status === "all" ? undefined : filter.status === "open";
}

function byStatus(query: CaseQuery, filter: InboxFilter): CaseQuery {
  const open = openness(filter);
  return open === undefined ? query : query.where("cases.case.is_open", "=", open);
}

function byState(query: CaseQuery, filter: InboxFilter): CaseQuery {
  return filter.state ? query.where("cases.case.state", "=", filter.state) : query;
}

const priorityRank = sql<number>`case cases.case.priority when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end`;

export async function listInbox(db: Executor, actor: Actor, input: InboxFilterInput = {}, now = new Date()): Promise<InboxPage> {
  const filter = inboxFilterInput.parse(input);
  const scope = departmentScope(actor, "case.read");
  const departments = scope.all ? "all" : scope.departmentIds;
  const empty: InboxPage = { items: [], total: 0, countsByState: {}, page: filter.page, pageSize: filter.pageSize };
  if (departments !== "all" && (departments.length === 0 || (filter.departmentId && !departments.includes(filter.departmentId)))) return empty;

  // The status narrows the counts too: the usual open inbox never touches the (many) closed cases.
  const base = byStatus(shared(db.selectFrom("cases.case"), actor, filter, departments, now), filter);
  let items = byState(base, filter)
    .leftJoin("identity.account as assignee", "assignee.id", "cases.case.assignee_id")
    .select([
      "cases.case.id",
      "cases.case.reference",
      "cases.case.kind",
      "cases.case.state",
      "cases.case.is_open",
      "cases.case.title",
      "cases.case.category",
      "cases.case.department_id",
      "cases.case.assignee_id",
      "assignee.display_name as assignee_name",
      "cases.case.priority",
      "cases.case.due_date",
      "cases.case.paused_at",
      "cases.case.opened_at",
      "cases.case.updated_at",
      "cases.case.version",
      "cases.case.awaiting_staff_since",
    ]);
  if (filter.sort === "due") items = items.orderBy(sql`cases.case.due_date asc nulls last`).orderBy("cases.case.opened_at", "asc");
  else if (filter.sort === "priority") items = items.orderBy(priorityRank).orderBy("cases.case.opened_at", "asc");
  else if (filter.sort === "updated") items = items.orderBy("cases.case.updated_at", "desc");
  else if (filter.sort === "opened-asc") items = items.orderBy("cases.case.opened_at", "asc");
  else items = items.orderBy("cases.case.opened_at", "desc");
  const rowsQuery = items.orderBy("cases.case.id").limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize);

  // One grouped query gives the tabs' counts and, summed over the chosen state or all, the total.
  const countsQuery = base.select(["cases.case.state", (eb) => eb.fn.countAll<string>().as("n")]).groupBy("cases.case.state");

  const [rows, counts] = await Promise.all([rowsQuery.execute(), countsQuery.execute()]);
  const countsByState: Record<string, number> = {};
  let total = 0;
  for (const c of counts) {
    countsByState[c.state] = Number(c.n);
    if (!filter.state || c.state === filter.state) total += Number(c.n);
  }
  return {
    items: rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      kind: r.kind,
      state: r.state,
      isOpen: r.is_open,
      title: r.title,
      category: r.category,
      departmentId: r.department_id,
      assigneeId: r.assignee_id,
      assigneeName: r.assignee_name,
      priority: r.priority,
      dueDate: r.due_date,
      pausedAt: r.paused_at,
      openedAt: r.opened_at,
      updatedAt: r.updated_at,
      awaitingStaffSince: r.awaiting_staff_since,
      version: r.version,
    })),
    total,
    countsByState,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}
