// The assignee choices of a department on the demo seed: its staff for its colleagues, nobody for others,
// and the single-account check that assignment uses (platform admins pass it, outsiders do not).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app.ts";
import { casePeople, type CasePeople } from "../../../../test/support/cases.ts";
import type { Db } from "../../../platform/db/index.ts";
import { departmentMember, listDepartmentMembers } from "../index.ts";

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

describe("department members", () => {
  it("lists the staff of a department who may do the action, for colleagues and admins only", async () => {
    const kvr = await listDepartmentMembers(db, p.kvrStaff, { departmentId: "kvr", action: "case.read" });
    expect(kvr).toEqual([
      { id: leadId, displayName: "Aylin Demir (KVR, Leitung)" },
      { id: p.kvrStaff.id, displayName: "Kim Berger (KVR)" },
    ]);
    expect((await listDepartmentMembers(db, p.admin, { departmentId: "bau", action: "case.read" })).map((m) => m.id)).toEqual([p.bauStaff.id]);
    expect((await listDepartmentMembers(db, p.admin, { departmentId: "kvr", action: "case.templates.manage" })).map((m) => m.id)).toEqual([leadId]);
  });

  it("lists nobody for staff of another department, citizens or unknown actions", async () => {
    expect(await listDepartmentMembers(db, p.bauStaff, { departmentId: "kvr", action: "case.read" })).toEqual([]);
    expect(await listDepartmentMembers(db, p.citizen, { departmentId: "kvr", action: "case.read" })).toEqual([]);
    expect(await listDepartmentMembers(db, p.kvrStaff, { departmentId: "kvr", action: "no.such.action" })).toEqual([]);
  });

  it("checks one account: colleagues and platform admins pass, others and citizens do not", async () => {
    const filter = { departmentId: "kvr", action: "case.read" };
    expect(await departmentMember(db, p.kvrStaff.id, filter)).toEqual({ id: p.kvrStaff.id, displayName: "Kim Berger (KVR)" });
    expect(await departmentMember(db, p.admin.id, filter)).toMatchObject({ id: p.admin.id });
    expect(await departmentMember(db, p.bauStaff.id, filter)).toBeUndefined();
    expect(await departmentMember(db, p.citizen.id, filter)).toBeUndefined();
    expect(await departmentMember(db, "not-a-uuid", filter)).toBeUndefined();
  });
});
