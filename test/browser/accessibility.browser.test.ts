// axe-core (WCAG 2.1 A/AA) finds nothing on the main kinds of page, and no page breaks our Content-Security-Policy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, hasChromium, startBrowserHarness, type BrowserHarness } from "../support/browser.ts";

describe.runIf(hasChromium)("accessibility in a real browser", () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());

  const pages: Array<[string, string, number]> = [
    ["start page", "/", 200],
    ["404 page", "/gibt-es-nicht", 404],
    ["coming-soon page", "/termine", 200],
    ["services A–Z", "/leistungen", 200],
    ["life situation", "/lebenslagen/umzug", 200],
    ["search results", "/suche?q=Personalausweis", 200],
    ["service page", "/leistungen/personalausweis-beantragen", 200],
    ["life situations", "/lebenslagen", 200],
    ["departments", "/referate", 200],
    ["department page", "/referate/kvr", 200],
    ["location page", "/standorte/bb-pasing", 200],
    ["API docs", "/api/docs", 200],
    ["legal notice", "/impressum", 200],
    ["privacy notice", "/datenschutz", 200],
    ["accessibility statement with feedback form", "/barrierefreiheit", 200],
    ["Leichte Sprache", "/leichte-sprache", 200],
    ["sign language page", "/gebaerdensprache", 200],
    ["development mail viewer", "/dev/mail", 200],
    ["citizen login", "/konto/anmelden", 200],
    ["citizen registration", "/konto/registrieren", 200],
    ["forgotten password", "/konto/passwort-vergessen", 200],
    ["staff login", "/verwaltung/anmelden", 200],
  ];

  for (const [name, path, status] of pages) {
    it(`${name} (${path}) has no WCAG 2.1 AA violations and no CSP violations`, async () => {
      const { page, cspViolations } = await h.newPage();
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      expect(cspViolations).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it("the English start page has no violations and says it is English", async () => {
    const { page, cspViolations } = await h.newPage();
    await page.goto("/sprache/en?zurueck=/");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(cspViolations).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("a form shown again with errors has no violations and moves focus to the error summary", async () => {
    const { page, cspViolations } = await h.newPage();
    await page.goto("/barrierefreiheit");
    const [response] = await Promise.all([page.waitForNavigation(), page.click('form[action="/barrierefreiheit/rueckmeldung"] button[type="submit"]')]);
    expect(response?.status()).toBe(400);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alert");
    await page.click('[role="alert"] a[href="#message"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("message");
    expect(cspViolations).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("the CSRF error page, reached by a form on another site posting to us, has no violations", async () => {
    const { page, cspViolations } = await h.newPage();
    // A foreign page (about:blank) with a form that posts to the app without a token: what a CSRF attack does.
    await page.setContent(`<form method="post" action="${h.baseUrl}/suche"><input name="q" value="x"><button>Senden</button></form>`);
    const [response] = await Promise.all([page.waitForNavigation(), page.click("button")]);
    expect(response?.status()).toBe(403);
    expect(await page.textContent("h1")).toContain("nicht sicher übermittelt");
    expect(cspViolations).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("a citizen's account pages, after registering and logging in with the forms, have no violations", async () => {
    const { page, cspViolations } = await h.newPage();
    const email = `axe-${Date.now()}@beispiel.de`;
    await page.goto("/konto/registrieren");
    await page.fill("#email", email);
    await page.fill("#password", "Axe prüft die Kontoseiten");
    await Promise.all([page.waitForNavigation(), page.click('main button[type="submit"]')]);
    await page.goto("/konto/anmelden");
    await page.fill("#email", email);
    await page.fill("#password", "Axe prüft die Kontoseiten");
    await Promise.all([page.waitForNavigation(), page.click('main button[type="submit"]')]);
    for (const path of ["/konto", "/konto/profil", "/konto/passwort", "/konto/e-mail", "/konto/meine-daten", "/konto/loeschen", "/konto/passkeys"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await axeViolations(page), path).toEqual([]);
    }
    expect(cspViolations).toEqual([]);
  });

  it("the CSP watch itself works: an inline script is refused and reported", async () => {
    const { page, cspViolations } = await h.newPage();
    await page.goto("/");
    await page.addScriptTag({ content: "document.title = 'inline'" }).catch(() => undefined);
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(await page.title()).not.toBe("inline");
  });
});
