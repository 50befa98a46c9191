// Opens the database: a real PostgreSQL server when DATABASE_URL is set, else embedded PGlite in a folder.
// Both are reached through one pg.Pool so that every query, migration and transaction takes the same path.
import { mkdir } from "node:fs/promises";
import { Kysely, PostgresDialect, type Transaction } from "kysely";
import pg from "pg";
import type { Tables } from "./tables.ts";

export type Db = Kysely<Tables>;
export type Tx = Transaction<Tables>;
/** Either the whole database or an open transaction: read queries accept both. */
export type Executor = Kysely<Tables>;

export type DatabaseKind = "postgres" | "pglite";

export interface Database {
  readonly db: Db;
  readonly kind: DatabaseKind;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string | undefined;
  /** Folder for PGlite's files; `memory://` keeps them in memory. */
  dataDir?: string;
  poolSize?: number;
}

// int8 (bigint, count(*)) stays a string on both drivers; numeric too. Dates arrive as Date.
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    pool.on("error", () => {
      /* an idle client died (server restart); the pool replaces it on next use */
    });
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: "postgres", close: () => db.destroy() };
  }
  const dataDir = options.dataDir ?? "memory://";
  if (!dataDir.startsWith("memory://")) await mkdir(dataDir, { recursive: true });
  const { PGlite } = await import("@electric-sql/pglite");
  const { createPgConfig } = await import("@electric-sql/pglite/node-postgres");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const { btree_gist } = await import("@electric-sql/pglite/contrib/btree_gist");
  const { citext } = await import("@electric-sql/pglite/contrib/citext");
  const { pgcrypto } = await import("@electric-sql/pglite/contrib/pgcrypto");
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent, btree_gist, citext, pgcrypto } });
  const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: "pglite",
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}
