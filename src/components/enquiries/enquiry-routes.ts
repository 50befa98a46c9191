// Routes of "Anfrage an die Stadt": the form at /anfrage/neu and the confirmation pages. A citizen's
// confirmation is found by ownership; someone without an account reaches theirs only with the secret link's token.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { h } from "preact";
import { localized, type CatalogueCache } from "../../kernel/catalogue/index.ts";
import { accessTokenPattern, findCaseByAccessToken, findCaseForCitizen, type CaseDeps, type CaseSummary } from "../../kernel/cases/index.ts";
import { citizenProfile } from "../../kernel/identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import { parseFormInput, type FieldErrors } from "../../platform/html/index.ts";
import { markSecretPage } from "../../platform/http/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";
import { EnquiryConfirmationPage } from "./confirmation-page.tsx";
import { enquiryFields, enquiryFormInput } from "./enquiry-form-input.ts";
import { EnquiryFormPage, emptyEnquiryForm, type EnquiryFormState } from "./enquiry-form-page.tsx";
import { ENQUIRY_KIND } from "./enquiry-kind.ts";
import { enquiryMessages } from "./messages.ts";
import { departmentChoices, enquiryRouting } from "./routing.ts";
import { submitEnquiry } from "./submit-enquiry.ts";

export interface EnquiryRoutesOptions {
  db: Db;
  catalogue: CatalogueCache;
  caseDeps: CaseDeps;
  /** ENQUIRY_DEFAULT_DEPARTMENT: where "Ich weiß es nicht" goes; unset: the catalogue's first department by name. */
  defaultDepartmentId?: string | undefined;
  /** Enquiries per minute and IP from people who are not logged in (default 5). */
  anonymousPerMinute?: number | undefined;
  /** Enquiries per account: in 10 minutes (default 5) and in a day (default 20). */
  accountPerTenMinutes?: number | undefined;
  accountPerDay?: number | undefined;
}

/** Problems in the order the fields stand on the page, so the error summary reads top to bottom. */
function inPageOrder(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(enquiryFields.filter((f) => errors[f] !== undefined).map((f) => [f, errors[f]!]));
}

/**
 * Messages for the use case's refusals. The form checks the same rules first, so these show only when the
 * catalogue changed in between; a field of createCase (title, description) is named as the form names it.
 */
function useCaseErrors(fields: string[], locale: Locale): FieldErrors {
  const m = enquiryMessages.in(locale);
  const known: Record<string, [string, string]> = {
    department: ["department", m.departmentInvalid],
    contactEmail: ["contactEmail", m.emailMissing],
    subject: ["subject", m.subjectMissing],
    title: ["subject", m.subjectMissing],
  };
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const [name, message] = known[field] ?? ["message", m.messageMissing];
    errors[name] ??= message;
  }
  return errors;
}

