// Runs the SQL migrations that each module owns, in order, once, each in its own transaction.
// A session-level advisory lock makes two processes starting at once take turns: the second one
// waits, then finds everything applied. A changed file that was already applied stops the start.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { sql } from "kysely";
import type { Db } from "./database.ts";

/** A module's migrations: every `NNNN-name.sql` file in `dir`, applied in name order. */
export interface MigrationSource {
  module: string;
  dir: string;
}

export interface MigrationLog {
  info(msg: string): void;
}

// Any constant works; it only has to be the same in every Stadttor process ("stadttor" in ASCII, truncated).
const MIGRATION_LOCK_KEY = 7_374_616_474;

export class MigrationChecksumError extends Error {}

interface MigrationFile {
  module: string;
  name: string;
  sql: string;
  checksum: string;
}

async function readSource(source: MigrationSource): Promise<MigrationFile[]> {
  const names = (await readdir(source.dir)).filter((n) => /^\d{4}-[a-z0-9-]+\.sql$/.test(n)).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(source.dir, name), "utf8");
      return { module: source.module, name, sql: text, checksum: createHash("sha256").update(text).digest("hex") };
    }),
  );
}

/** Applies what is missing; returns the names applied in this run ("module/file"). */
export async function migrate(db: Db, sources: MigrationSource[], log?: MigrationLog): Promise<string[]> {
  const files = (await Promise.all(sources.map(readSource))).flat();
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(conn);
    try {
      await sql`create schema if not exists platform`.execute(conn);
      await sql`create table if not exists platform.migration (
        module text not null, name text not null, checksum text not null,
        applied_at timestamptz not null default now(), primary key (module, name))`.execute(conn);
      const done = await conn.selectFrom("platform.migration").select(["module", "name", "checksum"]).execute();
      const applied = new Map(done.map((r) => [`${r.module}/${r.name}`, r.checksum]));
      const ran: string[] = [];
      for (const file of files) {
        const key = `${file.module}/${file.name}`;
        const known = applied.get(key);
        if (known !== undefined) {
          if (known !== file.checksum) {
            throw new MigrationChecksumError(`migration ${key} was changed after it was applied; add a new migration instead`);
          }
          continue;
        }
        await conn.transaction().execute(async (tx) => {
          await sql.raw(file.sql).execute(tx);
          await tx.insertInto("platform.migration").values({ module: file.module, name: file.name, checksum: file.checksum }).execute();
        });
        log?.info(`migration applied: ${key}`);
        ran.push(key);
      }
      return ran;
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(conn);
    }
  });
}
