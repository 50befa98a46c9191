// /verwaltung/vorgaenge: the department inbox (GET, filters in the URL) and its bulk assignment (POST).
// The inbox query itself is scoped by departmentScope(actor, "case.read"); assignCases asks again per case.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import { assignCases, listInbox } from "../../kernel/cases/index.ts";
import { departmentScope, listDepartmentMembers, type StaffActor } from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";
import { staffOf } from "../guard.ts";
import type { BackofficeOptions } from "../options.ts";
import { readableDepartments } from "./case-labels.tsx";
import { caseMessages } from "./case-messages.ts";
import { caseDeps } from "./case-deps.ts";
import { InboxPage } from "./inbox-page.tsx";
import { filterOf, readParams } from "./inbox-params.ts";

export const INBOX_PAGE_SIZE = 25;

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : []);

export async function inboxRoutes(app: FastifyInstance, options: BackofficeOptions): Promise<void> {
  const { db, catalogue } = options;

  app.get("/verwaltung/vorgaenge", async (request, reply) => {
    const actor = staffOf(request);
    const snapshot = await catalogue.get();
    const departments = readableDepartments(actor, snapshot);
    if (departments.length === 0) return reply.sendError("forbidden", 403);
    const m = caseMessages.in(request.locale);
    const params = readParams(request.query);
    const q = request.query as Record<string, string | undefined>;
    const assigned = Number(q.zugewiesen) || 0;
    const skipped = Number(q.uebersprungen) || 0;
    // Nothing or not everything assigned is a warning, not a success.
    const notice = q.zugewiesen
      ? { text: m.bulkDone(assigned, skipped), tone: assigned === 0 || skipped > 0 ? ("warning" as const) : ("success" as const) }
      : q.abgegeben
        ? { text: m.done.reassign, tone: "success" as const }
        : undefined;
    const inView = params.referat || (departments.length === 1 ? departments[0]! : "");
    const members = inView ? await listDepartmentMembers(db, actor, { departmentId: inView, action: "case.read" }) : [];
    const assignScope = departmentScope(actor, "case.assign");
    const mayAssign = assignScope.all || assignScope.departmentIds.length > 0;
    const common = { actor, catalogue: snapshot, params, departments, members, mayAssign, notice };
    const parsed = filterOf(params, INBOX_PAGE_SIZE);
    if (!parsed.ok) {
      const errors = Object.fromEntries(parsed.params.map((p) => [p, m.badFilter]));
      const empty = { items: [], total: 0, countsByState: {}, page: 1, pageSize: INBOX_PAGE_SIZE };
      return reply.render(h(InboxPage, { ...common, errors, result: empty }), 400);
    }
    const result = await listInbox(db, actor, parsed.filter);
    return reply.render(h(InboxPage, { ...common, errors: {}, result }));
  });

  app.post("/verwaltung/vorgaenge/zuweisen", async (request, reply) => {
    const actor: StaffActor = staffOf(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const caseIds = asList(body.vorgang);
    const assigneeId = body.an === "mir" ? actor.id : body.an === "kollegin" && typeof body.kollegin === "string" ? body.kollegin : "";
    const result = caseIds.length > 0 && assigneeId ? await inTransaction(db, (tx) => assignCases(tx, caseDeps(options), actor, { caseIds, assigneeId })) : undefined;
    const assigned = result?.ok ? result.assigned.length : 0;
    return reply.redirect(`/verwaltung/vorgaenge?${backToInbox(body.zurueck, assigned, caseIds.length - assigned)}`, 303);
  });
}

/**
 * The inbox view the bulk form came from, with the outcome added. Parsed and re-encoded, never echoed:
 * a line break in the field would otherwise end up in the Location header.
 */
function backToInbox(value: unknown, assigned: number, skipped: number): URLSearchParams {
  const params = new URLSearchParams(typeof value === "string" && value.startsWith("?") ? value.slice(1) : "");
  for (const key of ["zugewiesen", "uebersprungen", "abgegeben"]) params.delete(key);
  params.set("zugewiesen", String(assigned));
  params.set("uebersprungen", String(skipped));
  return params;
}
