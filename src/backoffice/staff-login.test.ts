// Staff login end to end: password, TOTP enrolment with QR code, second factor, a new session token after it,
// replay, lockouts (wrong passwords per address and network, wrong codes per account), logout, and who may not enter /verwaltung. Real database, the demo staff accounts, forms with their CSRF tokens.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app.ts";
import { html, text } from "../../test/support/html.ts";
import { searchAudit } from "../kernel/audit/index.ts";
import { createSession, createStaffAccount, totpCode, totpStep } from "../kernel/identity/index.ts";
import { inTransaction } from "../platform/db/index.ts";
import { StaffBrowser, csrfTokenOf, secretOnEnrolPage } from "../../test/support/staff-browser.ts";

let t: TestApp;
const PASSWORD = "Stadttor-Demo-2026";
const admin = "admin@stadttor.example";

beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(async () => {
  await t?.close();
});

const errorSummary = (body: string) => text(html(body).querySelector(".st-error-summary"));
const actions = async (prefix: string) => (await searchAudit(t.database.db, { action: prefix, limit: 100, offset: 0 })).entries.map((e) => e.action);

describe("staff login with password and TOTP", () => {
  it("enrols on first login with secret and QR code, refuses a wrong code, then lets the person in", async () => {
    const b = new StaffBrowser(t.app);
    const login = await b.submit("/verwaltung/anmelden", { email: admin, password: PASSWORD });
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe("/verwaltung/anmelden/einrichten");

    // Password alone is not enough: the back office sends the session to the second factor.
    const early = await b.get("/verwaltung");
    expect(early.statusCode).toBe(303);
    expect(early.headers.location).toBe("/verwaltung/anmelden/code");
    expect((await b.get("/verwaltung/mitarbeitende")).statusCode).toBe(303);

    const setup = await b.get("/verwaltung/anmelden/einrichten");
    expect(setup.statusCode).toBe(200);
    const img = html(setup).querySelector(".st-qr img");
    expect(img?.getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(img?.getAttribute("alt")).toContain("QR-Code");
    const secret = secretOnEnrolPage(setup);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // The same secret on reload, and stored only encrypted.
    expect(secretOnEnrolPage(await b.get("/verwaltung/anmelden/einrichten"))).toBe(secret);
    const stored = await t.database.db.selectFrom("identity.staff_totp").select("secret_encrypted").executeTakeFirstOrThrow();
    expect(stored.secret_encrypted).not.toContain(secret);

    const wrongCode = String((Number(totpCode(secret)) + 1) % 1_000_000).padStart(6, "0");
    const wrong = await b.submit("/verwaltung/anmelden/einrichten", { code: wrongCode });
    expect(wrong.statusCode).toBe(401);
    expect(errorSummary(wrong.body)).toContain("Der Code ist falsch");
    expect(html(wrong).querySelector("#code")?.getAttribute("aria-invalid")).toBe("true");

    const ok = await b.submit("/verwaltung/anmelden/einrichten", { code: totpCode(secret) });
    expect(ok.headers.location).toBe("/verwaltung/wiederherstellungscodes");
    const overview = await b.get("/verwaltung");
    expect(overview.statusCode).toBe(200);
    expect(text(html(overview).querySelector("h1"))).toBe("Übersicht");
    const nav = text(html(overview).querySelector(".st-staffnav"));
    expect(nav).toContain("Mitarbeitende");
    expect(nav).toContain("Protokoll");
    expect(await actions("staff.")).toEqual(
      expect.arrayContaining(["staff.login.password-accepted", "staff.login.second-factor-failed", "staff.totp.enrolled", "staff.login.succeeded"]),
    );
  });

  it("asks enrolled staff for the code, refuses a code used before, and accepts the next one", async () => {
    const b = new StaffBrowser(t.app);
    const { secret, step } = await b.enrol("leitung.kvr@stadttor.example", PASSWORD);
    const logout = await b.submit("/verwaltung", {}, "/verwaltung/abmelden");
    expect(logout.headers.location).toBe("/verwaltung/anmelden?abgemeldet");
    expect((await b.get("/verwaltung")).headers.location).toBe("/verwaltung/anmelden");

    const again = await b.submit("/verwaltung/anmelden", { email: "leitung.kvr@stadttor.example", password: PASSWORD });
    expect(again.headers.location).toBe("/verwaltung/anmelden/code");
    expect((await b.get("/verwaltung/anmelden/einrichten")).headers.location).toBe("/verwaltung/anmelden/code");
    const replay = await b.submit("/verwaltung/anmelden/code", { code: totpCode(secret, step) });
    expect(replay.statusCode).toBe(401);
    expect(errorSummary(replay.body)).toContain("schon verwendet");
    const replayRecord = (await searchAudit(t.database.db, { action: "staff.login.second-factor-failed", limit: 10, offset: 0 })).entries[0];
    expect(replayRecord?.detail).toEqual({ replayed: true });

    const next = await b.submit("/verwaltung/anmelden/code", { code: totpCode(secret, Math.max(step + 1, totpStep())) });
    expect(next.headers.location).toBe("/verwaltung");
    expect((await b.get("/verwaltung")).statusCode).toBe(200);
  });

  it("lets a recovery code stand in for the app, once", async () => {
    const b = new StaffBrowser(t.app);
    const email = "sachbearbeitung.kvr@stadttor.example";
    const { secret, step } = await b.enrol(email, PASSWORD);
    expect(text(html(await b.get("/verwaltung/wiederherstellungscodes")).querySelector("main"))).toContain("noch 0 unbenutzte Codes");
    expect((await b.post("/verwaltung/wiederherstellungscodes", {})).statusCode).toBe(403);
    const shown = await b.submit("/verwaltung/wiederherstellungscodes", { code: totpCode(secret, step + 1) });
    const codes = html(shown).querySelectorAll("[data-recovery-code]").map((c) => text(c));
    expect(codes).toHaveLength(10);
    const stored = await t.database.db.selectFrom("identity.staff_recovery_code").select("code_hash").execute();
    expect(stored.map((r) => r.code_hash.toString("hex"))).not.toContain(Buffer.from(codes[0]!).toString("hex"));

    const useCode = async (code: string) => {
      await b.submit("/verwaltung", {}, "/verwaltung/abmelden");
      expect((await b.submit("/verwaltung/anmelden", { email, password: PASSWORD })).headers.location).toBe("/verwaltung/anmelden/code");
      return b.submit("/verwaltung/anmelden/code", { code });
    };
    expect((await useCode(codes[0]!.toUpperCase())).headers.location).toBe("/verwaltung");
    expect(text(html(await b.get("/verwaltung/wiederherstellungscodes")).querySelector("main"))).toContain("noch 9 unbenutzte Codes");
    expect((await useCode(codes[0]!)).statusCode).toBe(401);
    expect((await b.submit("/verwaltung/anmelden/code", { code: codes[1]! })).headers.location).toBe("/verwaltung");
    expect(await actions("staff.recovery-codes.")).toEqual(["staff.recovery-codes.created"]);
  });

  it("gives the session a new token once the code is accepted: the cookie from before the code no longer works", async () => {
    const email = "fixiert@stadttor.example";
    await inTransaction(t.database.db, (tx) => createStaffAccount(tx, { email, displayName: "Fix", password: "lang-genug-und-geheim", roles: [] }));
    const b = new StaffBrowser(t.app);
    await b.submit("/verwaltung/anmelden", { email, password: "lang-genug-und-geheim" });
    const beforeEnrol = b.sid()!;
    const secret = secretOnEnrolPage(await b.get("/verwaltung/anmelden/einrichten"));
    const step = totpStep();
    const enrolled = await b.submit("/verwaltung/anmelden/einrichten", { code: totpCode(secret, step) });
    expect(enrolled.headers.location).toBe("/verwaltung/wiederherstellungscodes");
    const cookie = enrolled.cookies.find((c) => c.name === "sid");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(b.sid()).not.toBe(beforeEnrol);
    expect((await b.get("/verwaltung")).statusCode).toBe(200);
    // Whoever knew the token from before (planted, or read off the half-done login) has nothing.
    const stale = await t.app.inject({ url: "/verwaltung", cookies: { sid: beforeEnrol } });
    expect(stale.statusCode).toBe(303);
    expect(stale.headers.location).toBe("/verwaltung/anmelden");

    // The same at the code step of a later login; the old token does not even reach the code page.
    await b.submit("/verwaltung", {}, "/verwaltung/abmelden");
    await b.submit("/verwaltung/anmelden", { email, password: "lang-genug-und-geheim" });
    const beforeCode = b.sid()!;
    expect((await b.submit("/verwaltung/anmelden/code", { code: totpCode(secret, Math.max(step + 1, totpStep())) })).headers.location).toBe("/verwaltung");
    expect(b.sid()).not.toBe(beforeCode);
    expect((await b.get("/verwaltung")).statusCode).toBe(200);
    expect((await t.app.inject({ url: "/verwaltung/anmelden/code", cookies: { sid: beforeCode } })).headers.location).toBe("/verwaltung/anmelden");
    expect(await t.database.db.selectFrom("identity.session as s").innerJoin("identity.account as a", "a.id", "s.account_id").select("s.token_hash").where("a.email", "=", email).execute()).toHaveLength(1);
  });

  it("answers a wrong password and an unknown address alike", async () => {
    const b = new StaffBrowser(t.app);
    const wrong = await b.submit("/verwaltung/anmelden", { email: "redaktion@stadttor.example", password: "falsch-falsch" });
    const unknown = await b.submit("/verwaltung/anmelden", { email: "niemand@stadttor.example", password: "falsch-falsch" });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(errorSummary(wrong.body)).toBe(errorSummary(unknown.body));
    expect(errorSummary(wrong.body)).toContain("E-Mail-Adresse oder Passwort ist falsch");
    // The address stays in the form, the password is never sent back.
    expect(html(wrong).querySelector("#email")?.getAttribute("value")).toBe("redaktion@stadttor.example");
    expect(html(wrong).querySelector("#password")?.getAttribute("value") ?? "").toBe("");
    expect(b.cookie).not.toContain("sid=");
    expect(await actions("staff.login.failed")).toHaveLength(2);
  });

  it("locks an address after five wrong passwords from that network only: a stranger can't lock the real person out", async () => {
    const email = "sachbearbeitung.bau@stadttor.example";
    const stranger = new StaffBrowser(t.app, "198.51.100.66");
    for (let i = 0; i < 5; i++) expect((await stranger.submit("/verwaltung/anmelden", { email, password: `falsch-${i}` })).statusCode).toBe(401);
    const locked = await stranger.submit("/verwaltung/anmelden", { email, password: PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(errorSummary(locked.body)).toContain("von Ihrem Netzwerk aus jetzt 15 Minuten gesperrt");
    expect(await actions("staff.login.locked")).toHaveLength(1);
    // The person at their desk (another network) logs in as ever.
    const owner = new StaffBrowser(t.app, "203.0.113.77");
    expect((await owner.submit("/verwaltung/anmelden", { email, password: PASSWORD })).headers.location).toBe("/verwaltung/anmelden/einrichten");
  });

  it("keeps the platform admin reachable however often strangers guess their password", async () => {
    // The review's attack: rounds of wrong passwords for the platform admin's address from one place.
    const stranger = new StaffBrowser(t.app, "198.51.100.67");
    for (let i = 0; i < 5; i++) await stranger.submit("/verwaltung/anmelden", { email: admin, password: `falsch-${i}` });
    expect((await stranger.submit("/verwaltung/anmelden", { email: admin, password: PASSWORD })).statusCode).toBe(429);
    const b = new StaffBrowser(t.app, "203.0.113.78");
    expect((await b.submit("/verwaltung/anmelden", { email: admin, password: PASSWORD })).statusCode).toBe(303);
  });

  it("tells how long a repeated, longer lockout still lasts", async () => {
    const email = "wiederholt@stadttor.example";
    await inTransaction(t.database.db, (tx) => createStaffAccount(tx, { email, displayName: "Wiederholt", password: "lang-genug-und-geheim", roles: [] }));
    // As the fourth round of wrong codes would leave the account: locked for hours (kernel tests count the rounds).
    await t.database.db
      .insertInto("identity.staff_login_attempt")
      .values({ email_key: createHash("sha256").update(email).digest(), stage: "totp", succeeded: false, locked_until: new Date(Date.now() + 4 * 3600_000 - 1000) })
      .execute();
    const b = new StaffBrowser(t.app);
    await b.submit("/verwaltung/anmelden", { email, password: "lang-genug-und-geheim" });
    const locked = await b.submit("/verwaltung/anmelden/einrichten", { code: "123456" });
    expect(locked.statusCode).toBe(429);
    expect(errorSummary(locked.body)).toContain("für Ihr Konto jetzt 4 Stunden gesperrt");
    const en = new StaffBrowser(t.app);
    en.cookie = "lang=en";
    await en.submit("/verwaltung/anmelden", { email, password: "lang-genug-und-geheim" });
    expect(errorSummary((await en.submit("/verwaltung/anmelden/einrichten", { code: "123456" })).body)).toContain("blocked for 4 hours");
  });

  it("counts wrong codes towards the account's lock, wherever it logs in, and the lock ends the half-done session", async () => {
    await inTransaction(t.database.db, (tx) => createStaffAccount(tx, { email: "rate@stadttor.example", displayName: "Rate", password: "lang-genug-und-geheim", roles: [] }));
    const b = new StaffBrowser(t.app);
    await b.submit("/verwaltung/anmelden", { email: "rate@stadttor.example", password: "lang-genug-und-geheim" });
    const secret = secretOnEnrolPage(await b.get("/verwaltung/anmelden/einrichten"));
    const wrong = String((Number(totpCode(secret)) + 500_000) % 1_000_000).padStart(6, "0");
    for (let i = 0; i < 5; i++) expect((await b.submit("/verwaltung/anmelden/einrichten", { code: wrong })).statusCode).toBe(401);
    const locked = await b.submit("/verwaltung/anmelden/einrichten", { code: totpCode(secret) });
    expect(locked.statusCode).toBe(429);
    expect(b.cookie).not.toContain("sid=");
    expect((await b.get("/verwaltung")).headers.location).toBe("/verwaltung/anmelden");
    // Wrong codes need the right password: they lock the account from every network.
    const elsewhere = new StaffBrowser(t.app, "203.0.113.79");
    expect((await elsewhere.submit("/verwaltung/anmelden", { email: "rate@stadttor.example", password: "lang-genug-und-geheim" })).statusCode).toBe(303);
    const still = await elsewhere.submit("/verwaltung/anmelden/einrichten", { code: totpCode(secret) });
    expect(still.statusCode).toBe(429);
    expect(errorSummary(still.body)).toContain("für Ihr Konto");
  });

  it("limits login attempts per IP address", async () => {
    const b = new StaffBrowser(t.app, "10.99.99.99");
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await b.submit("/verwaltung/anmelden", { email: `x${i}@stadttor.example`, password: "falsch" })).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("refuses citizens with 403 and sends anonymous visitors to the login", async () => {
    const citizen = await t.database.db.insertInto("identity.account").values({ kind: "citizen", email: "eva@beispiel.de", display_name: "Eva" }).returning("id").executeTakeFirstOrThrow();
    const sid = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: citizen.id, method: "password" }));
    for (const url of ["/verwaltung", "/verwaltung/mitarbeitende", "/verwaltung/protokoll"]) {
      const res = await t.app.inject({ url, cookies: { sid } });
      expect(res.statusCode).toBe(403);
      expect(text(html(res).querySelector("h1"))).toBe("Kein Zugriff");
    }
    const anonymous = await t.app.inject({ url: "/verwaltung" });
    expect(anonymous.headers.location).toBe("/verwaltung/anmelden");
  });

  it("enforces CSRF on the login, code, set-up and logout forms", async () => {
    const b = new StaffBrowser(t.app);
    const csrfToken = csrfTokenOf(await b.get("/verwaltung/anmelden"));
    expect((await b.post("/verwaltung/anmelden", { email: admin, password: PASSWORD })).statusCode).toBe(403);
    expect((await b.post("/verwaltung/anmelden", { _csrf: "falsch", email: admin, password: PASSWORD })).statusCode).toBe(403);
    const login = await b.post("/verwaltung/anmelden", { _csrf: csrfToken, email: "redaktion@stadttor.example", password: PASSWORD });
    expect(login.headers.location).toBe("/verwaltung/anmelden/einrichten");
    for (const action of ["/verwaltung/anmelden/code", "/verwaltung/anmelden/einrichten", "/verwaltung/abmelden"]) {
      expect((await b.post(action, { code: "123456" })).statusCode).toBe(403);
    }
  });

  it("shows the login in English", async () => {
    const res = await t.app.inject({ url: "/verwaltung/anmelden", cookies: { lang: "en" } });
    expect(text(html(res).querySelector("h1"))).toBe("Staff login");
  });
});
