// "Persönlichen Link erneuern" on the back office's case page: a new salt makes every earlier secret link
// worthless, the new link goes only to the contact address, staff see an internal timeline entry and the
// citizen none; other departments get 404, an account's case has no link. Also: a tampered form's version.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, type CasePeople } from "../../../test/support/cases.ts";
import { html, text } from "../../../test/support/html.ts";
import { StaffBrowser, csrfTokenOf } from "../../../test/support/staff-browser.ts";
import { TestBrowser } from "../../../test/support/test-browser.ts";
import { createCase, renewAccessLink } from "../../kernel/cases/index.ts";
import { anonymous, createSession } from "../../kernel/identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";

let t: TestApp;
let db: Db;
let p: CasePeople;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  db = t.database.db;
  p = await casePeople(t.app, db);
});
afterAll(() => t?.close());

async function browserFor(accountId: string): Promise<StaffBrowser> {
  const sid = await inTransaction(db, (tx) => createSession(tx, { accountId, method: "password", secondFactor: true }));
  const b = new StaffBrowser(t.app);
  b.cookie = `sid=${sid}`;
  return b;
}

async function anonymousCase(email: string) {
  const r = await inTransaction(db, (tx) => createCase(tx, p.deps, anonymous(), { kind: "test.request", title: "Ausweis verloren", description: "Beim Einkaufen.", category: "papers", contactEmail: email }));
  if (!r.ok) throw new Error("not created");
  return { ...r, accessPath: r.accessPath! };
}

const mailsTo = (email: string) => db.selectFrom("mail.outbox").select(["subject", "text_body"]).where("recipient", "=", email).orderBy("created_at").execute();

describe("Persönlichen Link erneuern", () => {
  it("revokes every earlier link, mails the new one to the contact address and notes it for staff only", async () => {
    const c = await anonymousCase("link.neu@example.org");
    expect((await t.app.inject({ url: c.accessPath })).statusCode).toBe(200);
    const b = await browserFor(p.kvrStaff.id);
    const page = `/verwaltung/vorgaenge/${c.reference}`;
    const before = html(await b.get(page));
    expect(text(before.querySelector(`form[action="${page}/link"] button`))).toBe("Persönlichen Link erneuern");

    const res = await b.submit(page, {}, `${page}/link`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${page}?hinweis=link#verlauf`);
    expect(text(html(await b.get(String(res.headers.location))).querySelector(".kern-alert"))).toContain("Frühere Links gelten nicht mehr");

    expect((await t.app.inject({ url: c.accessPath })).statusCode).toBe(404);
    const mail = (await mailsTo("link.neu@example.org")).at(-1)!;
    expect(mail.subject).toBe(`Ihr neuer persönlicher Link zum Vorgang ${c.reference}`);
    const newPath = /\/vorgaenge\/[^\s]+\/zugang\/[A-Za-z0-9_-]{43}/.exec(mail.text_body)![0];
    expect(newPath).not.toBe(c.accessPath);
    expect(mail.text_body).not.toContain("Beim Einkaufen");
    const citizenPage = await t.app.inject({ url: newPath });
    expect(citizenPage.statusCode).toBe(200);
    expect(citizenPage.body).not.toContain("Link erneuert");
    // The staff page shows neither link: staff must not be able to act as the citizen.
    const staffPage = await b.get(page);
    expect(staffPage.body).not.toContain(newPath);
    expect(text(html(staffPage).querySelector("#verlauf")?.parentNode ?? null)).toContain("Persönlichen Link erneuert");

    const entry = await db.selectFrom("cases.timeline_entry").select(["visibility", "detail"]).where("case_id", "=", c.id).where("type", "=", "internal-note").executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ visibility: "internal", detail: { action: "access-link-renewed" } });
    const audit = await db.selectFrom("audit.record").select(["actor_id"]).where("action", "=", "case.access-link-renewed").where("subject_id", "=", c.id).execute();
    expect(audit).toEqual([{ actor_id: p.kvrStaff.id }]);
  });

  it("answers 404 to another department and 403 to citizens, and changes nothing", async () => {
    const c = await anonymousCase("link.fremd@example.org");
    const page = `/verwaltung/vorgaenge/${c.reference}`;
    const bau = await browserFor(p.bauStaff.id);
    const token = csrfTokenOf(await bau.get("/verwaltung/vorgaenge"));
    expect((await bau.post(`${page}/link`, { _csrf: token })).statusCode).toBe(404);
    const citizen = await browserFor(p.citizen.id);
    expect((await citizen.post(`${page}/link`, { _csrf: token })).statusCode).toBe(403);
    expect((await t.app.inject({ url: c.accessPath })).statusCode).toBe(200);
    expect(await mailsTo("link.fremd@example.org")).toHaveLength(1);
    expect(await inTransaction(db, (tx) => renewAccessLink(tx, p.deps, p.bauStaff, { caseId: c.id }))).toEqual({ ok: false, reason: "not-found" });
  });

  it("offers no link for a case with an account, and the use case refuses it", async () => {
    const r = await inTransaction(db, (tx) => createCase(tx, p.deps, p.citizen, { kind: "test.request", title: "Mit Konto", category: "papers" }));
    if (!r.ok) throw new Error("not created");
    const b = await browserFor(p.kvrStaff.id);
    const page = `/verwaltung/vorgaenge/${r.reference}`;
    expect(html(await b.get(page)).querySelector(`form[action="${page}/link"]`)).toBeNull();
    expect(await inTransaction(db, (tx) => renewAccessLink(tx, p.deps, p.kvrStaff, { caseId: r.id }))).toEqual({ ok: false, reason: "no-contact" });
    expect((await b.submit(page, {}, `${page}/link`)).statusCode).toBe(409);
  });
});

describe("a tampered case form", () => {
  it("names the broken form instead of asking for a text when the version is garbled or missing", async () => {
    const c = await anonymousCase("version@example.org");
    const b = await browserFor(p.kvrStaff.id);
    const page = `/verwaltung/vorgaenge/${c.reference}`;
    for (const version of ["garbage", ""]) {
      const res = await b.submit(page, { version, prioritaet: "high", frist: "" }, `${page}/details`);
      expect(res.statusCode).toBe(400);
      const doc = html(res);
      expect(text(doc.querySelector(".kern-alert"))).toContain("Das Formular war unvollständig");
      expect(res.body).not.toContain("Bitte geben Sie einen Text ein.");
    }
    const step = await b.submit(page, { version: "x", aktion: "start", kommentar: "" }, `${page}/schritt`);
    expect(step.statusCode).toBe(400);
    expect(step.body).toContain("Das Formular war unvollständig");
  });
});
