// The job queue contract every module codes against. Side effects (mail, reminders, scans) run as jobs
// after the change that caused them has committed: `send` takes the caller's transaction, so the job
// exists exactly when the change does (transactional outbox).
import type { Tx } from "../db/index.ts";

/**
 * How a queue treats its jobs, declared once per job name with `work`. Every process declares the same
 * options from code; the latest start writes them to the queue.
 */
export interface QueueOptions {
  /** Further attempts after the first one fails (default 3). */
  retryLimit?: number;
  /** Seconds before a retry (default 30); with `retryBackoff` it roughly doubles each time, with jitter. */
  retryDelaySeconds?: number;
  /** Default true. */
  retryBackoff?: boolean;
  /** A job still running after this long is failed by maintenance and retried (default 900 s). */
  expireInSeconds?: number;
  /**
   * Which jobs may coexist; `singletonKey` only means something with a policy other than "standard":
   * - "standard" (default): no limit;
   * - "short": at most one waiting job per key (later sends return null until it starts);
   * - "singleton": at most one running job per key;
   * - "stately": at most one waiting and one running job per key.
   */
  policy?: "standard" | "short" | "singleton" | "stately";
  /** Jobs of this queue one process runs at the same time (default 1). */
  concurrency?: number;
}

export interface SendOptions {
  /** Run no earlier than this. */
  startAfter?: Date;
  /** Deduplicates according to the queue's policy; rejected on "standard" queues, where it would not. */
  singletonKey?: string;
  /** Overrides the queue's retryLimit for this job. */
  retryLimit?: number;
}

/** What a handler knows about the job it runs. */
export interface JobContext {
  id: string;
  name: string;
  /** 1 on the first run, 2 on the first retry … */
  attempt: number;
  /** Aborted when the process shuts down and the job did not finish within the grace period. */
  signal: AbortSignal;
  /** The queue's log (the app's logger once started): for a handler's own line about what it did. */
  log: JobLog;
}

/**
 * Runs one job. Throwing fails this attempt (it is retried while attempts remain). A job can run more
 * than once (a crash between the work and its completion), so handlers must be idempotent.
 */
export type JobHandler<T> = (data: T, job: JobContext) => Promise<void>;

/**
 * Recurring work, declared with `schedule`: one job per period for the whole installation, however many
 * worker processes run. Periods are counted in UTC; a day starts at 02:00 UTC (03:00 or 04:00 in Germany,
 * when few people use the site).
 */
export interface Schedule {
  every: "hour" | "day";
}

/** The data of a scheduled job: the start of the period it runs for (ISO 8601). */
export interface ScheduledJob {
  slot: string;
}

/**
 * A retention task of a module: what to delete, given a transaction and the time to measure periods from.
 * It returns counts per kind of row deleted (no personal data): they go into the task's audit record and log.
 */
export interface RetentionTask {
  /** The job name, "<module>.retention" or similar. */
  name: string;
  every: Schedule["every"];
  run(tx: Tx, now: Date): Promise<Record<string, number>>;
}

/** Where the queue reports failures; pino's and Fastify's loggers fit. */
export interface JobLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobQueue {
  /**
   * Enqueues inside the caller's transaction: the job is visible to workers only after commit and
   * vanishes with a rollback. `data` is stored as JSON for days (archive): put ids in it, not personal
   * data. Returns the job's id, or null when the queue's policy already holds a job with this singletonKey.
   */
  send<T extends object>(tx: Tx, name: string, data: T, options?: SendOptions): Promise<string | null>;
  /**
   * Declares the job name with its handler. Every process declares every job (so it may send it);
   * handlers run only in processes whose queue was created with `work: true`.
   */
  work<T extends object>(name: string, handler: JobHandler<T>, options?: QueueOptions): Promise<void>;
  /**
   * Declares recurring work: in worker processes, once per period (see Schedule) one of them sends the job,
   * and one runs it. A period in which no worker ran is made up once when one starts, not once per missed
   * period. Like `work`, every process declares it; only workers schedule and run it.
   */
  schedule(name: string, schedule: Schedule, handler: JobHandler<ScheduledJob>, options?: Omit<QueueOptions, "policy" | "concurrency">): Promise<void>;
  /** Installs or upgrades the queue's tables, creates the declared queues, and starts working. */
  start(options?: { log?: JobLog }): Promise<void>;
  /** Stops taking jobs and waits for running ones (up to a grace period); then the database may close. */
  stop(): Promise<void>;
}
