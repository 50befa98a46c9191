// Login through an external OpenID Connect provider: citizens at /konto/anmelden/oidc (BundID), staff at
// /verwaltung/anmelden/oidc (the city's SSO). Start: redirect to the provider; callback: check, log in, redirect.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { h } from "preact";
import {
  anonymous,
  exchangeOidcCode,
  logInWithOidc,
  OIDC_FLOW_MINUTES,
  OidcError,
  oidcAuthorization,
  recordOidcFailure,
  SESSION_COOKIE,
  setSessionCookie,
  startOidcFlow,
  takeOidcFlow,
  type OidcAudience,
} from "../../kernel/identity/index.ts";
import type { Config, OidcConfig } from "../../platform/config/index.ts";
import { inTransaction, isUniqueViolation, type Db } from "../../platform/db/index.ts";
import { OidcErrorPage, type OidcErrorReason } from "./oidc-error-page.tsx";
import { setCitizenOidcLabel } from "./oidc-login-label.ts";
import { loginReturnPath } from "./return-path.ts";

export interface OidcRoutesOptions {
  db: Db;
  config: Pick<Config, "publicUrl" | "oidc" | "staffOidc">;
}

/** Where a staff login without the SSO's multi-factor continues: the back office's TOTP step (it sets one up if needed). */
export const STAFF_SECOND_FACTOR_PATH = "/verwaltung/anmelden/code";

export const oidcPaths: Record<OidcAudience, { start: string; callback: string; login: string; home: string }> = {
  citizen: { start: "/konto/anmelden/oidc", callback: "/konto/anmelden/oidc/callback", login: "/konto/anmelden", home: "/konto" },
  staff: { start: "/verwaltung/anmelden/oidc", callback: "/verwaltung/anmelden/oidc/callback", login: "/verwaltung/anmelden", home: "/verwaltung" },
};

const FLOW_COOKIE = "oidc_flow";
const oidcRateLimit = { rateLimit: { max: 20, timeWindow: "1 minute" } };

interface CallbackQuery {
  state?: string;
  code?: string;
  error?: string;
}

export async function oidcRoutes(app: FastifyInstance, options: OidcRoutesOptions): Promise<void> {
  const { db, config } = options;

  async function fail(request: FastifyRequest, reply: FastifyReply, audience: OidcAudience, reason: OidcErrorReason, status: number, providerError?: string) {
    if (reason !== "no-email" && reason !== "email-taken" && reason !== "no-staff-account" && reason !== "wrong-account-kind") {
      await inTransaction(db, (tx) => recordOidcFailure(request.actor, { audience, reason, providerError }, tx));
    }
    request.log.info({ event: "login.oidc.failed", audience, reason }, "OIDC login failed");
    return reply.render(h(OidcErrorPage, { reason, loginHref: oidcPaths[audience].login, audience }), status);
  }

  function routesFor(audience: OidcAudience, settings: OidcConfig | undefined, mfaAcrValues: readonly string[]) {
    if (!settings) return;
    const paths = oidcPaths[audience];
    const redirectUri = config.publicUrl + paths.callback;

    app.get<{ Querystring: { zurueck?: string } }>(paths.start, { config: oidcRateLimit }, async (request, reply) => {
      const returnTo = loginReturnPath(request.query.zurueck, audience);
      let authorization: Awaited<ReturnType<typeof oidcAuthorization>>;
      try {
        authorization = await oidcAuthorization(settings, redirectUri);
      } catch (error) {
        if (!(error instanceof OidcError)) throw error;
        request.log.warn({ err: error.cause, event: "oidc.provider-unavailable" }, "OIDC discovery failed");
        return fail(request, reply, audience, "unavailable", 503);
      }
      const handle = await inTransaction(db, (tx) => startOidcFlow(tx, { ...authorization.checks, audience, returnTo }));
      reply.setCookie(FLOW_COOKIE, handle, {
        path: paths.callback,
        httpOnly: true,
        // Lax: the provider sends the browser back with a top-level GET, which Lax cookies accompany.
        sameSite: "lax",
        maxAge: OIDC_FLOW_MINUTES * 60,
      });
      return reply.redirect(authorization.url.href, 303);
    });

    app.get<{ Querystring: CallbackQuery }>(paths.callback, { config: oidcRateLimit }, async (request, reply) => {
      reply.clearCookie(FLOW_COOKIE, { path: paths.callback });
      const flow = await inTransaction(db, (tx) => takeOidcFlow(tx, request.cookies[FLOW_COOKIE], audience));
      const { query } = request;
      if (flow === "expired") return fail(request, reply, audience, "expired", 400);
      // No flow, or a state that is not this browser's: someone else's callback, or a replay.
      if (!flow || typeof query.state !== "string" || query.state !== flow.state) return fail(request, reply, audience, "state-mismatch", 400);
      if (typeof query.error === "string") {
        const denied = ["access_denied", "consent_required", "login_required", "interaction_required"].includes(query.error);
        return fail(request, reply, audience, denied ? "denied" : "invalid-response", 400, query.error);
      }
      let identity: Awaited<ReturnType<typeof exchangeOidcCode>>;
      try {
        identity = await exchangeOidcCode(settings, new URL(request.url, config.publicUrl), flow);
      } catch (error) {
        if (!(error instanceof OidcError)) throw error;
        request.log.warn({ err: error.cause, event: "oidc.exchange-failed", reason: error.reason }, "OIDC code exchange failed");
        return fail(request, reply, audience, error.reason, error.reason === "unavailable" ? 503 : 400);
      }
      const attempt = () =>
        inTransaction(db, (tx) => logInWithOidc(anonymous(request.id), { audience, identity, mfaAcrValues, previousToken: request.cookies[SESSION_COOKIE] }, tx));
      // Two first logins of one person at once (double click): the loser of the unique race finds the winner's link.
      const result = await attempt().catch((error: unknown) => {
        if (isUniqueViolation(error)) return attempt();
        throw error;
      });
      if (!result.ok) return fail(request, reply, audience, result.reason, 403);
      setSessionCookie(request, reply, result.token, result.accountKind);
      if (audience === "staff" && !result.secondFactorDone) return reply.redirect(STAFF_SECOND_FACTOR_PATH, 303);
      return reply.redirect(flow.returnTo, 303);
    });
  }

  setCitizenOidcLabel(config.oidc?.label);
  routesFor("citizen", config.oidc, []);
  routesFor("staff", config.staffOidc, config.staffOidc?.mfaAcrValues ?? []);
}
