// The job queue on pg-boss 10, in the application's own database and through its own pool, on
// PostgreSQL and on PGlite alike (ADR 0004). pg-boss brings the tables, retries, expiry and cleanup;
// this file adds the outbox send, queue declaration that survives concurrent starts, and a clean stop.
import { sql } from "kysely";
import PgBoss from "pg-boss";
import type { Database, Db, Tx } from "../db/index.ts";
import { bossDb, executorDb, type BossDb } from "./boss-db.ts";
import { JobPoller } from "./job-poller.ts";
import type { JobHandler, JobLog, JobQueue, QueueOptions, Schedule, ScheduledJob, SendOptions } from "./job-queue.ts";
import { JobScheduler } from "./job-scheduler.ts";

export interface JobQueueOptions {
  /** Run handlers in this process (roles "all" and "worker"); otherwise it only sends (role "web"). */
  work: boolean;
  /** How long an idle worker waits before asking for jobs again (pg-boss' minimum: 0.5 s; default 2 s). */
  pollSeconds?: number;
  /** How long stop() lets running jobs finish (default 8 s; plus 1 s after aborting them, inside main's 10 s limit). */
  stopGraceMs?: number;
  /** Seconds between maintenance runs (expire, archive, delete; default 120). Only workers maintain. */
  maintenanceIntervalSeconds?: number;
  /** pg-boss' schema (default "pgboss"); a test uses another one to try a first install. */
  schema?: string;
  /** How often a worker checks whether a scheduled job's next period has begun (default 60 s). */
  scheduleCheckSeconds?: number;
  /** The clock that decides the periods of scheduled jobs; tests pass their own. */
  now?: () => Date;
}

type Declared = { handler: JobHandler<object>; options: Required<QueueOptions> };
type State = "new" | "starting" | "started" | "stopping" | "stopped" | "failed";

const queueDefaults: Required<QueueOptions> = {
  retryLimit: 3,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: 900,
  policy: "standard",
  concurrency: 1,
};

const consoleLog: JobLog = {
  info: () => undefined,
  warn: (obj, msg) => console.warn(msg, obj),
  error: (obj, msg) => console.error(msg, obj),
};

/** The job queue of this process. main.ts creates it; buildApp hands it to the modules. */
export function createJobQueue(database: Database, options: JobQueueOptions): JobQueue {
  return new PgBossJobQueue(database.db, options);
}

class PgBossJobQueue implements JobQueue {
  readonly #db: Db;
  readonly #options: JobQueueOptions;
  readonly #bossDb: BossDb;
  readonly #boss: PgBoss;
  readonly #declared = new Map<string, Declared>();
  readonly #pollers: JobPoller[] = [];
  readonly #schedules = new Map<string, Schedule>();
  readonly #scheduler: JobScheduler;
  #state: State = "new";
  /** Set once start() has created every declared queue: only then can a send not be lost. */
  #queuesReady = false;
  #log: JobLog = consoleLog;

