// Resetting a staff member's second factor from the staff page: confirmation step, then authenticator and
// recovery codes gone, sessions ended, a mail without secrets, an audit record, enrolment at the next login —
// and every forbidden case (own account, platform admins for department admins, other departments, plain staff).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app.ts";
import { html, text } from "../../test/support/html.ts";
import { StaffBrowser, secretOnEnrolPage } from "../../test/support/staff-browser.ts";
import { searchAudit } from "../kernel/audit/index.ts";
import { createSession, createStaffAccount, mayResetSecondFactor, resetSecondFactor, totpCode, type StaffActor } from "../kernel/identity/index.ts";
import { inTransaction } from "../platform/db/index.ts";
import { createJobQueue } from "../platform/jobs/index.ts";

let t: TestApp;
const PASSWORD = "Stadttor-Demo-2026";
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  // A platform admin who also works in the KVR: KVR's department admin must not reset them.
  await inTransaction(t.database.db, async (tx) => {
    await createStaffAccount(tx, {
      email: "chefin@stadttor.example",
      displayName: "Chefin",
      password: "lang-genug-und-geheim",
      roles: [{ role: "platform-admin", departmentId: null }, { role: "staff", departmentId: "kvr" }],
    });
    await createStaffAccount(tx, { email: "ohne-app@stadttor.example", displayName: "Ohne App", password: "lang-genug-und-geheim", roles: [{ role: "staff", departmentId: "kvr" }] });
    // KVR staff who also hold a role beyond the KVR: KVR's department admin must not reset them either.
    await createStaffAccount(tx, {
      email: "auch-redaktion@stadttor.example",
      displayName: "Auch Redaktion",
      password: "lang-genug-und-geheim",
      roles: [{ role: "staff", departmentId: "kvr" }, { role: "editor", departmentId: null }],
    });
    await createStaffAccount(tx, {
      email: "auch-bau-leitung@stadttor.example",
      displayName: "Auch Bau-Leitung",
      password: "lang-genug-und-geheim",
      roles: [{ role: "staff", departmentId: "kvr" }, { role: "department-admin", departmentId: "bau" }],
    });
  });
  for (const a of await t.database.db.selectFrom("identity.account").select(["id", "email"]).where("kind", "=", "staff").execute()) ids.set(a.email.split("@")[0]!, a.id);
  // Everyone but "ohne-app" has an authenticator (the secret is never read by a reset).
  const enrolled = [...ids].filter(([who]) => who !== "ohne-app" && who !== "sachbearbeitung.kvr").map(([, id]) => id);
  await t.database.db
    .insertInto("identity.staff_totp")
    .values(enrolled.map((id) => ({ account_id: id, secret_encrypted: "nicht-gelesen", confirmed_at: new Date("2026-11-02T09:00:00Z"), last_used_step: null })))
    .execute();
});
afterAll(() => t?.close());

async function loggedIn(who: string): Promise<StaffBrowser> {
  const sid = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: ids.get(who)!, method: "password", secondFactor: true }));
  const b = new StaffBrowser(t.app);
  b.cookie = `sid=${sid}`;
  return b;
}

const page = (who: string) => `/verwaltung/mitarbeitende/${ids.get(who)}`;
const resetPath = (who: string) => `${page(who)}/zweiter-faktor`;
const hasTotp = async (who: string) => (await t.database.db.selectFrom("identity.staff_totp").select("account_id").where("account_id", "=", ids.get(who)!).execute()).length === 1;
const resets = async () => (await searchAudit(t.database.db, { action: "staff.second-factor.reset", limit: 100, offset: 0 })).entries;

