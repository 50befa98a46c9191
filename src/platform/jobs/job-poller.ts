// Fetches and runs the jobs of one queue in this process. Our own loop rather than pg-boss' work():
// pg-boss 10's stop() does not wait for a fetch already on its way, so a job fetched during shutdown
// could start after stop() returned, on a closing database. This loop ends only after its fetch and jobs.
import type PgBoss from "pg-boss";
import type { JobHandler, JobLog } from "./job-queue.ts";

export interface JobPollerOptions {
  boss: PgBoss;
  name: string;
  handler: JobHandler<object>;
  concurrency: number;
  pollMs: number;
  log: () => JobLog;
}

export class JobPoller {
  readonly #o: JobPollerOptions;
  readonly #running = new Set<string>();
  readonly #abort = new AbortController();
  #stopping = false;
  #wake: (() => void) | undefined;
  #loop: Promise<void> | undefined;

  constructor(options: JobPollerOptions) {
    this.#o = options;
  }

  start(): void {
    this.#loop ??= this.#run();
  }

  /** Stops fetching; resolves when the current fetch and the jobs it returned have finished. */
  halt(): Promise<void> {
    this.#stopping = true;
    this.#wake?.();
    return this.#loop ?? Promise.resolve();
  }

  /**
   * After the grace period: tells running handlers to give up and fails their jobs, so another process
   * retries them soon instead of after the expiry. A handler that ignores the signal may still finish;
   * its completion then changes nothing, the job is already marked for retry.
   */
  async abandon(): Promise<void> {
    this.#abort.abort(new Error("the process is shutting down"));
    const ids = [...this.#running];
    if (ids.length === 0) return;
    this.#o.log().warn({ queue: this.#o.name, jobs: ids }, "jobs still running at shutdown, handed back for retry");
    const output = { message: "the worker shut down while the job was running" };
    await Promise.all(ids.map((id) => this.#o.boss.fail(this.#o.name, id, output))).catch((error: unknown) => {
      this.#o.log().error({ err: error, queue: this.#o.name }, "could not hand back running jobs");
    });
  }

  async #run(): Promise<void> {
    const { boss, name, concurrency, pollMs } = this.#o;
    while (!this.#stopping) {
      let jobs: PgBoss.JobWithMetadata<object>[] = [];
      try {
        // pg-boss 10's fetch answers [] when its query fails, so a lost database looks like an empty queue.
        jobs = await boss.fetch<object>(name, { batchSize: concurrency, includeMetadata: true });
      } catch (error) {
        this.#o.log().error({ err: error, queue: name }, "could not fetch jobs");
      }
      await Promise.all(jobs.map((job) => this.#runJob(job)));
      // A full batch means more may be waiting: ask again at once instead of sleeping.
      if (jobs.length < concurrency && !this.#stopping) await this.#sleep(pollMs);
    }
  }

  async #runJob(job: PgBoss.JobWithMetadata<object>): Promise<void> {
    const { boss, name, handler } = this.#o;
    const attempt = job.retryCount + 1;
    this.#running.add(job.id);
    try {
      await handler(job.data, { id: job.id, name, attempt, signal: this.#abort.signal, log: this.#o.log() });
    } catch (error) {
      const final = job.retryCount >= job.retryLimit;
      this.#o.log()[final ? "error" : "warn"]({ err: error, queue: name, job: job.id, attempt }, final ? "job failed, no attempts left" : "job failed, will retry");
      await boss.fail(name, job.id, toOutput(error)).catch((e: unknown) => this.#o.log().error({ err: e, queue: name, job: job.id }, "could not record the failure"));
      return;
    } finally {
      this.#running.delete(job.id);
    }
    // If this fails the job stays active until it expires, then maintenance retries it.
    await boss.complete(name, job.id).catch((e: unknown) => this.#o.log().error({ err: e, queue: name, job: job.id }, "could not record the completion"));
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      this.#wake = done;
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
    });
  }
}

// pg-boss stores this as the job's output; an Error keeps its message and stack (serialize-error).
function toOutput(error: unknown): object {
  return typeof error === "object" && error !== null ? error : { message: String(error) };
}