  get #schema(): string {
    return this.#options.schema ?? "pgboss";
  }

  constructor(db: Db, options: JobQueueOptions) {
    this.#db = db;
    this.#options = options;
    this.#bossDb = bossDb(db);
    this.#scheduler = new JobScheduler({
      db,
      schedules: this.#schedules,
      send: (tx, name, data, sendOptions) => this.send(tx, name, data, sendOptions),
      now: options.now ?? (() => new Date()),
      checkMs: (options.scheduleCheckSeconds ?? 60) * 1000,
      log: () => this.#log,
    });
    this.#boss = new PgBoss({
      db: this.#bossDb,
      schema: this.#schema,
      // pg-boss' cron skips a minute nobody was up for and runs its own worker loop; JobScheduler instead (ADR 0004).
      schedule: false,
      // Maintenance takes a database row as its lock, so one worker per interval does it.
      supervise: options.work,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 120,
    });
    this.#boss.on("error", (error) => this.#log.error({ err: error }, "job queue error"));
  }

  async send<T extends object>(tx: Tx, name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    const declared = this.#declared.get(name);
    // pg-boss 10 silently drops a job whose queue does not exist (its insert joins the queue table).
    if (!declared) throw new Error(`job "${name}" is not declared: call jobs.work("${name}", …) when the module starts`);
    if (!this.#queuesReady) throw new Error("the job queue has not started: call jobs.start() first");
    if (options.singletonKey !== undefined && declared.options.policy === "standard") {
      throw new Error(`job "${name}": singletonKey needs a queue policy other than "standard", where it would not deduplicate`);
    }
    const sendOptions: PgBoss.SendOptions = { db: executorDb(tx) };
    if (options.startAfter) sendOptions.startAfter = options.startAfter;
    if (options.singletonKey !== undefined) sendOptions.singletonKey = options.singletonKey;
    if (options.retryLimit !== undefined) sendOptions.retryLimit = options.retryLimit;
    return this.#boss.send(name, data, sendOptions);
  }

  async work<T extends object>(name: string, handler: JobHandler<T>, options: QueueOptions = {}): Promise<void> {
    if (this.#declared.has(name)) throw new Error(`job "${name}" is declared twice`);
    if (this.#state === "stopping" || this.#state === "stopped") throw new Error("the job queue has stopped");
    const declared: Declared = { handler: handler as JobHandler<object>, options: { ...queueDefaults, ...options } };
    this.#declared.set(name, declared);
    if (this.#state !== "started") return; // start() creates it with the others
    await this.#createQueue(name, declared.options);
    this.#startPoller(name, declared);
  }

  async schedule(name: string, schedule: Schedule, handler: JobHandler<ScheduledJob>, options: Omit<QueueOptions, "policy" | "concurrency"> = {}): Promise<void> {
    if (!["hour", "day"].includes(schedule.every)) throw new Error(`job "${name}": schedules run every "hour" or "day", not ${JSON.stringify(schedule.every)}`);
    // "stately" with the job's name as key: one run at a time, and at most one more waiting behind it.
    await this.work(name, handler, { ...options, policy: "stately", concurrency: 1 });
    this.#schedules.set(name, schedule);
  }

  async start(options: { log?: JobLog } = {}): Promise<void> {
    if (this.#state !== "new") throw new Error(`the job queue cannot start twice (it is ${this.#state})`);
    this.#state = "starting";
    if (options.log) this.#log = options.log;
    try {
      await this.#install();
      await this.#boss.start(); // finds its tables installed and current
      for (const [name, declared] of this.#declared) await this.#createQueue(name, declared.options);
    } catch (error) {
      // pg-boss 10 cannot start again after a failed start; the process has to create a new queue.
      await this.#boss.stop({ graceful: false }).catch(() => undefined);
      this.#state = "failed";
      throw error;
    }
    this.#queuesReady = true;
    this.#state = "started";
    for (const [name, declared] of this.#declared) this.#startPoller(name, declared);
    if (this.#options.work) this.#scheduler.start();
  }

  async stop(): Promise<void> {
    if (this.#state !== "started") return;
    this.#state = "stopping";
    await this.#scheduler.stop();
    const halted = Promise.all(this.#pollers.map((p) => p.halt()));
    if (!(await finishesWithin(halted, this.#options.stopGraceMs ?? 8_000))) {
      await Promise.all(this.#pollers.map((p) => p.abandon()));
      // Handlers that honour the abort signal end now; one more second lets them record it.
      await finishesWithin(halted, 1_000);
    }
    await this.#boss.stop({ graceful: false });
    this.#state = "stopped";
  }

  // pg-boss 10 guards its install with an advisory lock inside the install transaction, yet processes
  // starting at once on a fresh database still failed there (measured: "duplicate key … pg_namespace",
  // which pg-boss does not expect, and a failed pg-boss cannot start again). So processes take turns with
  // a session lock taken before any check, and a pg-boss without timers installs or upgrades on that
  // same connection: whoever comes second sees the finished install.
  async #install(): Promise<void> {
    const schema = this.#schema;
    const lockKey = `stadttor.jobs.install.${schema}`;
    await this.#db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(hashtext(${lockKey}))`.execute(conn);
      try {
        const installer = new PgBoss({ db: executorDb(conn), schema, supervise: false, schedule: false });
        installer.on("error", (error) => this.#log.error({ err: error }, "job queue install error"));
        await installer.start();
        await installer.stop({ graceful: false });
      } finally {
        await sql`select pg_advisory_unlock(hashtext(${lockKey}))`.execute(conn);
      }
    });
  }

  // pg-boss 10's create_queue inserts the queue row and then creates and attaches its partition; two
  // processes creating the same queue at once deadlock (measured, and supabase/storage#703). An advisory
  // lock makes them take turns; the second finds the queue and only updates its options.
  async #createQueue(name: string, options: Required<QueueOptions>): Promise<void> {
    const queue: PgBoss.Queue = {
      name,
      policy: options.policy,
      retryLimit: options.retryLimit,
      retryDelay: options.retryDelaySeconds,
      retryBackoff: options.retryBackoff,
      expireInSeconds: options.expireInSeconds,
    };
    const lockKey = `stadttor.jobs.queue.${this.#schema}`;
    await this.#db.transaction().execute(async (tx) => {
      await sql`select pg_advisory_xact_lock(hashtext(${lockKey}))`.execute(tx);
      await this.#bossDb.run(tx, async () => {
        await this.#boss.createQueue(name, queue);
        await this.#boss.updateQueue(name, queue);
      });
    });
  }

  #startPoller(name: string, declared: Declared): void {
    if (!this.#options.work) return;
    const poller = new JobPoller({
      boss: this.#boss,
      name,
      handler: declared.handler,
      concurrency: declared.options.concurrency,
      pollMs: (this.#options.pollSeconds ?? 2) * 1000,
      log: () => this.#log,
    });
    this.#pollers.push(poller);
    poller.start();
  }
}

async function finishesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}
