// "Mein Konto" for a logged-in citizen: overview, profile, e-mail change, "Meine Daten", "Konto löschen",
// "überall abmelden", and that nobody reaches another person's data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { html, text } from "../../../test/support/html.ts";
import { createSession, hashPassword, registerPersonalData } from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";
import { TestBrowser } from "../../../test/support/test-browser.ts";

let t: TestApp;
const PASSWORD = "Viktualienmarkt am Samstag";

beforeAll(async () => {
  t = await createTestApp({ env: { ACCOUNT_RATE_LIMIT_PER_MINUTE: "1000" } });
});
afterAll(() => t?.close());

async function citizen(email: string, confirmed = true): Promise<{ id: string; b: TestBrowser }> {
  const { id } = await t.database.db
    .insertInto("identity.account")
    .values({ kind: "citizen", email, display_name: "Eva Muster", password_hash: await hashPassword(PASSWORD), email_confirmed_at: confirmed ? new Date() : null })
    .returning("id")
    .executeTakeFirstOrThrow();
  const b = new TestBrowser(t.app);
  const res = await b.submit("/konto/anmelden", { email, password: PASSWORD });
  expect(res.statusCode).toBe(303);
  return { id, b };
}

describe("Mein Konto", () => {
  it("sends people without a session to the login, and back afterwards", async () => {
    const res = await t.app.inject({ url: "/konto" });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/konto/anmelden?zurueck=%2Fkonto");
    expect((await t.app.inject({ url: "/konto/profil" })).headers.location).toBe("/konto/anmelden?zurueck=%2Fkonto%2Fprofil");
  });

  it("greets, links every setting and asks to confirm an unconfirmed address", async () => {
    const { b } = await citizen("neu@beispiel.de", false);
    const doc = html(await b.get("/konto"));
    expect(doc.querySelectorAll("h1")).toHaveLength(1);
    const links = doc.querySelectorAll("main a").map((a) => a.getAttribute("href"));
    for (const href of ["/konto/profil", "/konto/passwort", "/konto/e-mail", "/konto/meine-daten", "/konto/loeschen", "/konto/postkorb"]) expect(links).toContain(href);
    expect(text(doc.querySelector("main"))).toContain("Bitte bestätigen Sie Ihre E-Mail-Adresse");
  });

  it("saves the profile, sets the language cookie and keeps input with the error", async () => {
    const { b, id } = await citizen("profil@beispiel.de");
    const bad = await b.submit("/konto/profil", { displayName: "Eva M.", street: "Marienplatz 8", postalCode: "8033", city: "München", language: "en", notifyByEmail: "no" });
    expect(bad.statusCode).toBe(400);
    expect(text(html(bad).querySelector(".st-error-summary"))).toContain("5 Ziffern");
    expect(html(bad).querySelector("#street")?.getAttribute("value")).toBe("Marienplatz 8");
    const ok = await b.submit("/konto/profil", { displayName: "Eva M.", street: "Marienplatz 8", postalCode: "80331", city: "München", language: "en", notifyByEmail: "no" });
    expect(ok.headers.location).toBe("/konto?erledigt=gespeichert");
    expect(ok.cookies.find((c) => c.name === "lang")?.value).toBe("en");
    const row = await t.database.db.selectFrom("identity.account").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ display_name: "Eva M.", postal_code: "80331", city: "München", preferred_language: "en", notify_by_email: false });
    expect(text(html(await b.get("/konto")).querySelector("h1"))).toBe("Hello, Eva M.");
  });

  it("exports the profile and what other modules registered, as JSON", async () => {
    registerPersonalData({ name: "test-module", export: async (_db, accountId) => ({ owner: accountId }), erase: async () => {} });
    const { b, id } = await citizen("export@beispiel.de");
    await b.submit("/konto/profil", { displayName: "Export Eva", street: "", postalCode: "", city: "Augsburg", language: "de", notifyByEmail: "yes" });
    const res = await b.get("/konto/meine-daten/export.json");
    expect(res.headers["content-type"]).toContain("application/json");
    expect(res.headers["content-disposition"]).toContain("attachment");
    const data = res.json() as { account: Record<string, unknown>; "test-module": unknown; securityLog: Array<{ action: string }> };
    expect(data.account).toMatchObject({ id, email: "export@beispiel.de", display_name: "Export Eva", city: "Augsburg" });
    expect(data["test-module"]).toEqual({ owner: id });
    expect(data.securityLog.map((r) => r.action)).toContain("login.succeeded");
    expect(JSON.stringify(data)).not.toContain("argon2");
  });

  it("changes the password only with the current one, and ends the other sessions", async () => {
    const { b, id } = await citizen("pw@beispiel.de");
    const other = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: id, method: "password" }));
    const wrong = await b.submit("/konto/passwort", { currentPassword: "nicht richtig", newPassword: "Ein neues langes Passwort" });
    expect(wrong.statusCode).toBe(400);
    const ok = await b.submit("/konto/passwort", { currentPassword: PASSWORD, newPassword: "Ein neues langes Passwort" });
    expect(ok.headers.location).toBe("/konto?erledigt=passwort-geaendert");
    expect((await b.get("/konto")).statusCode).toBe(200);
    expect((await t.app.inject({ url: "/konto", cookies: { sid: other } })).statusCode).toBe(303);
  });

  it("logs out everywhere", async () => {
    const { b, id } = await citizen("ueberall@beispiel.de");
    const other = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: id, method: "password" }));
    const res = await b.submit("/konto", {}, "/konto/ueberall-abmelden");
    expect(res.headers.location).toBe("/konto/abgemeldet?ueberall=1");
    expect((await b.get("/konto")).statusCode).toBe(303);
    expect((await t.app.inject({ url: "/konto", cookies: { sid: other } })).statusCode).toBe(303);
  });

  it("deletes the account with the password, runs every eraser, logs out and says what is kept", async () => {
    const erased: string[] = [];
    registerPersonalData({ name: "test-module", export: async () => null, erase: async (_tx, accountId) => void erased.push(accountId) });
    const { b, id } = await citizen("weg@beispiel.de");
    expect((await b.submit("/konto/loeschen", { password: "falsch falsch falsch" })).statusCode).toBe(400);
    const res = await b.submit("/konto/loeschen", { password: PASSWORD });
    expect(res.headers.location).toBe("/konto/geloescht");
    expect(erased).toEqual([id]);
    expect(await t.database.db.selectFrom("identity.account").select("id").where("id", "=", id).executeTakeFirst()).toBeUndefined();
    expect(await t.database.db.selectFrom("identity.session").select("account_id").where("account_id", "=", id).executeTakeFirst()).toBeUndefined();
    expect(b.sid()).toBeUndefined();
    const page = await b.get("/konto/geloescht");
    expect(text(html(page).querySelector("main"))).toContain("Was wir noch aufbewahren und warum");
    const mail = await t.database.db.selectFrom("mail.outbox").select("subject").where("recipient", "=", "weg@beispiel.de").execute();
    expect(mail.map((m) => m.subject)).toContain("Ihr Stadttor-Konto wurde gelöscht");
  });
});

