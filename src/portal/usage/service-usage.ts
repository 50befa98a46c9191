// Counts service page views, online starts and "opened next" pairs in memory and writes them in batches:
// a write per request would queue behind every page on PGlite (one query at a time). Counts only — no
// address, no cookie, no visitor id. The ranking is recomputed at most every few minutes, off the request path.
import { sql } from "kysely";
import type { Executor } from "../../platform/db/index.ts";
import { berlinDay } from "./berlin-day.ts";
import { OncePerVisitor } from "./once-per-visitor.ts";
import { emptyRanking, loadUsageRanking, sameRanking, type UsageRanking } from "./usage-ranking.ts";

export interface ServiceUsageOptions {
  /** How often counted events are written (default 30 s); also on close. */
  flushIntervalMs?: number;
  /** At most this often the ranking is read anew (default 5 min). */
  rankingIntervalMs?: number;
  now?: () => Date;
}

interface DayCount {
  day: string;
  serviceId: string;
  views: number;
  starts: number;
}

interface PairCount {
  day: string;
  from: string;
  to: string;
  count: number;
}

export class ServiceUsage {
  #counts = new Map<string, DayCount>();
  #pairs = new Map<string, PairCount>();
  #ranking: UsageRanking = emptyRanking;
  #version = 0;
  #writing: Promise<void> = Promise.resolve();
  #timers: NodeJS.Timeout[] = [];
  #once = new OncePerVisitor();
  readonly #now: () => Date;
  readonly #flushIntervalMs: number;
  readonly #rankingIntervalMs: number;

  constructor(
    private readonly db: Executor,
    options: ServiceUsageOptions = {},
  ) {
    this.#now = options.now ?? (() => new Date());
    this.#flushIntervalMs = options.flushIntervalMs ?? 30_000;
    this.#rankingIntervalMs = options.rankingIntervalMs ?? 5 * 60_000;
  }

  /**
   * A view of a service page; `previousServiceId` is the service page the visitor came from, if any.
   * `visitor` (the client address) only tells repeats apart in memory; it is never stored.
   */
  view(serviceId: string, previousServiceId: string | undefined, visitor: string): void {
    const day = berlinDay(this.#now());
    if (!this.#once.first(day, visitor, `view ${serviceId}`)) return;
    this.#count(day, serviceId).views += 1;
    if (previousServiceId && previousServiceId !== serviceId) {
      const key = `${day} ${previousServiceId} ${serviceId}`;
      const pair = this.#pairs.get(key) ?? { day, from: previousServiceId, to: serviceId, count: 0 };
      pair.count += 1;
      this.#pairs.set(key, pair);
    }
  }

  /** Someone followed the online button. */
  start(serviceId: string, visitor: string): void {
    const day = berlinDay(this.#now());
    if (!this.#once.first(day, visitor, `start ${serviceId}`)) return;
    this.#count(day, serviceId).starts += 1;
  }

  /** Writes what was counted since the last flush; flushes run one after the other. */
  flush(): Promise<void> {
    // A failed write must not poison every later one: its counts were put back for the next try.
    this.#writing = this.#writing.catch(() => {}).then(() => this.#write());
    return this.#writing;
  }

  /** Reads the ranking anew; moves `version` when it would show differently. */
  async recompute(): Promise<boolean> {
    const fresh = await loadUsageRanking(this.db, this.#now());
    if (sameRanking(fresh, this.#ranking)) return false;
    this.#ranking = fresh;
    this.#version += 1;
    return true;
  }

  get ranking(): UsageRanking {
    return this.#ranking;
  }

  /** Counts ranking changes, so that caches of rendered pages know when to drop. */
  get version(): number {
    return this.#version;
  }

  /** Starts the periodic flush and ranking; the first ranking is read right away. */
  startTimers(onError: (error: unknown) => void): void {
    const run = (task: () => Promise<unknown>) => () => void task().catch(onError);
    run(() => this.recompute())();
    this.#timers.push(setInterval(run(() => this.flush()), this.#flushIntervalMs).unref());
    this.#timers.push(setInterval(run(() => this.recompute()), this.#rankingIntervalMs).unref());
  }

  /** Stops the timers and writes what is left (on shutdown). */
  async stop(): Promise<void> {
    for (const timer of this.#timers) clearInterval(timer);
    this.#timers = [];
    await this.flush();
  }

  #count(day: string, serviceId: string): DayCount {
    const key = `${day} ${serviceId}`;
    let entry = this.#counts.get(key);
    if (!entry) {
      entry = { day, serviceId, views: 0, starts: 0 };
      this.#counts.set(key, entry);
    }
    return entry;
  }

  async #write(): Promise<void> {
    const counts = [...this.#counts.values()];
    const pairs = [...this.#pairs.values()];
    this.#counts = new Map();
    this.#pairs = new Map();
    try {
      if (counts.length > 0) {
        await this.db
          .insertInto("portal.service_usage")
          .values(counts.map((c) => ({ day: c.day, service_id: c.serviceId, views: c.views, starts: c.starts })))
          .onConflict((oc) =>
            oc.columns(["day", "service_id"]).doUpdateSet({
              views: sql`portal.service_usage.views + excluded.views`,
              starts: sql`portal.service_usage.starts + excluded.starts`,
            }),
          )
          .execute();
      }
      if (pairs.length > 0) {
        await this.db
          .insertInto("portal.service_pair")
          .values(pairs.map((p) => ({ day: p.day, from_service_id: p.from, to_service_id: p.to, count: p.count })))
          .onConflict((oc) => oc.columns(["day", "from_service_id", "to_service_id"]).doUpdateSet({ count: sql`portal.service_pair.count + excluded.count` }))
          .execute();
      }
    } catch (error) {
      // Keep the counts for the next try rather than losing them to a short database outage.
      for (const c of counts) {
        const entry = this.#count(c.day, c.serviceId);
        entry.views += c.views;
        entry.starts += c.starts;
      }
      for (const p of pairs) {
        const key = `${p.day} ${p.from} ${p.to}`;
        const entry = this.#pairs.get(key) ?? { ...p, count: 0 };
        entry.count += p.count;
        this.#pairs.set(key, entry);
      }
      throw error;
    }
  }
}
