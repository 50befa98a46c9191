// Registration, confirmation, login, logout and password reset end to end: real database, real SMTP server
// on loopback, forms with their CSRF tokens, and the cases an attacker would try.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { html, text } from "../../../test/support/html.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../../test/support/smtp.ts";
import { createJobQueue, type JobQueue } from "../../platform/jobs/index.ts";
import { createMailTransport, mailWorker, type MailTransport } from "../../platform/mail/index.ts";
import { TestBrowser, linkIn } from "../../../test/support/test-browser.ts";

let t: TestApp;
let smtp: TestSmtpServer;
let worker: JobQueue;
let transport: MailTransport;
const quiet = { info() {}, warn() {}, error() {} };
const PASSWORD = "Isarauen im Herbst 2026";

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await createTestApp({ env: { SMTP_URL: smtp.url, ACCOUNT_RATE_LIMIT_PER_MINUTE: "1000", PUBLIC_URL: "http://stadttor.test" } });
  transport = createMailTransport(t.config)!;
  // The app only sends jobs; this worker delivers them to the SMTP server, as the worker role does in production.
  worker = createJobQueue(t.database, { work: true, pollSeconds: 0.5, stopGraceMs: 2_000 });
  await mailWorker({ db: t.database.db, jobs: worker, transport });
  await worker.start({ log: quiet });
});
afterAll(async () => {
  await worker?.stop();
  transport?.close();
  await t?.close();
  await smtp?.close();
});
beforeEach(() => smtp.clear());

const errorText = (body: string) => text(html(body).querySelector(".st-error-summary"));

async function register(email: string, password = PASSWORD) {
  const b = new TestBrowser(t.app);
  const res = await b.submit("/konto/registrieren", { email, password, displayName: "Eva Muster" });
  return { b, res };
}

async function registeredAndConfirmed(email: string): Promise<void> {
  await register(email);
  const mail = await smtp.waitForMessage((m) => m.to.includes(email));
  const b = new TestBrowser(t.app);
  await b.submit(linkIn(mail.text, "/konto/bestaetigen"), {});
}

