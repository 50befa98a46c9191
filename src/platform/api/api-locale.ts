// The language of an API answer. Programs have no language switch to click, so besides the site's
// cookie they may ask with ?lang= or send Accept-Language. Order: lang, cookie, Accept-Language, German.
import type { FastifyRequest } from "fastify";
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "../i18n/index.ts";

/** Best supported language in an Accept-Language header ("en-GB,en;q=0.8,de;q=0.5"), if any. */
export function fromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: tag.trim().toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => isLocale(r.lang) && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.lang as Locale | undefined;
}

export function apiLocale(request: FastifyRequest): Locale {
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isLocale(asked)) return asked;
  const cookie = request.cookies?.[LOCALE_COOKIE];
  if (isLocale(cookie)) return cookie;
  return fromAcceptLanguage(request.headers["accept-language"]) ?? defaultLocale;
}
