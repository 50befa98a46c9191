// Messages to the citizen on a real database: into the Postkorb for an account, a content-free mail with
// the secret link otherwise; visible to the citizen, never publicly; refused for cases nobody can be
// reached for, for other departments and for citizens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, openTestCase, type CasePeople } from "../../../test/support/cases.ts";
import { anonymous, type Actor } from "../identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import { changeCaseState, findCaseByAccessToken, findCaseForCitizen, findPublicCase, messageCitizen } from "./index.ts";

let t: TestApp;
let db: Db;
let p: CasePeople;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  db = t.database.db;
  p = await casePeople(t.app, db);
});
afterAll(() => t.close());

const created = (actor: Actor, extra: Record<string, unknown> = {}) => openTestCase(db, p.deps, actor, { title: "Ausweis", category: "papers", isPublic: true, ...extra });

const send = (actor: Actor, caseId: string, text: string, now?: Date) => inTransaction(db, (tx) => messageCitizen(tx, p.deps, actor, { caseId, text }, now));
const text = "Bitte schicken Sie uns noch Ihre Ausweisnummer.";

describe("messaging the citizen", () => {
  it("puts the message into the Postkorb and the citizen's timeline, not the public one", async () => {
    const c = await created(p.citizen);
    await db.updateTable("cases.case").set({ awaiting_staff_since: new Date() }).where("id", "=", c.id).execute();
    const result = await send(p.kvrStaff, c.id, text, new Date("2026-11-30T10:00:00Z"));
    expect(result).toMatchObject({ ok: true, version: 2, notified: "postkorb" });
    const row = await db.selectFrom("cases.case").select(["first_response_at", "awaiting_staff_since"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ first_response_at: new Date("2026-11-30T10:00:00Z"), awaiting_staff_since: null });
    const message = await db.selectFrom("mailbox.message").select(["subject", "body", "case_url"]).where("case_ref", "=", c.reference).where("subject", "like", "Nachricht%").executeTakeFirstOrThrow();
    expect(message).toMatchObject({ subject: `Nachricht zu Ihrem Vorgang ${c.reference}`, case_url: `/konto/vorgaenge/${c.reference}` });
    expect(message.body).toContain(text);
    const mine = await findCaseForCitizen(db, p.citizen.id, c.reference);
    expect(mine?.timeline.at(-1)).toMatchObject({ type: "message-to-citizen", visibility: "citizen", body: text, author: { kind: "staff", name: null } });

    await inTransaction(db, (tx) => changeCaseState(tx, p.deps, p.kvrStaff, { caseId: c.id, action: "start", expectedVersion: 2 }));
    const pub = await findPublicCase(db, c.reference);
    expect(pub?.timeline.map((e) => e.type)).toEqual(["created", "state-changed"]);
    expect(JSON.stringify(pub)).not.toContain("Ausweisnummer");
    const audit = await db.selectFrom("audit.record").select("detail").where("action", "=", "case.citizen-messaged").where("subject_id", "=", c.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.detail)).not.toContain("Ausweisnummer");
  });

  it("mails people without an account the secret link and no content; the message waits behind the link", async () => {
    const c = await created(anonymous(), { contactEmail: "anna@example.org" });
    expect(await send(p.kvrStaff, c.id, text)).toMatchObject({ ok: true, notified: "mail" });
    const mail = await db.selectFrom("mail.outbox").select(["subject", "text_body"]).where("recipient", "=", "anna@example.org").where("subject", "like", "Nachricht%").executeTakeFirstOrThrow();
    expect(mail.text_body).toContain(`http://localhost${c.accessPath}`);
    expect(mail.text_body).not.toContain("Ausweisnummer");
    const viaLink = await findCaseByAccessToken(db, p.deps.secret, c.reference, c.accessPath!.split("/").pop()!);
    expect(viaLink?.timeline.at(-1)).toMatchObject({ type: "message-to-citizen", body: text });
  });

  it("refuses a case nobody can be reached for, writing nothing", async () => {
    const c = await created(p.citizen);
    // The account was erased since (identity.account on delete set null).
    await db.updateTable("cases.case").set({ account_id: null }).where("id", "=", c.id).execute();
    expect(await send(p.kvrStaff, c.id, text)).toEqual({ ok: false, reason: "no-contact" });
    const entries = await db.selectFrom("cases.timeline_entry").select("type").where("case_id", "=", c.id).execute();
    expect(entries.map((e) => e.type)).toEqual(["created"]);
  });

  it("refuses staff of another department and citizens as if the case did not exist", async () => {
    const c = await created(p.citizen);
    expect(await send(p.bauStaff, c.id, text)).toEqual({ ok: false, reason: "not-found" });
    expect(await send(p.citizen, c.id, text)).toEqual({ ok: false, reason: "not-found" });
    expect(await send(p.kvrStaff, c.id, "")).toEqual({ ok: false, reason: "invalid-input", fields: ["text"] });
    const row = await db.selectFrom("cases.case").select(["version"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row.version).toBe(1);
  });
});
