// /verwaltung/vorgaenge/vorlagen: keeping a department's response templates (case.templates.manage). The
// use cases check the permission again, so a forged form for another department is refused as well.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { h } from "preact";
import { deleteResponseTemplate, listResponseTemplates, saveResponseTemplate } from "../../kernel/cases/index.ts";
import type { StaffActor } from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";
import type { FieldErrors } from "../../platform/html/index.ts";
import { staffOf } from "../guard.ts";
import type { BackofficeOptions } from "../options.ts";
import { readableDepartments } from "./case-labels.tsx";
import { caseAdminMessages } from "./case-admin-messages.ts";
import { caseMessages } from "./case-messages.ts";
import { TemplatesPage, type TemplatesPageProps } from "./templates-page.tsx";

const str = (v: unknown) => (typeof v === "string" ? v : "");

export async function templatesRoutes(app: FastifyInstance, { db, catalogue }: BackofficeOptions): Promise<void> {
  /** The department in question if the actor keeps its templates; otherwise the answer is sent. */
  async function departmentFor(request: FastifyRequest, reply: FastifyReply, wanted: string) {
    const actor = staffOf(request);
    const snapshot = await catalogue.get();
    const departments = readableDepartments(actor, snapshot, "case.templates.manage");
    if (departments.length === 0) return void reply.sendError("forbidden", 403);
    const departmentId = wanted || departments[0]!;
    if (!departments.includes(departmentId)) return void reply.sendError("notFound", 404);
    return { actor, snapshot, departments, departmentId };
  }

  async function render(reply: FastifyReply, ctx: { actor: StaffActor } & Omit<TemplatesPageProps, "actor" | "catalogue" | "templates"> & { snapshot: TemplatesPageProps["catalogue"] }, status = 200) {
    const { snapshot, ...rest } = ctx;
    const templates = await listResponseTemplates(db, ctx.actor, ctx.departmentId);
    return reply.render(h(TemplatesPage, { ...rest, catalogue: snapshot, templates }), status);
  }

  app.get("/verwaltung/vorgaenge/vorlagen", async (request, reply) => {
    const q = request.query as Record<string, string | undefined>;
    const ctx = await departmentFor(request, reply, q.referat ?? "");
    if (!ctx) return reply;
    const m = caseMessages.in(request.locale);
    const a = caseAdminMessages.in(request.locale);
    const templates = await listResponseTemplates(db, ctx.actor, ctx.departmentId);
    const editing = q.bearbeiten ? templates.find((t) => t.id === q.bearbeiten) : undefined;
    const notice = q.hinweis === "gespeichert" ? a.templateSaved : q.hinweis === "geloescht" ? a.templateDeleted : undefined;
    return render(reply, { ...ctx, editing, notice });
  });

  app.post("/verwaltung/vorgaenge/vorlagen", async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const ctx = await departmentFor(request, reply, str(body.referat));
    if (!ctx) return reply;
    const m = caseMessages.in(request.locale);
    const a = caseAdminMessages.in(request.locale);
    const id = str(body.id) || undefined;
    const values = { titel: str(body.titel), text: str(body.text) };
    const result = await inTransaction(db, (tx) => saveResponseTemplate(tx, ctx.actor, { id, departmentId: ctx.departmentId, title: values.titel, body: values.text }));
    if (result.ok) return reply.redirect(`/verwaltung/vorgaenge/vorlagen?referat=${encodeURIComponent(ctx.departmentId)}&hinweis=gespeichert`, 303);
    if (result.reason === "not-found") return reply.sendError("notFound", 404);
    if (result.reason === "not-allowed") return reply.sendError("forbidden", 403);
    const editing = id ? (await listResponseTemplates(db, ctx.actor, ctx.departmentId)).find((t) => t.id === id) : undefined;
    let errors: FieldErrors;
    if (result.reason === "title-taken") errors = { titel: a.templateTaken };
    else {
      const e: Record<string, string> = {};
      for (const f of result.fields) {
        const field = f === "title" ? "titel" : "text";
        e[field] = result.unknownPlaceholders && field === "text" ? a.unknownPlaceholders(result.unknownPlaceholders.map((n) => `{${n}}`).join(", ")) : values[field].trim() === "" ? m.textRequired : m.checkInput;
      }
      errors = e;
    }
    return render(reply, { ...ctx, editing, values, errors }, result.reason === "title-taken" ? 409 : 400);
  });

  app.post("/verwaltung/vorgaenge/vorlagen/loeschen", async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const ctx = await departmentFor(request, reply, str(body.referat));
    if (!ctx) return reply;
    const result = await inTransaction(db, (tx) => deleteResponseTemplate(tx, ctx.actor, { id: str(body.id) }));
    if (!result.ok) return result.reason === "not-allowed" ? reply.sendError("forbidden", 403) : reply.sendError("notFound", 404);
    return reply.redirect(`/verwaltung/vorgaenge/vorlagen?referat=${encodeURIComponent(ctx.departmentId)}&hinweis=geloescht`, 303);
  });
}
