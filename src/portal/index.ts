// portal: the front door — start page, catalogue pages, site pages and the "coming soon" pages.
import type { FastifyInstance } from "fastify";
import type { CatalogueCache } from "../kernel/catalogue/index.ts";
import type { SiteOperator } from "../platform/config/index.ts";
import type { Db } from "../platform/db/index.ts";
import type { JobQueue } from "../platform/jobs/index.ts";
import { servicesApi } from "./api/services-api.ts";
import { catalogueRoutes } from "./catalogue-pages/catalogue-routes.ts";
import { comingSoonRoutes } from "./coming-soon/coming-soon-routes.ts";
import { homeRoutes } from "./home/home-routes.ts";
import { accountRoutes } from "./account/account-routes.ts";
import { postkorbRoutes } from "./account/postkorb-routes.ts";
import { sitePagesRoutes } from "./site-pages/index.ts";
import type { ServiceUsage } from "./usage/index.ts";

export { portalChrome } from "./site-chrome.ts";
export { viewerPlugin } from "./account/viewer-plugin.ts";
export { oidcRoutes, STAFF_SECOND_FACTOR_PATH } from "./account/oidc-routes.ts";
export { passkeyRoutes } from "./account/passkey-routes.ts";
export { citizenCaseRoutes, type CitizenCaseOptions } from "./cases/case-routes.ts";
export { ServiceUsage, usageMigrations, usageRetention } from "./usage/index.ts";
export { accessibilityFeedbackRetention } from "./site-pages/index.ts";

export interface PortalOptions {
  catalogue: CatalogueCache;
  /** Base URL for absolute links in API answers (config.publicUrl). */
  publicUrl: string;
  /** For the pages that write (accessibility feedback). */
  db: Db;
  /** Side effects after commit (mail). */
  jobs: JobQueue;
  /** Posts per minute and IP to each anonymous account form (config.accountRateLimitPerMinute). */
  accountRateLimitPerMinute?: number | undefined;
  /** Counts service page views and online starts; ranks "most used". */
  usage: ServiceUsage;
  /** Who runs the installation (config.siteOperator); the demo operator when undefined. */
  siteOperator?: SiteOperator | undefined;
  /** The clock for today's opening hours; tests pass a fixed one. */
  now?: (() => Date) | undefined;
}

export async function portalPlugin(app: FastifyInstance, options: PortalOptions): Promise<void> {
  await homeRoutes(app, options);
  await catalogueRoutes(app, options);
  await servicesApi(app, options);
  await sitePagesRoutes(app, { db: options.db, jobs: options.jobs, operator: options.siteOperator });
  await accountRoutes(app, { db: options.db, jobs: options.jobs, publicUrl: options.publicUrl, accountRateLimitPerMinute: options.accountRateLimitPerMinute });
  await postkorbRoutes(app, { db: options.db });
  await comingSoonRoutes(app);
}
