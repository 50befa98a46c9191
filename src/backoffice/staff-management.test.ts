// Staff and roles in the back office: who sees whom, who may grant what, lockout protection, new accounts with
// an e-mailed password link (real SMTP server), and the audit log search — with every forbidden case.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app.ts";
import { html, text } from "../../test/support/html.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../../test/support/smtp.ts";
import { searchAudit } from "../kernel/audit/index.ts";
import { createSession, createStaffAccount } from "../kernel/identity/index.ts";
import { inTransaction } from "../platform/db/index.ts";
import { createJobQueue, type JobQueue } from "../platform/jobs/index.ts";
import { createMailTransport, mailWorker, type MailTransport } from "../platform/mail/index.ts";
import { StaffBrowser } from "../../test/support/staff-browser.ts";

let t: TestApp;
let smtp: TestSmtpServer;
let worker: JobQueue;
let transport: MailTransport;
const ids = new Map<string, string>();

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await createTestApp({ seed: true, env: { SMTP_URL: smtp.url, PUBLIC_URL: "http://stadttor.test" } });
  transport = createMailTransport(t.config)!;
  // The app only sends jobs; this worker delivers them, as the worker role does in production.
  worker = createJobQueue(t.database, { work: true, pollSeconds: 0.5, stopGraceMs: 2_000 });
  await mailWorker({ db: t.database.db, jobs: worker, transport });
  await worker.start({ log: { info() {}, warn() {}, error() {} } });
  // Someone in both departments: KVR's admin may manage their KVR role, not their Baureferat one.
  await inTransaction(t.database.db, (tx) =>
    createStaffAccount(tx, { email: "beide@stadttor.example", displayName: "Beate Beide", password: "lang-genug-und-geheim", roles: [{ role: "staff", departmentId: "kvr" }, { role: "staff", departmentId: "bau" }] }),
  );
  for (const a of await t.database.db.selectFrom("identity.account").select(["id", "email"]).execute()) ids.set(a.email.split("@")[0]!, a.id);
});
afterAll(async () => {
  await worker?.stop();
  transport?.close();
  await t?.close();
  await smtp?.close();
});
beforeEach(() => smtp.clear());

/** A browser whose staff session already passed the second factor (the login itself is tested in staff-login.test.ts). */
async function loggedIn(who: string): Promise<StaffBrowser> {
  const sid = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: ids.get(who)!, method: "password", secondFactor: true }));
  const b = new StaffBrowser(t.app);
  b.cookie = `sid=${sid}`;
  return b;
}

const revokeButtons = (body: string) => html(body).querySelectorAll("form[action$='/rollen/entziehen'] input[name=grant]").map((i) => i.getAttribute("value"));
const grantOptions = (body: string) => html(body).querySelectorAll("#grant option").map((o) => o.getAttribute("value"));
const audit = async (action: string) => (await searchAudit(t.database.db, { action, limit: 100, offset: 0 })).entries;

