// GET /api/v1/services and /api/v1/services/{id}: the service catalogue for programs (city apps,
// chatbots, partner portals). Read from the in-memory catalogue snapshot, so no query per request.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { localized, type CatalogueCache, type CatalogueSnapshot, type ServiceEntry } from "../../kernel/catalogue/index.ts";
import { defineApiRoute, defineApiTag, documented } from "../../platform/api/index.ts";
import { sendApiError } from "../../platform/http/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";
import { searchServices, suggestServices } from "../catalogue-pages/search-services.ts";
import { servicesApiMessages as msg } from "./messages.ts";

type Key = keyof ReturnType<typeof msg.in>;
const text = (key: Key) => (locale: Locale) => msg.in(locale)[key] as string;
const doc = <T extends z.ZodType>(schema: T, key: Key): T => documented(schema, text(key));

const ServiceListQuery = z.object({
  q: doc(z.string().trim().max(200).optional(), "q"),
  limit: doc(z.coerce.number().int().min(1).max(100).default(20), "limit"),
  offset: doc(z.coerce.number().int().min(0).default(0), "offset"),
});

const SuggestionQuery = z.object({
  q: doc(z.string().trim().max(200).default(""), "suggestQ"),
  limit: doc(z.coerce.number().int().min(1).max(10).default(6), "suggestLimit"),
});

const Suggestions = z
  .object({
    items: doc(z.array(z.object({ id: doc(z.string(), "id"), name: doc(z.string(), "name"), url: doc(z.url(), "url") })), "suggestItems"),
  })
  .meta({ id: "ServiceSuggestions" });

const ServiceParams = z.object({ id: doc(z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/), "id") });

const ServiceSummary = z
  .object({
    id: doc(z.string(), "id"),
    name: doc(z.string(), "name"),
    summary: doc(z.string(), "summary"),
    url: doc(z.url(), "url"),
    score: doc(z.number().nullable(), "score"),
  })
  .meta({ id: "ServiceSummary" });

const ServiceList = z
  .object({ items: doc(z.array(ServiceSummary), "items"), total: doc(z.int().min(0), "total") })
  .meta({ id: "ServiceList" });

const Service = z
  .object({
    id: doc(z.string(), "id"),
    name: doc(z.string(), "name"),
    summary: doc(z.string(), "summary"),
    url: doc(z.url(), "url"),
    department: doc(z.object({ id: doc(z.string(), "departmentId"), name: doc(z.string(), "departmentName") }), "department"),
    onlineKind: doc(z.enum(["form", "appointment", "report", "external"]).nullable(), "onlineKind"),
    synonyms: doc(z.array(z.string()), "synonyms"),
  })
  .meta({ id: "Service" });

// Sorting by name per request would repeat the same work; the order only changes with the snapshot.
const alphabetical = new WeakMap<CatalogueSnapshot, Map<Locale, readonly ServiceEntry[]>>();
function sortedByName(snapshot: CatalogueSnapshot, locale: Locale): readonly ServiceEntry[] {
  let byLocale = alphabetical.get(snapshot);
  if (!byLocale) alphabetical.set(snapshot, (byLocale = new Map()));
  let sorted = byLocale.get(locale);
  if (!sorted) {
    const collator = new Intl.Collator(locale);
    sorted = [...snapshot.services.values()].sort((a, b) => collator.compare(localized(a.name, locale), localized(b.name, locale)) || a.id.localeCompare(b.id));
    byLocale.set(locale, sorted);
  }
  return sorted;
}

export interface ServicesApiOptions {
  catalogue: CatalogueCache;
  publicUrl: string;
}

export async function servicesApi(app: FastifyInstance, { catalogue, publicUrl }: ServicesApiOptions): Promise<void> {
  const pageUrl = (id: string) => `${publicUrl}/leistungen/${encodeURIComponent(id)}`;
  defineApiTag(app, "services", text("tagTitle"), text("tagDescription"));

  defineApiRoute(app, {
    method: "GET",
    url: "/services",
    operationId: "listServices",
    tags: ["services"],
    summary: text("listSummary"),
    description: text("listDescription"),
    query: ServiceListQuery,
    responses: { 200: ServiceList },
    handler: async ({ query, locale }) => {
      const snapshot = await catalogue.get();
      const matches = query.q
        ? searchServices(snapshot, query.q).results
        : sortedByName(snapshot, locale).map((service) => ({ service, score: null }));
      const page = matches.slice(query.offset, query.offset + query.limit);
      return {
        items: page.map(({ service, score }) => ({
          id: service.id,
          name: localized(service.name, locale),
          summary: localized(service.summary, locale),
          url: pageUrl(service.id),
          score,
        })),
        total: matches.length,
      };
    },
  });

  // Asked at every keystroke by search-suggest.js; answers from memory like the search itself.
  defineApiRoute(app, {
    method: "GET",
    url: "/services/suggestions",
    operationId: "suggestServices",
    tags: ["services"],
    summary: text("suggestSummary"),
    description: text("suggestDescription"),
    query: SuggestionQuery,
    responses: { 200: Suggestions },
    handler: async ({ query, locale }) => {
      const snapshot = await catalogue.get();
      const items = suggestServices(snapshot, query.q, query.limit).map(({ service }) => ({ id: service.id, name: localized(service.name, locale), url: pageUrl(service.id) }));
      return { items };
    },
  });

  defineApiRoute(app, {
    method: "GET",
    url: "/services/:id",
    operationId: "getService",
    tags: ["services"],
    summary: text("getSummary"),
    description: text("getDescription"),
    params: ServiceParams,
    responses: { 200: Service, 404: text("notFound") },
    handler: async ({ params, locale, reply }) => {
      const snapshot = await catalogue.get();
      const service = snapshot.services.get(params.id);
      if (!service) return sendApiError(reply, 404, { error: "not_found", message: msg.in(locale).notFound });
      const department = snapshot.departments.get(service.departmentId);
      return {
        id: service.id,
        name: localized(service.name, locale),
        summary: localized(service.summary, locale),
        url: pageUrl(service.id),
        department: { id: service.departmentId, name: department ? localized(department.name, locale) : service.departmentId },
        onlineKind: service.onlineKind,
        synonyms: [...service.synonyms],
      };
    },
  });
}
