// Runs the modules' retention tasks on their schedule, in worker processes. Each run deletes in one
// transaction and writes, in the same one, one audit record with the counts (never what was deleted), then a
// log line: "did the deleting happen?" has an answer for the data protection officer and for operations.
import { inTransaction, type Db } from "../../platform/db/index.ts";
import type { JobQueue, RetentionTask } from "../../platform/jobs/index.ts";
import { recordAudit } from "./record-audit.ts";

export const RETENTION_COMPLETED = "retention.completed";

/** One run of a task: its deletions and its audit record commit together or not at all. */
export async function runRetentionTask(db: Db, task: RetentionTask, now: Date): Promise<Record<string, number>> {
  return inTransaction(db, async (tx) => {
    const counts = await task.run(tx, now);
    await recordAudit(tx, { kind: "system" }, RETENTION_COMPLETED, { type: "retention-task", id: task.name }, { counts });
    return counts;
  });
}

/** Declares each task as a scheduled job (see JobQueue.schedule); call it in every process before jobs.start(). */
export async function scheduleRetention(db: Db, jobs: JobQueue, tasks: RetentionTask[], clock: () => Date = () => new Date()): Promise<void> {
  for (const task of tasks) {
    await jobs.schedule(task.name, { every: task.every }, async ({ slot }, job) => {
      const counts = await runRetentionTask(db, task, clock());
      job.log.info({ task: task.name, slot, counts }, "retention task ran");
    });
  }
}
