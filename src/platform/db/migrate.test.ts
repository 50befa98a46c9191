import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../../test/support/database.ts";
import { migrate, MigrationChecksumError, type Database } from "./index.ts";

let database: Database;
let dir: string;
const module = `mtest_${process.pid}`;

beforeAll(async () => {
  database = await testDatabase();
  dir = await mkdtemp(join(tmpdir(), "stadttor-migrations-"));
  await writeFile(join(dir, "0001-first.sql"), `create schema ${module}; create table ${module}.thing (id int primary key);`);
  await writeFile(join(dir, "0002-second.sql"), `insert into ${module}.thing values (1); insert into ${module}.thing values (2);`);
  await writeFile(join(dir, "notes.txt"), "not a migration");
});

afterAll(async () => {
  await sql.raw(`drop schema if exists ${module} cascade`).execute(database.db);
  await database.db.deleteFrom("platform.migration").where("module", "=", module).execute();
});

describe("migrate", () => {
  it("applies each file once, in order, and records it", async () => {
    const first = await migrate(database.db, [{ module, dir }]);
    expect(first).toEqual([`${module}/0001-first.sql`, `${module}/0002-second.sql`]);
    expect(await migrate(database.db, [{ module, dir }])).toEqual([]);
    const rows = await sql<{ n: string }>`select count(*) as n from ${sql.table(`${module}.thing`)}`.execute(database.db);
    expect(rows.rows[0]?.n).toBe("2");
  });

  it("is safe when two processes start at once: one applies, the other finds it done", async () => {
    await writeFile(join(dir, "0003-third.sql"), `insert into ${module}.thing values (3);`);
    const results = await Promise.all([migrate(database.db, [{ module, dir }]), migrate(database.db, [{ module, dir }])]);
    expect(results.flat()).toEqual([`${module}/0003-third.sql`]);
  });

  it("rolls a failing migration back completely and applies nothing of it", async () => {
    await writeFile(join(dir, "0004-broken.sql"), `insert into ${module}.thing values (4); insert into ${module}.nope values (1);`);
    await expect(migrate(database.db, [{ module, dir }])).rejects.toThrow();
    const rows = await sql<{ id: number }>`select id from ${sql.table(`${module}.thing`)} where id = 4`.execute(database.db);
    expect(rows.rows).toEqual([]);
    await writeFile(join(dir, "0004-broken.sql"), `insert into ${module}.thing values (4);`);
    expect(await migrate(database.db, [{ module, dir }])).toEqual([`${module}/0004-broken.sql`]);
  });

  it("refuses to start when an applied migration was edited", async () => {
    await writeFile(join(dir, "0001-first.sql"), `create schema ${module}; -- edited`);
    await expect(migrate(database.db, [{ module, dir }])).rejects.toBeInstanceOf(MigrationChecksumError);
  });
});