describe("department admins", () => {
  it("see only the staff of their own department, and no button to create accounts", async () => {
    const b = await loggedIn("leitung.kvr");
    const list = await b.get("/verwaltung/mitarbeitende");
    expect(list.statusCode).toBe(200);
    const names = html(list).querySelectorAll("tbody th[scope=row]").map((th) => text(th));
    expect(names).toContain("Kim Berger (KVR)");
    expect(names).toContain("Beate Beide");
    expect(names).not.toContain("Jonas Huber (Baureferat)");
    expect(list.body).not.toContain(`/verwaltung/mitarbeitende/${ids.get("sachbearbeitung.bau")}`);
    expect(list.body).not.toContain("/verwaltung/mitarbeitende/neu");
    expect((await b.get("/verwaltung/mitarbeitende/neu")).statusCode).toBe(403);
  });

  it("cannot manage staff of another department (403)", async () => {
    const b = await loggedIn("leitung.kvr");
    const bau = ids.get("sachbearbeitung.bau")!;
    expect((await b.get(`/verwaltung/mitarbeitende/${bau}`)).statusCode).toBe(403);
    const kim = `/verwaltung/mitarbeitende/${ids.get("sachbearbeitung.kvr")}`;
    expect((await b.submit(kim, { grant: "staff:kvr" }, `/verwaltung/mitarbeitende/${bau}/rollen`)).statusCode).toBe(403);
    // Beate is in KVR too, but her Baureferat role is not KVR's to take: no button, and the server refuses.
    const beate = `/verwaltung/mitarbeitende/${ids.get("beide")}`;
    expect(revokeButtons((await b.get(beate)).body)).toEqual(["staff:kvr"]);
    expect((await b.submit(beate, { grant: "staff:bau" }, `${beate}/rollen/entziehen`)).statusCode).toBe(403);
    expect(await audit("role.revoked")).toHaveLength(0);
  });

  it("grant and revoke department roles in their department, with audit records", async () => {
    const b = await loggedIn("leitung.kvr");
    const kim = `/verwaltung/mitarbeitende/${ids.get("sachbearbeitung.kvr")}`;
    const page = await b.get(kim);
    expect(grantOptions(page.body)).toEqual(["department-admin:kvr"]);
    const granted = await b.submit(kim, { grant: "department-admin:kvr" }, `${kim}/rollen`);
    expect(granted.headers.location).toBe(`${kim}?hinweis=vergeben`);
    expect(text(html(await b.get(granted.headers.location as string)).querySelector(".kern-alert"))).toContain("Die Rolle wurde vergeben");
    const revoked = await b.submit(kim, { grant: "department-admin:kvr" }, `${kim}/rollen/entziehen`);
    expect(revoked.headers.location).toBe(`${kim}?hinweis=entzogen`);
    const [grant] = await audit("role.granted");
    expect(grant).toMatchObject({ actorId: ids.get("leitung.kvr"), subjectType: "account", subjectId: ids.get("sachbearbeitung.kvr"), detail: { role: "department-admin", departmentId: "kvr" } });
    const [revoke] = await audit("role.revoked");
    expect(revoke).toMatchObject({ actorId: ids.get("leitung.kvr"), detail: { role: "department-admin", departmentId: "kvr" } });
  });

  it("cannot grant platform-admin or editor", async () => {
    const b = await loggedIn("leitung.kvr");
    const kim = `/verwaltung/mitarbeitende/${ids.get("sachbearbeitung.kvr")}`;
    for (const grant of ["platform-admin:", "editor:", "platform-admin:kvr"]) {
      const res = await b.submit(kim, { grant }, `${kim}/rollen`);
      expect([400, 403]).toContain(res.statusCode);
    }
    expect((await b.submit(kim, { grant: "platform-admin:" }, `${kim}/rollen`)).statusCode).toBe(403);
    const roles = await t.database.db.selectFrom("identity.role_grant").select("role").where("account_id", "=", ids.get("sachbearbeitung.kvr")!).execute();
    expect(roles.map((r) => r.role)).toEqual(["staff"]);
  });
});

describe("staff without admin roles", () => {
  it("see neither staff nor audit log, in the navigation or by URL", async () => {
    const b = await loggedIn("sachbearbeitung.kvr");
    const overview = await b.get("/verwaltung");
    expect(overview.statusCode).toBe(200);
    // Other areas (cases, …) may be listed; the admin areas are not.
    const nav = text(html(overview).querySelector(".st-staffnav"));
    expect(nav).toContain("Übersicht");
    expect(nav).not.toContain("Mitarbeitende");
    expect(nav).not.toContain("Protokoll");
    expect((await b.get("/verwaltung/mitarbeitende")).statusCode).toBe(403);
    expect((await b.get(`/verwaltung/mitarbeitende/${ids.get("sachbearbeitung.kvr")}`)).statusCode).toBe(403);
    for (const who of ["sachbearbeitung.kvr", "leitung.kvr", "redaktion"]) {
      const res = await (await loggedIn(who)).get("/verwaltung/protokoll");
      expect(res.statusCode).toBe(403);
      expect(text(html(res).querySelector("h1"))).toBe("Kein Zugriff");
    }
  });
});

