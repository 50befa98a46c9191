// Public updates on a real database: the citizen is told (Postkorb, or a content-free mail with the secret
// link), the public page shows the update without names, first response and "new reply" marker are set
// right, and the refusals (another department, a citizen, a stale version) write nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, openTestCase, type CasePeople } from "../../../test/support/cases.ts";
import { anonymous, type Actor } from "../identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import { changeCaseState, findCaseByAccessToken, findCaseForCitizen, findPublicCase, publishUpdate, type PublishUpdateInput } from "./index.ts";

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

const publish = (actor: Actor, input: PublishUpdateInput, now?: Date) => inTransaction(db, (tx) => publishUpdate(tx, p.deps, actor, input, now));
const text = "Die Fahrbahn wurde am Montag ausgebessert.";

describe("publishing an update", () => {
  it("adds a public entry, sets the first response once and tells the citizen in the Postkorb", async () => {
    const c = await created(p.citizen);
    await db.updateTable("cases.case").set({ awaiting_staff_since: new Date() }).where("id", "=", c.id).execute();
    const first = await publish(p.bauStaff, { caseId: c.id, text, expectedVersion: 1 }, new Date("2026-11-30T10:00:00Z"));
    expect(first).toMatchObject({ ok: true, version: 2 });
    await publish(p.bauStaff, { caseId: c.id, text: "Nachtrag: die Markierung folgt." }, new Date("2026-12-01T10:00:00Z"));
    const row = await db.selectFrom("cases.case").select(["first_response_at", "awaiting_staff_since", "version"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ first_response_at: new Date("2026-11-30T10:00:00Z"), awaiting_staff_since: null, version: 3 });

    const mine = await findCaseForCitizen(db, p.citizen.id, c.reference);
    expect(mine?.timeline.filter((e) => e.type === "public-update").map((e) => e.body)).toEqual([text, "Nachtrag: die Markierung folgt."]);
    const message = await db.selectFrom("mailbox.message").select(["subject", "body"]).where("case_ref", "=", c.reference).where("subject", "like", "Neuigkeiten%").orderBy("created_at").executeTakeFirstOrThrow();
    expect(message.subject).toBe(`Neuigkeiten zu Ihrem Vorgang ${c.reference}`);
    expect(message.body).toContain(text);
    const audit = await db.selectFrom("audit.record").select("detail").where("action", "=", "case.update-published").where("subject_id", "=", c.id).execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]?.detail).toMatchObject({ notified: "postkorb" });
    expect(JSON.stringify(audit)).not.toContain("Fahrbahn");
  });

  it("shows the update publicly without the staff member's name once the case is in a public state", async () => {
    const c = await created(p.citizen);
    await publish(p.bauStaff, { caseId: c.id, text });
    await inTransaction(db, (tx) => changeCaseState(tx, p.deps, p.bauStaff, { caseId: c.id, action: "start", expectedVersion: 2 }));
    const pub = await findPublicCase(db, c.reference);
    expect(pub?.timeline.find((e) => e.type === "public-update")).toMatchObject({ body: text, author: { kind: "staff", name: null } });
    expect(JSON.stringify(pub)).not.toContain(p.bauStaff.displayName);
  });

  it("mails people without an account the secret link, not the text", async () => {
    const c = await created(anonymous(), { contactEmail: "anna@example.org" });
    expect(await publish(p.bauStaff, { caseId: c.id, text })).toMatchObject({ ok: true });
    const mails = await db.selectFrom("mail.outbox").select(["subject", "text_body"]).where("recipient", "=", "anna@example.org").orderBy("created_at").execute();
    const mail = mails.at(-1)!;
    expect(mail.subject).toBe(`Neuigkeiten zu Ihrem Vorgang ${c.reference}`);
    expect(mail.text_body).toContain(`http://localhost${c.accessPath}`);
    expect(mail.text_body).not.toContain("Fahrbahn");
    const viaLink = await findCaseByAccessToken(db, p.deps.secret, c.reference, c.accessPath!.split("/").pop()!);
    expect(viaLink?.timeline.at(-1)).toMatchObject({ type: "public-update", body: text });
  });

  it("refuses other departments and citizens as if the case did not exist, stale versions and empty text", async () => {
    const c = await created(p.citizen);
    expect(await publish(p.kvrStaff, { caseId: c.id, text })).toEqual({ ok: false, reason: "not-found" });
    expect(await publish(p.citizen, { caseId: c.id, text })).toEqual({ ok: false, reason: "not-found" });
    expect(await publish(p.bauStaff, { caseId: c.id, text, expectedVersion: 7 })).toEqual({ ok: false, reason: "stale", currentVersion: 1 });
    expect(await publish(p.bauStaff, { caseId: c.id, text: " " })).toEqual({ ok: false, reason: "invalid-input", fields: ["text"] });
    const row = await db.selectFrom("cases.case").select(["version", "first_response_at"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ version: 1, first_response_at: null });
    const entries = await db.selectFrom("cases.timeline_entry").select("type").where("case_id", "=", c.id).execute();
    expect(entries.map((e) => e.type)).toEqual(["created"]);
  });
});
