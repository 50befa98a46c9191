// Keyboard only: skip link first, search reachable and usable with Tab and Enter, language switch reachable.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { focused, hasChromium, startBrowserHarness, tabUntil, type BrowserHarness } from "../support/browser.ts";

describe.runIf(hasChromium)("the start page with the keyboard only", () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());

  it("focuses the skip link on the first Tab, and Enter moves focus to the main content", async () => {
    const { page } = await h.newPage();
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: "a", href: "#inhalt", text: "Zum Inhalt springen" });
    // The skip link is visible while focused (it sits off-screen otherwise).
    const box = await page.locator("a.st-skip-link").boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.width > 0).toBe(true);
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ tag: "main", id: "inhalt" });
  });

  it("reaches the search field and then its button with Tab; typing and Enter show the results", async () => {
    const { page } = await h.newPage();
    await page.goto("/");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const path = await tabUntil(page, (f) => f.id === "q");
    expect(path.length).toBeLessThanOrEqual(2); // from the main content straight into the search field
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "button", text: "Suchen" });
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.type("Wohnsitz");
    await Promise.all([page.waitForURL(/\/suche\?q=Wohnsitz$/), page.keyboard.press("Enter")]);
    expect(await page.textContent("main h1")).toBe("Suche");
    expect(await page.locator("main section a", { hasText: "Wohnsitz anmelden" }).count()).toBeGreaterThan(0);
  });

  it("reaches the language switch with Tab and switches to English with Enter", async () => {
    const { page } = await h.newPage();
    await page.goto("/");
    const path = await tabUntil(page, (f) => f.href?.startsWith("/sprache/en") ?? false);
    expect(path.length).toBeLessThanOrEqual(5); // in the header, before the main navigation
    await Promise.all([page.waitForURL((url) => url.pathname === "/"), page.keyboard.press("Enter")]);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("main h1")).toBe("München's digital town hall");
  });

  it("shows where the focus is: focused links and buttons get a visible outline", async () => {
    const { page } = await h.newPage();
    await page.goto("/");
    await tabUntil(page, (f) => f.tag === "button");
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement as Element);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
    });
    expect(outline.style !== "none" && outline.width > 0 || outline.shadow !== "none").toBe(true);
  });
});