describe("resetting a second factor", () => {
  it("asks for confirmation, then removes app and recovery codes, ends the sessions, mails and logs it; the next login enrols anew", async () => {
    // Kim sets up the app for real, makes recovery codes and stays logged in.
    const kim = new StaffBrowser(t.app);
    const email = "sachbearbeitung.kvr@stadttor.example";
    const { secret, step } = await kim.enrol(email, PASSWORD);
    expect((await kim.submit("/verwaltung/wiederherstellungscodes", { code: totpCode(secret, step + 1) })).statusCode).toBe(200);
    const codes = () => t.database.db.selectFrom("identity.staff_recovery_code").select("code_hash").where("account_id", "=", ids.get("sachbearbeitung.kvr")!).execute();
    expect(await codes()).toHaveLength(10);

    const admin = await loggedIn("leitung.kvr");
    const detail = html(await admin.get(page("sachbearbeitung.kvr")));
    expect(text(detail.querySelector("main"))).toContain("Authenticator-App eingerichtet am");
    const link = detail.querySelector(`a[href="${resetPath("sachbearbeitung.kvr")}"]`);
    expect(text(link)).toBe("Zweiten Faktor zurücksetzen");

    const confirm = await admin.get(resetPath("sachbearbeitung.kvr"));
    expect(confirm.statusCode).toBe(200);
    const doc = html(confirm);
    expect(text(doc.querySelector("h1"))).toBe("Zweiten Faktor zurücksetzen");
    expect(text(doc.querySelector("main"))).toContain("wird sofort überall abgemeldet");
    expect(text(doc.querySelector("main"))).toContain("neue Authenticator-App ein");
    expect(doc.querySelector(`form[action="${resetPath("sachbearbeitung.kvr")}"] input[name=_csrf]`)).not.toBeNull();
    // Opening the confirmation changes nothing.
    expect(await hasTotp("sachbearbeitung.kvr")).toBe(true);

    const done = await admin.submit(resetPath("sachbearbeitung.kvr"), {});
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`${page("sachbearbeitung.kvr")}?hinweis=zweiter-faktor`);
    const after = text(html(await admin.get(done.headers.location as string)).querySelector("main"));
    expect(after).toContain("Der zweite Faktor wurde zurückgesetzt");
    expect(after).toContain("Noch keine Authenticator-App eingerichtet");

    expect(await hasTotp("sachbearbeitung.kvr")).toBe(false);
    expect(await codes()).toEqual([]);
    expect((await kim.get("/verwaltung")).headers.location).toBe("/verwaltung/anmelden");
    const [record] = await resets();
    expect(record).toMatchObject({ actorId: ids.get("leitung.kvr"), subjectType: "account", subjectId: ids.get("sachbearbeitung.kvr"), detail: { recoveryCodes: 10, sessionsEnded: 1 } });

    const mails = await t.database.db.selectFrom("mail.outbox").select(["subject", "text_body"]).where("recipient", "=", email).execute();
    const mail = mails.find((m) => m.subject.startsWith("Zweiter Faktor"));
    expect(mail?.text_body).toContain("Aylin Demir (KVR, Leitung) den zweiten Faktor Ihres Zugangs");
    expect(mail?.text_body).toContain("reset the second factor");
    expect(mail?.text_body).not.toContain(secret);

    // The next login goes through the first-login set-up, with a new key.
    const again = new StaffBrowser(t.app);
    expect((await again.submit("/verwaltung/anmelden", { email, password: PASSWORD })).headers.location).toBe("/verwaltung/anmelden/einrichten");
    expect(secretOnEnrolPage(await again.get("/verwaltung/anmelden/einrichten"))).not.toBe(secret);
  });

  it("lets a platform admin reset a platform admin, not their own", async () => {
    const admin = await loggedIn("admin");
    expect(html(await admin.get(page("admin"))).querySelector(`a[href="${resetPath("admin")}"]`)).toBeNull();
    expect((await admin.get(resetPath("admin"))).statusCode).toBe(403);
    expect((await admin.submit(page("admin"), {}, resetPath("admin"))).statusCode).toBe(403);
    expect(await hasTotp("admin")).toBe(true);

    expect((await admin.submit(resetPath("chefin"), {})).headers.location).toBe(`${page("chefin")}?hinweis=zweiter-faktor`);
    expect(await hasTotp("chefin")).toBe(false);
  });
});

