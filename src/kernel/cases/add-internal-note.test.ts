// Internal notes on a real database: staff see them; the citizen (account or secret link), the public and
// the notifications never do; other departments and citizens cannot write them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, openTestCase, type CasePeople } from "../../../test/support/cases.ts";
import { anonymous, type Actor } from "../identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import { addInternalNote, changeCaseState, findCaseByAccessToken, findCaseForCitizen, findCaseForStaff, findPublicCase } from "./index.ts";

let t: TestApp;
let db: Db;
let p: CasePeople;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  db = t.database.db;
  p = await casePeople(t.app, db);
});
afterAll(() => t.close());

const created = (actor: Actor, extra: Record<string, unknown> = {}) => openTestCase(db, p.deps, actor, { title: "Schlagloch", category: "road", isPublic: true, ...extra });

const note = (actor: Actor, caseId: string, text: string) => inTransaction(db, (tx) => addInternalNote(tx, p.deps, actor, { caseId, text }));
const secret = "Nachbar Huber hat schon dreimal angerufen";

describe("internal notes", () => {
  it("are kept for staff, without a version bump, a notification or the text in the audit log", async () => {
    const c = await created(p.citizen);
    const messagesBefore = await db.selectFrom("mailbox.message").select("id").where("case_ref", "=", c.reference).execute();
    const result = await note(p.bauStaff, c.id, `  ${secret}  `);
    expect(result).toMatchObject({ ok: true });
    const staff = await findCaseForStaff(db, p.bauStaff, c.reference);
    expect(staff?.version).toBe(1);
    expect(staff?.timeline.at(-1)).toMatchObject({ type: "internal-note", visibility: "internal", body: secret, author: { kind: "staff", name: p.bauStaff.displayName } });
    const messagesAfter = await db.selectFrom("mailbox.message").select("id").where("case_ref", "=", c.reference).execute();
    expect(messagesAfter).toHaveLength(messagesBefore.length);
    const audit = await db.selectFrom("audit.record").select("detail").where("action", "=", "case.internal-note-added").where("subject_id", "=", c.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.detail)).not.toContain("Huber");
  });

  it("never reach the citizen's page, the secret-link page or the public page", async () => {
    const mine = await created(p.citizen);
    const viaLink = await created(anonymous(), { contactEmail: "anna@example.org" });
    for (const c of [mine, viaLink]) {
      await note(p.bauStaff, c.id, secret);
      // In a public state, so the public page exists at all.
      await inTransaction(db, (tx) => changeCaseState(tx, p.deps, p.bauStaff, { caseId: c.id, action: "start", expectedVersion: 1 }));
      const pub = await findPublicCase(db, c.reference);
      expect(pub?.timeline.map((e) => e.type)).toEqual(["created", "state-changed"]);
      expect(JSON.stringify(pub)).not.toContain("Huber");
    }
    const citizenView = await findCaseForCitizen(db, p.citizen.id, mine.reference);
    expect(citizenView?.timeline.map((e) => e.type)).toEqual(["created", "state-changed"]);
    expect(JSON.stringify(citizenView)).not.toContain("Huber");
    const linkView = await findCaseByAccessToken(db, p.deps.secret, viaLink.reference, viaLink.accessPath!.split("/").pop()!);
    expect(linkView?.timeline.map((e) => e.type)).toEqual(["created", "state-changed"]);
    expect(JSON.stringify(linkView)).not.toContain("Huber");
    const mails = await db.selectFrom("mail.outbox").select(["subject", "text_body"]).execute();
    expect(JSON.stringify(mails)).not.toContain("Huber");
  });

  it("refuses staff of another department and citizens as if the case did not exist, and empty notes", async () => {
    const c = await created(p.citizen);
    expect(await note(p.kvrStaff, c.id, secret)).toEqual({ ok: false, reason: "not-found" });
    expect(await note(p.citizen, c.id, secret)).toEqual({ ok: false, reason: "not-found" });
    expect(await note(anonymous(), c.id, secret)).toEqual({ ok: false, reason: "not-found" });
    expect(await note(p.bauStaff, c.id, "   ")).toEqual({ ok: false, reason: "invalid-input", fields: ["text"] });
    const entries = await db.selectFrom("cases.timeline_entry").select("type").where("case_id", "=", c.id).execute();
    expect(entries.map((e) => e.type)).toEqual(["created"]);
  });
});
