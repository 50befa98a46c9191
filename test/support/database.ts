// The test database of this worker process: one PGlite instance (or one fresh PostgreSQL database when
// DATABASE_URL is set), migrated once, and emptied by resetDatabase() at the start of each test file.
import { sql } from "kysely";
import pg from "pg";
import { migrationSources } from "../../src/modules.ts";
import { migrate, openDatabase, type Database } from "../../src/platform/db/index.ts";

const holder = globalThis as unknown as { __stadttorTestDb?: Promise<Database> };

async function createPostgresDatabase(adminUrl: string): Promise<string> {
  const name = `stadttor_test_${process.env.STADTTOR_TEST_RUN ?? "manual"}_${process.pid}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function open(): Promise<Database> {
  const adminUrl = process.env.DATABASE_URL;
  const database = adminUrl
    ? await openDatabase({ databaseUrl: await createPostgresDatabase(adminUrl), poolSize: 5 })
    : await openDatabase({ dataDir: "memory://" });
  await migrate(database.db, migrationSources);
  const close = database.close.bind(database);
  process.once("beforeExit", () => void close());
  return database;
}

/** This worker's database (opened and migrated on first use). Do not close it: the worker does. */
export function testDatabase(): Promise<Database> {
  holder.__stadttorTestDb ??= open();
  return holder.__stadttorTestDb;
}

// Tables whose rows belong to the installation, not to a test: the migration log, the secret, pg-boss' bookkeeping.
const keep = new Set(["platform.migration", "platform.secret"]);
const keepSchemas = new Set(["pg_catalog", "information_schema", "pgboss"]);

/** Empties every application table, so each test file starts from a clean, migrated database. */
export async function resetDatabase(database: Database): Promise<void> {
  const { rows } = await sql<{ schema: string; name: string }>`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not like 'pg\\_%'`.execute(database.db);
  const tables = rows.filter((r) => !keepSchemas.has(r.schema) && !keep.has(`${r.schema}.${r.name}`)).map((r) => `"${r.schema}"."${r.name}"`);
  if (tables.length > 0) await sql.raw(`truncate ${tables.join(", ")} restart identity cascade`).execute(database.db);
}
