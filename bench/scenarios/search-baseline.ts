// Scenario "search-baseline" and the baseline itself: the obvious first attempt at catalogue search in
// PostgreSQL (German full-text search with unaccent, query terms OR'ed, trigram similarity on names,
// synonyms and English names, popularity as tie-break), to measure kernel/search against.
import { sql } from "kysely";
import type { SearchDocument } from "../../src/kernel/search/index.ts";
import { openDatabase, type Database } from "../../src/platform/db/index.ts";
import { createBenchDatabase, defaultPostgresUrl, onCleanup } from "../lib/index.ts";

export const description = "helper of search-quality and search (the PostgreSQL baseline); run those instead";
export const usage = "npm run bench -- search-quality | search";

export async function run(): Promise<number> {
  console.log(`This file holds the PostgreSQL baseline for ${usage}.`);
  return 0;
}

export type BaselineDb = "pglite" | "postgres";

export interface Baseline {
  db: BaselineDb;
  load(documents: readonly SearchDocument[]): Promise<void>;
  /** Ids, best first. */
  query(q: string, limit: number): Promise<string[]>;
  close(): Promise<void>;
}

export async function openBaseline(db: BaselineDb, adminUrl = process.env.BENCH_PG_URL ?? defaultPostgresUrl): Promise<Baseline> {
  let database: Database;
  let drop = async () => {};
  if (db === "postgres") {
    const created = await createBenchDatabase(adminUrl);
    drop = created.drop;
    database = await openDatabase({ databaseUrl: created.url, poolSize: 2 });
  } else {
    database = await openDatabase({ dataDir: "memory://" });
  }
  const close = onCleanup(async () => {
    await database.close();
    await drop();
  });
  const d = database.db;
  await sql`create extension if not exists unaccent`.execute(d);
  await sql`create extension if not exists pg_trgm`.execute(d);
  await sql`create table baseline_service (id text primary key, popularity int not null, labels text not null, tsv tsvector not null, tsv_en tsvector not null)`.execute(d);
  return {
    db,
    async load(documents) {
      await sql`truncate baseline_service`.execute(d);
      for (const doc of documents) {
        const labels = [doc.name.de ?? "", ...(doc.synonyms ?? []), doc.name.en ?? ""].join(" ");
        const body = (doc.body ?? []).map((b) => b.de ?? "").join(" ");
        await sql`insert into baseline_service values (${doc.id}, ${doc.popularity ?? 0}, lower(unaccent(${labels})),
          setweight(to_tsvector('german', unaccent(${doc.name.de ?? ""})), 'A') ||
          setweight(to_tsvector('german', unaccent(${(doc.synonyms ?? []).join(" ")})), 'A') ||
          setweight(to_tsvector('german', unaccent(${doc.summary?.de ?? ""})), 'B') ||
          setweight(to_tsvector('german', unaccent(${body})), 'C'),
          setweight(to_tsvector('english', ${doc.name.en ?? ""}), 'A') || setweight(to_tsvector('english', ${doc.summary?.en ?? ""}), 'B'))`.execute(d);
      }
      await sql`create index if not exists baseline_tsv on baseline_service using gin (tsv)`.execute(d);
      await sql`create index if not exists baseline_tsv_en on baseline_service using gin (tsv_en)`.execute(d);
      await sql`create index if not exists baseline_trgm on baseline_service using gin (labels gin_trgm_ops)`.execute(d);
      await sql`analyze baseline_service`.execute(d);
    },
    async query(q, limit) {
      // plainto_tsquery ANDs the words; turning & into | ORs them, so one unknown word does not empty the
      // result. Trigrams per query word catch typos in names, synonyms and English names.
      const { rows } = await sql<{ id: string }>`
        with q as (select nullif(replace(plainto_tsquery('german', unaccent(${q}))::text, '&', '|'), '')::tsquery as de,
                          nullif(replace(plainto_tsquery('english', ${q})::text, '&', '|'), '')::tsquery as en,
                          string_to_array(lower(unaccent(${q})), ' ') as words),
        scored as (
          select s.id, s.popularity,
                 coalesce(ts_rank(s.tsv, q.de), 0) + coalesce(ts_rank(s.tsv_en, q.en), 0) as fts,
                 (select coalesce(max(word_similarity(w, s.labels)), 0) from unnest(q.words) w where length(w) > 3) as trgm
          from baseline_service s, q)
        select id from scored where fts > 0 or trgm >= 0.5
        order by fts + trgm desc, popularity desc, id
        limit ${limit}`.execute(d);
      return rows.map((r) => r.id);
    },
    close,
  };
}
