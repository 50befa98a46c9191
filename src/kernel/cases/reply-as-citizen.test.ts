// Citizens replying on a real database: from the account or through the secret link, never to someone
// else's case; the "new reply" marker and what clears it; closed cases; and the kind that resumes a case
// waiting for the citizen, with the deadline clock running again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, openTestCase, testCaseKind, type CasePeople } from "../../../test/support/cases.ts";
import { anonymous, type Actor } from "../identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import {
  addInternalNote,
  addWorkingDays,
  CaseKindError,
  changeCaseState,
  findCaseForCitizen,
  findCaseForStaff,
  findPublicCase,
  messageCitizen,
  officeCalendar,
  publishUpdate,
  registerCaseKind,
  replyAsCitizen,
  type CitizenAccess,
} from "./index.ts";

let t: TestApp;
let db: Db;
let p: CasePeople;

// The test kind, but a reply to a question resumes the case and closed cases still take objections.
registerCaseKind({ ...testCaseKind, id: "test.resuming", referencePrefix: "R", resumeOnCitizenReply: "resume", repliesWhenClosed: true });

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  db = t.database.db;
  p = await casePeople(t.app, db);
});
afterAll(() => t.close());

const created = (actor: Actor = p.citizen, extra: Record<string, unknown> = {}, now?: Date) => openTestCase(db, p.deps, actor, { title: "Ausweis", category: "papers", isPublic: true, ...extra }, now);

const reply = (caseId: string, access: CitizenAccess, text = "Die Nummer ist L01X00T47.", now?: Date, attachmentIds?: string[]) =>
  inTransaction(db, (tx) => replyAsCitizen(tx, p.deps, { caseId, text, attachmentIds }, access, now));
const act = (caseId: string, action: string, expectedVersion: number, comment?: string, now?: Date) =>
  inTransaction(db, (tx) => changeCaseState(tx, p.deps, p.kvrStaff, { caseId, action, expectedVersion, comment }, now));
const marker = async (id: string) => (await db.selectFrom("cases.case").select("awaiting_staff_since").where("id", "=", id).executeTakeFirstOrThrow()).awaiting_staff_since;

describe("a citizen replying", () => {
  it("adds the reply for citizen and staff, marks the case as having a new reply, and keeps it off the public page", async () => {
    const c = await created();
    await act(c.id, "start", 1);
    const result = await reply(c.id, { accountId: p.citizen.id }, undefined, new Date("2026-11-30T09:00:00Z"));
    expect(result).toMatchObject({ ok: true, version: 3, state: "in-progress", resumed: false });
    await reply(c.id, { accountId: p.citizen.id }, "Noch etwas.", new Date("2026-11-30T10:00:00Z"));
    // The oldest unanswered reply counts.
    expect(await marker(c.id)).toEqual(new Date("2026-11-30T09:00:00Z"));

    const mine = await findCaseForCitizen(db, p.citizen.id, c.reference);
    expect(mine?.timeline.filter((e) => e.type === "message-from-citizen").map((e) => [e.body, e.author.kind])).toEqual([
      ["Die Nummer ist L01X00T47.", "citizen"],
      ["Noch etwas.", "citizen"],
    ]);
    expect((await findCaseForStaff(db, p.kvrStaff, c.reference))?.timeline.at(-1)).toMatchObject({ type: "message-from-citizen", visibility: "citizen" });
    const pub = await findPublicCase(db, c.reference);
    expect(JSON.stringify(pub)).not.toContain("L01X00T47");
    const audit = await db.selectFrom("audit.record").select(["actor_kind", "actor_id", "detail"]).where("action", "=", "case.citizen-replied").where("subject_id", "=", c.id).execute();
    expect(audit[0]).toMatchObject({ actor_kind: "citizen", actor_id: p.citizen.id, detail: { via: "account", resumed: null } });
    expect(JSON.stringify(audit)).not.toContain("L01X00T47");
  });

  it("keeps the marker through internal steps and clears it when staff answer visibly", async () => {
    const c = await created();
    await reply(c.id, { accountId: p.citizen.id });
    await inTransaction(db, (tx) => addInternalNote(tx, p.deps, p.kvrStaff, { caseId: c.id, text: "Rückruf morgen" }));
    expect(await marker(c.id)).toBeInstanceOf(Date);
    await inTransaction(db, (tx) => messageCitizen(tx, p.deps, p.kvrStaff, { caseId: c.id, text: "Danke, erhalten." }));
    expect(await marker(c.id)).toBeNull();
    await reply(c.id, { accountId: p.citizen.id });
    await inTransaction(db, (tx) => publishUpdate(tx, p.deps, p.kvrStaff, { caseId: c.id, text: "Antrag geprüft." }));
    expect(await marker(c.id)).toBeNull();
    const { version } = await db.selectFrom("cases.case").select("version").where("id", "=", c.id).executeTakeFirstOrThrow();
    await reply(c.id, { accountId: p.citizen.id });
    await act(c.id, "start", version + 1);
    expect(await marker(c.id)).toBeNull();
  });

  it("lets people without an account reply through their secret link, and nobody else", async () => {
    const c = await created(anonymous(), { contactEmail: "anna@example.org" });
    const token = c.accessPath!.split("/").pop()!;
    expect(await reply(c.id, { token })).toMatchObject({ ok: true });
    const staff = await findCaseForStaff(db, p.kvrStaff, c.reference);
    expect(staff?.timeline.at(-1)).toMatchObject({ type: "message-from-citizen", author: { kind: "anonymous" } });
    const wrong = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect(await reply(c.id, { token: wrong })).toEqual({ ok: false, reason: "not-found" });
    expect(await reply(c.id, { accountId: p.citizen.id })).toEqual({ ok: false, reason: "not-found" });
  });

  it("refuses another citizen's case, a token for an account's case, and files (not kept yet), writing nothing", async () => {
    const c = await created();
    const other = await created(anonymous(), { contactEmail: "anna@example.org" });
    expect(await reply(c.id, { accountId: p.otherCitizen.id })).toEqual({ ok: false, reason: "not-found" });
    expect(await reply(c.id, { token: other.accessPath!.split("/").pop()! })).toEqual({ ok: false, reason: "not-found" });
    expect(await reply(c.id, { accountId: p.citizen.id }, "  ")).toEqual({ ok: false, reason: "invalid-input", fields: ["text"] });
    expect(await reply(c.id, { accountId: p.citizen.id }, undefined, undefined, ["00000000-0000-4000-8000-000000000000"])).toEqual({ ok: false, reason: "invalid-input", fields: ["attachmentIds"] });
    const row = await db.selectFrom("cases.case").select(["version", "awaiting_staff_since"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ version: 1, awaiting_staff_since: null });
  });

  it("refuses replies to a closed case unless the kind takes them", async () => {
    const c = await created();
    await act(c.id, "close", 1);
    expect(await reply(c.id, { accountId: p.citizen.id })).toEqual({ ok: false, reason: "closed" });
    const objecting = await created(p.citizen, { kind: "test.resuming" });
    await act(objecting.id, "close", 1);
    expect(await reply(objecting.id, { accountId: p.citizen.id }, "Ich widerspreche.")).toMatchObject({ ok: true, state: "done", resumed: false });
  });
});

