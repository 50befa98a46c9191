// A staff member's first login in a real browser, keyboard and forms only: password, authenticator set-up with
// the QR code (the test reads the key as a person would type it), then every back-office page checked by axe.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpCode } from "../../src/kernel/identity/index.ts";
import { axeViolations, hasChromium, startBrowserHarness, type BrowserHarness } from "../support/browser.ts";

describe.runIf(hasChromium)("the back office in a real browser", () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());

  it("logs a platform admin in with password and TOTP; login, set-up and back-office pages have no violations", async () => {
    const { page, cspViolations } = await h.newPage();
    await page.goto("/verwaltung/anmelden");
    await page.fill("#email", "admin@stadttor.example");
    await page.fill("#password", "Stadttor-Demo-2026");
    await Promise.all([page.waitForNavigation(), page.press("#password", "Enter")]);
    expect(new URL(page.url()).pathname).toBe("/verwaltung/anmelden/einrichten");
    expect(await page.evaluate(() => (document.querySelector(".st-qr img") as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    const secret = ((await page.textContent("[data-totp-secret]")) ?? "").replace(/\s/g, "");

    await page.fill("#code", "000000");
    await Promise.all([page.waitForNavigation(), page.press("#code", "Enter")]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alert");
    expect(await axeViolations(page)).toEqual([]);

    await page.fill("#code", totpCode(secret));
    await Promise.all([page.waitForNavigation(), page.press("#code", "Enter")]);
    expect(new URL(page.url()).pathname).toBe("/verwaltung/wiederherstellungscodes");

    await page.goto("/verwaltung/mitarbeitende");
    const detail = await page.getAttribute('a[aria-label*="Kim Berger"]', "href");
    for (const path of ["/verwaltung", "/verwaltung/wiederherstellungscodes", "/verwaltung/mitarbeitende", detail!, "/verwaltung/mitarbeitende/neu", "/verwaltung/protokoll", "/verwaltung/protokoll?aktion=staff."]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.goto("/sprache/en?zurueck=/verwaltung/mitarbeitende");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toBe("Staff");
    expect(await axeViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
  }, 90_000);
});
