// What the counts mean for the pages: which services are used most over the last 30 days, and which are
// often opened one after the other. Until a service has enough events, its catalogue popularity decides.
import { sql } from "kysely";
import type { ServiceEntry } from "../../kernel/catalogue/index.ts";
import type { Executor } from "../../platform/db/index.ts";
import { berlinDayBefore } from "./berlin-day.ts";

export const RANKING_DAYS = 30;
/** An online start says more about need than a page view (people also read pages to compare). */
export const START_WEIGHT = 3;
/** Below this many events in the window a measured rank would be noise; the catalogue's weight counts. */
export const MIN_EVENTS = 20;
/** A pair seen fewer times is coincidence, not "often used together". */
export const MIN_PAIR_COUNT = 2;

export interface UsageRanking {
  /** Measured score per service with at least MIN_EVENTS events. */
  readonly scores: ReadonlyMap<string, number>;
  /** Per service, the services most often opened right before or after it, best first. */
  readonly together: ReadonlyMap<string, readonly string[]>;
}

export const emptyRanking: UsageRanking = { scores: new Map(), together: new Map() };

export async function loadUsageRanking(db: Executor, now: Date): Promise<UsageRanking> {
  const since = berlinDayBefore(now, RANKING_DAYS - 1);
  const usage = await db
    .selectFrom("portal.service_usage")
    .select(["service_id", sql<number>`sum(views)::int`.as("views"), sql<number>`sum(starts)::int`.as("starts")])
    .where("day", ">=", since)
    .groupBy("service_id")
    .execute();
  const scores = new Map<string, number>();
  for (const row of usage) {
    if (row.views + row.starts >= MIN_EVENTS) scores.set(row.service_id, row.views + START_WEIGHT * row.starts);
  }
  const pairs = await db
    .selectFrom("portal.service_pair")
    .select(["from_service_id", "to_service_id", sql<number>`sum(count)::int`.as("count")])
    .where("day", ">=", since)
    .groupBy(["from_service_id", "to_service_id"])
    .execute();
  // The direction of a visit does not matter for "belongs together".
  const weights = new Map<string, Map<string, number>>();
  const add = (a: string, b: string, n: number) => {
    const partners = weights.get(a) ?? new Map<string, number>();
    partners.set(b, (partners.get(b) ?? 0) + n);
    weights.set(a, partners);
  };
  for (const p of pairs) {
    add(p.from_service_id, p.to_service_id, p.count);
    add(p.to_service_id, p.from_service_id, p.count);
  }
  const together = new Map<string, string[]>();
  for (const [id, partners] of weights) {
    const best = [...partners].filter(([, n]) => n >= MIN_PAIR_COUNT).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (best.length > 0) together.set(id, best.map(([partner]) => partner));
  }
  return { scores, together };
}

/** Measured services first by score, then the rest in the catalogue's popularity order. */
export function rankServices(byPopularity: readonly ServiceEntry[], ranking: UsageRanking): ServiceEntry[] {
  const measured = byPopularity.filter((s) => ranking.scores.has(s.id));
  measured.sort((a, b) => ranking.scores.get(b.id)! - ranking.scores.get(a.id)!);
  return [...measured, ...byPopularity.filter((s) => !ranking.scores.has(s.id))];
}

/** Whether two rankings would show differently (then cached pages must drop). */
export function sameRanking(a: UsageRanking, b: UsageRanking): boolean {
  const order = (r: UsageRanking) => JSON.stringify([[...r.scores].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([id]) => id), [...r.together].sort()]);
  return order(a) === order(b);
}