describe("resetting a second factor is refused", () => {
  it("for one's own account, platform admins, other departments' staff and to plain staff (403, nothing changes)", async () => {
    const before = (await resets()).length;
    await t.database.db
      .insertInto("identity.staff_totp")
      .values({ account_id: ids.get("chefin")!, secret_encrypted: "nicht-gelesen", confirmed_at: new Date(), last_used_step: null })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const kvrAdmin = await loggedIn("leitung.kvr");
    for (const who of ["leitung.kvr", "chefin", "sachbearbeitung.bau", "admin"]) {
      expect(html(await kvrAdmin.get(page(who))).querySelector(`a[href="${resetPath(who)}"]`)).toBeNull();
      expect((await kvrAdmin.get(resetPath(who))).statusCode).toBe(403);
      expect((await kvrAdmin.submit("/verwaltung", {}, resetPath(who))).statusCode).toBe(403);
      expect(await hasTotp(who)).toBe(true);
    }
    const clerk = await loggedIn("sachbearbeitung.bau");
    expect((await clerk.get(resetPath("leitung.kvr"))).statusCode).toBe(403);
    expect((await clerk.submit("/verwaltung", {}, resetPath("leitung.kvr"))).statusCode).toBe(403);
    expect(await resets()).toHaveLength(before);
  });

  it("without a CSRF token, and with a note when there is no authenticator to reset", async () => {
    const admin = await loggedIn("admin");
    expect((await admin.post(resetPath("redaktion"), {})).statusCode).toBe(403);
    expect(await hasTotp("redaktion")).toBe(true);
    expect(html(await admin.get(page("ohne-app"))).querySelector(`a[href="${resetPath("ohne-app")}"]`)).toBeNull();
    const none = await admin.get(resetPath("ohne-app"));
    expect(none.statusCode).toBe(409);
    expect(text(html(none).querySelector(".st-error-summary"))).toContain("nichts zurückzusetzen");
    expect(html(none).querySelector("#secondFactor")).not.toBeNull();
  });

  it("by the use case as well, for a call that skips the pages", async () => {
    const jobs = createJobQueue(t.database, { work: false });
    const kvrAdmin: StaffActor = { kind: "staff", id: ids.get("leitung.kvr")!, displayName: "A", roles: [{ role: "department-admin", departmentId: "kvr" }] };
    const reset = (actor: StaffActor, who: string) => inTransaction(t.database.db, (tx) => resetSecondFactor(actor, { accountId: ids.get(who)! }, tx, { jobs }));
    expect(await reset(kvrAdmin, "chefin")).toEqual({ ok: false, reason: "forbidden" });
    expect(await reset(kvrAdmin, "leitung.kvr")).toEqual({ ok: false, reason: "forbidden" });
    expect(await reset(kvrAdmin, "sachbearbeitung.bau")).toEqual({ ok: false, reason: "forbidden" });
    expect(await reset(kvrAdmin, "auch-redaktion")).toEqual({ ok: false, reason: "forbidden" });
    expect(await reset(kvrAdmin, "auch-bau-leitung")).toEqual({ ok: false, reason: "forbidden" });
    expect(await reset(kvrAdmin, "ohne-app")).toEqual({ ok: false, reason: "not-enrolled" });
    expect(await hasTotp("chefin")).toBe(true);
    expect(await hasTotp("auch-redaktion")).toBe(true);
    expect(await hasTotp("auch-bau-leitung")).toBe(true);
    // The declared input is checked: something that is no account id is no account.
    const platform: StaffActor = { kind: "staff", id: ids.get("admin")!, displayName: "P", roles: [{ role: "platform-admin", departmentId: null }] };
    expect(await inTransaction(t.database.db, (tx) => resetSecondFactor(platform, { accountId: "kein-konto" }, tx, { jobs }))).toEqual({ ok: false, reason: "not-found" });
  });

  it("for someone who also holds a role beyond the admin's departments: no link, 403 on page and post", async () => {
    const admin = await loggedIn("leitung.kvr");
    for (const who of ["auch-redaktion", "auch-bau-leitung"]) {
      const detail = await admin.get(page(who));
      expect(detail.statusCode).toBe(200);
      expect(html(detail).querySelector(`a[href="${resetPath(who)}"]`)).toBeNull();
      expect((await admin.get(resetPath(who))).statusCode).toBe(403);
      expect((await admin.submit(page(who), {}, resetPath(who))).statusCode).toBe(403);
      expect(await hasTotp(who)).toBe(true);
    }
  });

  it("by the permission rule itself, whatever the page shows", () => {
    const actor = (id: string, roles: StaffActor["roles"]): StaffActor => ({ kind: "staff", id, displayName: id, roles });
    const kvrAdmin = actor("a", [{ role: "department-admin", departmentId: "kvr" }]);
    const platform = actor("p", [{ role: "platform-admin", departmentId: null }]);
    const clerk = { id: "k", roles: [{ role: "staff" as const, departmentId: "kvr" }] };
    expect(mayResetSecondFactor(kvrAdmin, clerk)).toBe(true);
    expect(mayResetSecondFactor(kvrAdmin, { id: "b", roles: [{ role: "staff", departmentId: "bau" }] })).toBe(false);
    expect(mayResetSecondFactor(kvrAdmin, { id: "a", roles: kvrAdmin.roles })).toBe(false);
    expect(mayResetSecondFactor(kvrAdmin, { id: "c", roles: [...clerk.roles, { role: "platform-admin", departmentId: null }] })).toBe(false);
    expect(mayResetSecondFactor(kvrAdmin, { id: "n", roles: [] })).toBe(false);
    // Every role must lie in the admin's departments: not city-wide roles, not another department's.
    expect(mayResetSecondFactor(kvrAdmin, { id: "e", roles: [...clerk.roles, { role: "editor", departmentId: null }] })).toBe(false);
    expect(mayResetSecondFactor(kvrAdmin, { id: "d", roles: [...clerk.roles, { role: "department-admin", departmentId: "bau" }] })).toBe(false);
    expect(mayResetSecondFactor(kvrAdmin, { id: "s", roles: [...clerk.roles, { role: "staff", departmentId: "bau" }] })).toBe(false);
    const twoDepartments = actor("z", [{ role: "department-admin", departmentId: "kvr" }, { role: "department-admin", departmentId: "bau" }]);
    expect(mayResetSecondFactor(twoDepartments, { id: "s", roles: [...clerk.roles, { role: "staff", departmentId: "bau" }] })).toBe(true);
    expect(mayResetSecondFactor(twoDepartments, { id: "e", roles: [...clerk.roles, { role: "editor", departmentId: null }] })).toBe(false);
    expect(mayResetSecondFactor(actor("s", [{ role: "staff", departmentId: "kvr" }]), clerk)).toBe(false);
    expect(mayResetSecondFactor(platform, { id: "n", roles: [] })).toBe(true);
    expect(mayResetSecondFactor(platform, { id: "c", roles: [{ role: "platform-admin", departmentId: null }] })).toBe(true);
    expect(mayResetSecondFactor(platform, { id: "p", roles: platform.roles })).toBe(false);
    expect(mayResetSecondFactor({ kind: "anonymous" }, clerk)).toBe(false);
  });
});
