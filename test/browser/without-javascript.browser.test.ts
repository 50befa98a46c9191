// With JavaScript switched off the start page still works: search submits to /suche, results and links lead on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, startBrowserHarness, type BrowserHarness } from "../support/browser.ts";

describe.runIf(hasChromium)("the start page without JavaScript", () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());

  it("searches through the plain form and reaches a service page from the results", async () => {
    const { page, cspViolations } = await h.newPage({ javaScriptEnabled: false });
    await page.goto("/");
    // The page itself sees scripting switched off (CSS media feature), so nothing below leans on app.js.
    expect(await page.evaluate("matchMedia('(scripting: none)').matches")).toBe(true);
    await page.fill("#q", "Personalausweis");
    await Promise.all([page.waitForURL(/\/suche\?q=Personalausweis$/), page.click('form[role="search"] button[type="submit"]')]);
    expect(await page.textContent("main h1")).toBe("Suche");
    const result = page.locator("main section a", { hasText: "Personalausweis beantragen" }).first();
    expect(await result.count()).toBe(1);
    await Promise.all([page.waitForURL(/\/leistungen\/[^/]+$/), result.click()]);
    expect(await page.textContent("main h1")).toContain("Personalausweis beantragen");
    expect(cspViolations).toEqual([]);
  });

  it("follows the main navigation, a life situation tile and the language switch", async () => {
    const { page } = await h.newPage({ javaScriptEnabled: false });
    await page.goto("/");
    await Promise.all([page.waitForURL(/\/leistungen$/), page.click('nav[aria-label] a[href="/leistungen"]')]);
    expect(await page.getAttribute('nav a[href="/leistungen"]', "aria-current")).toBe("page");
    await page.goto("/");
    await Promise.all([page.waitForURL(/\/lebenslagen\/umzug$/), page.click('a[href="/lebenslagen/umzug"]')]);
    expect(await page.textContent("main h1")).toBeTruthy();
    await Promise.all([page.waitForURL(/\/lebenslagen\/umzug$/), page.click('a[hreflang="en"]')]);
    expect(await page.getAttribute("html", "lang")).toBe("en");
  });
});
