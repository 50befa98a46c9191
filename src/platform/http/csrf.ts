// CSRF protection for every form: a random value in an HttpOnly cookie, and in each form the HMAC of
// that value under the server's secret (signed double submit, OWASP). A request that changes state must
// bring both and they must match; a site elsewhere can neither read the cookie nor forge the HMAC.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { CSRF_FIELD } from "../html/index.ts";

export { CSRF_FIELD };
export const CSRF_COOKIE = "csrf";
export const CSRF_HEADER = "x-csrf-token";

function sign(secret: string, value: string): string {
  return createHmac("sha256", secret).update("csrf:" + value).digest("base64url");
}

/** The token for this request's forms; creates the cookie when the browser has none yet. */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply, secret: string): string {
  let value = request.cookies[CSRF_COOKIE];
  if (!value || !/^[A-Za-z0-9_-]{43}$/.test(value)) {
    value = randomBytes(32).toString("base64url");
    request.cookies[CSRF_COOKIE] = value;
    reply.setCookie(CSRF_COOKIE, value, { path: "/", httpOnly: true, sameSite: "lax" });
  }
  return sign(secret, value);
}

export function csrfTokenIsValid(request: FastifyRequest, secret: string): boolean {
  const cookie = request.cookies[CSRF_COOKIE];
  const body = request.body as Record<string, unknown> | undefined;
  const sent = (typeof body?.[CSRF_FIELD] === "string" ? body[CSRF_FIELD] : undefined) ?? request.headers[CSRF_HEADER];
  if (!cookie || typeof sent !== "string") return false;
  const expected = Buffer.from(sign(secret, cookie));
  const given = Buffer.from(sent);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Which requests must carry a token: every method that may change state, except JSON requests to
 * the API (a browser cannot send application/json cross-site without a CORS preflight, which we
 * never allow) and routes that opt out because they authenticate otherwise (`config: { csrf: false }`).
 */
export function needsCsrfCheck(request: FastifyRequest): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(request.method)) return false;
  if ((request.routeOptions.config as { csrf?: boolean } | undefined)?.csrf === false) return false;
  const type = request.headers["content-type"] ?? "";
  return !(request.url.startsWith("/api/") && type.startsWith("application/json"));
}
