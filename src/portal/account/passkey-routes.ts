// Passkey routes: the "Passkeys" page (list, remove by form), the JSON steps the page's script calls to add one
// (the first step wants the password or a recent login: confirm-before-adding.ts; too many wrong passwords end the
// session) and to log in with one, and
// @simplewebauthn/browser's bundle served from our origin (CSP script-src 'self').
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { h } from "preact";
import {
  beginPasskeyLogin,
  beginPasskeyRegistration,
  listPasskeys,
  logInWithPasskey,
  passkeyConfirmation,
  PasskeyConfirmationInput,
  PasskeyLoginInput,
  PasskeyRegistrationInput,
  registerPasskey,
  relyingParty,
  removePasskey,
  SESSION_COOKIE,
  clearSessionCookie,
  endSession,
  setSessionCookie,
  type CitizenActor,
} from "../../kernel/identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import { formatDate } from "../../platform/i18n/index.ts";
import type { JobQueue } from "../../platform/jobs/index.ts";
import { citizenOrAnswer, mailContext } from "./account-routes-shared.ts";
import { passkeyMessages } from "./passkey-messages.ts";
import { PasskeyPage, type PasskeyNotice } from "./passkey-page.tsx";
import { loginReturnPath } from "./return-path.ts";

export interface PasskeyRoutesOptions {
  db: Db;
  /** For the mail to the owner after a passkey was added or removed. */
  jobs: JobQueue;
  publicUrl: string;
  cityName: string;
}

const require = createRequire(import.meta.url);
// The package exports no package.json; its CommonJS entry sits in script/, the browser bundle in dist/bundle/.
const browserBundle = readFileSync(join(dirname(require.resolve("@simplewebauthn/browser")), "..", "dist/bundle/index.umd.min.js"));

const notices: Record<string, PasskeyNotice> = { hinzugefuegt: "added", entfernt: "removed", unbekannt: "not-found" };
// Anonymous login steps cost a database write each: a few honest tries a minute per address are plenty.
const loginRateLimit = { rateLimit: { max: 20, timeWindow: "1 minute" } };
// Checks a password (argon2) when the account has one: a limit per IP against load; against guessing from a
// borrowed session, the session ends after a few wrong passwords (confirm-before-adding.ts).
const confirmRateLimit = { rateLimit: { max: 10, timeWindow: "1 minute" } };

function jsonError(reply: FastifyReply, status: number, error: string) {
  return reply.code(status).header("cache-control", "no-store").send({ error });
}

function citizenForJson(request: FastifyRequest, reply: FastifyReply): CitizenActor | undefined {
  if (request.actor.kind === "citizen") return request.actor;
  void jsonError(reply, 403, "forbidden");
  return undefined;
}

/** When the request's session began: a new login starts a new session. */
const loggedInAt = (request: FastifyRequest) => request.session?.createdAt ?? new Date(0);

export async function passkeyRoutes(app: FastifyInstance, options: PasskeyRoutesOptions): Promise<void> {
  const { db } = options;
  const rp = relyingParty(options.publicUrl, options.cityName);

  app.get("/assets/vendor/simplewebauthn-browser.js", async (_request, reply) =>
    reply.type("text/javascript; charset=utf-8").header("cache-control", "public, max-age=31536000, immutable").send(browserBundle),
  );

  app.get<{ Querystring: { hinweis?: string } }>("/konto/passkeys", async (request, reply) => {
    const actor = citizenOrAnswer(request, reply);
    if (!actor) return reply;
    const passkeys = await listPasskeys(db, actor.id);
    const confirmation = await passkeyConfirmation(db, actor.id, loggedInAt(request));
    return reply.render(h(PasskeyPage, { passkeys, confirmation, notice: notices[request.query.hinweis ?? ""] }));
  });

  app.post("/konto/passkeys/optionen", { config: confirmRateLimit }, async (request, reply) => {
    const actor = citizenForJson(request, reply);
    if (!actor) return reply;
    const parsed = PasskeyConfirmationInput.safeParse(request.body ?? {});
    if (!parsed.success) return jsonError(reply, 400, "bad_request");
    const token = request.cookies[SESSION_COOKIE];
    const result = await inTransaction(db, async (tx) => {
      const outcome = await beginPasskeyRegistration(actor, parsed.data, tx, rp, loggedInAt(request));
      if (!outcome.ok && outcome.reason === "too-many-tries" && token) await endSession(tx, token);
      return outcome;
    });
    if (!result.ok && result.reason === "too-many-tries") clearSessionCookie(reply);
    if (!result.ok) {
      if (result.reason === "wrong-password") return jsonError(reply, 400, "wrong_password");
      return jsonError(reply, 403, result.reason === "too-many-tries" ? "session_ended" : "login_again");
    }
    return reply.header("cache-control", "no-store").send(result.options);
  });

  app.post("/konto/passkeys", async (request, reply) => {
    const actor = citizenForJson(request, reply);
    if (!actor) return reply;
    const parsed = PasskeyRegistrationInput.safeParse(request.body);
    if (!parsed.success) return jsonError(reply, 400, "bad_request");
    const defaultName = passkeyMessages.in(request.locale).defaultName(formatDate(new Date(), request.locale));
    const result = await inTransaction(db, (tx) => registerPasskey(actor, parsed.data, tx, { rp, mail: mailContext(options, request), defaultName }));
    if (!result.ok) return jsonError(reply, 400, result.reason);
    return reply.header("cache-control", "no-store").send({ redirect: "/konto/passkeys?hinweis=hinzugefuegt" });
  });

  app.post<{ Params: { id: string } }>("/konto/passkeys/:id/entfernen", async (request, reply) => {
    const actor = citizenOrAnswer(request, reply, "/konto/passkeys");
    if (!actor) return reply;
    const removed = await inTransaction(db, (tx) => removePasskey(actor, request.params.id, tx, mailContext(options, request)));
    return reply.redirect(`/konto/passkeys?hinweis=${removed ? "entfernt" : "unbekannt"}`, 303);
  });

  app.post("/konto/anmelden/passkey/optionen", { config: loginRateLimit }, async (request, reply) =>
    reply.header("cache-control", "no-store").send(await inTransaction(db, (tx) => beginPasskeyLogin(request.actor, tx, rp))),
  );

  app.post("/konto/anmelden/passkey", { config: loginRateLimit }, async (request, reply) => {
    const parsed = PasskeyLoginInput.safeParse(request.body);
    if (!parsed.success) return jsonError(reply, 400, "bad_request");
    const result = await inTransaction(db, (tx) => logInWithPasskey(request.actor, parsed.data, tx, rp, request.cookies[SESSION_COOKIE]));
    if (!result.ok) return jsonError(reply, 400, "not_verified");
    setSessionCookie(request, reply, result.token, "citizen");
    const returnTo = (request.body as { zurueck?: unknown }).zurueck;
    return reply.header("cache-control", "no-store").send({ redirect: loginReturnPath(returnTo) });
  });
}
