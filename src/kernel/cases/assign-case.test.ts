// Assigning cases on a real database: to a colleague, to oneself, unassigning, the bulk assignment of the
// inbox, and the refusals (another department, a citizen, an assignee from elsewhere, a stale version).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, openTestCase, type CasePeople } from "../../../test/support/cases.ts";
import type { Actor } from "../identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import { assignCase, assignCases, findCaseByAccessToken, findCaseForCitizen, findCaseForStaff, type AssignCaseInput } from "./index.ts";

let t: TestApp;
let db: Db;
let p: CasePeople;
let leadId: string;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  db = t.database.db;
  p = await casePeople(t.app, db);
  leadId = (await db.selectFrom("identity.account").select("id").where("email", "=", "leitung.kvr@stadttor.example").executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

const created = (category: "papers" | "road" = "papers", actor: Actor = p.citizen, extra: Record<string, unknown> = {}) => openTestCase(db, p.deps, actor, { title: "Ausweis verloren", category, ...extra });

const assign = (actor: Actor, input: AssignCaseInput) => inTransaction(db, (tx) => assignCase(tx, p.deps, actor, input));
const row = (id: string) => db.selectFrom("cases.case").select(["assignee_id", "version"]).where("id", "=", id).executeTakeFirstOrThrow();

describe("assigning a case", () => {
  it("assigns to a colleague of the department, records it internally and in the audit log", async () => {
    const c = await created();
    expect(await assign(p.kvrStaff, { caseId: c.id, assigneeId: leadId, expectedVersion: 1 })).toEqual({ ok: true, version: 2, assigneeId: leadId });
    expect(await row(c.id)).toEqual({ assignee_id: leadId, version: 2 });
    const staff = await findCaseForStaff(db, p.kvrStaff, c.reference);
    expect(staff?.assigneeId).toBe(leadId);
    expect(staff?.timeline.at(-1)).toMatchObject({ type: "assigned", visibility: "internal", detail: { assigneeId: leadId, assigneeName: "Aylin Demir (KVR, Leitung)" } });
    const audit = await db.selectFrom("audit.record").select(["actor_id", "detail"]).where("action", "=", "case.assigned").where("subject_id", "=", c.id).executeTakeFirstOrThrow();
    expect(audit).toEqual({ actor_id: p.kvrStaff.id, detail: { assigneeId: leadId, previousAssigneeId: null } });
  });

  it("lets staff take a case and give it back; the citizen never sees who handles it", async () => {
    const c = await created();
    expect(await assign(p.kvrStaff, { caseId: c.id, assigneeId: p.kvrStaff.id, expectedVersion: 1 })).toMatchObject({ ok: true, version: 2 });
    expect(await assign(p.kvrStaff, { caseId: c.id, assigneeId: null, expectedVersion: 2 })).toEqual({ ok: true, version: 3, assigneeId: null });
    expect((await row(c.id)).assignee_id).toBeNull();
    const staff = await findCaseForStaff(db, p.kvrStaff, c.reference);
    expect(staff?.timeline.at(-1)?.detail).toEqual({ assigneeId: null, assigneeName: null, previousAssigneeName: p.kvrStaff.displayName });
    const mine = await findCaseForCitizen(db, p.citizen.id, c.reference);
    expect(mine?.timeline.map((e) => e.type)).toEqual(["created"]);
    expect(JSON.stringify(mine)).not.toContain(p.kvrStaff.displayName);
  });

  it("keeps an anonymous citizen's secret-link view free of assignments", async () => {
    const c = await created("papers", { kind: "anonymous" }, { contactEmail: "anna@example.org" });
    await assign(p.kvrStaff, { caseId: c.id, assigneeId: p.kvrStaff.id, expectedVersion: 1 });
    const token = c.accessPath!.split("/").pop()!;
    const viaLink = await findCaseByAccessToken(db, p.deps.secret, c.reference, token);
    expect(viaLink?.timeline.map((e) => e.type)).toEqual(["created"]);
  });

  it("accepts a platform admin as assignee but no one outside the department", async () => {
    const c = await created();
    expect(await assign(p.kvrStaff, { caseId: c.id, assigneeId: p.bauStaff.id, expectedVersion: 1 })).toEqual({ ok: false, reason: "invalid-input", fields: ["assigneeId"] });
    expect(await assign(p.kvrStaff, { caseId: c.id, assigneeId: p.citizen.id, expectedVersion: 1 })).toEqual({ ok: false, reason: "invalid-input", fields: ["assigneeId"] });
    expect(await assign(p.kvrStaff, { caseId: c.id, assigneeId: "nobody", expectedVersion: 1 })).toEqual({ ok: false, reason: "invalid-input", fields: ["assigneeId"] });
    expect(await row(c.id)).toEqual({ assignee_id: null, version: 1 });
    expect(await assign(p.admin, { caseId: c.id, assigneeId: p.admin.id, expectedVersion: 1 })).toMatchObject({ ok: true, assigneeId: p.admin.id });
  });

  it("refuses staff of another department and citizens as if the case did not exist", async () => {
    const c = await created();
    expect(await assign(p.bauStaff, { caseId: c.id, assigneeId: p.bauStaff.id, expectedVersion: 1 })).toEqual({ ok: false, reason: "not-found" });
    expect(await assign(p.citizen, { caseId: c.id, assigneeId: p.kvrStaff.id, expectedVersion: 1 })).toEqual({ ok: false, reason: "not-found" });
    expect(await assign(p.kvrStaff, { caseId: "00000000-0000-4000-8000-000000000000", assigneeId: null, expectedVersion: 1 })).toEqual({ ok: false, reason: "not-found" });
    expect(await row(c.id)).toEqual({ assignee_id: null, version: 1 });
  });

  it("refuses a stale version with nothing written", async () => {
    const c = await created();
    await assign(p.kvrStaff, { caseId: c.id, assigneeId: p.kvrStaff.id, expectedVersion: 1 });
    expect(await assign(p.kvrStaff, { caseId: c.id, assigneeId: leadId, expectedVersion: 1 })).toEqual({ ok: false, reason: "stale", currentVersion: 2 });
    expect(await row(c.id)).toEqual({ assignee_id: p.kvrStaff.id, version: 2 });
    const entries = await db.selectFrom("cases.timeline_entry").select("type").where("case_id", "=", c.id).where("type", "=", "assigned").execute();
    expect(entries).toHaveLength(1);
  });
});

describe("bulk assignment", () => {
  it("assigns what the actor may assign and skips the rest", async () => {
    const a = await created();
    const b = await created();
    const elsewhere = await created("road");
    const result = await inTransaction(db, (tx) => assignCases(tx, p.deps, p.kvrStaff, { caseIds: [a.id, b.id, elsewhere.id, "not-an-id"], assigneeId: p.kvrStaff.id }));
    expect(result.ok && [...result.assigned].sort()).toEqual([a.id, b.id].sort());
    expect(result.ok && [...result.skipped].sort()).toEqual([elsewhere.id, "not-an-id"].sort());
    expect((await row(a.id)).assignee_id).toBe(p.kvrStaff.id);
    expect(await row(elsewhere.id)).toEqual({ assignee_id: null, version: 1 });
  });

  it("skips cases of departments the assignee does not belong to, and refuses citizens", async () => {
    const kvr = await created();
    const bau = await created("road");
    const result = await inTransaction(db, (tx) => assignCases(tx, p.deps, p.admin, { caseIds: [kvr.id, bau.id], assigneeId: p.bauStaff.id }));
    expect(result).toEqual({ ok: true, assigned: [bau.id], skipped: [kvr.id] });
    const citizen = await inTransaction(db, (tx) => assignCases(tx, p.deps, p.citizen, { caseIds: [kvr.id], assigneeId: null }));
    expect(citizen).toEqual({ ok: true, assigned: [], skipped: [kvr.id] });
    expect(await inTransaction(db, (tx) => assignCases(tx, p.deps, p.admin, { caseIds: [], assigneeId: null }))).toMatchObject({ ok: false, fields: ["caseIds"] });
  });
});