export async function enquiryRoutes(app: FastifyInstance, options: EnquiryRoutesOptions): Promise<void> {
  const { db, catalogue, caseDeps } = options;
  const needsEmail = (request: FastifyRequest) => request.actor.kind !== "citizen";

  /** A logged-in citizen whose address was never confirmed gets no form: one throwaway account could flood every inbox. */
  async function unconfirmedEmail(request: FastifyRequest): Promise<string | undefined> {
    if (request.actor.kind !== "citizen") return undefined;
    const profile = await citizenProfile(db, request.actor);
    return profile && !profile.emailConfirmed ? profile.email : undefined;
  }

  async function showForm(request: FastifyRequest, reply: FastifyReply, state: EnquiryFormState, status = 200, unconfirmed?: string) {
    const departments = departmentChoices(await catalogue.get(), request.locale);
    return reply.render(h(EnquiryFormPage, { state, departments, needsEmail: needsEmail(request), unconfirmedEmail: unconfirmed }), status);
  }

  async function departmentName(summary: CaseSummary, locale: Locale): Promise<string> {
    const department = (await catalogue.get()).departments.get(summary.departmentId);
    return department ? localized(department.name, locale) : summary.departmentId;
  }

  app.get("/anfrage/neu", async (request, reply) => {
    const unconfirmed = await unconfirmedEmail(request);
    return showForm(request, reply, emptyEnquiryForm, 200, unconfirmed);
  });

  // Anonymous and writing to the database: a few honest enquiries a minute per address are plenty.
  const rateLimit = { max: options.anonymousPerMinute ?? 5, timeWindow: "1 minute", allowList: (request: FastifyRequest) => request.actor.kind !== "anonymous" };
  // Logged in: per account, whatever the address (a city's proxy may share one) — a short burst and a daily cap.
  const accountKey = (request: FastifyRequest) => `enquiry:${request.actor.kind === "citizen" || request.actor.kind === "staff" ? request.actor.id : request.ip}`;
  const accountLimits = [
    app.createRateLimit({ max: options.accountPerTenMinutes ?? 5, timeWindow: "10 minutes", keyGenerator: accountKey }),
    app.createRateLimit({ max: options.accountPerDay ?? 20, timeWindow: "1 day", keyGenerator: accountKey }),
  ];
  async function overAccountLimit(request: FastifyRequest): Promise<boolean> {
    if (request.actor.kind === "anonymous") return false;
    for (const limit of accountLimits) {
      const result = await limit(request);
      if (!result.isAllowed && result.isExceeded) return true;
    }
    return false;
  }

  app.post("/anfrage/neu", { config: { rateLimit } }, async (request, reply) => {
    const unconfirmed = await unconfirmedEmail(request);
    if (unconfirmed) return showForm(request, reply, emptyEnquiryForm, 403, unconfirmed);
    const routing = enquiryRouting(await catalogue.get(), options.defaultDepartmentId);
    const parsed = parseFormInput(enquiryFormInput(request.locale, needsEmail(request), routing.departmentIds), request.body, request.locale);
    if (!parsed.ok) return showForm(request, reply, { errors: inPageOrder(parsed.errors), values: parsed.values }, 400);
    if (await overAccountLimit(request)) return reply.sendError("tooMany", 429);
    if (routing.misconfigured) request.log.warn({ event: "enquiry.default-department-missing" }, "ENQUIRY_DEFAULT_DEPARTMENT is not in the catalogue; using the first department");
    const result = await inTransaction(db, (tx) =>
      submitEnquiry(tx, { ...caseDeps, ...routing }, request.actor, {
        subject: parsed.data.subject,
        message: parsed.data.message,
        department: parsed.data.department,
        isPublic: parsed.data.isPublic,
        ...(parsed.data.contactEmail ? { contactEmail: parsed.data.contactEmail } : {}),
        locale: request.locale,
      }),
    );
    if (!result.ok && result.reason === "unconfirmed") return showForm(request, reply, emptyEnquiryForm, 403, (await unconfirmedEmail(request)) ?? "");
    if (!result.ok) {
      const values = Object.fromEntries(Object.entries(request.body as Record<string, unknown>).filter((e): e is [string, string] => e[0] !== "_csrf" && typeof e[1] === "string"));
      return showForm(request, reply, { errors: inPageOrder(useCaseErrors(result.fields, request.locale)), values }, 400);
    }
    request.log.info({ event: "enquiry.received", reference: result.reference }, "enquiry received");
    const token = result.accessPath?.split("/").pop();
    return reply.redirect(token ? `/anfrage/eingegangen/${result.reference}/${token}` : `/anfrage/eingegangen/${result.reference}`, 303);
  });

  app.get<{ Params: { reference: string } }>("/anfrage/eingegangen/:reference", async (request, reply) => {
    if (request.actor.kind !== "citizen") return reply.sendError("notFound", 404);
    const found = await findCaseForCitizen(db, request.actor.id, request.params.reference);
    if (!found || found.kind !== ENQUIRY_KIND) return reply.sendError("notFound", 404);
    return reply.render(h(EnquiryConfirmationPage, { confirmation: { reference: found.reference, departmentName: await departmentName(found, request.locale) } }));
  });

  app.get<{ Params: { reference: string; token: string } }>("/anfrage/eingegangen/:reference/:token", async (request, reply) => {
    markSecretPage(reply);
    const { reference, token } = request.params;
    const found = accessTokenPattern.test(token) ? await findCaseByAccessToken(db, caseDeps.secret, reference, token) : undefined;
    if (!found || found.kind !== ENQUIRY_KIND) return reply.sendError("notFound", 404);
    const accessUrl = `${caseDeps.publicUrl.replace(/\/$/, "")}/vorgaenge/${found.reference}/zugang/${token}`;
    return reply.render(h(EnquiryConfirmationPage, { confirmation: { reference: found.reference, departmentName: await departmentName(found, request.locale), accessUrl } }));
  });
}
