// Retention tasks end to end on the real queue: a worker sends the day's run, runs the task, and leaves one
// audit record with the counts and one log line; a web process runs none.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { deferred, recordingLog } from "../../../test/support/jobs.ts";
import { resetDatabase, testDatabase } from "../../../test/support/database.ts";
import type { Database } from "../../platform/db/index.ts";
import { createJobQueue, type JobLog, type JobQueue, type RetentionTask } from "../../platform/jobs/index.ts";
import { RETENTION_COMPLETED, scheduleRetention } from "./index.ts";

let database: Database;
const queues: JobQueue[] = [];

beforeAll(async () => {
  database = await testDatabase();
  await resetDatabase(database);
});

afterEach(async () => {
  await Promise.all(queues.splice(0).map((q) => q.stop()));
});

describe("scheduled retention", () => {
  it("runs each task in a worker and records the counts in the audit log and the log", async () => {
    const name = `audit-test.retention-${process.pid}`;
    const seenNow: Date[] = [];
    const task: RetentionTask = {
      name,
      every: "day",
      run: async (_tx, now) => {
        seenNow.push(now);
        return { oldThings: 3 };
      },
    };
    const ran = deferred<object>();
    const log = recordingLog();
    const watching: JobLog = { ...log, info: (obj, msg) => (log.info(obj, msg), msg === "retention task ran" && ran.resolve(obj)) };
    const clock = () => new Date("2026-11-28T03:00:00Z");
    const web = createJobQueue(database, { work: false, scheduleCheckSeconds: 0.05, now: clock });
    const worker = createJobQueue(database, { work: true, pollSeconds: 0.5, scheduleCheckSeconds: 0.05, now: clock });
    queues.push(web, worker);
    await scheduleRetention(database.db, web, [task], clock);
    await scheduleRetention(database.db, worker, [task], clock);
    await web.start({ log: recordingLog() });
    await worker.start({ log: watching });

    expect(await ran.promise).toEqual({ task: name, slot: "2026-11-28T02:00:00.000Z", counts: { oldThings: 3 } });
    expect(seenNow).toEqual([new Date("2026-11-28T03:00:00Z")]);
    const records = await database.db.selectFrom("audit.record").select(["actor_kind", "actor_id", "subject_type", "subject_id", "detail"]).where("action", "=", RETENTION_COMPLETED).execute();
    expect(records).toEqual([{ actor_kind: "system", actor_id: null, subject_type: "retention-task", subject_id: name, detail: { counts: { oldThings: 3 } } }]);
  });
});