describe("platform admins", () => {
  it("cannot revoke their own platform-admin role", async () => {
    const b = await loggedIn("admin");
    const self = `/verwaltung/mitarbeitende/${ids.get("admin")}`;
    expect(revokeButtons((await b.get(self)).body)).toEqual([]);
    const res = await b.submit(self, { grant: "platform-admin:" }, `${self}/rollen/entziehen`);
    expect(res.statusCode).toBe(409);
    expect(text(html(res).querySelector(".st-error-summary"))).toContain("nicht entziehen");
    expect(await t.database.db.selectFrom("identity.role_grant").select("id").where("role", "=", "platform-admin").execute()).toHaveLength(1);
  });

  it("create an account whose owner sets a password through a single-use link", async () => {
    const b = await loggedIn("admin");
    const missing = await b.submit("/verwaltung/mitarbeitende/neu", { displayName: "", email: "kein-at" });
    expect(missing.statusCode).toBe(400);
    expect(html(missing).querySelector("#email")?.getAttribute("value")).toBe("kein-at");
    const created = await b.submit("/verwaltung/mitarbeitende/neu", { displayName: "Neu Person", email: "neu@stadttor.example" });
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toMatch(/^\/verwaltung\/mitarbeitende\/[0-9a-f-]{36}\?hinweis=angelegt$/);
    expect((await b.submit("/verwaltung/mitarbeitende/neu", { displayName: "Doppelt", email: "neu@stadttor.example" })).statusCode).toBe(409);

    const mail = await smtp.waitForMessage((m) => m.to.includes("neu@stadttor.example"));
    const link = /http:\/\/stadttor\.test(\/verwaltung\/passwort\/[A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
    expect(link).toBeDefined();
    const tokens = await t.database.db.selectFrom("identity.staff_password_token").select("token_hash").execute();
    expect(tokens.some((r) => r.token_hash.toString("utf8").includes(link!.split("/").pop()!))).toBe(false);

    const person = new StaffBrowser(t.app);
    const mismatch = await person.submit(link!, { password: "ein langes Passwort", passwordRepeat: "ein anderes Passwort" });
    expect(mismatch.statusCode).toBe(400);
    expect(text(html(mismatch).querySelector(".st-error-summary"))).toContain("stimmen nicht überein");
    const common = await person.submit(link!, { password: "password1234", passwordRepeat: "password1234" });
    expect(common.statusCode).toBe(400);
    expect(text(html(common).querySelector(".st-error-summary"))).toContain("zu verbreitet");
    const set = await person.submit(link!, { password: "ein langes Passwort", passwordRepeat: "ein langes Passwort" });
    expect(set.headers.location).toBe("/verwaltung/anmelden?passwort");
    const used = await person.get(link!);
    expect(used.statusCode).toBe(410);
    expect(text(html(used).querySelector("h1"))).toBe("Dieser Link wurde schon verwendet");
    const login = await person.submit("/verwaltung/anmelden", { email: "neu@stadttor.example", password: "ein langes Passwort" });
    expect(login.headers.location).toBe("/verwaltung/anmelden/einrichten");
    expect((await audit("staff.created")).length).toBe(1);
    expect((await audit("staff.password.set")).length).toBe(1);
  });

  it("search the audit log by action prefix, person and date, in a table", async () => {
    const b = await loggedIn("admin");
    const page = await b.get("/verwaltung/protokoll?aktion=role.");
    expect(page.statusCode).toBe(200);
    const doc = html(page);
    expect(doc.querySelectorAll("th[scope=col]").length).toBe(6);
    const rows = doc.querySelectorAll("tbody tr");
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((r) => /role\.(granted|revoked)/.test(text(r)))).toBe(true);
    expect(text(doc.querySelector("tbody"))).toContain("Aylin Demir (KVR, Leitung)");
    const byPerson = await b.get(`/verwaltung/protokoll?person=${encodeURIComponent("leitung.kvr@stadttor.example")}&aktion=role.granted`);
    expect(html(byPerson).querySelectorAll("tbody tr").length).toBe(1);
    const future = await b.get("/verwaltung/protokoll?von=2099-01-01");
    expect(text(html(future).querySelector("main"))).toContain("Keine Einträge");
    expect((await b.get("/verwaltung/protokoll?aktion=%25")).statusCode).toBe(400);
    const bad = await b.get("/verwaltung/protokoll?von=gestern");
    expect(bad.statusCode).toBe(400);
    expect(text(html(bad).querySelector(".st-error-summary"))).toContain("Datum");
  });
});

describe("CSRF", () => {
  it("is enforced on the grant, revoke, create and set-password forms", async () => {
    const b = await loggedIn("admin");
    const kim = `/verwaltung/mitarbeitende/${ids.get("sachbearbeitung.kvr")}`;
    for (const action of [`${kim}/rollen`, `${kim}/rollen/entziehen`, "/verwaltung/mitarbeitende/neu", `/verwaltung/passwort/${"A".repeat(43)}`]) {
      expect((await b.post(action, { grant: "editor:", displayName: "X Y", email: "x@y.de" })).statusCode).toBe(403);
    }
    expect(await t.database.db.selectFrom("identity.role_grant").select("id").where("role", "=", "editor").execute()).toHaveLength(1);
  });
});
