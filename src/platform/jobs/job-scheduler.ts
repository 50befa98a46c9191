// Sends each recurring job once per period, from worker processes only. Our own small scheduler rather than
// pg-boss' cron (ADR 0004): a period in which no worker was up is made up when one starts, the claim is a row
// in our database (jobs.schedule) written in the transaction that sends the job, and stop() waits for it.
import { sql } from "kysely";
import type { Db, Tx } from "../db/index.ts";
import type { JobLog, Schedule, ScheduledJob, SendOptions } from "./job-queue.ts";
import "./tables.ts";

const HOUR_MS = 3_600_000;
const periods: Record<Schedule["every"], { ms: number; offsetMs: number }> = {
  hour: { ms: HOUR_MS, offsetMs: 0 },
  // Days start at 02:00 UTC, 03:00 or 04:00 in Germany: the daily runs come when the site is quiet.
  day: { ms: 24 * HOUR_MS, offsetMs: 2 * HOUR_MS },
};

/** The start of the period of `every` that contains `now`. */
export function periodStart(every: Schedule["every"], now: Date): Date {
  const { ms, offsetMs } = periods[every];
  return new Date(Math.floor((now.getTime() - offsetMs) / ms) * ms + offsetMs);
}

export interface JobSchedulerOptions {
  db: Db;
  /** The schedules declared so far; read on every check, so schedules declared later are picked up. */
  schedules: ReadonlyMap<string, Schedule>;
  send: (tx: Tx, name: string, data: ScheduledJob, options: SendOptions) => Promise<string | null>;
  now: () => Date;
  checkMs: number;
  log: () => JobLog;
}

export class JobScheduler {
  readonly #o: JobSchedulerOptions;
  #timer: NodeJS.Timeout | undefined;
  #checking: Promise<void> | undefined;
  #stopped = false;
  /** The period per job this process last found claimed: no query until the next one starts. */
  readonly #seen = new Map<string, number>();

  constructor(options: JobSchedulerOptions) {
    this.#o = options;
  }

  /** Checks at once (a period nobody ran is made up now), then every checkMs. */
  start(): void {
    if (this.#timer || this.#stopped) return;
    this.#tick();
    this.#timer = setInterval(() => this.#tick(), this.#o.checkMs);
    this.#timer.unref();
  }

  /** No more checks; resolves once a check under way has committed or rolled back. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#checking;
  }

  #tick(): void {
    if (this.#checking || this.#stopped) return;
    this.#checking = this.#check()
      .catch((error: unknown) => this.#o.log().error({ err: error }, "could not check the job schedules"))
      .finally(() => (this.#checking = undefined));
  }

  async #check(): Promise<void> {
    for (const [name, schedule] of this.#o.schedules) {
      if (this.#stopped) return;
      const slot = periodStart(schedule.every, this.#o.now());
      // A period this process has seen claimed (by itself or another) needs no query until the next one:
      // the slot changes hourly or daily, the check runs every minute.
      if (this.#seen.get(name) === slot.getTime()) continue;
      await this.#o.db.transaction().execute(async (tx) => {
        // Whoever moves the row to this period sends the job; everyone else finds it there already.
        const { rows } = await sql<{ name: string }>`
          insert into jobs.schedule (name, slot) values (${name}, ${slot})
          on conflict (name) do update set slot = excluded.slot, sent_at = now()
          where jobs.schedule.slot < excluded.slot
          returning name`.execute(tx);
        if (rows.length === 0) return;
        const id = await this.#o.send(tx, name, { slot: slot.toISOString() }, { singletonKey: name });
        if (id === null) this.#o.log().warn({ queue: name, slot }, "the previous run of a scheduled job is still waiting; this period adds none");
        else this.#o.log().info({ queue: name, slot, job: id }, "scheduled job sent");
      });
      this.#seen.set(name, slot.getTime());
    }
  }
}
