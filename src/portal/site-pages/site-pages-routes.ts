// Routes of the site pages every German public-sector website must have, and of the accessibility feedback.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import { parseFormInput, type FieldErrors } from "../../platform/html/index.ts";
import type { JobQueue } from "../../platform/jobs/index.ts";
import { AccessibilityPage } from "./accessibility-page.tsx";
import { accessibilityFeedbackInput, feedbackFields } from "./accessibility-feedback-input.ts";
import { EasyLanguagePage } from "./easy-language-page.tsx";
import { FeedbackConfirmationPage } from "./feedback-confirmation-page.tsx";
import { emptyFeedbackForm } from "./feedback-form.tsx";
import { LegalNoticePage } from "./legal-notice-page.tsx";
import { PrivacyPage } from "./privacy-page.tsx";
import { findFeedbackConfirmation } from "./queries.ts";
import { SignLanguagePage } from "./sign-language-page.tsx";
import { demoSiteOperator, type SiteOperator } from "./site-operator.ts";
import { submitAccessibilityFeedback } from "./submit-accessibility-feedback.ts";

export interface SitePagesOptions {
  db: Db;
  /** Without a queue the feedback is stored but nobody is notified by mail. */
  jobs?: JobQueue | undefined;
  /** Who runs the installation; the demo operator until the installation configures its own. */
  operator?: SiteOperator | undefined;
}

// Anonymous and writing to the database: a few honest tries a minute per address are plenty.
const feedbackRateLimit = { rateLimit: { max: 5, timeWindow: "1 minute" } };

const receiptTokenPattern = /^[A-Za-z0-9_-]{24}$/;

/** Problems in the order the fields stand on the page, so the error summary reads top to bottom. */
function inPageOrder(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(feedbackFields.filter((f) => errors[f] !== undefined).map((f) => [f, errors[f]!]));
}

export async function sitePagesRoutes(app: FastifyInstance, options: SitePagesOptions): Promise<void> {
  const { db, jobs } = options;
  const operator = options.operator ?? demoSiteOperator;

  app.get("/impressum", async (_request, reply) => reply.render(h(LegalNoticePage, { operator })));
  app.get("/datenschutz", async (_request, reply) => reply.render(h(PrivacyPage, { operator })));
  app.get("/leichte-sprache", async (_request, reply) => reply.render(h(EasyLanguagePage, { demo: operator.demo })));
  app.get("/gebaerdensprache", async (_request, reply) => reply.render(h(SignLanguagePage, { operator })));
  app.get("/barrierefreiheit", async (_request, reply) => reply.render(h(AccessibilityPage, { operator, form: emptyFeedbackForm })));

  // Someone who opens the form's address directly (or reloads after a redirect) lands on the form.
  app.get("/barrierefreiheit/rueckmeldung", async (_request, reply) => reply.redirect("/barrierefreiheit#rueckmeldung", 303));

  app.post("/barrierefreiheit/rueckmeldung", { config: feedbackRateLimit }, async (request, reply) => {
    const parsed = parseFormInput(accessibilityFeedbackInput(request.locale), request.body, request.locale);
    if (!parsed.ok) {
      return reply.render(h(AccessibilityPage, { operator, form: { errors: inPageOrder(parsed.errors), values: parsed.values } }), 400);
    }
    const notify = jobs && operator.accessibilityContact.email ? { jobs, to: operator.accessibilityContact.email } : undefined;
    if (!notify) request.log.warn({ event: "accessibility-feedback.not-notified" }, "no job queue or contact address: feedback stored without mail");
    const receipt = await inTransaction(db, (tx) => submitAccessibilityFeedback(tx, parsed.data, request.locale, notify));
    request.log.info({ event: "accessibility-feedback.received", reference: receipt.reference }, "accessibility feedback received");
    return reply.redirect(`/barrierefreiheit/rueckmeldung/${receipt.receiptToken}`, 303);
  });

  app.get<{ Params: { token: string } }>("/barrierefreiheit/rueckmeldung/:token", async (request, reply) => {
    const { token } = request.params;
    const confirmation = receiptTokenPattern.test(token) ? await findFeedbackConfirmation(db, token) : undefined;
    if (!confirmation) return reply.sendError("notFound", 404);
    return reply.render(h(FeedbackConfirmationPage, { confirmation }));
  });
}
