// The catalogue editor at /verwaltung/katalog: lists, new entries, edit forms that save working copies,
// and the publication actions. Only staff who may edit the catalogue get in (403 for everyone else); the
// use cases check again. After a publication or state change this process's snapshot is dropped.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { h } from "preact";
import { accountLabels, can, type StaffActor } from "../../kernel/identity/index.ts";
import {
  changeCatalogueEntryState,
  createCatalogueEntry,
  discardCatalogueDraft,
  listCatalogueEntries,
  publishCatalogueEntry,
  readEditableEntry,
  saveCatalogueDraft,
  type EditableEntry,
  type EditableKind,
  type EditingRefusal,
  type ImportProblem,
} from "../../kernel/catalogue/index.ts";
import { inTransaction } from "../../platform/db/index.ts";
import type { FieldErrors } from "../../platform/html/index.ts";
import { requireStaff, staffOf } from "../guard.ts";
import type { BackofficeOptions } from "../options.ts";
import { CatalogueListPage, stateFilters, type StateFilter } from "./catalogue-list-page.tsx";
import { catalogueMessages } from "./catalogue-messages.ts";
import { editableKinds, editPath, listPath, newPath } from "./catalogue-paths.ts";
import { EntryPage } from "./entry-page.tsx";
import { formValuesOf, one, type FormValues } from "./form-values.ts";
import type { EditorOptions, FormContext } from "./form-types.ts";
import { kindForms } from "./kind-forms.ts";

type IdParams = { Params: { id: string } };

const notices = {
  gespeichert: "saved", unveraendert: "unchanged", angelegt: "created", veroeffentlicht: "published",
  verworfen: "discarded", archiviert: "archived", entwurf: "draft",
} as const;

