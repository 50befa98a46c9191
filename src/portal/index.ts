// portal: the front door — start page, catalogue pages, site pages and the "coming soon" pages.
import type { FastifyInstance } from "fastify";
import type { CatalogueCache } from "../kernel/catalogue/index.ts";
import { catalogueRoutes } from "./catalogue-pages/catalogue-routes.ts";
import { comingSoonRoutes } from "./coming-soon/coming-soon-routes.ts";
import { homeRoutes } from "./home/home-routes.ts";

export { portalChrome } from "./site-chrome.ts";

export interface PortalOptions {
  catalogue: CatalogueCache;
}

export async function portalPlugin(app: FastifyInstance, options: PortalOptions): Promise<void> {
  await homeRoutes(app, options);
  await catalogueRoutes(app, options);
  await comingSoonRoutes(app);
}
