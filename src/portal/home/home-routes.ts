// The start page route. The page is the same for every visitor in a language until the catalogue
// changes, so it is rendered once per language and catalogue version and then served from memory.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import type { CatalogueCache } from "../../kernel/catalogue/index.ts";
import { renderPage } from "../../platform/html/index.ts";
import { rankServices, type ServiceUsage } from "../usage/index.ts";
import { HomePage } from "./home-page.tsx";
import { RenderedPageCache } from "./rendered-page-cache.ts";

export async function homeRoutes(app: FastifyInstance, { catalogue, usage }: { catalogue: CatalogueCache; usage: ServiceUsage }): Promise<void> {
  const pages = new RenderedPageCache("/");
  app.get("/", async (request, reply) => {
    const ctx = request.pageContext(reply);
    // Read the version in the same tick as get(): the snapshot then belongs to exactly this version.
    // The page also shows the measured ranking. Both versions only ever grow, so their sum grows whenever
    // either moves: a new key for every change, and still "newer is larger" for the cache's race check.
    const version = catalogue.version + usage.version;
    const ranking = usage.ranking;
    const cached = pages.get(version, ctx);
    if (cached !== undefined) return reply.sendHtml(cached);
    const snapshot = await catalogue.get();
    return reply.sendHtml(pages.render(version, ctx, (c) => renderPage(c, h(HomePage, { catalogue: snapshot, mostUsed: rankServices(snapshot.byPopularity, ranking) }))));
  });
}
