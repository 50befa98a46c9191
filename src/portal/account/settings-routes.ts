// "Mein Konto" for a logged-in citizen: overview, profile, password, e-mail, "Meine Daten", "Konto löschen".
// Every route works on the actor's own account; there is no account id in any URL to swap for someone else's.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import {
  changePassword,
  citizenProfile,
  clearSessionCookie,
  eraseAccount,
  exportPersonalData,
  requestEmailChange,
  resendConfirmation,
  setSessionCookie,
  updateProfile,
  updateProfileInput,
  type CitizenProfile,
} from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";
import { parseFormInput } from "../../platform/html/index.ts";
import { setLocaleCookie } from "../../platform/i18n/index.ts";
import type { FormState } from "./account-form.tsx";
import { changeEmailForm, changePasswordForm, deleteForm } from "./account-inputs.ts";
import { citizenOrAnswer, keptValues, mailContext, only, type AccountOptions } from "./account-routes-shared.ts";
import { authMessages } from "./auth-messages.ts";
import { OverviewPage, type OverviewNotice } from "./overview-page.tsx";
import { ProfilePage } from "./profile-page.tsx";
import { settingsMessages } from "./settings-messages.ts";
import { AccountDeletedPage, ChangeEmailPage, ChangePasswordPage, DeleteAccountPage, MyDataPage } from "./settings-pages.tsx";

const notices: Record<string, OverviewNotice> = {
  gespeichert: "saved",
  "passwort-geaendert": "passwordChanged",
  "e-mail-gesendet": "emailChangeSent",
  "e-mail-geaendert": "emailChanged",
  "link-gesendet": "resent",
};

function profileForm(p: CitizenProfile): FormState {
  const values = { displayName: p.displayName, street: p.street, postalCode: p.postalCode, city: p.city, language: p.language, notifyByEmail: p.notifyByEmail ? "yes" : "no" };
  return { errors: {}, values };
}

