// The job queue on the real database (PGlite, or PostgreSQL with DATABASE_URL): the outbox promise
// (commit runs, rollback never), retries, role split, and a shutdown that waits for running jobs.
import { sql } from "kysely";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { deferred, recordingLog } from "../../../test/support/jobs.ts";
import { testDatabase } from "../../../test/support/database.ts";
import { inTransaction, type Database } from "../db/index.ts";
import { createJobQueue, type JobQueue, type JobQueueOptions } from "./index.ts";

let database: Database;
let log: ReturnType<typeof recordingLog>;
const queues: JobQueue[] = [];

beforeAll(async () => {
  database = await testDatabase();
});

afterEach(async () => {
  await Promise.all(queues.splice(0).map((q) => q.stop()));
});

// The shortest poll pg-boss allows: a job sent while the worker sleeps waits at most half a second.
function newQueue(options: Partial<JobQueueOptions> = {}): JobQueue {
  const queue = createJobQueue(database, { work: true, pollSeconds: 0.5, stopGraceMs: 5_000, ...options });
  queues.push(queue);
  return queue;
}

async function started(queue: JobQueue): Promise<JobQueue> {
  log = recordingLog();
  await queue.start({ log });
  return queue;
}

async function jobRow(id: string | null, schema = "pgboss"): Promise<{ state: string; retry_count: number; output: { message?: string } | null }> {
  const { rows } = await sql<{ state: string; retry_count: number; output: { message?: string } | null }>`
    select state, retry_count, output from ${sql.table(`${schema}.job`)} where id = ${id}`.execute(database.db);
  if (!rows[0]) throw new Error(`no job ${id}`);
  return rows[0];
}

