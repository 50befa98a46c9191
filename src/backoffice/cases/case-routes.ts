// /verwaltung/vorgaenge/<reference>: the case page and the POSTs of its forms. Each POST finds the case as
// the actor may see it (404 otherwise, nothing written), runs one kernel use case with the version the form
// showed, and answers a refusal by showing the page again with what the person typed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { h } from "preact";
import { addInternalNote, assignCase, changeCaseDetails, changeCaseState, findCaseForStaff, messageCitizen, publishUpdate, reassignCase, renewAccessLink, type CaseRefusal, type ChangeCaseDetailsInput, type StaffCase } from "../../kernel/cases/index.ts";
import { accountLabels, listDepartmentMembers, type StaffActor } from "../../kernel/identity/index.ts";
import { inTransaction, type Tx } from "../../platform/db/index.ts";
import type { FieldErrors } from "../../platform/html/index.ts";
import { staffOf } from "../guard.ts";
import type { BackofficeOptions } from "../options.ts";
import { caseDeps } from "./case-deps.ts";
import { caseLinkMessages } from "./case-link-messages.ts";
import { caseMessages } from "./case-messages.ts";
import { CasePage, type CaseFeatures, type CaseForm, type CasePageProps } from "./case-page.tsx";
import { caseTemplates } from "./case-templates.ts";

type Result = { ok: true } | CaseRefusal | { ok: false; reason: "comment-required" | "no-contact" };
type Body = Record<string, string>;
type DoneKey = keyof ReturnType<typeof caseMessages.in>["done"] | "link";

const features: CaseFeatures = { note: true, update: true, message: true, details: true, reassign: true };

function bodyOf(request: FastifyRequest): Body {
  const raw = (request.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).filter(([k, v]) => k !== "_csrf" && typeof v === "string")) as Body;
}

function selectMessage(field: string, m: ReturnType<typeof caseMessages.in>): string | undefined {
  if (field === "referat") return m.chooseDepartment;
  if (field === "bearbeitung") return m.chooseColleague;
  return undefined;
}

// The longest text each form field takes (the textareas' maxlength; the use cases check the same).
const textLimits: Record<string, number> = { kommentar: 5000, mitteilung: 5000, nachricht: 10_000, notiz: 20_000, grund: 2000 };

function textMessage(value: string, limit: number | undefined, m: ReturnType<typeof caseMessages.in>): string {
  if (value.trim() === "") return m.textRequired;
  return limit !== undefined && value.trim().length > limit ? m.textTooLong(limit) : m.checkInput;
}

