// The start page route.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import type { CatalogueCache } from "../../kernel/catalogue/index.ts";
import { HomePage } from "./home-page.tsx";

export async function homeRoutes(app: FastifyInstance, { catalogue }: { catalogue: CatalogueCache }): Promise<void> {
  app.get("/", async (_request, reply) => reply.render(h(HomePage, { catalogue: await catalogue.get() })));
}