export async function settingsRoutes(app: FastifyInstance, options: AccountOptions): Promise<void> {
  const { db } = options;

  app.get<{ Querystring: { erledigt?: string } }>("/konto", async (request, reply) => {
    const actor = citizenOrAnswer(request, reply);
    if (!actor) return reply;
    const profile = await citizenProfile(db, actor);
    if (!profile) return reply.sendError("notFound", 404);
    return reply.render(h(OverviewPage, { profile, notice: notices[request.query.erledigt ?? ""] }));
  });

  app.post("/konto/bestaetigung-senden", { config: { rateLimit: { max: 5, timeWindow: "1 minute" } } }, async (request, reply) => {
    const actor = citizenOrAnswer(request, reply);
    if (!actor) return reply;
    await inTransaction(db, (tx) => resendConfirmation(actor, tx, mailContext(options, request)));
    return reply.redirect("/konto?erledigt=link-gesendet", 303);
  });

  app.get("/konto/profil", async (request, reply) => {
    const actor = citizenOrAnswer(request, reply);
    if (!actor) return reply;
    const profile = await citizenProfile(db, actor);
    if (!profile) return reply.sendError("notFound", 404);
    return reply.render(h(ProfilePage, { state: profileForm(profile) }));
  });

  app.post("/konto/profil", async (request, reply) => {
    const actor = citizenOrAnswer(request, reply, "/konto/profil");
    if (!actor) return reply;
    const m = settingsMessages.in(request.locale);
    const parsed = parseFormInput(updateProfileInput, request.body, request.locale);
    if (!parsed.ok) {
      const errors = parsed.errors.postalCode ? { ...parsed.errors, postalCode: m.postalCodeInvalid } : parsed.errors;
      return reply.render(h(ProfilePage, { state: { errors, values: parsed.values } }), 400);
    }
    await inTransaction(db, (tx) => updateProfile(actor, parsed.data, tx));
    setLocaleCookie(reply, parsed.data.language);
    return reply.redirect("/konto?erledigt=gespeichert", 303);
  });

  app.get("/konto/passwort", async (request, reply) => {
    if (!citizenOrAnswer(request, reply)) return reply;
    return reply.render(h(ChangePasswordPage, { state: { errors: {}, values: {} } }));
  });

  // Each post checks a password (argon2): a limit keeps a borrowed session from guessing, and the CPU free.
  app.post("/konto/passwort", { config: { rateLimit: { max: 10, timeWindow: "1 minute" } } }, async (request, reply) => {
    const actor = citizenOrAnswer(request, reply, "/konto/passwort");
    if (!actor) return reply;
    const m = settingsMessages.in(request.locale);
    const parsed = parseFormInput(changePasswordForm(request.locale), request.body, request.locale);
    if (!parsed.ok) return reply.render(h(ChangePasswordPage, { state: { errors: parsed.errors, values: {} } }), 400);
    const result = await inTransaction(db, (tx) => changePassword(actor, parsed.data, tx, mailContext(options, request)));
    if (!result.ok) {
      const errors =
        result.reason === "weak-password" ? only("newPassword", authMessages.in(request.locale).passwordCommon) : only("currentPassword", result.reason === "no-password" ? m.noPassword : m.wrongPassword);
      return reply.render(h(ChangePasswordPage, { state: { errors, values: {} } }), 400);
    }
    setSessionCookie(request, reply, result.token, "citizen");
    return reply.redirect("/konto?erledigt=passwort-geaendert", 303);
  });

  app.get("/konto/e-mail", async (request, reply) => {
    const actor = citizenOrAnswer(request, reply);
    if (!actor) return reply;
    const profile = await citizenProfile(db, actor);
    if (!profile) return reply.sendError("notFound", 404);
    return reply.render(h(ChangeEmailPage, { state: { errors: {}, values: {} }, email: profile.email }));
  });

  app.post("/konto/e-mail", { config: { rateLimit: { max: 10, timeWindow: "1 minute" } } }, async (request, reply) => {
    const actor = citizenOrAnswer(request, reply, "/konto/e-mail");
    if (!actor) return reply;
    const m = settingsMessages.in(request.locale);
    const profile = await citizenProfile(db, actor);
    if (!profile) return reply.sendError("notFound", 404);
    const parsed = parseFormInput(changeEmailForm(request.locale), request.body, request.locale);
    if (!parsed.ok) return reply.render(h(ChangeEmailPage, { state: { errors: parsed.errors, values: keptValues(parsed.values) }, email: profile.email }), 400);
    const result = await inTransaction(db, (tx) => requestEmailChange(actor, parsed.data, tx, mailContext(options, request)));
    if (!result.ok) {
      const errors = result.reason === "same-address" ? only("newEmail", m.sameEmail) : only("currentPassword", result.reason === "no-password" ? m.noPassword : m.wrongPassword);
      return reply.render(h(ChangeEmailPage, { state: { errors, values: { newEmail: parsed.data.newEmail } }, email: profile.email }), 400);
    }
    return reply.redirect("/konto?erledigt=e-mail-gesendet", 303);
  });

  app.get("/konto/meine-daten", async (request, reply) => {
    if (!citizenOrAnswer(request, reply)) return reply;
    return reply.render(h(MyDataPage, {}));
  });

  app.get("/konto/meine-daten/export.json", async (request, reply) => {
    const actor = citizenOrAnswer(request, reply, "/konto/meine-daten");
    if (!actor) return reply;
    const data = await inTransaction(db, (tx) => exportPersonalData(actor, tx));
    reply.header("content-disposition", 'attachment; filename="meine-daten.json"');
    reply.header("cache-control", "no-store");
    return reply.type("application/json; charset=utf-8").send(JSON.stringify(data, null, 2));
  });

  app.get("/konto/loeschen", async (request, reply) => {
    if (!citizenOrAnswer(request, reply)) return reply;
    return reply.render(h(DeleteAccountPage, { state: { errors: {}, values: {} } }));
  });

  app.post("/konto/loeschen", { config: { rateLimit: { max: 10, timeWindow: "1 minute" } } }, async (request, reply) => {
    const actor = citizenOrAnswer(request, reply, "/konto/loeschen");
    if (!actor) return reply;
    const m = settingsMessages.in(request.locale);
    const parsed = parseFormInput(deleteForm(request.locale), request.body, request.locale);
    if (!parsed.ok) return reply.render(h(DeleteAccountPage, { state: { errors: parsed.errors, values: {} } }), 400);
    const result = await inTransaction(db, (tx) => eraseAccount(actor, parsed.data, tx, mailContext(options, request)));
    if (!result.ok) return reply.render(h(DeleteAccountPage, { state: { errors: only("password", result.reason === "no-password" ? m.noPassword : m.wrongPassword), values: {} } }), 400);
    clearSessionCookie(reply);
    return reply.redirect("/konto/geloescht", 303);
  });

  app.get("/konto/geloescht", async (_request, reply) => reply.render(h(AccountDeletedPage, {})));
}
