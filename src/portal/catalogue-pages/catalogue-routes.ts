// Routes of the catalogue pages. They read the cached snapshot: no query per request.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import { z } from "zod";
import { cataloguePageRoutes } from "./catalogue-page-routes.ts";
import { previewRoutes, type PreviewOptions } from "./preview-routes.tsx";
import { SearchPage } from "./search-page.tsx";
import { searchServices } from "./search-services.ts";

// A long query is cut rather than dropped (it would read as "please enter something"); ?q=a&q=b takes the first.
const SearchQuery = z.object({
  q: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? (v[0] ?? "") : v).slice(0, 200))
    .catch("")
    .default(""),
});

export async function catalogueRoutes(app: FastifyInstance, options: PreviewOptions): Promise<void> {
  const { catalogue } = options;
  await cataloguePageRoutes(app, options);
  // The catalogue editor's previews of unpublished versions (issue #4).
  await previewRoutes(app, options);

  app.get("/suche", async (request, reply) => {
    const { q } = SearchQuery.parse(request.query ?? {});
    const query = q.trim();
    if (!query) return reply.render(h(SearchPage, { query, results: [], quality: "none" }));
    const found = searchServices(await catalogue.get(), query);
    // A page of results is what people read; the rest are weaker guesses.
    const results = found.results.slice(0, 30).map((r) => r.service);
    return reply.render(h(SearchPage, { query, results, total: found.results.length, quality: found.quality, didYouMean: found.didYouMean }));
  });
}