describe("resuming on the citizen's answer", () => {
  it("resumes a case waiting for the citizen when the kind says so, and moves the due date on", async () => {
    const c = await created(p.citizen, { kind: "test.resuming" }, new Date("2026-11-02T08:00:00Z"));
    const due = (await db.selectFrom("cases.case").select("due_date").where("id", "=", c.id).executeTakeFirstOrThrow()).due_date!;
    await act(c.id, "start", 1, undefined, new Date("2026-11-03T08:00:00Z"));
    await act(c.id, "ask", 2, "Welche Ausweisnummer?", new Date("2026-11-04T08:00:00Z"));
    const result = await reply(c.id, { accountId: p.citizen.id }, undefined, new Date("2026-11-09T08:00:00Z"));
    expect(result).toMatchObject({ ok: true, state: "in-progress", resumed: true, version: 4 });
    const row = await db.selectFrom("cases.case").select(["state", "paused_at", "due_date", "awaiting_staff_since"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ state: "in-progress", paused_at: null, due_date: addWorkingDays(due, 3, officeCalendar), awaiting_staff_since: new Date("2026-11-09T08:00:00Z") });
    const mine = await findCaseForCitizen(db, p.citizen.id, c.reference);
    expect(mine?.timeline.slice(-2).map((e) => [e.type, e.author.kind, e.fromState, e.toState])).toEqual([
      ["message-from-citizen", "citizen", null, null],
      ["state-changed", "system", "waiting-for-citizen", "in-progress"],
    ]);
  });

  it("leaves the case waiting when the kind does not resume on replies", async () => {
    const c = await created();
    await act(c.id, "start", 1);
    await act(c.id, "ask", 2, "Welche Ausweisnummer?");
    expect(await reply(c.id, { accountId: p.citizen.id })).toMatchObject({ ok: true, state: "waiting-for-citizen", resumed: false });
    const row = await db.selectFrom("cases.case").select(["state", "paused_at"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row.state).toBe("waiting-for-citizen");
    expect(row.paused_at).toBeInstanceOf(Date);
  });

  it("refuses a kind whose resume action is not declared", () => {
    expect(() => registerCaseKind({ ...testCaseKind, id: "test.broken-resume", resumeOnCitizenReply: "weiter" })).toThrow(CaseKindError);
  });
});
