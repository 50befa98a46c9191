// Suggestions under the search field (search-suggest.js): an ARIA combobox that works with the keyboard
// (arrows, Enter, Escape), passes axe while open, breaks no CSP rule, and leaves plain submitting alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, hasChromium, startBrowserHarness, type BrowserHarness } from "../support/browser.ts";

describe.runIf(hasChromium)("search suggestions", () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());

  it("opens a listbox while typing, moves with the arrows, closes with Escape and passes axe", async () => {
    const { page, cspViolations } = await h.newPage();
    await page.goto("/suche");
    const input = page.locator("#q");
    expect(await input.getAttribute("role")).toBe("combobox");
    expect(await input.getAttribute("aria-expanded")).toBe("false");
    await input.click();
    await page.keyboard.type("perso");
    const first = page.locator('[role="listbox"] [role="option"]').first();
    await first.waitFor({ state: "visible" });
    expect(await first.textContent()).toBe("Personalausweis beantragen");
    expect(await input.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("ArrowDown");
    expect(await input.getAttribute("aria-activedescendant")).toBe(await first.getAttribute("id"));
    expect(await first.getAttribute("aria-selected")).toBe("true");
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    expect(await input.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator('[role="listbox"]').isHidden()).toBe(true);
    expect(cspViolations).toEqual([]);
  });

  it("opens the chosen service with Enter, and searches when none is chosen", async () => {
    const { page } = await h.newPage();
    await page.goto("/suche");
    await page.locator("#q").click();
    await page.keyboard.type("sperrm");
    await page.locator('[role="option"]').first().waitFor({ state: "visible" });
    await page.keyboard.press("ArrowDown");
    await Promise.all([page.waitForURL(/\/leistungen\/sperrmuell-abholung$/), page.keyboard.press("Enter")]);

    await page.goto("/suche");
    await page.locator("#q").click();
    await page.keyboard.type("Hundesteuer");
    await page.locator('[role="option"]').first().waitFor({ state: "visible" });
    await Promise.all([page.waitForURL(/\/suche\?q=Hundesteuer$/), page.keyboard.press("Enter")]);
  });
});
