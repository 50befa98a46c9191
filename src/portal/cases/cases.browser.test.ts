// The citizen's side of cases in a real browser: the enquiry form (empty and with its error summary), the
// confirmation with the secret link, "Meine Vorgänge", the case page (account and secret link) and the public
// page pass axe-core (WCAG 2.1 AA) without CSP violations; the enquiry is sent and answered without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitEnquiry } from "../../components/enquiries/index.ts";
import { changeCaseState, publishUpdate, type CaseDeps } from "../../kernel/cases/index.ts";
import { createSession, SESSION_COOKIE, type CitizenActor, type StaffActor } from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";
import { resolveSecret } from "../../platform/http/index.ts";
import { axeViolations, hasChromium, startBrowserHarness, type BrowserHarness } from "../../../test/support/browser.ts";

describe.runIf(hasChromium)("cases and enquiries in a browser", () => {
  let h: BrowserHarness;
  let sessionToken: string;
  let unconfirmedToken: string;
  let ownReference: string;
  let publicReference: string;
  let confirmationPath: string;
  let secretLinkPath: string;

  beforeAll(async () => {
    h = await startBrowserHarness();
    const { db } = h.testApp.database;
    const deps: CaseDeps = { jobs: h.testApp.app.services.jobs, publicUrl: h.baseUrl, secret: await resolveSecret(db, undefined) };
    const { id } = await db
      .insertInto("identity.account")
      .values({ kind: "citizen", email: "erika@beispiel.de", display_name: "Erika Mustermann", email_confirmed_at: new Date() })
      .returning("id")
      .executeTakeFirstOrThrow();
    sessionToken = await inTransaction(db, (tx) => createSession(tx, { accountId: id, method: "password" }));
    const unconfirmed = await db
      .insertInto("identity.account")
      .values({ kind: "citizen", email: "neu@beispiel.de", display_name: "Nora Neu", email_confirmed_at: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    unconfirmedToken = await inTransaction(db, (tx) => createSession(tx, { accountId: unconfirmed.id, method: "password" }));
    const citizen: CitizenActor = { kind: "citizen", id, displayName: "Erika Mustermann", trustLevel: undefined };
    const staffRow = await db.selectFrom("identity.account").select(["id", "display_name"]).where("email", "=", "sachbearbeitung.bau@stadttor.example").executeTakeFirstOrThrow();
    const staff: StaffActor = { kind: "staff", id: staffRow.id, displayName: staffRow.display_name, roles: [{ role: "staff", departmentId: "bau" }] };
    const routing = { departmentIds: new Set(["kvr", "bau"]), defaultDepartmentId: "kvr" };
    const enquiry = (subject: string, isPublic: boolean) =>
      inTransaction(db, async (tx) => {
        const r = await submitEnquiry(tx, { ...deps, ...routing }, citizen, { subject, message: "Seit Wochen liegt Laub auf dem Radweg.\nBitte räumen.", department: "bau", isPublic });
        if (!r.ok) throw new Error("enquiry not created");
        return r;
      });
    const own = await enquiry("Laub auf dem Radweg", false);
    ownReference = own.reference;
    await inTransaction(db, (tx) => changeCaseState(tx, deps, staff, { caseId: own.id, action: "ask", expectedVersion: 1, comment: "Welcher Abschnitt ist gemeint?" }));
    const pub = await enquiry("Radweg an der Isar gesperrt", true);
    publicReference = pub.reference;
    await inTransaction(db, async (tx) => {
      await changeCaseState(tx, deps, staff, { caseId: pub.id, action: "start", expectedVersion: 1 });
      await publishUpdate(tx, deps, staff, { caseId: pub.id, text: "Die Sperrung endet am Freitag." });
    });
  });
  afterAll(() => h?.close());

  /** loggedIn "unconfirmed": a citizen whose address is not confirmed yet. */
  async function page(options: { javaScriptEnabled?: boolean; loggedIn?: boolean | "unconfirmed"; lang?: string } = {}) {
    const watched = await h.newPage({ javaScriptEnabled: options.javaScriptEnabled ?? true });
    const cookies = [{ name: "lang", value: options.lang ?? "de", url: h.baseUrl }];
    if (options.loggedIn) cookies.push({ name: SESSION_COOKIE, value: options.loggedIn === "unconfirmed" ? unconfirmedToken : sessionToken, url: h.baseUrl });
    await watched.page.context().addCookies(cookies);
    return watched;
  }

  it("sends an enquiry without an account and without JavaScript: errors first, then the confirmation with the secret link", async () => {
    const { page: p } = await page({ javaScriptEnabled: false });
    await p.goto("/anfrage/neu");
    await Promise.all([p.waitForURL("**/anfrage/neu"), p.click("main form button[type=submit]")]);
    expect(await p.textContent(".st-error-summary")).toContain("Bitte geben Sie einen Betreff ein.");
    await p.fill("#subject", "Mülltonne nicht geleert");
    await p.fill("#message", "Die Biotonne in der Lindwurmstraße wurde diese Woche nicht geleert.");
    await p.fill("#contactEmail", "anna@beispiel.de");
    await Promise.all([p.waitForURL(/\/anfrage\/eingegangen\/A-\d{4}-\d{6}\/[A-Za-z0-9_-]{43}$/), p.click("main form button[type=submit]")]);
    expect(await p.textContent(".st-confirmation")).toMatch(/Aktenzeichen: A-\d{4}-\d{6}/);
    confirmationPath = new URL(p.url()).pathname;
    const link = await p.getAttribute("a[data-access-link]", "href");
    // The link is built from PUBLIC_URL (the test config's port 0); the path is what matters here.
    secretLinkPath = new URL(link!).pathname;
    await p.goto(secretLinkPath);
    await p.fill("#text", "Auch heute nicht.");
    await Promise.all([p.waitForURL(/hinweis=gesendet/), p.click("main form button[type=submit]")]);
    expect(await p.textContent(".kern-alert--success")).toContain("Ihre Nachricht ist bei uns angekommen.");
  });

  const pages: Array<[string, () => string, { loggedIn?: boolean | "unconfirmed"; submitEmpty?: boolean }]> = [
    ["the enquiry form", () => "/anfrage/neu", {}],
    ["the enquiry form with errors", () => "/anfrage/neu", { submitEmpty: true }],
    ["the enquiry form, logged in", () => "/anfrage/neu", { loggedIn: true }],
    ["the enquiry page of an unconfirmed address", () => "/anfrage/neu", { loggedIn: "unconfirmed" }],
    ["the confirmation with the secret link", () => confirmationPath, {}],
    ["Meine Vorgänge", () => "/konto/vorgaenge", { loggedIn: true }],
    ["the case page", () => `/konto/vorgaenge/${ownReference}`, { loggedIn: true }],
    ["the case page through the secret link", () => secretLinkPath, {}],
    ["the public case page", () => `/vorgaenge/${publicReference}`, {}],
  ];
  for (const [name, path, options] of pages) {
    for (const lang of ["de", "en"]) {
      it(`${name} (${lang}) has no WCAG 2.1 AA violations and no CSP violations`, async () => {
        const { page: p, cspViolations } = await page({ loggedIn: options.loggedIn ?? false, lang });
        const response = await p.goto(path());
        expect(response?.status()).toBe(200);
        if (options.submitEmpty) {
          await Promise.all([p.waitForResponse((r) => r.request().method() === "POST"), p.click("main form button[type=submit]")]);
          await p.waitForLoadState("load");
          expect(await p.locator(".st-error-summary").count()).toBe(1);
        }
        expect(cspViolations).toEqual([]);
        expect(await axeViolations(p)).toEqual([]);
      });
    }
  }
});
