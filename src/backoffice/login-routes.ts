// Staff login: password step, authenticator code (or first-time set-up), logout. Rate limited per IP by the
// route config; wrong passwords lock an address from one network, wrong codes the
// account (login-attempts.ts); every step is audit-logged by the use cases.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { h } from "preact";
import QRCode from "qrcode";
import {
  SESSION_COOKIE,
  SecondFactorInput,
  StaffLoginInput,
  clearSessionCookie,
  endSession,
  groupSecret,
  hasConfirmedTotp,
  otpauthUri,
  pendingTotpSecret,
  secretBox,
  setSessionCookie,
  startStaffLogin,
  verifySecondFactor,
} from "../kernel/identity/index.ts";
import { recordAudit } from "../kernel/audit/index.ts";
import { inTransaction } from "../platform/db/index.ts";
import { parseFormInput, type FieldErrors } from "../platform/html/index.ts";
import type { Locale } from "../platform/i18n/index.ts";
import { pendingStaffSession } from "./guard.ts";
import { lockedMessage } from "./locked-message.ts";
import { loginMessages } from "./login-messages.ts";
import { CodePage, EnrolPage, LoginPage } from "./login-pages.tsx";
import type { BackofficeOptions } from "./options.ts";

// Per IP and minute; the growing lockouts (5 failures in 15 minutes) are in the use cases.
const loginRateLimit = { rateLimit: { max: 10, timeWindow: "1 minute" } };

export async function loginRoutes(app: FastifyInstance, options: BackofficeOptions): Promise<void> {
  const { db } = options;
  const box = secretBox(options.secret);
  const issuer = `Stadttor ${options.cityName}`;

  async function renderEnrol(request: FastifyRequest, reply: FastifyReply, errors: FieldErrors = {}, status = 200) {
    const pending = await inTransaction(db, (tx) => pendingTotpSecret(tx, request.session!.accountId, box));
    if (!pending) return reply.redirect("/verwaltung/anmelden/code", 303);
    const qrSvg = await QRCode.toString(otpauthUri(pending.secret, issuer, pending.email), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
    return reply.render(h(EnrolPage, { errors, groupedSecret: groupSecret(pending.secret), qrSvg }), status);
  }

  app.get("/verwaltung/anmelden", async (request, reply) => {
    if (request.actor.kind === "staff") return reply.redirect("/verwaltung", 303);
    const m = loginMessages.in(request.locale);
    const query = request.query as Record<string, string | undefined>;
    const notice = query.abgemeldet !== undefined ? m.loggedOut : query.passwort !== undefined ? m.passwordSet : undefined;
    return reply.render(h(LoginPage, { notice, ssoLabel: options.staffOidcLabel }));
  });

  app.post("/verwaltung/anmelden", { config: loginRateLimit }, async (request, reply) => {
    const m = loginMessages.in(request.locale);
    const form = parseFormInput(StaffLoginInput, request.body, request.locale);
    if (!form.ok) return reply.render(h(LoginPage, { errors: form.errors, email: form.values.email ?? "", ssoLabel: options.staffOidcLabel }), 400);
    const result = await inTransaction(db, async (tx) => {
      const outcome = await startStaffLogin(request.actor, form.data, tx, { ip: request.ip });
      // A new login replaces whatever session the browser had: the session id is rotated.
      const old = request.cookies[SESSION_COOKIE];
      if (outcome.ok && old) await endSession(tx, old);
      return outcome;
    });
    if (!result.ok) {
      const message = result.reason === "locked" ? lockedMessage(request.locale, result.until, "here") : m.invalidLogin;
      return reply.render(h(LoginPage, { errors: { email: message }, email: form.data.email, ssoLabel: options.staffOidcLabel }), result.reason === "locked" ? 429 : 401);
    }
    setSessionCookie(request, reply, result.token, "staff");
    return reply.redirect(result.needsEnrolment ? "/verwaltung/anmelden/einrichten" : "/verwaltung/anmelden/code", 303);
  });

  // The code and set-up steps exist only for a staff session that still waits for its second factor.
  async function onlyPending(request: FastifyRequest, reply: FastifyReply) {
    if (request.actor.kind === "staff") return reply.redirect("/verwaltung", 303);
    if (!pendingStaffSession(request)) return reply.redirect("/verwaltung/anmelden", 303);
  }

  app.get("/verwaltung/anmelden/code", { preHandler: onlyPending }, async (request, reply) => {
    if (!(await hasConfirmedTotp(db, request.session!.accountId))) return reply.redirect("/verwaltung/anmelden/einrichten", 303);
    return reply.render(h(CodePage, { errors: {} }));
  });

  app.get("/verwaltung/anmelden/einrichten", { preHandler: onlyPending }, async (request, reply) => renderEnrol(request, reply));

  async function submitCode(request: FastifyRequest, reply: FastifyReply, enrolling: boolean) {
    const m = loginMessages.in(request.locale);
    const showAgain = (errors: FieldErrors, status: number) => (enrolling ? renderEnrol(request, reply, errors, status) : reply.render(h(CodePage, { errors }), status));
    const form = parseFormInput(SecondFactorInput, request.body, request.locale);
    if (!form.ok) return showAgain(form.errors, 400);
    const token = request.cookies[SESSION_COOKIE]!;
    const accountId = request.session!.accountId;
    const result = await inTransaction(db, (tx) => verifySecondFactor(request.actor, { ...form.data, accountId, sessionToken: token }, tx, box));
    if (result.ok) {
      // The session now acts as staff under a new token (session fixation); the old cookie value is dead.
      setSessionCookie(request, reply, result.sessionToken, "staff");
      // Right after setting up the app is the moment to put recovery codes on paper.
      return reply.redirect(result.enrolled ? "/verwaltung/wiederherstellungscodes" : "/verwaltung", 303);
    }
    if (result.reason === "locked") {
      await inTransaction(db, (tx) => endSession(tx, token));
      clearSessionCookie(reply);
      return reply.render(h(LoginPage, { errors: { email: lockedMessage(request.locale, result.until, "account") } }), 429);
    }
    if (result.reason === "session-ended") {
      clearSessionCookie(reply);
      return reply.redirect("/verwaltung/anmelden", 303);
    }
    if (result.reason === "not-enrolled") return reply.redirect("/verwaltung/anmelden/einrichten", 303);
    return showAgain({ code: m.invalidCode }, 401);
  }

  app.post("/verwaltung/anmelden/code", { config: loginRateLimit, preHandler: onlyPending }, (request, reply) => submitCode(request, reply, false));
  app.post("/verwaltung/anmelden/einrichten", { config: loginRateLimit, preHandler: onlyPending }, (request, reply) => submitCode(request, reply, true));

  app.post("/verwaltung/abmelden", async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      await inTransaction(db, async (tx) => {
        await endSession(tx, token);
        if (request.actor.kind === "staff") await recordAudit(tx, request.actor, "staff.logout", { type: "account", id: request.actor.id });
      });
    }
    clearSessionCookie(reply);
    return reply.redirect("/verwaltung/anmelden?abgemeldet", 303);
  });
}
