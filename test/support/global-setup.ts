// Runs once per test run: names the run, so each worker's PostgreSQL database can be found and
// dropped at the end (PGlite databases live in memory and vanish with their worker).
import { randomBytes } from "node:crypto";
import pg from "pg";

export async function setup(): Promise<() => Promise<void>> {
  const run = randomBytes(4).toString("hex");
  process.env.STADTTOR_TEST_RUN = run;
  const url = process.env.DATABASE_URL;
  return async () => {
    if (!url) return;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>("select datname from pg_database where datname like $1", [`stadttor_test_${run}_%`]);
      for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
    } finally {
      await client.end();
    }
  };
}
