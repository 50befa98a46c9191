// The catalogue editor in a real browser: an editor changes a service through the plain form with
// JavaScript switched off, sees the error summary, saves, previews and publishes; axe finds nothing on the
// list, edit (also with errors), new-entry, location, life situation and preview pages; the CSP holds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, hasChromium, startBrowserHarness, type BrowserHarness } from "../../../test/support/browser.ts";
import { createSession } from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";

describe.runIf(hasChromium)("the catalogue editor in a real browser", () => {
  let h: BrowserHarness;
  let sid: string;
  beforeAll(async () => {
    h = await startBrowserHarness();
    const db = h.testApp.database.db;
    const editor = await db.selectFrom("identity.account").select("id").where("email", "=", "redaktion@stadttor.example").executeTakeFirstOrThrow();
    // The login itself (password + TOTP) has its own browser test; this one starts behind it.
    sid = await inTransaction(db, (tx) => createSession(tx, { accountId: editor.id, method: "password", secondFactor: true }));
  });
  afterAll(() => h?.close());

  async function editorPage(javaScriptEnabled: boolean) {
    const watched = await h.newPage({ javaScriptEnabled });
    await watched.page.context().addCookies([{ name: "sid", value: sid, url: h.baseUrl }]);
    return watched;
  }

  it("edits, previews and publishes a service through the form with JavaScript switched off", async () => {
    const { page, cspViolations } = await editorPage(false);
    await page.goto("/verwaltung/katalog/leistungen");
    expect(await page.textContent("main h1")).toBe("Katalog");
    expect(await page.getAttribute('.st-staffnav a[href="/verwaltung/katalog"]', "aria-current")).toBe("page");

    await page.fill("#q", "melde");
    await Promise.all([page.waitForURL(/q=melde/), page.click('form[role="search"] button[type="submit"]')]);
    await Promise.all([page.waitForURL(/\/leistungen\/meldebescheinigung$/), page.click('a[href="/verwaltung/katalog/leistungen/meldebescheinigung"]')]);

    // A wrong amount first: the same page again, the summary on top, the field marked, what was typed kept.
    await page.fill("#cost-amount-0", "zwölf Euro");
    await page.fill("#nameDe", "Meldebescheinigung online beantragen");
    await Promise.all([page.waitForNavigation(), page.click('form[action="/verwaltung/katalog/leistungen/meldebescheinigung"] button[type="submit"]')]);
    expect(await page.textContent(".st-error-summary")).toContain("Bitte geben Sie den Betrag in Euro an");
    expect(await page.inputValue("#nameDe")).toBe("Meldebescheinigung online beantragen");
    expect(await page.getAttribute("#cost-amount-0", "aria-invalid")).toBe("true");

    await page.fill("#cost-label-0", "Gebühr");
    await page.fill("#cost-amount-0", "10,00");
    await page.check("#locationIds-bb-pasing");
    await page.selectOption("#related-1", "personalausweis-beantragen");
    await Promise.all([page.waitForURL(/hinweis=gespeichert/), page.click('form[action="/verwaltung/katalog/leistungen/meldebescheinigung"] button[type="submit"]')]);
    expect(await page.textContent("main")).toContain("Die Änderungen sind noch nicht veröffentlicht.");

    await Promise.all([page.waitForURL(/\/vorschau\/leistungen\/meldebescheinigung$/), page.click('a[href="/vorschau/leistungen/meldebescheinigung"]')]);
    expect(await page.textContent("[data-preview-banner]")).toContain("Vorschau – nicht veröffentlicht");
    expect(await page.textContent("main h1")).toBe("Meldebescheinigung online beantragen");
    expect(await page.textContent("main")).toContain("10,00");

    await page.goto("/leistungen/meldebescheinigung");
    expect(await page.textContent("main h1")).toBe("Meldebescheinigung beantragen");

    await page.goto("/verwaltung/katalog/leistungen/meldebescheinigung");
    await Promise.all([page.waitForURL(/hinweis=veroeffentlicht/), page.click('form[action$="/veroeffentlichen"] button')]);
    await page.goto("/leistungen/meldebescheinigung");
    expect(await page.textContent("main h1")).toBe("Meldebescheinigung online beantragen");
    expect(cspViolations).toEqual([]);
  }, 90_000);

  // axe runs with JavaScript on (it needs timers); the pages themselves are the same.
  it("has no axe violations on list, edit (also with errors), new-entry and preview pages, and moves focus to the error summary", async () => {
    const { page, cspViolations } = await editorPage(true);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    for (const path of [
      "/verwaltung/katalog/leistungen", "/verwaltung/katalog/leistungen?q=melde&status=published", "/verwaltung/katalog/leistungen/meldebescheinigung",
      "/vorschau/leistungen/meldebescheinigung", "/verwaltung/katalog/neu/leistungen", "/verwaltung/katalog/standorte", "/verwaltung/katalog/standorte/bb-pasing",
      "/verwaltung/katalog/lebenslagen", "/verwaltung/katalog/lebenslagen/umzug", "/vorschau/standorte/bb-pasing", "/vorschau/lebenslagen/umzug",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.goto("/verwaltung/katalog/standorte/bb-pasing");
    await page.fill("#hours-1-0-opens", "12:00");
    await page.fill("#hours-1-0-closes", "08:00");
    await Promise.all([page.waitForNavigation(), page.click('form[action="/verwaltung/katalog/standorte/bb-pasing"] button[type="submit"]')]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alert");
    expect(await page.textContent(".st-error-summary")).toContain("Die Schließzeit muss nach der Öffnungszeit (12:00) liegen.");
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
  }, 90_000);
});
