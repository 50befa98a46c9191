// /verwaltung/protokoll: the audit log search, for platform admins only (audit.read). A GET form, so a
// search is a link that can be bookmarked and shared; the filters survive paging.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import { z } from "zod";
import { searchAudit } from "../kernel/audit/index.ts";
import { accountIdByEmail, accountLabels, can } from "../kernel/identity/index.ts";
import { parseFormInput } from "../platform/html/index.ts";
import { auditMessages } from "./audit-messages.ts";
import { AuditPage, type AuditFilters } from "./audit-page.tsx";
import { requireStaff, staffOf } from "./guard.ts";
import type { BackofficeOptions } from "./options.ts";

export const AUDIT_PAGE_SIZE = 50;

const day = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).default("");
const text = (max: number) => z.string().trim().max(max).default("");

export const AuditSearchInput = z.object({
  // Action names are dotted lower case; anything else (e.g. % or _) would only act as a LIKE wildcard.
  aktion: text(100).pipe(z.string().regex(/^[a-z0-9.-]*$/)),
  person: text(320),
  gegenstand: text(200),
  von: day,
  bis: day,
  seite: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

/** Midnight in München on a calendar day: the day a person means when they type a date. */
function berlinMidnight(ymd: string): Date {
  const utc = new Date(`${ymd}T00:00:00Z`);
  const name = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Berlin", timeZoneName: "longOffset" }).formatToParts(utc).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  const offset = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(utc.getTime() - offset * 60_000);
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function auditRoutes(app: FastifyInstance, { db }: BackofficeOptions): Promise<void> {
  app.addHook("preHandler", requireStaff);

  app.get("/verwaltung/protokoll", async (request, reply) => {
    const actor = staffOf(request);
    if (!can(actor, "audit.read")) return reply.sendError("forbidden", 403);
    const m = auditMessages.in(request.locale);
    const form = parseFormInput(AuditSearchInput, request.query, request.locale);
    if (!form.ok) {
      const errors = Object.fromEntries(Object.keys(form.errors).map((k) => [k, k === "von" || k === "bis" ? m.badDate : form.errors[k]!]));
      const filters = form.values as unknown as AuditFilters;
      return reply.render(h(AuditPage, { actor, filters, errors, entries: [], total: 0, page: 1, pages: 0, labels: new Map() }), 400);
    }
    const f = form.data;
    let actorId: string | undefined;
    if (f.person) {
      actorId = uuid.test(f.person) ? f.person : await accountIdByEmail(db, f.person);
      if (!actorId) return reply.render(h(AuditPage, { actor, filters: f, errors: { person: m.unknownPerson }, entries: [], total: 0, page: 1, pages: 0, labels: new Map() }), 400);
    }
    const to = f.bis ? new Date(berlinMidnight(f.bis).getTime() + 24 * 3600_000) : undefined;
    const result = await searchAudit(db, {
      action: f.aktion || undefined,
      actorId,
      subjectId: f.gegenstand || undefined,
      from: f.von ? berlinMidnight(f.von) : undefined,
      to,
      limit: AUDIT_PAGE_SIZE,
      offset: (f.seite - 1) * AUDIT_PAGE_SIZE,
    });
    const ids = result.entries.flatMap((e) => [e.actorId, e.subjectType === "account" ? e.subjectId : null]).filter((id): id is string => id !== null && uuid.test(id));
    const labels = await accountLabels(db, ids);
    const pages = Math.ceil(result.total / AUDIT_PAGE_SIZE);
    return reply.render(h(AuditPage, { actor, filters: f, errors: {}, entries: result.entries, total: result.total, page: f.seite, pages, labels }));
  });
}
