// Routes of the citizen's side of cases: "Meine Vorgänge" under /konto, the case page through the secret
// link, and the public page. Every lookup goes through kernel/cases' readers, which answer "not there" for
// someone else's case, a wrong token or a case that is not public — and so do we: 404, never 403.
import type { FastifyInstance, FastifyReply } from "fastify";
import { h } from "preact";
import type { CatalogueCache } from "../../kernel/catalogue/index.ts";
import { accessTokenPattern, findCaseByAccessToken, findCaseForCitizen, findPublicCase, listCitizenCases, type CaseDeps } from "../../kernel/cases/index.ts";
import type { Db } from "../../platform/db/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";
import { citizenOrAnswer } from "../account/account-routes-shared.ts";
import { CaseListPage, CASES_PER_PAGE, listHref } from "./case-list-page.tsx";
import { CasePage, emptyReplyForm } from "./case-page.tsx";
import { departmentName } from "./case-texts.ts";
import { casesApi } from "./cases-api.ts";
import { PublicCasePage } from "./public-case-page.tsx";
import { replyRoutes, type ShowCase } from "./reply-routes.ts";
import { markSecretPage } from "../../platform/http/index.ts";

export interface CitizenCaseOptions {
  db: Db;
  catalogue: CatalogueCache;
  /** Jobs, public address and app secret: the secret link is checked with it, replies notify through it. */
  caseDeps: CaseDeps;
}

function pageNumber(value: string | undefined): number {
  return value && /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : 1;
}

export async function citizenCaseRoutes(app: FastifyInstance, options: CitizenCaseOptions): Promise<void> {
  const { db, catalogue, caseDeps } = options;

  const names = async (locale: Locale) => {
    const snapshot = await catalogue.get();
    return (id: string) => departmentName(snapshot, id, locale);
  };

  const showCase: ShowCase = async (reply, found, access, locale, replyAction, form = emptyReplyForm, status = 200, notice) =>
    reply.render(h(CasePage, { found, access, replyAction, reply: form, notice, departmentName: await names(locale) }), status);

  const accountAction = (reference: string) => `/konto/vorgaenge/${reference}/antworten`;
  const linkAction = (reference: string, token: string) => `/vorgaenge/${reference}/zugang/${token}/antworten`;
  await replyRoutes(app, { db, caseDeps, showCase, accountAction, linkAction });

  app.get<{ Querystring: { seite?: string } }>("/konto/vorgaenge", async (request, reply) => {
    const citizen = citizenOrAnswer(request, reply);
    if (!citizen) return reply;
    const page = pageNumber(request.query.seite);
    const list = await listCitizenCases(db, citizen.id, { limit: CASES_PER_PAGE, offset: (page - 1) * CASES_PER_PAGE });
    // Past the last page (an old bookmark): the last page, not "you have no cases".
    if (list.items.length === 0 && page > 1) return reply.redirect(listHref(Math.max(1, Math.ceil(list.total / CASES_PER_PAGE))), 303);
    return reply.render(h(CaseListPage, { items: list.items, total: list.total, page }));
  });

  app.get<{ Params: { reference: string }; Querystring: { hinweis?: string } }>("/konto/vorgaenge/:reference", async (request, reply) => {
    const citizen = citizenOrAnswer(request, reply);
    if (!citizen) return reply;
    const found = await findCaseForCitizen(db, citizen.id, request.params.reference);
    if (!found) return reply.sendError("notFound", 404);
    const notice = request.query.hinweis === "gesendet" ? "replySent" : undefined;
    return showCase(reply, found, "account", request.locale, accountAction(found.reference), emptyReplyForm, 200, notice);
  });

  app.get<{ Params: { reference: string; token: string }; Querystring: { hinweis?: string } }>("/vorgaenge/:reference/zugang/:token", async (request, reply) => {
    markSecretPage(reply);
    const { reference, token } = request.params;
    const found = accessTokenPattern.test(token) ? await findCaseByAccessToken(db, caseDeps.secret, reference, token) : undefined;
    if (!found) return reply.sendError("notFound", 404);
    const notice = request.query.hinweis === "gesendet" ? "replySent" : undefined;
    return showCase(reply, found, "link", request.locale, linkAction(found.reference, token), emptyReplyForm, 200, notice);
  });

  app.get<{ Params: { reference: string } }>("/vorgaenge/:reference", async (request, reply) => {
    const found = await findPublicCase(db, request.params.reference);
    if (!found) return reply.sendError("notFound", 404);
    return reply.render(h(PublicCasePage, { found, departmentName: await names(request.locale) }));
  });

  await casesApi(app, { db, catalogue, publicUrl: caseDeps.publicUrl });
}
