// Routes of the catalogue pages. They read the cached snapshot: no query per request.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import { z } from "zod";
import type { CatalogueCache } from "../../kernel/catalogue/index.ts";
import { LifeSituationPage, LifeSituationsPage } from "./life-situation-pages.tsx";
import { SearchPage } from "./search-page.tsx";
import { ServicePage, ServicesPage } from "./service-pages.tsx";
import { simpleSearch } from "./simple-search.ts";

const SearchQuery = z.object({ q: z.string().max(200).catch("").default("") });

export async function catalogueRoutes(app: FastifyInstance, { catalogue }: { catalogue: CatalogueCache }): Promise<void> {
  app.get("/leistungen", async (_req, reply) => reply.render(h(ServicesPage, { catalogue: await catalogue.get() })));

  app.get<{ Params: { id: string } }>("/leistungen/:id", async (request, reply) => {
    const snapshot = await catalogue.get();
    const service = snapshot.services.get(request.params.id);
    if (!service) return reply.sendError("notFound", 404);
    return reply.render(h(ServicePage, { service, catalogue: snapshot }));
  });

  app.get("/lebenslagen", async (_req, reply) => reply.render(h(LifeSituationsPage, { catalogue: await catalogue.get() })));

  app.get<{ Params: { id: string } }>("/lebenslagen/:id", async (request, reply) => {
    const snapshot = await catalogue.get();
    const situation = snapshot.lifeSituations.find((ls) => ls.id === request.params.id);
    if (!situation) return reply.sendError("notFound", 404);
    return reply.render(h(LifeSituationPage, { situation, catalogue: snapshot }));
  });

  app.get("/suche", async (request, reply) => {
    const { q } = SearchQuery.parse(request.query ?? {});
    const query = q.trim();
    const results = query ? simpleSearch(await catalogue.get(), query) : [];
    return reply.render(h(SearchPage, { query, results }));
  });
}