describe("another person's data", () => {
  it("is out of reach: every page works on the session's own account, staff get 403", async () => {
    const anna = await citizen("anna@beispiel.de");
    const ben = await citizen("ben@beispiel.de");
    await anna.b.submit("/konto/profil", { displayName: "Anna", street: "Geheimweg 1", postalCode: "80331", city: "München", language: "de", notifyByEmail: "yes" });
    const bens = await ben.b.get("/konto/meine-daten/export.json?account=" + anna.id);
    expect(bens.body).not.toContain("Geheimweg");
    expect(bens.body).toContain(ben.id);
    const staff = await t.database.db
      .insertInto("identity.account")
      .values({ kind: "staff", email: "staff@muenchen.example", display_name: "Sachbearbeiterin" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const sid = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: staff.id, method: "password", secondFactor: true }));
    expect((await t.app.inject({ url: "/konto/meine-daten/export.json", cookies: { sid } })).statusCode).toBe(403);
  });

  it("changes the e-mail address only after the new address confirmed it, and tells the old one", async () => {
    const { b, id } = await citizen("alt@beispiel.de");
    const res = await b.submit("/konto/e-mail", { newEmail: "neu-adresse@beispiel.de", currentPassword: PASSWORD });
    expect(res.headers.location).toBe("/konto?erledigt=e-mail-gesendet");
    const outbox = await t.database.db.selectFrom("mail.outbox").select(["recipient", "text_body"]).where("recipient", "in", ["alt@beispiel.de", "neu-adresse@beispiel.de"]).execute();
    expect(outbox.map((m) => m.recipient).sort()).toEqual(["alt@beispiel.de", "neu-adresse@beispiel.de"]);
    const link = /\/konto\/e-mail\/bestaetigen\/[A-Za-z0-9_-]{43}/.exec(outbox.find((m) => m.recipient === "neu-adresse@beispiel.de")!.text_body)![0];
    expect((await t.database.db.selectFrom("identity.account").select("email").where("id", "=", id).executeTakeFirstOrThrow()).email).toBe("alt@beispiel.de");
    expect((await b.submit(link, {})).headers.location).toBe("/konto?erledigt=e-mail-geaendert");
    expect((await t.database.db.selectFrom("identity.account").select("email").where("id", "=", id).executeTakeFirstOrThrow()).email).toBe("neu-adresse@beispiel.de");
  });
});

describe("accounts made by a BundID login (no password)", () => {
  it("explain how to set a password instead of saying the password is wrong", async () => {
    const { id } = await t.database.db
      .insertInto("identity.account")
      .values({ kind: "citizen", email: "bundid@beispiel.de", display_name: "Per BundID", password_hash: null, email_confirmed_at: new Date() })
      .returning("id")
      .executeTakeFirstOrThrow();
    const b = new TestBrowser(t.app);
    b.cookie = `sid=${await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: id, method: "oidc", acr: "level3" }))}`;
    for (const [page, fields] of [
      ["/konto/loeschen", { password: "irgendwas" }],
      ["/konto/e-mail", { newEmail: "neu.bundid@beispiel.de", currentPassword: "irgendwas" }],
    ] as const) {
      const res = await b.submit(page, fields);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain("Passwort vergessen");
      expect(res.body).not.toContain("Das Passwort ist nicht richtig");
    }
    expect(await t.database.db.selectFrom("identity.account").select("id").where("id", "=", id).executeTakeFirst()).toBeDefined();
  });
});
