// The case kernel on a real database: creating (reference, routing, deadline, timeline, Postkorb), moving
// through the state machine with its refusals (other department, invalid step, stale version, two at once),
// the clock pausing while waiting for the citizen, and who sees which part of the timeline.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, type CasePeople } from "../../../test/support/cases.ts";
import { anonymous, type Actor } from "../identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import {
  addWorkingDays,
  berlinDate,
  changeCaseState,
  createCase,
  findCaseByAccessToken,
  findCaseForCitizen,
  findCaseForStaff,
  findPublicCase,
  listCitizenCases,
  parseReference,
  registerCaseKind,
  CaseKindError,
  officeCalendar,
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

const create = (actor: Actor = p.citizen, input: Record<string, unknown> = {}, now?: Date) =>
  inTransaction(db, (tx) => createCase(tx, p.deps, actor, { kind: "test.request", title: "Schlagloch in der Musterstraße", description: "Sehr tief.", category: "road", ...input }, now));

async function created(actor: Actor = p.citizen, input: Record<string, unknown> = {}, now?: Date) {
  const result = await create(actor, input, now);
  if (!result.ok) throw new Error(`not created: ${result.fields.join(", ")}`);
  return result;
}

const act = (actor: CasePeople["kvrStaff"], caseId: string, action: string, expectedVersion: number, comment?: string, now?: Date) =>
  inTransaction(db, (tx) => changeCaseState(tx, p.deps, actor, { caseId, action, expectedVersion, comment }, now));

describe("creating a case", () => {
  it("numbers it per year, routes it, sets the deadline, starts the timeline and tells the citizen", async () => {
    const now = new Date("2026-12-21T09:00:00Z");
    const a = await created(p.citizen, {}, now);
    const b = await created(p.citizen, { category: "papers" }, now);
    expect(a.reference).toMatch(/^T-2026-\d{6}$/);
    expect(Number(b.reference.slice(-6))).toBe(Number(a.reference.slice(-6)) + 1);
    expect(a.departmentId).toBe("bau");
    expect(b.departmentId).toBe("kvr");
    expect(a.accessPath).toBeNull();

    const row = await db.selectFrom("cases.case").selectAll().where("id", "=", a.id).executeTakeFirstOrThrow();
    // Ten working days from 21 December 2026 skip the Christmas holidays, 24 and 31 December (offices
    // closed), New Year and Epiphany.
    expect(row.due_date).toBe(addWorkingDays("2026-12-21", 10, officeCalendar));
    expect(row.due_date).toBe("2027-01-11");
    expect(row).toMatchObject({ state: "received", is_open: true, account_id: p.citizen.id, contact_email: null, version: 1 });

    const mine = await findCaseForCitizen(db, p.citizen.id, a.reference);
    expect(mine?.timeline.map((e) => e.type)).toEqual(["created"]);
    const message = await db.selectFrom("mailbox.message").select(["subject", "case_ref", "case_url"]).where("case_ref", "=", a.reference).executeTakeFirstOrThrow();
    expect(message).toEqual({ subject: `Ihr Vorgang ${a.reference} ist eingegangen`, case_ref: a.reference, case_url: `/konto/vorgaenge/${a.reference}` });
    const audit = await db.selectFrom("audit.record").select("detail").where("action", "=", "case.created").where("subject_id", "=", a.id).executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ kind: "test.request", reference: a.reference, notified: "postkorb" });
  });

  it("gives people without an account a secret link, and mails it without the case's content", async () => {
    const result = await created(anonymous(), { contactEmail: "anna@example.org", title: "Laterne kaputt" });
    expect(result.accessPath).toMatch(new RegExp(`^/vorgaenge/${result.reference}/zugang/[A-Za-z0-9_-]{43}$`));
    const token = result.accessPath!.split("/").pop()!;
    expect((await findCaseByAccessToken(db, p.deps.secret, result.reference, token))?.title).toBe("Laterne kaputt");
    const wrong = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect(await findCaseByAccessToken(db, p.deps.secret, result.reference, wrong)).toBeUndefined();
    const mail = await db.selectFrom("mail.outbox").select(["recipient", "text_body"]).where("recipient", "=", "anna@example.org").executeTakeFirstOrThrow();
    expect(mail.text_body).toContain(`http://localhost${result.accessPath}`);
    expect(mail.text_body).not.toContain("Laterne");
  });

  it("refuses anonymous cases without a contact address and unknown categories, writing nothing", async () => {
    const before = await db.selectFrom("cases.case").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    expect(await create(anonymous(), {})).toEqual({ ok: false, reason: "invalid-input", fields: ["contactEmail"] });
    expect(await create(p.citizen, { category: "weather" })).toEqual({ ok: false, reason: "invalid-input", fields: ["category"] });
    expect(await create(p.citizen, { title: "" })).toMatchObject({ ok: false, fields: ["title"] });
    const after = await db.selectFrom("cases.case").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("rejects a kind whose state machine names unknown states", () => {
    expect(() =>
      registerCaseKind({ id: "test.broken", referencePrefix: "X", label: { de: "x", en: "x" }, initialState: "a", states: { a: { label: { de: "a", en: "a" }, open: true, public: false } }, transitions: [{ action: "go", from: ["a"], to: "b", label: { de: "b", en: "b" } }], departmentFor: () => "kvr" }),
    ).toThrow(CaseKindError);
  });
});

