// Helpers for tests that run jobs: a log that keeps what the queue reported, a promise a handler can
// settle, and a way to empty pg-boss' tables (resetDatabase leaves schema pgboss alone on purpose).
import { sql } from "kysely";
import type { Database } from "../../src/platform/db/index.ts";
import type { JobLog } from "../../src/platform/jobs/index.ts";

export interface LogEntry {
  level: "info" | "warn" | "error";
  msg: string;
  obj: object;
}

/** A JobLog that records instead of printing, so expected failures stay quiet and can be asserted. */
export function recordingLog(): JobLog & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry["level"]) => (obj: object, msg: string) => void entries.push({ level, msg, obj });
  return { entries, info: at("info"), warn: at("warn"), error: at("error") };
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

/** A promise to await in the test and settle from a job handler: no sleeping and hoping. */
export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Deletes every job (waiting, running, archived) but keeps the queues. */
export async function clearJobs(database: Database, schema = "pgboss"): Promise<void> {
  const { rows } = await sql<{ found: string | null }>`select to_regclass(${`${schema}.job`})::text as found`.execute(database.db);
  if (!rows[0]?.found) return;
  await sql`delete from ${sql.table(`${schema}.job`)}`.execute(database.db);
  await sql`delete from ${sql.table(`${schema}.archive`)}`.execute(database.db);
}
