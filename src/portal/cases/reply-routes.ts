// The citizen answers on their case page — from "Meine Vorgänge" or through the secret link. The kernel's
// replyAsCitizen decides who may (the owner, the right token) and whether the case still takes replies.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { findCaseByAccessToken, findCaseForCitizen, replyAsCitizen, type CaseDeps, type CitizenAccess, type CitizenCase } from "../../kernel/cases/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import { parseFormInput, type FieldErrors } from "../../platform/html/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";
import { citizenOrAnswer } from "../account/account-routes-shared.ts";
import type { ReplyFormState } from "./case-page.tsx";
import { caseMessages } from "./messages.ts";
import { replyFormInput } from "./reply-input.ts";
import { markSecretPage } from "../../platform/http/index.ts";

/** Renders the case page (case-routes.ts), here with the reply form's problems. */
export interface ShowCase {
  (reply: FastifyReply, found: CitizenCase, access: "account" | "link", locale: Locale, replyAction: string, form?: ReplyFormState, status?: number, notice?: "replySent"): Promise<FastifyReply>;
}

export interface ReplyRoutesOptions {
  db: Db;
  caseDeps: CaseDeps;
  showCase: ShowCase;
  accountAction(reference: string): string;
  linkAction(reference: string, token: string): string;
  /** Replies per hour and account, and per hour and case through its secret link (default 20 each). */
  repliesPerHour?: number | undefined;
}

// Someone with a secret link writes without a login: a few messages a minute per address are plenty.
const replyRateLimit = { rateLimit: { max: 10, timeWindow: "1 minute" } };

/** An hourly limit per key (the account, or the case for a secret link): true when the key has used it up. */
function hourlyLimit(app: FastifyInstance, max: number) {
  const keys = new WeakMap<FastifyRequest, string>();
  const limit = app.createRateLimit({ max, timeWindow: "1 hour", keyGenerator: (request) => keys.get(request) ?? request.ip });
  return async (request: FastifyRequest, key: string) => {
    keys.set(request, key);
    const result = await limit(request);
    return !result.isAllowed && result.isExceeded;
  };
}

function refusal(locale: Locale): FieldErrors {
  return { text: caseMessages.in(locale).replyNotPossible };
}

export async function replyRoutes(app: FastifyInstance, options: ReplyRoutesOptions): Promise<void> {
  const { db, caseDeps, showCase } = options;
  const max = options.repliesPerHour ?? 20;
  // Keyed on the account, whatever the address; a secret link on its case, whichever addresses use it.
  const overLimit = hourlyLimit(app, max);

  async function answer(request: { body: unknown; locale: Locale }, found: CitizenCase, access: CitizenAccess) {
    const parsed = parseFormInput(replyFormInput(request.locale), request.body, request.locale);
    if (!parsed.ok) return { ok: false as const, errors: parsed.errors, values: parsed.values, status: 400 };
    const result = await inTransaction(db, (tx) => replyAsCitizen(tx, caseDeps, { caseId: found.id, text: parsed.data.text }, access));
    // Closed meanwhile: the page shows it in place of the form (409, nothing to fix in the text).
    if (!result.ok && result.reason === "closed") return { ok: false as const, errors: {}, values: {}, status: 409 };
    if (!result.ok) return { ok: false as const, errors: refusal(request.locale), values: { text: parsed.data.text }, status: 400 };
    return { ok: true as const };
  }

  app.post<{ Params: { reference: string } }>("/konto/vorgaenge/:reference/antworten", async (request, reply) => {
    const citizen = citizenOrAnswer(request, reply, `/konto/vorgaenge/${encodeURIComponent(request.params.reference)}`);
    if (!citizen) return reply;
    const found = await findCaseForCitizen(db, citizen.id, request.params.reference);
    if (!found) return reply.sendError("notFound", 404);
    if (await overLimit(request, `account:${citizen.id}`)) return reply.sendError("tooMany", 429);
    const result = await answer(request, found, { accountId: citizen.id, requestId: request.id });
    const action = options.accountAction(found.reference);
    if (!result.ok) return showCase(reply, found, "account", request.locale, action, { errors: result.errors, values: result.values }, result.status);
    return reply.redirect(`/konto/vorgaenge/${found.reference}?hinweis=gesendet#verlauf`, 303);
  });

  app.post<{ Params: { reference: string; token: string } }>("/vorgaenge/:reference/zugang/:token/antworten", { config: replyRateLimit }, async (request, reply) => {
    markSecretPage(reply);
    const { reference, token } = request.params;
    const found = await findCaseByAccessToken(db, caseDeps.secret, reference, token);
    if (!found) return reply.sendError("notFound", 404);
    if (await overLimit(request, `case:${found.id}`)) return reply.sendError("tooMany", 429);
    const result = await answer(request, found, { token, requestId: request.id });
    const action = options.linkAction(found.reference, token);
    if (!result.ok) return showCase(reply, found, "link", request.locale, action, { errors: result.errors, values: result.values }, result.status);
    return reply.redirect(`/vorgaenge/${found.reference}/zugang/${token}?hinweis=gesendet#verlauf`, 303);
  });
}
