// Chooses the language for each request: the `lang` cookie set by the language switch, else German.
// The switch is a plain link (works without JavaScript): GET /sprache/en?zurueck=/pfad.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { defaultLocale, isLocale, type Locale } from "./messages.ts";

declare module "fastify" {
  interface FastifyRequest {
    locale: Locale;
  }
}

export const LOCALE_COOKIE = "lang";

const ownOrigin = "http://stadttor.invalid";

/**
 * A return path we may redirect to: only a path on this site, else "/". Browsers drop tabs and line
 * breaks and read "\\" as "/", so "/%09/evil.example" would leave the site; parsing it as a URL the way
 * a browser does, and keeping only path, query and fragment, closes every such trick at once.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(value, ownOrigin);
  } catch {
    return "/";
  }
  if (url.origin !== ownOrigin) return "/";
  const path = url.pathname + url.search + url.hash;
  // "/\t/evil" normalises to "//evil", which a browser would again read as another host.
  return path.startsWith("//") ? "/" : path;
}

export function localeOf(request: FastifyRequest): Locale {
  const fromCookie = request.cookies?.[LOCALE_COOKIE];
  return isLocale(fromCookie) ? fromCookie : defaultLocale;
}

/** Remembers the chosen language for a year: the language switch and the profile's language setting. */
export function setLocaleCookie(reply: FastifyReply, locale: Locale): void {
  reply.setCookie(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
}

async function locale(app: FastifyInstance): Promise<void> {
  app.decorateRequest("locale", defaultLocale);
  app.addHook("onRequest", (request, _reply, done) => {
    request.locale = localeOf(request);
    done();
  });
  app.get<{ Params: { locale: string }; Querystring: { zurueck?: string } }>("/sprache/:locale", async (request, reply) => {
    const { locale } = request.params;
    if (!isLocale(locale)) return reply.callNotFound();
    setLocaleCookie(reply, locale);
    return reply.redirect(safeReturnPath(request.query.zurueck), 303);
  });
}

export const localePlugin = fp(locale, { name: "stadttor-locale" });
