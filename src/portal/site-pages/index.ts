// portal/site-pages: Impressum, privacy notice, accessibility statement with its feedback form, Leichte Sprache
// and Gebärdensprache — the pages every German public-sector website must have, linked from the footer.
import { fileURLToPath } from "node:url";
import type { MigrationSource } from "../../platform/db/index.ts";
import "./tables.ts";

export { sitePagesRoutes, type SitePagesOptions } from "./site-pages-routes.ts";
export { accessibilityFeedbackRetention, deleteOldAccessibilityFeedback } from "./delete-old-accessibility-feedback.ts";
export { demoSiteOperator, type SiteOperator } from "./site-operator.ts";

export const sitePagesMigrations: MigrationSource = { module: "site-pages", dir: fileURLToPath(new URL("./migrations", import.meta.url)) };
