// New recovery codes only with the current code from the authenticator app: refused without one, with a wrong
// or used one (which count towards the lockout), and the staff member is mailed when a new set was made.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app.ts";
import { StaffBrowser } from "../../test/support/staff-browser.ts";
import { html, text } from "../../test/support/html.ts";
import { totpCode, totpStep } from "../kernel/identity/index.ts";

let t: TestApp;
const PASSWORD = "Stadttor-Demo-2026";

beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t?.close());

const storedCodes = (accountId: string) => t.database.db.selectFrom("identity.staff_recovery_code").select("code_hash").where("account_id", "=", accountId).execute();
const accountId = async (email: string) => (await t.database.db.selectFrom("identity.account").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;
const mailsTo = (email: string) => t.database.db.selectFrom("mail.outbox").select(["subject", "text_body"]).where("recipient", "=", email).execute();
const errorOf = (body: string) => text(html(body).querySelector("#code-fehler"));

describe("making new recovery codes", () => {
  it("asks for the current TOTP code and refuses none, a wrong one and the one used to log in", async () => {
    const email = "admin@stadttor.example";
    const b = new StaffBrowser(t.app);
    const { secret, step } = await b.enrol(email, PASSWORD);
    const form = html(await b.get("/verwaltung/wiederherstellungscodes"));
    expect(form.querySelector('form[action="/verwaltung/wiederherstellungscodes"] input[name="code"]')?.getAttribute("autocomplete")).toBe("one-time-code");

    const none = await b.submit("/verwaltung/wiederherstellungscodes", { code: "" });
    expect(none.statusCode).toBe(400);
    expect(text(html(none).querySelector(".st-error-summary"))).toContain("Der Code ist falsch");
    const wrong = await b.submit("/verwaltung/wiederherstellungscodes", { code: String((Number(totpCode(secret, step + 1)) + 1) % 1_000_000).padStart(6, "0") });
    expect(wrong.statusCode).toBe(400);
    expect(html(wrong).querySelector("#code")?.getAttribute("aria-invalid")).toBe("true");
    const replayed = await b.submit("/verwaltung/wiederherstellungscodes", { code: totpCode(secret, step) });
    expect(replayed.statusCode).toBe(400);
    expect(errorOf(replayed.body)).toContain("schon verwendet");

    const id = await accountId(email);
    expect(await storedCodes(id)).toEqual([]);
    expect(await mailsTo(email)).toEqual([]);
    const refusals = await t.database.db.selectFrom("audit.record").select("detail").where("action", "=", "staff.recovery-codes.refused").where("actor_id", "=", id).execute();
    expect(refusals.map((r) => r.detail)).toEqual([{}, { replayed: true }]);
  });

  it("makes the set with the current code, once per code, and mails the staff member without any code", async () => {
    const email = "redaktion@stadttor.example";
    const b = new StaffBrowser(t.app);
    const { secret, step } = await b.enrol(email, PASSWORD);
    const code = totpCode(secret, Math.max(step + 1, totpStep()));
    const shown = await b.submit("/verwaltung/wiederherstellungscodes", { code });
    expect(shown.statusCode).toBe(200);
    const codes = html(shown).querySelectorAll("[data-recovery-code]").map((c) => text(c));
    expect(codes).toHaveLength(10);
    expect(await storedCodes(await accountId(email))).toHaveLength(10);
    // The same code a second time (a double click, or someone who watched) makes no second set.
    expect((await b.submit("/verwaltung/wiederherstellungscodes", { code })).statusCode).toBe(400);

    const mails = await mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("Neue Wiederherstellungscodes");
    expect(mails[0]!.text_body).toContain("Wenn Sie das nicht waren");
    expect(mails[0]!.text_body).toContain("If this was not you");
    for (const c of codes) expect(mails[0]!.text_body).not.toContain(c);
  });

  it("locks the form like the login after too many wrong codes", async () => {
    const email = "leitung.kvr@stadttor.example";
    const b = new StaffBrowser(t.app);
    const { secret, step } = await b.enrol(email, PASSWORD);
    const wrong = String((Number(totpCode(secret, step + 1)) + 7) % 1_000_000).padStart(6, "0");
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await b.submit("/verwaltung/wiederherstellungscodes", { code: wrong })).statusCode);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    const locked = await b.submit("/verwaltung/wiederherstellungscodes", { code: totpCode(secret, Math.max(step + 1, totpStep())) });
    expect(locked.statusCode).toBe(429);
    expect(errorOf(locked.body)).toContain("gesperrt");
    // The real length of the lockout, and that it holds for the login too (not the counting window).
    expect(errorOf(locked.body)).toMatch(/Anmeldung für Ihr Konto jetzt \d+ Minuten gesperrt/);
  });
});
