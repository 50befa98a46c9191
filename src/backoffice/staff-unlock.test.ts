// Lifting a staff login lockout from the staff page ("Sperre aufheben"): shown only while the person is locked and
// to those who may reset their second factor; the failures are forgotten, the person logs in again, the audit log
// has it — and every forbidden case (other departments, someone with roles beyond the admin's, own account, CSRF).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app.ts";
import { html, text } from "../../test/support/html.ts";
import { StaffBrowser } from "../../test/support/staff-browser.ts";
import { searchAudit } from "../kernel/audit/index.ts";
import { createSession, createStaffAccount, STAFF_LOGIN_MAX_FAILURES } from "../kernel/identity/index.ts";
import { inTransaction } from "../platform/db/index.ts";

let t: TestApp;
const PASSWORD = "Stadttor-Demo-2026";
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  await inTransaction(t.database.db, async (tx) => {
    await createStaffAccount(tx, { email: "leitung.bau@stadttor.example", displayName: "Leitung BAU", password: "lang-genug-und-geheim", roles: [{ role: "department-admin", departmentId: "bau" }] });
    await createStaffAccount(tx, {
      email: "auch-redaktion@stadttor.example",
      displayName: "Auch Redaktion",
      password: "lang-genug-und-geheim",
      roles: [{ role: "staff", departmentId: "kvr" }, { role: "editor", departmentId: null }],
    });
  });
  for (const a of await t.database.db.selectFrom("identity.account").select(["id", "email"]).where("kind", "=", "staff").execute()) ids.set(a.email.split("@")[0]!, a.id);
});
afterAll(() => t?.close());

async function loggedIn(who: string): Promise<StaffBrowser> {
  const sid = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: ids.get(who)!, method: "password", secondFactor: true }));
  const b = new StaffBrowser(t.app);
  b.cookie = `sid=${sid}`;
  return b;
}

/** Wrong passwords until the address is locked from the browser's network. */
async function lockOut(b: StaffBrowser, email: string): Promise<void> {
  for (let i = 0; i < STAFF_LOGIN_MAX_FAILURES; i++) await b.submit("/verwaltung/anmelden", { email, password: `falsch-${i}` });
  const locked = await b.submit("/verwaltung/anmelden", { email, password: PASSWORD });
  expect(locked.statusCode).toBe(429);
  expect(text(html(locked).querySelector(".st-error-summary"))).toContain("gesperrt");
}

const page = (who: string) => `/verwaltung/mitarbeitende/${ids.get(who)}`;
const unlockPath = (who: string) => `${page(who)}/sperre-aufheben`;
const unlockForm = (body: string, who: string) => html(body).querySelector(`form[action="${unlockPath(who)}"]`);

