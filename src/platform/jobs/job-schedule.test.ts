// Scheduled jobs on the real database: one run per period however many workers check, none from web
// processes, a missed stretch made up once, and a lagging clock sending nothing.
import { sql } from "kysely";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { deferred, recordingLog } from "../../../test/support/jobs.ts";
import { testDatabase } from "../../../test/support/database.ts";
import type { Database } from "../db/index.ts";
import { createJobQueue, periodStart, type JobQueue, type ScheduledJob } from "./index.ts";

let database: Database;
const queues: JobQueue[] = [];
const CHECK_SECONDS = 0.05;

beforeAll(async () => {
  database = await testDatabase();
});

afterEach(async () => {
  await Promise.all(queues.splice(0).map((q) => q.stop()));
});

/** A process's queue whose clock the test moves. */
function node(work: boolean, clock: { now: Date }): JobQueue {
  const queue = createJobQueue(database, { work, pollSeconds: 0.5, scheduleCheckSeconds: CHECK_SECONDS, now: () => clock.now });
  queues.push(queue);
  return queue;
}

async function jobCount(name: string): Promise<number> {
  const { rows } = await sql<{ n: string }>`select count(*)::text as n from pgboss.job where name = ${name}`.execute(database.db);
  return Number(rows[0]!.n);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("periods", () => {
  it("are UTC hours, and days from 02:00 UTC", () => {
    expect(periodStart("hour", new Date("2026-11-28T13:59:59.999Z")).toISOString()).toBe("2026-11-28T13:00:00.000Z");
    expect(periodStart("day", new Date("2026-11-28T01:59:00Z")).toISOString()).toBe("2026-11-27T02:00:00.000Z");
    expect(periodStart("day", new Date("2026-11-28T02:00:00Z")).toISOString()).toBe("2026-11-28T02:00:00.000Z");
  });
});

describe("scheduled jobs", () => {
  it("run once per period although two workers check, and again in the next period", async () => {
    const name = `jobs-test.every-hour-${process.pid}`;
    const clock = { now: new Date("2026-11-28T10:15:00Z") };
    const slots: string[] = [];
    const runs = [deferred(), deferred()];
    const handler = async ({ slot }: ScheduledJob) => {
      slots.push(slot);
      runs[slots.length - 1]?.resolve();
    };
    const a = node(true, clock);
    const b = node(true, clock);
    await a.schedule(name, { every: "hour" }, handler);
    await b.schedule(name, { every: "hour" }, handler);
    await Promise.all([a.start({ log: recordingLog() }), b.start({ log: recordingLog() })]);
    await runs[0]!.promise;
    // Both workers keep checking within the same hour: nothing more is sent.
    clock.now = new Date("2026-11-28T10:59:00Z");
    await pause(CHECK_SECONDS * 1000 * 6);
    expect(await jobCount(name)).toBe(1);
    clock.now = new Date("2026-11-28T11:00:30Z");
    await runs[1]!.promise;
    expect(slots).toEqual(["2026-11-28T10:00:00.000Z", "2026-11-28T11:00:00.000Z"]);
    expect(await jobCount(name)).toBe(2);
  });

  it("ask the database once per period, not on every check", async () => {
    const name = `jobs-test.quiet-${process.pid}`;
    const clock = { now: new Date("2026-11-29T10:15:00Z") };
    const ran = deferred();
    const a = node(true, clock);
    await a.schedule(name, { every: "hour" }, async () => ran.resolve());
    await a.start({ log: recordingLog() });
    await ran.promise;
    // Were the process still asking, the missing row would be claimed again and a second job sent.
    await sql`delete from jobs.schedule where name = ${name}`.execute(database.db);
    await pause(CHECK_SECONDS * 1000 * 6);
    expect(await jobCount(name)).toBe(1);
    const { rows } = await sql<{ n: string }>`select count(*)::text as n from jobs.schedule where name = ${name}`.execute(database.db);
    expect(rows[0]!.n).toBe("0");
  });

  it("are neither sent nor run by web processes", async () => {
    const name = `jobs-test.web-only-${process.pid}`;
    const web = node(false, { now: new Date("2026-11-28T10:00:00Z") });
    let ran = false;
    await web.schedule(name, { every: "day" }, async () => void (ran = true));
    await web.start({ log: recordingLog() });
    await pause(CHECK_SECONDS * 1000 * 6);
    const claimed = await database.db.selectFrom("jobs.schedule").select("slot").where("name", "=", name).execute();
    expect(claimed).toEqual([]);
    expect(await jobCount(name)).toBe(0);
    expect(ran).toBe(false);
  });

  it("make up a stretch without workers once, and a lagging clock sends nothing", async () => {
    const name = `jobs-test.catch-up-${process.pid}`;
    // The last run was three days ago; since then no worker was up.
    await database.db.insertInto("jobs.schedule").values({ name, slot: new Date("2026-11-25T02:00:00Z") }).execute();
    const ran = deferred<string>();
    const worker = node(true, { now: new Date("2026-11-28T09:00:00Z") });
    await worker.schedule(name, { every: "day" }, async ({ slot }) => ran.resolve(slot));
    await worker.start({ log: recordingLog() });
    expect(await ran.promise).toBe("2026-11-28T02:00:00.000Z");

    // A node whose clock is a day behind finds a later period claimed.
    const lagging = node(true, { now: new Date("2026-11-27T09:00:00Z") });
    await lagging.schedule(name, { every: "day" }, async () => undefined);
    await lagging.start({ log: recordingLog() });
    await pause(CHECK_SECONDS * 1000 * 6);
    expect(await jobCount(name)).toBe(1);
    const claimed = await database.db.selectFrom("jobs.schedule").select("slot").where("name", "=", name).executeTakeFirstOrThrow();
    expect(claimed.slot.toISOString()).toBe("2026-11-28T02:00:00.000Z");
  });

  it("refuse a period the scheduler does not know", async () => {
    const queue = node(false, { now: new Date() });
    await expect(queue.schedule("jobs-test.weekly", { every: "week" as "day" }, async () => undefined)).rejects.toThrow(/"hour" or "day"/);
  });
});
