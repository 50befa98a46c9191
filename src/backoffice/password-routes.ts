// /verwaltung/passwort/<token>: a new staff member sets their password through the link from their e-mail.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import { StaffPasswordInput, passwordLinkState, setStaffPassword } from "../kernel/identity/index.ts";
import { inTransaction } from "../platform/db/index.ts";
import { parseFormInput } from "../platform/html/index.ts";
import type { BackofficeOptions } from "./options.ts";
import { PasswordLinkProblemPage, SetPasswordPage } from "./password-pages.tsx";
import { staffMessages } from "./staff-messages.ts";

export async function passwordRoutes(app: FastifyInstance, { db }: BackofficeOptions): Promise<void> {
  app.get("/verwaltung/passwort/:token", async (request, reply) => {
    const { token } = request.params as { token: string };
    const state = await passwordLinkState(db, token);
    if (state !== "valid") return reply.render(h(PasswordLinkProblemPage, { state }), state === "unknown" ? 404 : 410);
    return reply.render(h(SetPasswordPage, { token }));
  });

  app.post("/verwaltung/passwort/:token", { config: { rateLimit: { max: 10, timeWindow: "1 minute" } } }, async (request, reply) => {
    const { token } = request.params as { token: string };
    const form = parseFormInput(StaffPasswordInput, request.body, request.locale);
    if (!form.ok) {
      const errors = { ...form.errors };
      if (errors.passwordRepeat && form.values.passwordRepeat) errors.passwordRepeat = staffMessages.in(request.locale).passwordMismatch;
      if (errors.password === "common") errors.password = staffMessages.in(request.locale).passwordCommon;
      return reply.render(h(SetPasswordPage, { token, errors }), 400);
    }
    const result = await inTransaction(db, (tx) => setStaffPassword(request.actor, { ...form.data, token }, tx));
    if (!result.ok) return reply.render(h(PasswordLinkProblemPage, { state: result.reason }), result.reason === "unknown" ? 404 : 410);
    return reply.redirect("/verwaltung/anmelden?passwort", 303);
  });
}