describe("lifting a login lockout", () => {
  it("shows the lockout to the department admin, lifts it with the button, logs it, and the person logs in again", async () => {
    const email = "sachbearbeitung.kvr@stadttor.example";
    const kim = new StaffBrowser(t.app, "203.0.113.40");
    const admin = await loggedIn("leitung.kvr");
    expect(unlockForm((await admin.get(page("sachbearbeitung.kvr"))).body, "sachbearbeitung.kvr")).toBeNull();
    await lockOut(kim, email);

    const detail = html(await admin.get(page("sachbearbeitung.kvr")));
    expect(text(detail.querySelector("main"))).toContain("Anmeldesperre");
    expect(text(detail.querySelector("main"))).toContain("nach zu vielen Fehlversuchen bis");
    const form = unlockForm(detail.toString(), "sachbearbeitung.kvr");
    expect(text(form?.querySelector("button"))).toBe("Sperre aufheben");
    expect(form?.querySelector("input[name=_csrf]")).not.toBeNull();

    const done = await admin.submit(page("sachbearbeitung.kvr"), {}, unlockPath("sachbearbeitung.kvr"));
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`${page("sachbearbeitung.kvr")}?hinweis=entsperrt`);
    const after = await admin.get(done.headers.location as string);
    expect(text(html(after).querySelector("main"))).toContain("Die Anmeldesperre wurde aufgehoben");
    expect(unlockForm(after.body, "sachbearbeitung.kvr")).toBeNull();
    const records = (await searchAudit(t.database.db, { action: "staff.login.unlocked", limit: 10, offset: 0 })).entries;
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ actorId: ids.get("leitung.kvr"), subjectId: ids.get("sachbearbeitung.kvr") });
    expect(records[0]!.detail).toMatchObject({ attempts: STAFF_LOGIN_MAX_FAILURES });

    // Kim, from the same network as before, gets in again; a second unlock has nothing to lift.
    expect((await kim.submit("/verwaltung/anmelden", { email, password: PASSWORD })).statusCode).toBe(303);
    expect((await admin.submit(page("sachbearbeitung.kvr"), {}, unlockPath("sachbearbeitung.kvr"))).headers.location).toBe(`${page("sachbearbeitung.kvr")}?hinweis=nicht-gesperrt`);
  });

  it("refuses those who may not reset the person's second factor: other departments, roles beyond the admin's, own account, plain staff", async () => {
    // One browser each: the route's limit of 10 posts a minute per IP would answer 429 before any lockout.
    const stranger = new StaffBrowser(t.app, "198.51.100.41");
    await lockOut(stranger, "auch-redaktion@stadttor.example");
    await lockOut(new StaffBrowser(t.app, "198.51.100.42"), "leitung.kvr@stadttor.example");
    await lockOut(new StaffBrowser(t.app, "198.51.100.43"), "sachbearbeitung.bau@stadttor.example");

    const kvrAdmin = await loggedIn("leitung.kvr");
    // Someone who is also an editor city-wide: visible to the KVR admin, but theirs to unlock only for a platform admin.
    expect(unlockForm((await kvrAdmin.get(page("auch-redaktion"))).body, "auch-redaktion")).toBeNull();
    expect((await kvrAdmin.submit(page("auch-redaktion"), {}, unlockPath("auch-redaktion"))).statusCode).toBe(403);
    expect((await kvrAdmin.submit(page("leitung.kvr"), {}, unlockPath("leitung.kvr"))).statusCode).toBe(403);
    expect((await kvrAdmin.submit(page("leitung.kvr"), {}, unlockPath("sachbearbeitung.bau"))).statusCode).toBe(403);
    const bauAdmin = await loggedIn("leitung.bau");
    expect((await bauAdmin.submit(page("sachbearbeitung.bau"), {}, unlockPath("auch-redaktion"))).statusCode).toBe(403);
    const clerk = await loggedIn("sachbearbeitung.kvr");
    expect((await clerk.submit("/verwaltung", {}, unlockPath("auch-redaktion"))).statusCode).toBe(403);
    // Without the form's token nothing happens either.
    const platform = await loggedIn("admin");
    expect((await platform.post(unlockPath("auch-redaktion"), {})).statusCode).toBe(403);
    expect(await searchAudit(t.database.db, { action: "staff.login.unlocked", subjectId: ids.get("auch-redaktion"), limit: 10, offset: 0 })).toMatchObject({ total: 0 });

    // The platform admin may; the BAU admin may for their own clerk.
    expect((await platform.submit(page("auch-redaktion"), {}, unlockPath("auch-redaktion"))).headers.location).toBe(`${page("auch-redaktion")}?hinweis=entsperrt`);
    expect((await bauAdmin.submit(page("sachbearbeitung.bau"), {}, unlockPath("sachbearbeitung.bau"))).headers.location).toBe(`${page("sachbearbeitung.bau")}?hinweis=entsperrt`);
    expect((await stranger.submit("/verwaltung/anmelden", { email: "auch-redaktion@stadttor.example", password: "lang-genug-und-geheim" })).statusCode).toBe(303);
  });

  it("ignores notice keys that are no notice", async () => {
    const admin = await loggedIn("leitung.kvr");
    const res = await admin.get(`${page("sachbearbeitung.kvr")}?hinweis=constructor`);
    expect(res.statusCode).toBe(200);
    expect(html(res).querySelector(".kern-alert")).toBeNull();
  });
});
