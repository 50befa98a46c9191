// Changing priority, due date and public visibility on a real database: internal timeline entries the
// citizen never sees, an audit record, no change without a difference, and the refusals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, openTestCase, type CasePeople } from "../../../test/support/cases.ts";
import type { Actor } from "../identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import { changeCaseDetails, changeCaseState, findCaseForCitizen, findCaseForStaff, findPublicCase, type ChangeCaseDetailsInput } from "./index.ts";

let t: TestApp;
let db: Db;
let p: CasePeople;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  db = t.database.db;
  p = await casePeople(t.app, db);
});
afterAll(() => t.close());

const created = (extra: Record<string, unknown> = {}) => openTestCase(db, p.deps, p.citizen, { title: "Schlagloch", category: "road", ...extra });

const change = (actor: Actor, input: ChangeCaseDetailsInput) => inTransaction(db, (tx) => changeCaseDetails(tx, p.deps, actor, input));
const row = (id: string) => db.selectFrom("cases.case").select(["priority", "due_date", "is_public", "version"]).where("id", "=", id).executeTakeFirstOrThrow();

describe("changing case details", () => {
  it("changes priority and due date with internal timeline entries and one audit record", async () => {
    const c = await created();
    const before = await row(c.id);
    expect(await change(p.bauStaff, { caseId: c.id, priority: "urgent", dueDate: "2027-01-15", expectedVersion: 1 })).toEqual({ ok: true, version: 2, changed: ["priority", "dueDate"] });
    expect(await row(c.id)).toMatchObject({ priority: "urgent", due_date: "2027-01-15", version: 2 });
    const staff = await findCaseForStaff(db, p.bauStaff, c.reference);
    expect(staff?.timeline.slice(1).map((e) => [e.type, e.visibility, e.detail])).toEqual([
      ["priority-changed", "internal", { from: "normal", to: "urgent" }],
      ["due-date-changed", "internal", { from: before.due_date, to: "2027-01-15" }],
    ]);
    const mine = await findCaseForCitizen(db, p.citizen.id, c.reference);
    expect(mine?.timeline.map((e) => e.type)).toEqual(["created"]);
    const audit = await db.selectFrom("audit.record").select("detail").where("action", "=", "case.details-changed").where("subject_id", "=", c.id).execute();
    expect(audit.map((a) => a.detail)).toEqual([{ priority: { from: "normal", to: "urgent" }, dueDate: { from: before.due_date, to: "2027-01-15" } }]);
  });

  it("removes a due date, and writes nothing when nothing differs", async () => {
    const c = await created({ isPublic: true });
    expect(await change(p.bauStaff, { caseId: c.id, dueDate: "", expectedVersion: 1 })).toEqual({ ok: true, version: 2, changed: ["dueDate"] });
    expect((await row(c.id)).due_date).toBeNull();
    expect(await change(p.bauStaff, { caseId: c.id, priority: "normal", dueDate: null, isPublic: true, expectedVersion: 2 })).toEqual({ ok: true, version: 2, changed: [] });
    const entries = await db.selectFrom("cases.timeline_entry").select("type").where("case_id", "=", c.id).execute();
    expect(entries).toHaveLength(2);
  });

  it("takes a case off its public page, but does not publish one the citizen kept private", async () => {
    const c = await created({ isPublic: true });
    await inTransaction(db, (tx) => changeCaseState(tx, p.deps, p.bauStaff, { caseId: c.id, action: "start", expectedVersion: 1 }));
    expect(await findPublicCase(db, c.reference)).toBeDefined();
    expect(await change(p.bauStaff, { caseId: c.id, isPublic: false, expectedVersion: 2 })).toEqual({ ok: true, version: 3, changed: ["isPublic"] });
    expect(await findPublicCase(db, c.reference)).toBeUndefined();
    expect(await change(p.bauStaff, { caseId: c.id, isPublic: true, expectedVersion: 3 })).toEqual({ ok: false, reason: "invalid-input", fields: ["isPublic"] });
    expect((await row(c.id)).is_public).toBe(false);
  });

  it("refuses invalid values, other departments, citizens and stale versions, writing nothing", async () => {
    const c = await created();
    expect(await change(p.bauStaff, { caseId: c.id, dueDate: "2027-02-30", expectedVersion: 1 })).toEqual({ ok: false, reason: "invalid-input", fields: ["dueDate"] });
    expect(await change(p.bauStaff, { caseId: c.id, priority: "sofort" as never, expectedVersion: 1 })).toEqual({ ok: false, reason: "invalid-input", fields: ["priority"] });
    expect(await change(p.kvrStaff, { caseId: c.id, priority: "high", expectedVersion: 1 })).toEqual({ ok: false, reason: "not-found" });
    expect(await change(p.citizen, { caseId: c.id, priority: "high", expectedVersion: 1 })).toEqual({ ok: false, reason: "not-found" });
    expect(await change(p.bauStaff, { caseId: c.id, priority: "high", expectedVersion: 2 })).toEqual({ ok: false, reason: "stale", currentVersion: 1 });
    expect(await row(c.id)).toMatchObject({ priority: "normal", version: 1 });
  });
});