describe("registration and confirmation", () => {
  it("registers, mails a link, confirms it, logs in and out", async () => {
    const { b, res } = await register("eva@beispiel.de");
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/konto/registrieren/gesendet");
    const mail = await smtp.waitForMessage((m) => m.to.includes("eva@beispiel.de"));
    expect(mail.subject).toBe("Bitte bestätigen Sie Ihre E-Mail-Adresse");
    const link = linkIn(mail.text, "/konto/bestaetigen");

    // A mail scanner opening the link does not use it up: the page only shows a button.
    expect((await b.get(link)).statusCode).toBe(200);
    const confirmed = await b.submit(link, {});
    expect(confirmed.headers.location).toBe("/konto/bestaetigt");

    const login = await b.submit("/konto/anmelden", { email: "Eva@Beispiel.de", password: PASSWORD });
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe("/konto");
    const cookie = login.cookies.find((c) => c.name === "sid")!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const overview = await b.get("/konto");
    expect(text(html(overview).querySelector("h1"))).toBe("Guten Tag, Eva Muster");
    expect(overview.body).not.toContain("Bitte bestätigen Sie Ihre E-Mail-Adresse");

    const sid = b.sid()!;
    const logout = await b.submit("/konto", {}, "/konto/abmelden");
    expect(logout.headers.location).toBe("/konto/abgemeldet");
    expect(b.sid()).toBeUndefined();
    const after = await t.app.inject({ url: "/konto", cookies: { sid } });
    expect(after.headers.location).toBe("/konto/anmelden?zurueck=%2Fkonto");
  });

  it("refuses a used link and an expired link with a clear message", async () => {
    await register("otto@beispiel.de");
    const link = linkIn((await smtp.waitForMessage((m) => m.to.includes("otto@beispiel.de"))).text, "/konto/bestaetigen");
    const b = new TestBrowser(t.app);
    expect((await b.submit(link, {})).statusCode).toBe(303);
    const again = await b.get(link);
    expect(again.statusCode).toBe(410);
    expect(text(html(again).querySelector("main"))).toContain("Dieser Link wurde schon benutzt");

    await b.submit("/konto/passwort-vergessen", { email: "otto@beispiel.de" });
    const reset = linkIn((await smtp.waitForMessage((m) => m.subject.startsWith("Neues Passwort"))).text, "/konto/passwort-neu");
    await t.database.db.updateTable("identity.account_token").set({ expires_at: new Date(Date.now() - 1000) }).where("purpose", "=", "reset-password").execute();
    const expired = await b.get(reset);
    expect(expired.statusCode).toBe(410);
    expect(text(html(expired).querySelector("main"))).toContain("Dieser Link ist abgelaufen");
    expect((await b.get("/konto/passwort-neu/" + "x".repeat(43))).body).toContain("Dieser Link ist ungültig");
  });

  it("answers the same for a known address, and mails its owner instead of making a second account", async () => {
    await registeredAndConfirmed("lena@beispiel.de");
    smtp.clear();
    const known = await register("lena@beispiel.de", "ein ganz anderes Passwort");
    const unknown = await register("neu@beispiel.de", "ein ganz anderes Passwort");
    expect(known.res.statusCode).toBe(unknown.res.statusCode);
    expect(known.res.headers.location).toBe(unknown.res.headers.location);
    const notice = await smtp.waitForMessage((m) => m.to.includes("lena@beispiel.de"));
    expect(notice.subject).toBe("Anmeldeversuch mit Ihrer E-Mail-Adresse");
    expect(notice.text).toContain("/konto/passwort-neu/");
    const accounts = await t.database.db.selectFrom("identity.account").select("email").where("email", "=", "lena@beispiel.de").execute();
    expect(accounts).toHaveLength(1);
  });

  it("refuses short and common passwords without echoing them", async () => {
    const short = await register("kurz@beispiel.de", "kurz");
    expect(short.res.statusCode).toBe(400);
    expect(errorText(short.res.body)).toContain("mindestens 12 Zeichen");
    const common = await register("kurz@beispiel.de", "Qwerty123456");
    expect(errorText(common.res.body)).toContain("sehr verbreitet");
    expect(common.res.body).not.toContain("Qwerty123456");
    expect(html(common.res).querySelector("#email")?.getAttribute("value")).toBe("kurz@beispiel.de");
  });
});

