// Public surface of platform/jobs.
export type { JobContext, JobHandler, JobLog, JobQueue, QueueOptions, SendOptions } from "./job-queue.ts";
export { createJobQueue, type JobQueueOptions } from "./pg-boss-job-queue.ts";