describe("changing state", () => {
  it("lets staff of the owning department take declared steps and tells the citizen", async () => {
    const c = await created(p.citizen, { category: "papers" });
    const started = await act(p.kvrStaff, c.id, "start", 1);
    expect(started).toEqual({ ok: true, state: "in-progress", version: 2 });
    const closed = await act(p.kvrStaff, c.id, "close", 2, "Erledigt, danke für den Hinweis.");
    expect(closed).toMatchObject({ ok: true, state: "done" });
    const row = await db.selectFrom("cases.case").select(["is_open", "closed_at", "first_response_at"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row.is_open).toBe(false);
    expect(row.closed_at).toBeInstanceOf(Date);
    expect(row.first_response_at).toBeInstanceOf(Date);
    const messages = await db.selectFrom("mailbox.message").select("subject").where("case_ref", "=", c.reference).orderBy("created_at").execute();
    expect(messages.map((m) => m.subject)).toEqual([`Ihr Vorgang ${c.reference} ist eingegangen`, `Ihr Vorgang ${c.reference}: Wir kümmern uns darum`, `Ihr Vorgang ${c.reference}: Erledigt`]);
    const reopenedAt = new Date("2027-03-01T09:00:00Z");
    const reopened = await act(p.kvrStaff, c.id, "reopen", 3, undefined, reopenedAt);
    expect(reopened).toMatchObject({ ok: true, state: "in-progress" });
    const after = await db.selectFrom("cases.case").select(["closed_at", "due_date"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ closed_at: null, due_date: addWorkingDays("2027-03-01", 10, officeCalendar) });
  });

  it("refuses staff of another department as if the case did not exist, and citizens", async () => {
    const c = await created(p.citizen, { category: "papers" });
    expect(await act(p.bauStaff, c.id, "start", 1)).toEqual({ ok: false, reason: "not-found" });
    expect(await findCaseForStaff(db, p.bauStaff, c.reference)).toBeUndefined();
    expect(await inTransaction(db, (tx) => changeCaseState(tx, p.deps, p.citizen, { caseId: c.id, action: "start", expectedVersion: 1 }))).toEqual({ ok: false, reason: "not-found" });
    expect((await findCaseForStaff(db, p.admin, c.reference))?.reference).toBe(c.reference);
  });

  it("refuses steps the state machine doesn't allow, and steps that need a comment without one", async () => {
    const c = await created(p.citizen, { category: "papers" });
    expect(await act(p.kvrStaff, c.id, "resume", 1)).toEqual({ ok: false, reason: "invalid-transition" });
    expect(await act(p.kvrStaff, c.id, "reject", 1)).toEqual({ ok: false, reason: "comment-required" });
    const row = await db.selectFrom("cases.case").select(["state", "version"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ state: "received", version: 1 });
  });

  it("lets exactly one of two simultaneous changes win; the other is told the case changed", async () => {
    const c = await created(p.citizen, { category: "papers" });
    const results = await Promise.all([act(p.kvrStaff, c.id, "start", 1), act(p.admin, c.id, "close", 1)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: "stale", currentVersion: 2 });
    const entries = await db.selectFrom("cases.timeline_entry").select("type").where("case_id", "=", c.id).execute();
    expect(entries).toHaveLength(2);
  });

  it("stops the deadline clock while waiting for the citizen and moves the due date on by the days waited", async () => {
    const c = await created(p.citizen, { category: "papers" }, new Date("2026-11-02T08:00:00Z"));
    const due = (await db.selectFrom("cases.case").select("due_date").where("id", "=", c.id).executeTakeFirstOrThrow()).due_date!;
    expect(due).toBe(addWorkingDays("2026-11-02", 10, officeCalendar));
    await act(p.kvrStaff, c.id, "start", 1, undefined, new Date("2026-11-03T08:00:00Z"));
    await act(p.kvrStaff, c.id, "ask", 2, "Welche Ausweisnummer?", new Date("2026-11-04T08:00:00Z"));
    const paused = await db.selectFrom("cases.case").select(["paused_at"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(paused.paused_at).toEqual(new Date("2026-11-04T08:00:00Z"));
    // Wednesday to the next Monday: Thursday, Friday and Monday were waited.
    await act(p.kvrStaff, c.id, "resume", 3, undefined, new Date("2026-11-09T08:00:00Z"));
    const resumed = await db.selectFrom("cases.case").select(["paused_at", "due_date"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(resumed).toEqual({ paused_at: null, due_date: addWorkingDays(due, 3, officeCalendar) });
    const pauses = await db.selectFrom("cases.pause").select(["started_at", "ended_at"]).where("case_id", "=", c.id).execute();
    expect(pauses).toEqual([{ started_at: new Date("2026-11-04T08:00:00Z"), ended_at: new Date("2026-11-09T08:00:00Z") }]);
  });
});

describe("reading cases", () => {
  it("shows a citizen only their own cases", async () => {
    const c = await created(p.citizen, { category: "papers" });
    expect(await findCaseForCitizen(db, p.otherCitizen.id, c.reference)).toBeUndefined();
    const list = await listCitizenCases(db, p.citizen.id);
    expect(list.items.some((i) => i.reference === c.reference)).toBe(true);
    expect((await listCitizenCases(db, p.otherCitizen.id)).items.some((i) => i.reference === c.reference)).toBe(false);
  });

  it("shows a public case publicly only in a public state, with no description, no names and no comments to the citizen", async () => {
    const c = await created(p.citizen, { category: "road", isPublic: true, description: "Ich bin Erika, Tel. 0151 123" });
    expect(await findPublicCase(db, c.reference)).toBeUndefined();
    await act(p.bauStaff, c.id, "start", 1, "Wir reparieren es nächste Woche.");
    const pub = await findPublicCase(db, c.reference);
    expect(pub?.state).toBe("in-progress");
    expect(JSON.stringify(pub)).not.toContain("Erika");
    expect(JSON.stringify(pub)).not.toContain(p.bauStaff.displayName);
    expect(pub?.timeline.map((e) => e.type)).toEqual(["created", "state-changed"]);
    expect(JSON.stringify(pub)).not.toContain("nächste Woche");
    const mine = await findCaseForCitizen(db, p.citizen.id, c.reference);
    expect(mine?.timeline.map((e) => [e.type, e.body])).toEqual([["created", null], ["state-changed", null], ["message-to-citizen", "Wir reparieren es nächste Woche."]]);
    expect(await findPublicCase(db, (await created(p.citizen, { category: "road" })).reference)).toBeUndefined();
  });

  it("reads references the way people type them", () => {
    expect(parseReference(" m-2026-4711 ")).toBe("M-2026-004711");
    expect(parseReference("M 2026 004711")).toBe("M-2026-004711");
    expect(parseReference("2026-4711")).toBeUndefined();
    expect(berlinDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});

describe("personal data", () => {
  it("exports the citizen's cases without internal entries and keeps the cases, unlinked, when the account goes", async () => {
    const { casesPersonalData } = await import("./personal-data.ts");
    const c = await created(p.citizen, { category: "papers", title: "Meine Daten Testfall" });
    const exported = (await casesPersonalData.export(db, p.citizen.id)) as Array<{ reference: string; timeline: unknown[] }>;
    expect(exported.find((e) => e.reference === c.reference)?.timeline).toHaveLength(1);
    await inTransaction(db, (tx) => casesPersonalData.erase(tx, p.citizen.id));
    const row = await db.selectFrom("cases.case").select(["account_id", "title"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ account_id: null, title: "Meine Daten Testfall" });
  });
});
