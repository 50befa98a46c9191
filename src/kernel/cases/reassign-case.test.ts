// Handing a case to another department on a real database: it moves inbox, loses its assignee, the new
// department gets a content-free mail, the citizen sees the new department but never the reason, and the
// refusals (another department, a citizen, an unknown or the same department, a stale version).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, openTestCase, type CasePeople } from "../../../test/support/cases.ts";
import { anonymous, type Actor } from "../identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import {
  assignCase,
  changeCaseState,
  findCaseByAccessToken,
  findCaseForCitizen,
  findCaseForStaff,
  findPublicCase,
  reassignCase,
  type ReassignCaseInput,
} from "./index.ts";

let t: TestApp;
let db: Db;
let p: CasePeople;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  db = t.database.db;
  p = await casePeople(t.app, db);
});
afterAll(() => t.close());

const created = (actor: Actor = p.citizen, extra: Record<string, unknown> = {}) => openTestCase(db, p.deps, actor, { title: "Falsches Referat", category: "papers", isPublic: true, ...extra });

const reassign = (actor: Actor, input: ReassignCaseInput) => inTransaction(db, (tx) => reassignCase(tx, p.deps, actor, input));
const reason = "Zuständig ist das Baureferat, Sachgebiet Straßenunterhalt (Herr Maier).";

describe("reassigning a case", () => {
  it("moves the case to the new department unassigned and mails the department without content", async () => {
    const c = await created();
    await inTransaction(db, (tx) => assignCase(tx, p.deps, p.kvrStaff, { caseId: c.id, assigneeId: p.kvrStaff.id, expectedVersion: 1 }));
    expect(await reassign(p.kvrStaff, { caseId: c.id, departmentId: "bau", reason, expectedVersion: 2 })).toEqual({ ok: true, version: 3, departmentId: "bau", departmentNotified: true });
    const row = await db.selectFrom("cases.case").select(["department_id", "assignee_id"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ department_id: "bau", assignee_id: null });

    expect(await findCaseForStaff(db, p.kvrStaff, c.reference)).toBeUndefined();
    const bau = await findCaseForStaff(db, p.bauStaff, c.reference);
    expect(bau?.timeline.at(-1)).toMatchObject({
      type: "reassigned",
      visibility: "citizen",
      departmentId: "kvr",
      detail: { fromDepartmentId: "kvr", toDepartmentId: "bau", reason, previousAssigneeName: p.kvrStaff.displayName },
    });

    const mail = await db.selectFrom("mail.outbox").select(["subject", "text_body"]).where("recipient", "=", "bau@stadttor.example").executeTakeFirstOrThrow();
    expect(mail.subject).toBe(`Vorgang ${c.reference} wurde an Sie abgegeben`);
    expect(mail.text_body).toContain(`http://localhost/verwaltung/vorgaenge/${c.reference}`);
    expect(mail.text_body).toContain("Kreisverwaltungsreferat");
    expect(mail.text_body).not.toContain("Falsches Referat");
    expect(mail.text_body).not.toContain("Maier");
    const audit = await db.selectFrom("audit.record").select("detail").where("action", "=", "case.reassigned").where("subject_id", "=", c.id).executeTakeFirstOrThrow();
    expect(audit.detail).toEqual({ from: "kvr", to: "bau", departmentNotified: true });
  });

  it("tells the citizen which department has the case, never the reason (account, secret link, public page)", async () => {
    const mine = await created();
    const viaLink = await created(anonymous(), { contactEmail: "anna@example.org" });
    for (const c of [mine, viaLink]) {
      expect(await reassign(p.kvrStaff, { caseId: c.id, departmentId: "bau", reason, expectedVersion: 1 })).toMatchObject({ ok: true });
      await inTransaction(db, (tx) => changeCaseState(tx, p.deps, p.bauStaff, { caseId: c.id, action: "start", expectedVersion: 2 }));
      const pub = await findPublicCase(db, c.reference);
      expect(pub?.departmentId).toBe("bau");
      expect(pub?.timeline.map((e) => e.type)).toEqual(["created", "state-changed"]);
      expect(JSON.stringify(pub)).not.toContain("Maier");
    }
    const citizenView = await findCaseForCitizen(db, p.citizen.id, mine.reference);
    const linkView = await findCaseByAccessToken(db, p.deps.secret, viaLink.reference, viaLink.accessPath!.split("/").pop()!);
    for (const view of [citizenView, linkView]) {
      expect(view?.departmentId).toBe("bau");
      expect(view?.timeline.find((e) => e.type === "reassigned")?.detail).toEqual({ fromDepartmentId: "kvr", toDepartmentId: "bau" });
      expect(JSON.stringify(view)).not.toContain("Maier");
    }
  });

  it("refuses staff of another department and citizens as if the case did not exist", async () => {
    const c = await created();
    expect(await reassign(p.bauStaff, { caseId: c.id, departmentId: "bau", reason, expectedVersion: 1 })).toEqual({ ok: false, reason: "not-found" });
    expect(await reassign(p.citizen, { caseId: c.id, departmentId: "bau", reason, expectedVersion: 1 })).toEqual({ ok: false, reason: "not-found" });
    expect((await db.selectFrom("cases.case").select("department_id").where("id", "=", c.id).executeTakeFirstOrThrow()).department_id).toBe("kvr");
  });

  it("refuses unknown departments, the same department, a missing reason and stale versions, writing nothing", async () => {
    const c = await created();
    expect(await reassign(p.kvrStaff, { caseId: c.id, departmentId: "nirgends", reason, expectedVersion: 1 })).toEqual({ ok: false, reason: "invalid-input", fields: ["departmentId"] });
    expect(await reassign(p.kvrStaff, { caseId: c.id, departmentId: "kvr", reason, expectedVersion: 1 })).toEqual({ ok: false, reason: "invalid-input", fields: ["departmentId"] });
    expect(await reassign(p.kvrStaff, { caseId: c.id, departmentId: "bau", reason: "  ", expectedVersion: 1 })).toEqual({ ok: false, reason: "invalid-input", fields: ["reason"] });
    expect(await reassign(p.kvrStaff, { caseId: c.id, departmentId: "bau", reason, expectedVersion: 5 })).toEqual({ ok: false, reason: "stale", currentVersion: 1 });
    const row = await db.selectFrom("cases.case").select(["department_id", "version"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ department_id: "kvr", version: 1 });
    const entries = await db.selectFrom("cases.timeline_entry").select("type").where("case_id", "=", c.id).execute();
    expect(entries.map((e) => e.type)).toEqual(["created"]);
  });
});
