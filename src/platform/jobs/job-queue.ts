// The job queue contract every module codes against. Side effects (mail, reminders, scans) run as jobs
// after the change that caused them has committed: `send` takes the caller's transaction, so the job
// exists exactly when the change does (transactional outbox).
import type { Tx } from "../db/index.ts";

export interface SendOptions {
  /** Run no earlier than this. */
  startAfter?: Date;
  /** At most one queued job per key (e.g. one reminder per appointment). */
  singletonKey?: string;
  retryLimit?: number;
}

export type JobHandler<T> = (data: T) => Promise<void>;

export interface JobQueue {
  /** Enqueues inside the caller's transaction. */
  send<T extends object>(tx: Tx, name: string, data: T, options?: SendOptions): Promise<void>;
  /** Registers the handler for a job name; handlers run only in processes that start the queue as worker. */
  work<T extends object>(name: string, handler: JobHandler<T>): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
