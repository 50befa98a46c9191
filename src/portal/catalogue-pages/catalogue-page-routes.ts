// Routes of the catalogue's own pages (A–Z, service, online start, life situations, departments, locations,
// sitemap, robots.txt). They read the cached snapshot and count usage in memory: no query per request.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import type { CatalogueCache } from "../../kernel/catalogue/index.ts";
import { previousServiceId, rankServices, type ServiceUsage } from "../usage/index.ts";
import { LifeSituationPage, LifeSituationsPage } from "./life-situation-pages.tsx";
import { onlineTarget } from "./online-offer.ts";
import { DepartmentPage, DepartmentsPage, LocationPage } from "./place-pages.tsx";
import { ServicePage } from "./service-page.tsx";
import { ServicesPage } from "./service-pages.tsx";
import { robotsTxt, sitemapEntries, sitemapXml } from "./sitemap.ts";

export interface CataloguePageOptions {
  catalogue: CatalogueCache;
  usage: ServiceUsage;
  /** Base of the absolute addresses in the sitemap and the structured data (config.publicUrl). */
  publicUrl: string;
  /** The clock for today's opening hours (tests pass a fixed one). */
  now?: (() => Date) | undefined;
}

type IdParams = { Params: { id: string } };

export async function cataloguePageRoutes(app: FastifyInstance, options: CataloguePageOptions): Promise<void> {
  const { catalogue, usage } = options;
  const now = options.now ?? (() => new Date());
  const base = options.publicUrl.replace(/\/+$/, "");

  app.get("/leistungen", async (_req, reply) => {
    const snapshot = await catalogue.get();
    return reply.render(h(ServicesPage, { catalogue: snapshot, mostUsed: rankServices(snapshot.byPopularity, usage.ranking) }));
  });

  app.get<IdParams>("/leistungen/:id", async (request, reply) => {
    const snapshot = await catalogue.get();
    const service = snapshot.services.get(request.params.id);
    if (!service) return reply.sendError("notFound", 404);
    // HEAD requests and link checkers' probes are not someone reading the page.
    if (request.method === "GET") {
      const previous = previousServiceId(request.headers.referer, request.host);
      usage.view(service.id, previous && snapshot.services.has(previous) ? previous : undefined, request.ip);
    }
    const usedTogether = usage.ranking.together.get(service.id) ?? [];
    return reply.render(h(ServicePage, { service, catalogue: snapshot, now: now(), usedTogether, url: `${base}/leistungen/${service.id}` }));
  });

  // The online button goes through here so that starts are counted without JavaScript or cookies.
  app.get<IdParams>("/leistungen/:id/online", async (request, reply) => {
    const snapshot = await catalogue.get();
    const service = snapshot.services.get(request.params.id);
    const target = service ? onlineTarget(service) : null;
    if (!service || !target) return reply.sendError("notFound", 404);
    if (request.method === "GET") usage.start(service.id, request.ip);
    return reply.redirect(target.href, 303);
  });

  app.get("/lebenslagen", async (_req, reply) => reply.render(h(LifeSituationsPage, { catalogue: await catalogue.get() })));

  app.get<IdParams>("/lebenslagen/:id", async (request, reply) => {
    const snapshot = await catalogue.get();
    const situation = snapshot.lifeSituationsById.get(request.params.id);
    if (!situation) return reply.sendError("notFound", 404);
    return reply.render(h(LifeSituationPage, { situation, catalogue: snapshot }));
  });

  app.get("/referate", async (_req, reply) => reply.render(h(DepartmentsPage, { catalogue: await catalogue.get() })));

  app.get<IdParams>("/referate/:id", async (request, reply) => {
    const snapshot = await catalogue.get();
    const department = snapshot.departments.get(request.params.id);
    if (!department) return reply.sendError("notFound", 404);
    return reply.render(h(DepartmentPage, { department, catalogue: snapshot }));
  });

  app.get<IdParams>("/standorte/:id", async (request, reply) => {
    const snapshot = await catalogue.get();
    const location = snapshot.locations.get(request.params.id);
    if (!location) return reply.sendError("notFound", 404);
    return reply.render(h(LocationPage, { location, catalogue: snapshot, now: now() }));
  });

  app.get("/sitemap.xml", async (request, reply) => {
    const sitePaths = request.pageContext(reply).site.footerNav.map((link) => link.href).filter((href) => !href.startsWith("/api"));
    const xml = sitemapXml(sitemapEntries(await catalogue.get(), sitePaths), options.publicUrl);
    return reply.type("application/xml; charset=utf-8").send(xml);
  });

  app.get("/robots.txt", async (_req, reply) => reply.type("text/plain; charset=utf-8").send(robotsTxt(options.publicUrl)));
}
