// Public surface of platform/jobs.
import { fileURLToPath } from "node:url";
import type { MigrationSource } from "../db/index.ts";
import "./tables.ts";

export type { JobContext, JobHandler, JobLog, JobQueue, QueueOptions, RetentionTask, Schedule, ScheduledJob, SendOptions } from "./job-queue.ts";
export { periodStart } from "./job-scheduler.ts";
export { createJobQueue, type JobQueueOptions } from "./pg-boss-job-queue.ts";

export const jobsMigrations: MigrationSource = { module: "jobs", dir: fileURLToPath(new URL("./migrations", import.meta.url)) };
