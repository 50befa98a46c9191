// Checks the inbox bench's data generator on the test database (no timing): the spread it promises, unique
// references that continue the year's counter, consistent assignees and timelines, and that listInbox finds it.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app.ts";
import { casePeople, type CasePeople } from "../../test/support/cases.ts";
import { createCase, listInbox, referencePattern } from "../../src/kernel/cases/index.ts";
import { inTransaction, type Db } from "../../src/platform/db/index.ts";
import { fillInbox, registerBenchKinds, searchWords, type FillResult } from "./inbox-data.ts";

let t: TestApp;
let db: Db;
let p: CasePeople;
let filled: FillResult;
let before: number;
const count = 3000;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  db = t.database.db;
  p = await casePeople(t.app, db);
  registerBenchKinds();
  before = Number((await db.selectFrom("cases.case").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow()).n);
  filled = await fillInbox(db, count, { citizens: 100 });
});

afterAll(() => t.close());

describe("inbox bench data", () => {
  it("adds the cases, skewed towards KVR and Baureferat, about 15 % of them open", () => {
    expect(filled.cases).toBe(before + count);
    const d = filled.byDepartment;
    expect(d.kvr!).toBeGreaterThan(d.mor!);
    expect(d.bau!).toBeGreaterThan(d.mor!);
    expect(Object.keys(d).length).toBeGreaterThanOrEqual(7);
    expect(filled.openShare).toBeGreaterThan(0.1);
    expect(filled.openShare).toBeLessThan(0.2);
  });

  it("gives unique references in the kernel's format and leaves the counter at each year's highest number", async () => {
    const refs = (await db.selectFrom("cases.case").select("reference").execute()).map((r) => r.reference);
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs.every((r) => referencePattern.test(r))).toBe(true);
    const { rows } = await sql<{ year: number; last_number: number; highest: number }>`
      select rc.year, rc.last_number, max(split_part(c.reference, '-', 3)::int) as highest
      from cases.reference_counter rc join cases.case c on split_part(c.reference, '-', 2)::int = rc.year
      group by rc.year, rc.last_number`.execute(db);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) expect(Number(r.last_number)).toBe(Number(r.highest));
    // A case created afterwards takes the next number instead of colliding.
    const made = await inTransaction(db, (tx) => createCase(tx, p.deps, p.citizen, { kind: "test.request", title: "Nach dem Bench" }));
    expect(made.ok).toBe(true);
  });

  it("assigns only staff of the case's department and gives every case 1–6 timeline entries starting with 'created'", async () => {
    const stranger = await sql<{ n: string }>`
      select count(*) as n from cases.case c
      where c.assignee_id is not null
        and not exists (select 1 from identity.role_grant g where g.account_id = c.assignee_id and g.department_id = c.department_id)`.execute(db);
    expect(Number(stranger.rows[0]!.n)).toBe(0);
    const spread = await sql<{ least: number; most: number; without_created: string }>`
      select min(n) as least, max(n) as most, count(*) filter (where not has_created) as without_created
      from (select count(*) as n, bool_or(seq = 1 and type = 'created') as has_created
            from cases.timeline_entry where case_id in (select id from cases.case where kind like 'bench.%') group by case_id) x`.execute(db);
    expect(Number(spread.rows[0]!.least)).toBe(1);
    expect(Number(spread.rows[0]!.most)).toBe(6);
    expect(Number(spread.rows[0]!.without_created)).toBe(0);
  });

  it("is found by listInbox: open list, overdue cases, full-text words", async () => {
    const open = await listInbox(db, p.kvrStaff, {});
    expect(open.total).toBeGreaterThan(50);
    expect(open.items.every((i) => i.departmentId === "kvr" && i.isOpen)).toBe(true);
    expect((await listInbox(db, p.kvrStaff, { overdue: true })).total).toBeGreaterThan(0);
    const hits = await listInbox(db, p.admin, { status: "all", q: searchWords.subject });
    expect(hits.total).toBeGreaterThan(0);
    expect(hits.items.every((i) => i.title.includes(searchWords.subject))).toBe(true);
  });
});
