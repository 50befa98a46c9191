// Turns the session cookie into `request.actor` for every route, and gives routes the means to start and end
// sessions. Requests without the cookie (most anonymous visits) cost no database query.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Db } from "../../platform/db/index.ts";
import { anonymous, type Actor } from "./actor.ts";
import { resolveSession, type ResolvedSession } from "./sessions.ts";
import { sessionPolicies } from "./session-policy.ts";

export const SESSION_COOKIE = "sid";

declare module "fastify" {
  interface FastifyRequest {
    /** Who makes this request; anonymous unless a valid session says otherwise. */
    actor: Actor;
    /** The session behind the cookie, also when it still waits for the staff second factor. */
    session: ResolvedSession | undefined;
  }
}

export function actorFor(session: ResolvedSession | undefined, requestId: string): Actor {
  if (!session) return anonymous(requestId);
  if (session.accountKind === "citizen") {
    return { kind: "citizen", id: session.accountId, displayName: session.displayName, trustLevel: session.acr, requestId };
  }
  // Staff without the second factor are not staff yet: they may only finish logging in.
  if (!session.secondFactorDone) return anonymous(requestId);
  return { kind: "staff", id: session.accountId, displayName: session.displayName, roles: session.roles, requestId };
}

/** `Secure` comes from the HTTP frame's cookie defaults (config.secureCookies), not from the request's protocol. */
export function setSessionCookie(_request: FastifyRequest, reply: FastifyReply, token: string, kind: "citizen" | "staff"): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    // The browser may drop it at the absolute end; the server enforces both ends anyway.
    maxAge: sessionPolicies[kind].absoluteHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}

async function sessions(app: FastifyInstance, options: { db: Db }): Promise<void> {
  // Set in onRequest for every request; null only until then (Fastify forbids shared object defaults).
  app.decorateRequest("actor", null as never);
  app.decorateRequest("session", undefined);
  // Without the cookie (most visits) the hook stays synchronous: no promise, no query.
  app.addHook("onRequest", (request, reply, done) => {
    const token = request.cookies[SESSION_COOKIE];
    // Stylesheets, fonts and scripts don't need to know who asks: no session lookup per asset.
    if (!token || request.url.startsWith("/assets/")) {
      request.session = undefined;
      request.actor = actorFor(undefined, request.id);
      done();
      return;
    }
    resolveSession(options.db, token).then((session) => {
      if (!session) clearSessionCookie(reply);
      request.session = session;
      request.actor = actorFor(session, request.id);
      done();
    }, done);
  });
}

export const sessionPlugin = fp(sessions, { name: "stadttor-sessions", dependencies: ["stadttor-http"] });
