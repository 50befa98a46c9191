// Opens a case: a component calls this when a citizen (or staff on their behalf) submits something. The
// kind routes it to a department and sets the deadline; the citizen is told and gets the reference number.
import { z } from "zod";
import { recordAudit } from "../audit/index.ts";
import type { Actor } from "../identity/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import { accessPath } from "./access-link.ts";
import { addWorkingDays, berlinDate } from "./calendar/index.ts";
import type { CaseDeps } from "./case-deps.ts";
import { officeCalendar } from "./office-calendar.ts";
import { caseKind, CaseKindError, stateOf } from "./case-kind.ts";
import { notifyCitizen } from "./notify-citizen.ts";
import { nextReference } from "./reference.ts";
import { appendTimelineEntry, authorOf } from "./timeline-write.ts";

export const createCaseInput = z.object({
  kind: z.string().min(1).max(100),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(20_000).default(""),
  category: z.string().min(1).max(100).optional(),
  /** The department the citizen chose, if the component offers a choice; the kind's routing decides. */
  requestedDepartmentId: z.string().min(1).max(100).optional(),
  /** Whether the case (its title, state and public updates, never personal data) is shown publicly. */
  isPublic: z.boolean().optional(),
  /** Required when the actor has no account (the secret link goes there); ignored for a citizen's own case. */
  contactEmail: z.email().max(320).optional(),
  locale: z.enum(["de", "en"]).default("de"),
});

export type CreateCaseInput = z.input<typeof createCaseInput>;

export type CreateCaseResult =
  | {
      ok: true;
      id: string;
      reference: string;
      departmentId: string;
      /** The secret link's path for a case without account (show it once on the confirmation page). */
      accessPath: string | null;
    }
  | { ok: false; reason: "invalid-input"; fields: string[] };

export async function createCase(tx: Tx, deps: CaseDeps, actor: Actor, input: CreateCaseInput, now = new Date()): Promise<CreateCaseResult> {
  const parsed = createCaseInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fields: [...new Set(parsed.error.issues.map((i) => i.path.join(".")))] };
  const c = parsed.data;
  const kind = caseKind(c.kind);
  if (!kind) throw new CaseKindError(`case kind ${c.kind} is not registered`);
  if (c.category !== undefined && !kind.categories?.some((k) => k.id === c.category)) return { ok: false, reason: "invalid-input", fields: ["category"] };
  const accountId = actor.kind === "citizen" ? actor.id : null;
  const contactEmail = accountId ? null : (c.contactEmail ?? null);
  if (actor.kind === "anonymous" && !contactEmail) return { ok: false, reason: "invalid-input", fields: ["contactEmail"] };

  const facts = { category: c.category ?? null, title: c.title, requestedDepartmentId: c.requestedDepartmentId ?? null };
  const departmentId = kind.departmentFor(facts);
  const workingDays = kind.dueInWorkingDays?.(facts);
  const year = Number(berlinDate(now).slice(0, 4));
  const reference = await nextReference(tx, kind.referencePrefix, year);
  const initial = stateOf(kind, kind.initialState);
  const row = await tx
    .insertInto("cases.case")
    .values({
      reference,
      kind: kind.id,
      state: kind.initialState,
      is_open: true,
      title: c.title,
      description: c.description,
      category: c.category ?? null,
      department_id: departmentId,
      assignee_id: null,
      account_id: accountId,
      contact_email: contactEmail,
      contact_locale: c.locale,
      is_public: c.isPublic ?? kind.publicByDefault ?? false,
      opened_at: now,
      first_response_at: null,
      closed_at: null,
      due_date: workingDays === undefined ? null : addWorkingDays(berlinDate(now), workingDays, officeCalendar),
      paused_at: initial.pausesClock ? now : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (initial.pausesClock) await tx.insertInto("cases.pause").values({ case_id: row.id, started_at: now, ended_at: null }).execute();

  await appendTimelineEntry(tx, row, { type: "created", visibility: "public", author: authorOf(actor), toState: row.state });
  const notified = await notifyCitizen(tx, deps, actor, row, { event: "created" });
  await recordAudit(tx, actor, "case.created", { type: "cases.case", id: row.id }, { kind: kind.id, reference, departmentId, notified });
  return { ok: true, id: row.id, reference, departmentId, accessPath: contactEmail ? accessPath(deps.secret, row) : null };
}
