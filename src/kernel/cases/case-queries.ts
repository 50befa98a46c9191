// Finding one case for a reader: staff by permission, a citizen by ownership, someone without an account
// by the secret link, the public only for public cases in a public state. Each returns the timeline that
// reader may see (timeline-read.ts) and nothing about the case that reader may not know.
import { can, type Actor } from "../identity/index.ts";
import type { Executor } from "../../platform/db/index.ts";
import { verifyAccessToken } from "./access-link.ts";
import { caseKind, stateOf, transitionsFrom, type CaseTransition } from "./case-kind.ts";
import type { CaseRow } from "./case-row.ts";
import { readTimeline, type TimelineEntry } from "./timeline-read.ts";
import { referencePattern } from "./reference.ts";

/** What citizens and the public may know of a case. */
export interface CaseSummary {
  id: string;
  reference: string;
  kind: string;
  state: string;
  isOpen: boolean;
  title: string;
  category: string | null;
  departmentId: string;
  isPublic: boolean;
  openedAt: Date;
  closedAt: Date | null;
}

export interface CitizenCase extends CaseSummary {
  description: string;
  timeline: TimelineEntry[];
}

export interface StaffCase extends CitizenCase {
  assigneeId: string | null;
  priority: CaseRow["priority"];
  dueDate: string | null;
  pausedAt: Date | null;
  firstResponseAt: Date | null;
  version: number;
  /** How the citizen is reached: an account, a contact address, or nobody. */
  contact: { kind: "account"; accountId: string } | { kind: "email"; email: string } | { kind: "none" };
  /** The state machine's next steps that this actor may take now (the same rule the server enforces). */
  actions: CaseTransition[];
}

export type PublicCase = CaseSummary & { timeline: TimelineEntry[] };

function summary(r: CaseRow): CaseSummary {
  return {
    id: r.id,
    reference: r.reference,
    kind: r.kind,
    state: r.state,
    isOpen: r.is_open,
    title: r.title,
    category: r.category,
    departmentId: r.department_id,
    isPublic: r.is_public,
    openedAt: r.opened_at,
    closedAt: r.closed_at,
  };
}

async function byReference(db: Executor, reference: string): Promise<CaseRow | undefined> {
  if (!referencePattern.test(reference)) return undefined;
  return db.selectFrom("cases.case").selectAll().where("reference", "=", reference).executeTakeFirst();
}

/** A case as staff see it; undefined when it doesn't exist or the actor may not read it (same answer: 404). */
export async function findCaseForStaff(db: Executor, actor: Actor, reference: string): Promise<StaffCase | undefined> {
  const r = await byReference(db, reference);
  if (!r || !can(actor, "case.read", { departmentId: r.department_id })) return undefined;
  const kind = caseKind(r.kind);
  const mayAct = can(actor, "case.act", { departmentId: r.department_id });
  return {
    ...summary(r),
    description: r.description,
    timeline: await readTimeline(db, r.id, "staff"),
    assigneeId: r.assignee_id,
    priority: r.priority,
    dueDate: r.due_date,
    pausedAt: r.paused_at,
    firstResponseAt: r.first_response_at,
    version: r.version,
    contact: r.account_id ? { kind: "account", accountId: r.account_id } : r.contact_email ? { kind: "email", email: r.contact_email } : { kind: "none" },
    actions: kind && mayAct ? transitionsFrom(kind, r.state) : [],
  };
}

/** The citizen's own case; another citizen's reads as not there. */
export async function findCaseForCitizen(db: Executor, accountId: string, reference: string): Promise<CitizenCase | undefined> {
  const r = await byReference(db, reference);
  if (!r || r.account_id !== accountId) return undefined;
  return { ...summary(r), description: r.description, timeline: await readTimeline(db, r.id, "citizen") };
}

/** A case reached through its secret link (people without an account); a wrong token reads as not there. */
export async function findCaseByAccessToken(db: Executor, secret: string, reference: string, token: string): Promise<CitizenCase | undefined> {
  const r = await byReference(db, reference);
  if (!r || r.account_id !== null || !verifyAccessToken(secret, r, token)) return undefined;
  return { ...summary(r), description: r.description, timeline: await readTimeline(db, r.id, "citizen") };
}

/** A public case in a public state, with the public timeline; no description, no names, no contact. */
export async function findPublicCase(db: Executor, reference: string): Promise<PublicCase | undefined> {
  const r = await byReference(db, reference);
  if (!r || !r.is_public) return undefined;
  const kind = caseKind(r.kind);
  if (!kind || !stateOf(kind, r.state).public) return undefined;
  return { ...summary(r), timeline: await readTimeline(db, r.id, "public") };
}

/** Every case of an account, newest first, for "Meine Vorgänge". */
export async function listCitizenCases(db: Executor, accountId: string, options: { limit?: number; offset?: number } = {}): Promise<{ items: CaseSummary[]; total: number }> {
  const [rows, count] = await Promise.all([
    db
      .selectFrom("cases.case")
      .selectAll()
      .where("account_id", "=", accountId)
      .orderBy("opened_at", "desc")
      .limit(options.limit ?? 20)
      .offset(options.offset ?? 0)
      .execute(),
    db.selectFrom("cases.case").select((eb) => eb.fn.countAll<string>().as("n")).where("account_id", "=", accountId).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(summary), total: Number(count.n) };
}