export async function caseRoutes(app: FastifyInstance, options: BackofficeOptions): Promise<void> {
  const { db, catalogue } = options;
  const deps = caseDeps(options);
  const templates = caseTemplates(db);

  async function render(request: FastifyRequest, reply: FastifyReply, c: StaffCase, extra: Partial<CasePageProps> = {}, status = 200) {
    const actor = staffOf(request);
    const snapshot = await catalogue.get();
    const members = await listDepartmentMembers(db, actor, { departmentId: c.departmentId, action: "case.read" });
    const assigneeName = c.assigneeId ? ((await accountLabels(db, [c.assigneeId])).get(c.assigneeId)?.displayName ?? null) : null;
    const props: CasePageProps = {
      actor,
      c,
      catalogue: snapshot,
      members,
      assigneeName,
      departments: [...snapshot.departments.keys()],
      templates: await templates.list(actor, c.departmentId),
      features,
      ...extra,
    };
    return reply.render(h(CasePage, props), status);
  }

  const referenceOf = (request: FastifyRequest) => (request.params as { reference: string }).reference;

  app.get("/verwaltung/vorgaenge/:reference", async (request, reply) => {
    const actor = staffOf(request);
    const c = await findCaseForStaff(db, actor, referenceOf(request));
    if (!c) return reply.sendError("notFound", 404);
    const m = caseMessages.in(request.locale);
    const q = request.query as Record<string, string | undefined>;
    const key = q.hinweis as DoneKey | undefined;
    const notice = key === "link" ? caseLinkMessages.in(request.locale).linkRenewed : key && Object.hasOwn(m.done, key) ? m.done[key as Exclude<DoneKey, "link">] : undefined;
    const prefill: { mitteilung?: string; nachricht?: string } = {};
    const chosen: { mitteilung?: string; nachricht?: string } = {};
    if (q.vorlage) {
      const filled = await templates.fill(actor, c, q.vorlage);
      if (filled !== undefined) [prefill.mitteilung, chosen.mitteilung] = [filled, q.vorlage];
    }
    if (q["nachricht-vorlage"]) {
      const filled = await templates.fill(actor, c, q["nachricht-vorlage"]);
      if (filled !== undefined) [prefill.nachricht, chosen.nachricht] = [filled, q["nachricht-vorlage"]];
    }
    return render(request, reply, c, { notice, prefill, chosenTemplate: chosen });
  });

  /**
   * One form's POST: `run` gets the case id and the form's fields; `fields` maps the use case's input names
   * to the form's field names, for errors next to the right field.
   */
  function post(form: CaseForm, done: DoneKey, fields: Record<string, string>, run: (tx: Tx, actor: StaffActor, c: StaffCase, body: Body) => Promise<Result>) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const actor = staffOf(request);
      const c = await findCaseForStaff(db, actor, referenceOf(request));
      if (!c) return reply.sendError("notFound", 404);
      const body = bodyOf(request);
      const result = await inTransaction(db, (tx) => run(tx, actor, c, body));
      // Handed to another department, the case may be out of the actor's sight: back to the inbox then.
      if (result.ok && done === "reassign") return reply.redirect(`/verwaltung/vorgaenge?abgegeben=${c.reference}`, 303);
      if (result.ok) return reply.redirect(`/verwaltung/vorgaenge/${c.reference}?hinweis=${done}#verlauf`, 303);
      const m = caseMessages.in(request.locale);
      const typed = { form, values: body };
      switch (result.reason) {
        case "not-found":
          return reply.sendError("notFound", 404);
        case "not-allowed":
          return reply.sendError("forbidden", 403);
        case "stale": {
          // The page as it is now (new version in every form), with what the person typed kept.
          const current = (await findCaseForStaff(db, actor, c.reference)) ?? c;
          return render(request, reply, current, { typed, banner: { tone: "warning", text: m.stale } }, 409);
        }
        case "invalid-transition":
          return render(request, reply, c, { typed, banner: { tone: "danger", text: m.invalidTransition } }, 409);
        case "comment-required":
          return render(request, reply, c, { typed, errors: { kommentar: m.commentRequired } }, 400);
        case "no-contact":
          return render(request, reply, c, { typed, banner: { tone: "danger", text: m.noContact } }, 409);
        case "invalid-input": {
          // Fields no person types (the version, the action, the case) broken: a tampered or truncated form.
          if (result.fields.some((f) => fields[f] === undefined)) {
            return render(request, reply, c, { typed, banner: { tone: "danger", text: caseLinkMessages.in(request.locale).brokenForm } }, 400);
          }
          const errors: FieldErrors = Object.fromEntries(
            result.fields.map((f) => fields[f]!).map((name) => [name, selectMessage(name, m) ?? textMessage(body[name] ?? "", textLimits[name], m)]),
          );
          return render(request, reply, c, { typed, errors }, 400);
        }
      }
    };
  }

  const version = (body: Body) => Number(body.version);
  const base = "/verwaltung/vorgaenge/:reference";

  app.post(
    `${base}/schritt`,
    post("schritt", "state", { comment: "kommentar", action: "kommentar" }, (tx, actor, c, b) =>
      changeCaseState(tx, deps, actor, { caseId: c.id, action: b.aktion ?? "", comment: b.kommentar, expectedVersion: version(b) }),
    ),
  );
  app.post(
    `${base}/notiz`,
    post("notiz", "note", { text: "notiz" }, (tx, actor, c, b) => addInternalNote(tx, deps, actor, { caseId: c.id, text: b.notiz ?? "" })),
  );
  app.post(
    `${base}/mitteilung`,
    post("mitteilung", "update", { text: "mitteilung" }, (tx, actor, c, b) => publishUpdate(tx, deps, actor, { caseId: c.id, text: b.mitteilung ?? "", expectedVersion: version(b) })),
  );
  app.post(
    `${base}/nachricht`,
    post("nachricht", "message", { text: "nachricht" }, (tx, actor, c, b) => messageCitizen(tx, deps, actor, { caseId: c.id, text: b.nachricht ?? "" })),
  );
  app.post(
    `${base}/details`,
    post("details", "details", { priority: "prioritaet", dueDate: "frist", isPublic: "oeffentlich" }, (tx, actor, c, b) =>
      changeCaseDetails(tx, deps, actor, { caseId: c.id, priority: b.prioritaet as ChangeCaseDetailsInput["priority"], dueDate: b.frist ?? undefined, isPublic: c.isPublic ? b.oeffentlich === "1" : undefined, expectedVersion: version(b) }),
    ),
  );
  app.post(
    `${base}/abgabe`,
    post("abgabe", "reassign", { departmentId: "referat", reason: "grund" }, (tx, actor, c, b) =>
      reassignCase(tx, deps, actor, { caseId: c.id, departmentId: b.referat ?? "", reason: b.grund ?? "", expectedVersion: version(b) }),
    ),
  );
  app.post(`${base}/link`, post("link", "link", {}, (tx, actor, c) => renewAccessLink(tx, deps, actor, { caseId: c.id })));
  app.post(
    `${base}/zuweisung`,
    post("zuweisung", "assign", { assigneeId: "bearbeitung" }, (tx, actor, c, b) =>
      assignCase(tx, deps, actor, { caseId: c.id, assigneeId: b.bearbeitung ? b.bearbeitung : null, expectedVersion: version(b) }),
    ),
  );
}