export async function catalogueEditorRoutes(app: FastifyInstance, options: BackofficeOptions): Promise<void> {
  const { db, catalogue } = options;
  app.addHook("preHandler", requireStaff);
  app.addHook("preHandler", async (request, reply) => {
    if (!can(request.actor, "catalogue.edit")) return reply.sendError("forbidden", 403);
  });

  /** Departments, locations and services to choose from, and the sets the form checks against. */
  async function choices(actor: StaffActor): Promise<{ options: EditorOptions; known: Omit<FormContext<EditableKind>, "locale" | "base"> }> {
    const snapshot = await catalogue.get();
    const services = await listCatalogueEntries(db, actor, { kind: "service" });
    const byName = (a: readonly [string, string], b: readonly [string, string]) => a[1].localeCompare(b[1], "de");
    const departments = [...snapshot.departments.values()].map((d) => [d.id, d.name.de] as const).sort(byName);
    const locations = [...snapshot.locations.values()].map((l) => [l.id, `${l.name.de} (${l.address.street})`] as const).sort(byName);
    const serviceOptions = services.map((s) => [s.id, s.name] as const);
    return {
      options: { departments, locations, services: serviceOptions },
      known: { departments: new Set(snapshot.departments.keys()), locations: new Set(snapshot.locations.keys()), services: new Set(services.map((s) => s.id)) },
    };
  }

  interface Shown {
    kind: EditableKind;
    entry: EditableEntry | null;
    values?: FormValues | undefined;
    version?: string | undefined;
    errors?: FieldErrors | undefined;
    notice?: { text: string; tone: "success" | "warning" } | undefined;
    conflictAt?: Date | undefined;
  }

  async function show(request: FastifyRequest, reply: FastifyReply, s: Shown, status = 200) {
    const form = kindForms[s.kind];
    const { options: editorOptions } = await choices(staffOf(request));
    const values = s.values ?? (s.entry ? (form.values as (e: unknown) => FormValues)(s.entry.content) : form.blank);
    const savedById = s.entry?.draft?.updatedBy;
    const savedBy = savedById ? ((await accountLabels(db, [savedById])).get(savedById)?.displayName ?? "") : "";
    const fields = h(form.Fields, { values, errors: s.errors ?? {}, options: editorOptions, isNew: s.entry === null, id: s.entry?.id ?? "" });
    const page = h(EntryPage, {
      actor: staffOf(request), kind: s.kind, entry: s.entry, version: s.version ?? s.entry?.version ?? "0-0",
      errors: s.errors, notice: s.notice, conflictAt: s.conflictAt, savedBy, children: fields,
    });
    return reply.render(page, status);
  }

  const readEntry = async (kind: EditableKind, id: string): Promise<EditableEntry | null> => (await inTransaction(db, (tx) => readEditableEntry(tx, kind, id))) ?? null;

  function problemsToErrors(kind: EditableKind, problems: readonly ImportProblem[], locale: "de" | "en"): Record<string, string> {
    const m = catalogueMessages.in(locale);
    const errors: Record<string, string> = {};
    for (const p of problems) errors[kindForms[kind].fieldOf(p.path)] ??= m.errors.check;
    return errors;
  }

  /** The answer to a refused editing step, as a page or a status. */
  async function refused(request: FastifyRequest, reply: FastifyReply, kind: EditableKind, result: EditingRefusal, values?: FormValues) {
    const m = catalogueMessages.in(request.locale);
    if (result.reason === "forbidden") return reply.sendError("forbidden", 403);
    if (result.reason === "not-found") return reply.sendError("notFound", 404);
    if (result.reason === "conflict") {
      // With the user's values when they came from the form, so nothing typed is lost.
      if (values) return show(request, reply, { kind, entry: result.entry, values, version: result.entry.version, conflictAt: changedAt(result.entry) }, 409);
      return show(request, reply, { kind, entry: result.entry, notice: { text: m.conflictAction, tone: "warning" } }, 409);
    }
    const entry = values ? null : await readEntry(kind, (request.params as { id: string }).id);
    if (result.reason === "not-allowed") return show(request, reply, { kind, entry, notice: { text: m.notAllowed, tone: "warning" } }, 409);
    if (result.reason === "bad-request") {
      const current = entry ?? (await readEntry(kind, (request.params as { id?: string }).id ?? ""));
      if (!current && !values) return reply.sendError("notFound", 404);
      // What was typed stays; the form carries the current version again, and the warning says why.
      return show(request, reply, { kind, entry: current, values, notice: { text: m.badRequest, tone: "warning" } }, 400);
    }
    const errors = problemsToErrors(kind, result.problems, request.locale);
    if (values) return show(request, reply, { kind, entry: await readEntry(kind, (request.params as { id?: string }).id ?? ""), values, errors }, 400);
    return show(request, reply, { kind, entry, errors, notice: { text: m.invalidStored, tone: "warning" } }, 400);
  }

  /** When the entry last changed: its working copy, else the live row (the token's first part, ms). */
  const changedAt = (entry: EditableEntry) => entry.draft?.updatedAt ?? new Date(Number(entry.version.split("-")[0]));

  app.get("/verwaltung/katalog", async (_request, reply) => reply.redirect(listPath("service"), 303));

  for (const kind of editableKinds) {
    const form = kindForms[kind];

    app.get(listPath(kind), async (request, reply) => {
      const query = request.query as { q?: unknown; status?: unknown };
      const text = typeof query.q === "string" ? query.q.slice(0, 200) : "";
      const state: StateFilter = stateFilters.includes(query.status as StateFilter) ? (query.status as StateFilter) : "all";
      const actor = staffOf(request);
      const items = await listCatalogueEntries(db, actor, { kind, text, state });
      const departments = new Map([...(await catalogue.get()).departments.values()].map((d) => [d.id, d.shortName]));
      return reply.render(h(CatalogueListPage, { actor, kind, items, filter: { text, state }, departments }));
    });

    app.get(newPath(kind), async (request, reply) => show(request, reply, { kind, entry: null }));

    app.post(newPath(kind), async (request, reply) => {
      const actor = staffOf(request);
      const values = formValuesOf(request.body);
      const { known } = await choices(actor);
      const read = (form.read as (v: FormValues, c: FormContext<EditableKind>) => ReturnType<typeof form.read>)(values, { locale: request.locale, base: null, ...known });
      if (!read.ok) return show(request, reply, { kind, entry: null, values, errors: read.errors }, 400);
      const result = await inTransaction(db, (tx) => createCatalogueEntry(tx, actor, { kind, content: read.entry as unknown as Record<string, unknown> & { id: string } }));
      if (result.ok) return reply.redirect(`${editPath(kind, result.id)}?hinweis=angelegt`, 303);
      if (result.reason === "taken") {
        const m = catalogueMessages.in(request.locale);
        return show(request, reply, { kind, entry: null, values, errors: { [one(values, "id") ? "id" : "nameDe"]: m.errors.idTaken } }, 409);
      }
      if (result.reason === "invalid") return show(request, reply, { kind, entry: null, values, errors: problemsToErrors(kind, result.problems, request.locale) }, 400);
      return refused(request, reply, kind, result);
    });

    app.get<IdParams>(`${listPath(kind)}/:id`, async (request, reply) => {
      const entry = await readEntry(kind, request.params.id);
      if (!entry) return reply.sendError("notFound", 404);
      const key = (request.query as { hinweis?: string }).hinweis;
      const m = catalogueMessages.in(request.locale);
      const notice = key && Object.hasOwn(notices, key) ? { text: m.notices[notices[key as keyof typeof notices]], tone: "success" as const } : undefined;
      return show(request, reply, { kind, entry, notice });
    });

    app.post<IdParams>(`${listPath(kind)}/:id`, async (request, reply) => {
      const actor = staffOf(request);
      const values = formValuesOf(request.body);
      const entry = await readEntry(kind, request.params.id);
      if (!entry) return reply.sendError("notFound", 404);
      const { known } = await choices(actor);
      const read = (form.read as (v: FormValues, c: FormContext<EditableKind>) => ReturnType<typeof form.read>)(values, { locale: request.locale, base: entry.content, ...known });
      if (!read.ok) return show(request, reply, { kind, entry, values, version: one(values, "version"), errors: read.errors }, 400);
      const result = await inTransaction(db, (tx) =>
        saveCatalogueDraft(tx, actor, { kind, id: entry.id, version: one(values, "version"), content: read.entry as unknown as Record<string, unknown> }),
      );
      if (!result.ok) return refused(request, reply, kind, result, values);
      return reply.redirect(`${editPath(kind, entry.id)}?hinweis=${result.pending ? "gespeichert" : "unveraendert"}`, 303);
    });

    const action = (path: string, run: (actor: StaffActor, id: string, version: string) => Promise<{ ok: true } | EditingRefusal>, done: string, changesLive: boolean) =>
      app.post<IdParams>(`${listPath(kind)}/:id/${path}`, async (request, reply) => {
        const version = one(formValuesOf(request.body), "version");
        const result = await run(staffOf(request), request.params.id, version);
        if (!result.ok) return refused(request, reply, kind, result);
        if (changesLive) catalogue.invalidate();
        // A location that was never published is gone with its working copy: back to the list then.
        if (path === "verwerfen" && !(await readEntry(kind, request.params.id))) return reply.redirect(listPath(kind), 303);
        return reply.redirect(`${editPath(kind, request.params.id)}?hinweis=${done}`, 303);
      });

    action("veroeffentlichen", (actor, id, version) => inTransaction(db, (tx) => publishCatalogueEntry(tx, actor, { kind, id, version })), "veroeffentlicht", true);
    action("verwerfen", (actor, id, version) => inTransaction(db, (tx) => discardCatalogueDraft(tx, actor, { kind, id, version })), "verworfen", false);
    if (kind !== "location") {
      action("archivieren", (actor, id, version) => inTransaction(db, (tx) => changeCatalogueEntryState(tx, actor, { kind, id, version, to: "archived" })), "archiviert", true);
      action("entwurf", (actor, id, version) => inTransaction(db, (tx) => changeCatalogueEntryState(tx, actor, { kind, id, version, to: "draft" })), "entwurf", true);
    }
  }
}
