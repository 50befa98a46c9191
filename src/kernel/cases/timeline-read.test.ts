// The detail filter of the timeline is an allow-list: a key someone adds to `detail` later stays with staff
// until it is listed as shared on purpose.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, openTestCase, type CasePeople } from "../../../test/support/cases.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import { readTimeline } from "./index.ts";
import { lockCase } from "./case-row.ts";
import { appendTimelineEntry } from "./timeline-write.ts";

let t: TestApp;
let db: Db;
let p: CasePeople;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  db = t.database.db;
  p = await casePeople(t.app, db);
});
afterAll(() => t?.close());

describe("readTimeline's detail", () => {
  it("shows the citizen and the public only the shared keys, staff everything", async () => {
    const created = await openTestCase(db, p.deps, p.citizen, { title: "Detailfilter", category: "papers", isPublic: true });
    const detail = { action: "start", trigger: "citizen-reply", fromDepartmentId: "kvr", toDepartmentId: "bau", reason: "intern", assigneeName: "Frau Huber", somethingNew: "geheim" };
    await inTransaction(db, async (tx) => {
      const row = (await lockCase(tx, created.id))!;
      await appendTimelineEntry(tx, row, { type: "state-changed", visibility: "public", author: { kind: "staff", id: p.kvrStaff.id, name: "Frau Huber" }, fromState: "received", toState: "in-progress", detail });
    });
    const shared = { action: "start", trigger: "citizen-reply", fromDepartmentId: "kvr", toDepartmentId: "bau" };
    for (const audience of ["citizen", "public"] as const) {
      const entry = (await readTimeline(db, created.id, audience)).at(-1)!;
      expect(entry.detail, audience).toEqual(shared);
      expect(entry.author.name, audience).toBeNull();
    }
    expect((await readTimeline(db, created.id, "staff")).at(-1)!.detail).toEqual(detail);
  });
});