describe("login hardening", () => {
  it("gives the same answer for an unknown address and a wrong password, at login and forgot password", async () => {
    await registeredAndConfirmed("max@beispiel.de");
    const b = new TestBrowser(t.app);
    const wrong = await b.submit("/konto/anmelden", { email: "max@beispiel.de", password: "falsches Passwort!" });
    const unknown = await b.submit("/konto/anmelden", { email: "niemand@beispiel.de", password: "falsches Passwort!" });
    expect(wrong.statusCode).toBe(400);
    expect(unknown.statusCode).toBe(400);
    expect(errorText(wrong.body)).toBe(errorText(unknown.body));
    const forgotKnown = await b.submit("/konto/passwort-vergessen", { email: "max@beispiel.de" });
    const forgotUnknown = await b.submit("/konto/passwort-vergessen", { email: "niemand@beispiel.de" });
    expect(forgotKnown.headers.location).toBe(forgotUnknown.headers.location);
  });

  it("locks an address after 5 failures and says in plain German when to try again, known or not", async () => {
    await registeredAndConfirmed("kai@beispiel.de");
    for (const email of ["kai@beispiel.de", "keiner@beispiel.de"]) {
      const b = new TestBrowser(t.app);
      let last = await b.submit("/konto/anmelden", { email, password: "falsches Passwort!" });
      for (let i = 1; i < 5; i++) last = await b.submit("/konto/anmelden", { email, password: "falsches Passwort!" });
      expect(last.statusCode).toBe(429);
      expect(errorText(last.body)).toMatch(/Zu viele fehlgeschlagene Anmeldeversuche\. .* ab \d{2}:\d{2} Uhr wieder versuchen/);
      // Even the right password waits now.
      const right = await b.submit("/konto/anmelden", { email, password: PASSWORD });
      expect(right.statusCode).toBe(429);
    }
    const actions = await t.database.db.selectFrom("audit.record").select("action").where("action", "in", ["login.failed", "login.locked"]).execute();
    expect(actions.filter((a) => a.action === "login.failed").length).toBeGreaterThanOrEqual(10);
    expect(actions.some((a) => a.action === "login.locked")).toBe(true);
  });

  it("rotates the session on login: the cookie from before no longer works", async () => {
    await registeredAndConfirmed("ida@beispiel.de");
    const b = new TestBrowser(t.app);
    await b.submit("/konto/anmelden", { email: "ida@beispiel.de", password: PASSWORD });
    const first = b.sid()!;
    await b.submit("/konto", { email: "ida@beispiel.de", password: PASSWORD }, "/konto/anmelden");
    const second = b.sid()!;
    expect(second).not.toBe(first);
    expect((await t.app.inject({ url: "/konto", cookies: { sid: first } })).statusCode).toBe(303);
    expect((await t.app.inject({ url: "/konto", cookies: { sid: second } })).statusCode).toBe(200);
  });

  it("follows only same-site return paths", async () => {
    await registeredAndConfirmed("jan@beispiel.de");
    for (const zurueck of ["//boese.example/", "https://boese.example/", "/konto/profil"]) {
      const b = new TestBrowser(t.app);
      const res = await b.submit(`/konto/anmelden?zurueck=${encodeURIComponent(zurueck)}`, { email: "jan@beispiel.de", password: PASSWORD, zurueck });
      expect(res.headers.location).toBe(zurueck === "/konto/profil" ? "/konto/profil" : "/konto");
    }
  });

  it("resets a forgotten password and ends every other session", async () => {
    await registeredAndConfirmed("uli@beispiel.de");
    const phone = new TestBrowser(t.app);
    await phone.submit("/konto/anmelden", { email: "uli@beispiel.de", password: PASSWORD });
    const b = new TestBrowser(t.app);
    await b.submit("/konto/passwort-vergessen", { email: "uli@beispiel.de" });
    const link = linkIn((await smtp.waitForMessage((m) => m.to.includes("uli@beispiel.de") && m.subject.startsWith("Neues Passwort"))).text, "/konto/passwort-neu");
    const done = await b.submit(link, { password: "Neues Passwort für Uli" });
    expect(done.headers.location).toBe("/konto/passwort-neu/gespeichert");
    expect((await phone.get("/konto")).statusCode).toBe(303);
    const reused = await b.submit("/konto/passwort-vergessen", { password: "Noch ein Passwort für Uli" }, link);
    expect(reused.statusCode).toBe(410);
    expect(reused.body).toContain("Dieser Link wurde schon benutzt");
    expect((await b.submit("/konto/anmelden", { email: "uli@beispiel.de", password: "Neues Passwort für Uli" })).statusCode).toBe(303);
    const audit = await t.database.db.selectFrom("audit.record").select("action").where("action", "=", "password.reset").execute();
    expect(audit).toHaveLength(1);
  });

  it("refuses every account form posted without its CSRF token", async () => {
    const forms = ["/konto/anmelden", "/konto/registrieren", "/konto/passwort-vergessen", "/konto/abmelden", "/konto/ueberall-abmelden", "/konto/profil", "/konto/passwort", "/konto/e-mail", "/konto/loeschen", "/konto/bestaetigung-senden"];
    for (const url of forms) {
      const res = await t.app.inject({ method: "POST", url, headers: { "content-type": "application/x-www-form-urlencoded" }, payload: "email=a%40b.de&password=x" });
      expect(res.statusCode, url).toBe(403);
    }
  });
});
