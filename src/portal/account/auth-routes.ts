// Registration, login, logout and confirmation links under /konto. Answers never tell whether an address has
// an account; post/redirect/get after every successful form.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import {
  anonymous,
  checkAccountToken,
  confirmEmail,
  confirmEmailChange,
  logIn,
  logOut,
  logOutEverywhere,
  registerCitizen,
  requestPasswordReset,
  resetPassword,
  SESSION_COOKIE,
  clearSessionCookie,
  setSessionCookie,
} from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";
import { parseFormInput } from "../../platform/html/index.ts";
import { formatDate } from "../../platform/i18n/index.ts";
import { emptyForm, MessagePage } from "./account-form.tsx";
import { forgotForm, loginForm, registerForm, resetForm } from "./account-inputs.ts";
import { citizenOrAnswer, keptValues, mailContext, only, type AccountOptions } from "./account-routes-shared.ts";
import { authMessages } from "./auth-messages.ts";
import { loginReturnPath } from "./return-path.ts";
import { ConfirmLinkPage, ForgotPasswordPage, LinkProblemPage, LoginPage, RegisterPage, ResetPasswordPage } from "./auth-pages.tsx";

export async function authRoutes(app: FastifyInstance, options: AccountOptions): Promise<void> {
  const { db } = options;
  // Anonymous forms that check passwords or send mail: a few honest tries a minute per address are plenty.
  const formRateLimit = { rateLimit: { max: options.accountRateLimitPerMinute ?? 20, timeWindow: "1 minute" } };

  // `?erneut`: a logged-in citizen asked to log in once more (adding a passkey wants a recent login).
  app.get<{ Querystring: { zurueck?: string; erneut?: string } }>("/konto/anmelden", async (request, reply) => {
    const returnTo = loginReturnPath(request.query.zurueck);
    if (request.actor.kind === "citizen" && request.query.erneut === undefined) return reply.redirect(returnTo, 303);
    return reply.render(h(LoginPage, { state: emptyForm, returnTo }));
  });

  app.post("/konto/anmelden", { config: formRateLimit }, async (request, reply) => {
    const m = authMessages.in(request.locale);
    const parsed = parseFormInput(loginForm(request.locale), request.body, request.locale);
    const returnTo = loginReturnPath(parsed.ok ? parsed.data.zurueck : parsed.values.zurueck);
    if (!parsed.ok) return reply.render(h(LoginPage, { state: { errors: parsed.errors, values: keptValues(parsed.values) }, returnTo }), 400);
    const actor = request.actor.kind === "citizen" ? request.actor : anonymous(request.id);
    const context = { ip: request.ip, previousToken: request.cookies[SESSION_COOKIE] };
    const result = await logIn(actor, parsed.data, db, context);
    if (!result.ok) {
      const message = result.reason === "locked" ? m.loginLocked(formatDate(result.until, request.locale, { timeStyle: "short" })) : m.loginFailed;
      const state = { errors: only("email", message), values: { email: parsed.data.email } };
      return reply.render(h(LoginPage, { state, returnTo }), result.reason === "locked" ? 429 : 400);
    }
    setSessionCookie(request, reply, result.token, "citizen");
    return reply.redirect(returnTo, 303);
  });

  app.post("/konto/abmelden", async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    const actor = request.actor;
    if (actor.kind === "citizen" && token) await inTransaction(db, (tx) => logOut(actor, token, tx));
    clearSessionCookie(reply);
    return reply.redirect("/konto/abgemeldet", 303);
  });

  app.post("/konto/ueberall-abmelden", async (request, reply) => {
    const actor = citizenOrAnswer(request, reply);
    if (!actor) return reply;
    await inTransaction(db, (tx) => logOutEverywhere(actor, tx));
    clearSessionCookie(reply);
    return reply.redirect("/konto/abgemeldet?ueberall=1", 303);
  });

  app.get<{ Querystring: { ueberall?: string } }>("/konto/abgemeldet", async (request, reply) => {
    const m = authMessages.in(request.locale);
    const text = request.query.ueberall ? m.loggedOutEverywhereText : m.loggedOutText;
    return reply.render(h(MessagePage, { title: m.loggedOutTitle, text, links: [{ href: "/konto/anmelden", label: m.loginAgain }] }));
  });

  app.get("/konto/registrieren", async (request, reply) => {
    if (request.actor.kind === "citizen") return reply.redirect("/konto", 303);
    return reply.render(h(RegisterPage, { state: emptyForm }));
  });

  app.post("/konto/registrieren", { config: formRateLimit }, async (request, reply) => {
    const parsed = parseFormInput(registerForm(request.locale), request.body, request.locale);
    if (!parsed.ok) return reply.render(h(RegisterPage, { state: { errors: parsed.errors, values: keptValues(parsed.values) } }), 400);
    await inTransaction(db, (tx) => registerCitizen(anonymous(request.id), parsed.data, tx, mailContext(options, request)));
    return reply.redirect("/konto/registrieren/gesendet", 303);
  });

  app.get("/konto/registrieren/gesendet", async (request, reply) => {
    const m = authMessages.in(request.locale);
    return reply.render(h(MessagePage, { title: m.registeredTitle, text: m.registeredText, links: [{ href: "/konto/anmelden", label: m.loginTitle }] }, h("p", { class: "kern-body" }, m.registeredNoMail)));
  });

  app.get("/konto/passwort-vergessen", async (_request, reply) => reply.render(h(ForgotPasswordPage, { state: emptyForm })));

  app.post("/konto/passwort-vergessen", { config: formRateLimit }, async (request, reply) => {
    const parsed = parseFormInput(forgotForm(request.locale), request.body, request.locale);
    if (!parsed.ok) return reply.render(h(ForgotPasswordPage, { state: parsed }), 400);
    await inTransaction(db, (tx) => requestPasswordReset(anonymous(request.id), parsed.data, tx, mailContext(options, request)));
    return reply.redirect("/konto/passwort-vergessen/gesendet", 303);
  });

  app.get("/konto/passwort-vergessen/gesendet", async (request, reply) => {
    const m = authMessages.in(request.locale);
    return reply.render(h(MessagePage, { title: m.forgotSentTitle, text: m.forgotSentText }));
  });

  app.get<{ Params: { token: string } }>("/konto/passwort-neu/:token", async (request, reply) => {
    const check = await inTransaction(db, (tx) => checkAccountToken(tx, request.params.token, "reset-password"));
    if (!check.ok) return reply.render(h(LinkProblemPage, { problem: check.reason, purpose: "reset" }), 410);
    return reply.render(h(ResetPasswordPage, { state: emptyForm, token: request.params.token }));
  });

  app.post<{ Params: { token: string } }>("/konto/passwort-neu/:token", async (request, reply) => {
    const { token } = request.params;
    const parsed = parseFormInput(resetForm(request.locale), request.body, request.locale);
    if (!parsed.ok) return reply.render(h(ResetPasswordPage, { state: { errors: parsed.errors, values: {} }, token }), 400);
    const result = await inTransaction(db, (tx) => resetPassword(anonymous(request.id), { token, password: parsed.data.password }, tx));
    if (!result.ok) return reply.render(h(LinkProblemPage, { problem: result.reason === "weak-password" ? "invalid" : result.reason, purpose: "reset" }), 410);
    clearSessionCookie(reply);
    return reply.redirect("/konto/passwort-neu/gespeichert", 303);
  });

  app.get("/konto/passwort-neu/gespeichert", async (request, reply) => {
    const m = authMessages.in(request.locale);
    return reply.render(h(MessagePage, { title: m.resetDoneTitle, text: m.resetDoneText, links: [{ href: "/konto/anmelden", label: m.loginTitle }] }));
  });

  // Confirmation links show a button first: mail scanners that open every link must not use them up.
  for (const [path, purpose] of [["/konto/bestaetigen", "confirm-email"], ["/konto/e-mail/bestaetigen", "change-email"]] as const) {
    app.get<{ Params: { token: string } }>(`${path}/:token`, async (request, reply) => {
      const check = await inTransaction(db, (tx) => checkAccountToken(tx, request.params.token, purpose));
      if (!check.ok) return reply.render(h(LinkProblemPage, { problem: check.reason, purpose: "confirm" }), 410);
      return reply.render(h(ConfirmLinkPage, { action: `${path}/${request.params.token}` }));
    });
    app.post<{ Params: { token: string } }>(`${path}/:token`, async (request, reply) => {
      const confirm = purpose === "confirm-email" ? confirmEmail : confirmEmailChange;
      const result = await inTransaction(db, (tx) => confirm(request.actor, request.params.token, tx));
      if (!result.ok) return reply.render(h(LinkProblemPage, { problem: result.reason, purpose: "confirm" }), 410);
      return reply.redirect(purpose === "confirm-email" ? "/konto/bestaetigt" : "/konto?erledigt=e-mail-geaendert", 303);
    });
  }

  app.get("/konto/bestaetigt", async (request, reply) => {
    const m = authMessages.in(request.locale);
    return reply.render(h(MessagePage, { title: m.confirmedTitle, text: m.confirmedText, links: [{ href: "/konto", label: m.toAccount }] }));
  });
}