describe("job queue", () => {
  it("runs a job sent in a committed transaction, with its data", async () => {
    const ran = deferred<object>();
    const jobs = newQueue();
    await jobs.work("jobs-test.commit", async (data) => ran.resolve(data));
    await started(jobs);
    const id = await inTransaction(database.db, (tx) => jobs.send(tx, "jobs-test.commit", { caseId: "42" }));
    expect(await ran.promise).toEqual({ caseId: "42" });
    await jobs.stop();
    expect((await jobRow(id)).state).toBe("completed");
  });

  it("never runs a job whose transaction rolled back", async () => {
    const seen: string[] = [];
    const marker = deferred();
    const jobs = newQueue();
    await jobs.work<{ n: string }>("jobs-test.rollback", async ({ n }) => {
      seen.push(n);
      if (n === "after") marker.resolve();
    });
    await started(jobs);
    const failing = inTransaction(database.db, async (tx) => {
      await jobs.send(tx, "jobs-test.rollback", { n: "rolled-back" });
      throw new Error("the change failed");
    });
    await expect(failing).rejects.toThrow("the change failed");
    // Jobs run oldest first: once the later job ran, the rolled-back one would have run before it.
    await inTransaction(database.db, (tx) => jobs.send(tx, "jobs-test.rollback", { n: "after" }));
    await marker.promise;
    expect(seen).toEqual(["after"]);
    const { rows } = await sql<{ n: string }>`select count(*)::text as n from pgboss.job where name = 'jobs-test.rollback'`.execute(database.db);
    expect(rows[0]!.n).toBe("1");
  });

  it("retries a failing job and records the outcome", async () => {
    const attempts: number[] = [];
    const succeeded = deferred();
    const jobs = newQueue();
    await jobs.work(
      "jobs-test.retry",
      async (_data, job) => {
        attempts.push(job.attempt);
        if (job.attempt === 1) throw new Error("SMTP server said 451, try later");
        succeeded.resolve();
      },
      { retryLimit: 2, retryDelaySeconds: 0, retryBackoff: false },
    );
    await started(jobs);
    const id = await inTransaction(database.db, (tx) => jobs.send(tx, "jobs-test.retry", {}));
    await succeeded.promise;
    await jobs.stop();
    expect(attempts).toEqual([1, 2]);
    expect(await jobRow(id)).toMatchObject({ state: "completed", retry_count: 1 });
    expect(log.entries).toContainEqual(expect.objectContaining({ level: "warn", msg: "job failed, will retry" }));
  });

  it("marks a job failed, with its error, when no attempts are left", async () => {
    const tried = deferred();
    const jobs = newQueue();
    await jobs.work("jobs-test.give-up", async () => {
      tried.resolve();
      throw new Error("mailbox does not exist");
    }, { retryLimit: 0 });
    await started(jobs);
    const id = await inTransaction(database.db, (tx) => jobs.send(tx, "jobs-test.give-up", {}));
    await tried.promise;
    await jobs.stop();
    expect(await jobRow(id)).toMatchObject({ state: "failed", output: { message: "mailbox does not exist" } });
    expect(log.entries).toContainEqual(expect.objectContaining({ level: "error", msg: "job failed, no attempts left" }));
  });

  it("stop() waits for the running job to finish", async () => {
    const running = deferred();
    const release = deferred();
    let finished = false;
    const jobs = newQueue();
    await jobs.work("jobs-test.slow", async () => {
      running.resolve();
      await release.promise;
      finished = true;
    });
    await started(jobs);
    const id = await inTransaction(database.db, (tx) => jobs.send(tx, "jobs-test.slow", {}));
    await running.promise;
    let stopped = false;
    const stopping = jobs.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(stopped).toBe(false);
    release.resolve();
    await stopping;
    expect(finished).toBe(true);
    expect((await jobRow(id)).state).toBe("completed");
  });

  it("after the grace period aborts a running job and hands it back for retry", async () => {
    const running = deferred();
    const jobs = newQueue({ stopGraceMs: 200 });
    await jobs.work("jobs-test.stuck", async (_data, job) => {
      running.resolve();
      await new Promise((resolve) => job.signal.addEventListener("abort", resolve));
      throw job.signal.reason;
    }, { retryLimit: 1 });
    await started(jobs);
    const id = await inTransaction(database.db, (tx) => jobs.send(tx, "jobs-test.stuck", {}));
    await running.promise;
    await jobs.stop();
    expect((await jobRow(id)).state).toBe("retry");
  });

  it("runs handlers only in worker processes; a web process only sends", async () => {
    const workerRan = deferred<object>();
    let webRan = false;
    const web = newQueue({ work: false });
    const worker = newQueue({ work: true });
    await web.work("jobs-test.roles", async () => void (webRan = true));
    await worker.work("jobs-test.roles", async (data) => workerRan.resolve(data));
    await started(web);
    await started(worker);
    await inTransaction(database.db, (tx) => web.send(tx, "jobs-test.roles", { from: "web" }));
    expect(await workerRan.promise).toEqual({ from: "web" });
    expect(webRan).toBe(false);
  });

  it("refuses jobs it would lose or not deduplicate", async () => {
    const jobs = newQueue({ work: false });
    await jobs.work("jobs-test.standard", async () => undefined);
    await jobs.work("jobs-test.short", async () => undefined, { policy: "short" });
    await started(jobs);
    await inTransaction(database.db, async (tx) => {
      // pg-boss itself would answer null and drop the job: a typo must not lose mail silently.
      await expect(jobs.send(tx, "jobs-test.typo", {})).rejects.toThrow(/not declared/);
      await expect(jobs.send(tx, "jobs-test.standard", {}, { singletonKey: "a" })).rejects.toThrow(/singletonKey/);
      expect(await jobs.send(tx, "jobs-test.short", {}, { singletonKey: "appointment-7" })).toEqual(expect.any(String));
      expect(await jobs.send(tx, "jobs-test.short", {}, { singletonKey: "appointment-7" })).toBeNull();
    });
  });

  it("installs its schema and queues when several processes start at once", async () => {
    // A schema of its own, so this test sees a first install; one pool stands in for the processes
    // (on PostgreSQL they use different connections at the same time, as separate processes would).
    const schema = `pgboss_race_${process.pid}`;
    try {
      const done = deferred();
      const racers = [1, 2, 3].map(() => newQueue({ schema, work: false }));
      const runner = newQueue({ schema });
      for (const q of racers) for (const n of ["a", "b", "c"]) await q.work(`jobs-test.race-${n}`, async () => undefined);
      for (const n of ["a", "b"]) await runner.work(`jobs-test.race-${n}`, async () => undefined);
      await runner.work("jobs-test.race-c", async () => done.resolve());
      log = recordingLog();
      await Promise.all([...racers, runner].map((q) => q.start({ log })));
      const { rows } = await sql<{ n: string }>`select count(*)::text as n from ${sql.table(`${schema}.queue`)}`.execute(database.db);
      expect(rows[0]!.n).toBe("3");
      // The pool's connections are still usable (a failed install script must not leave one aborted).
      await inTransaction(database.db, (tx) => racers[0]!.send(tx, "jobs-test.race-c", {}));
      await done.promise;
      expect(log.entries.filter((e) => e.level === "error")).toEqual([]);
    } finally {
      await Promise.all(queues.splice(0).map((q) => q.stop()));
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(database.db);
    }
  });
});
