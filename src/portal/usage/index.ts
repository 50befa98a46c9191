// portal/usage: measured use of the service pages (views, online starts, pairs opened one after the other),
// counted without personal data, and the ranking the start page and the A–Z list show.
import { fileURLToPath } from "node:url";
import type { MigrationSource } from "../../platform/db/index.ts";
import "./tables.ts";

export { ServiceUsage, type ServiceUsageOptions } from "./service-usage.ts";
export { rankServices, type UsageRanking } from "./usage-ranking.ts";
export { previousServiceId } from "./referer.ts";
export { deleteOldUsageCounts, usageRetention, USAGE_RETENTION_DAYS } from "./delete-old-usage-counts.ts";

export const usageMigrations: MigrationSource = { module: "portal-usage", dir: fileURLToPath(new URL("./migrations", import.meta.url)) };
