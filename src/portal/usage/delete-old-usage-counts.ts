// Retention of the usage counts: the privacy notice says they are deleted after RANKING_DAYS (30) days, the
// window the ranking looks at. Only the scheduled task deletes (in a worker, once a day, with an audit record);
// the web processes that count page views just write.
import type { Executor } from "../../platform/db/index.ts";
import type { RetentionTask } from "../../platform/jobs/index.ts";
import { berlinDayBefore } from "./berlin-day.ts";
import { RANKING_DAYS } from "./usage-ranking.ts";
import "./tables.ts";

/** Days usage counts are kept: the ranking's window, the number the privacy notice states. */
export const USAGE_RETENTION_DAYS = RANKING_DAYS;

export async function deleteOldUsageCounts(tx: Executor, now: Date): Promise<{ serviceDays: number; servicePairDays: number }> {
  // Days are München's days; the oldest one kept is the first day of the ranking window.
  const before = berlinDayBefore(now, USAGE_RETENTION_DAYS - 1);
  const days = await tx.deleteFrom("portal.service_usage").where("day", "<", before).executeTakeFirst();
  const pairs = await tx.deleteFrom("portal.service_pair").where("day", "<", before).executeTakeFirst();
  return { serviceDays: Number(days.numDeletedRows), servicePairDays: Number(pairs.numDeletedRows) };
}

export const usageRetention: RetentionTask = { name: "usage.retention", every: "day", run: deleteOldUsageCounts };
