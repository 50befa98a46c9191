// The site header on a phone and on a desktop: at 375 px the main navigation folds into a "Menü" disclosure
// (keyboard, screen reader and no-JavaScript proof, axe-clean open and closed), the header stays low and nothing
// scrolls sideways, also logged in and in the back office; at 1280 px the links show without opening anything.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE } from "../../src/kernel/identity/index.ts";
import { inTransaction } from "../../src/platform/db/index.ts";
import { axeViolations, focused, hasChromium, startBrowserHarness, tabUntil, type BrowserHarness } from "../support/browser.ts";

const folder = fileURLToPath(new URL("../../.tmp/screenshots/", import.meta.url));
const phone = { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 800 } };
/** Official-site bar, brand line and the Menü bar: about 140 px; more means the navigation spilled out again. */
const PHONE_HEADER_LIMIT = 160;

async function headerHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector("header")!.getBoundingClientRect().height);
}

/** Elements reaching past the right edge (they would make the page scroll sideways), and whether it does. */
async function overflow(page: Page): Promise<{ scrolls: boolean; tooWide: string[] }> {
  return page.evaluate(() => ({
    scrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    tooWide: [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  }));
}

/** Role and expanded state of the menu button as Chromium hands them to screen readers. */
async function menuButtonForScreenReaders(page: Page): Promise<{ role: string; name: string; expanded: unknown }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "summary.st-menu__toggle" });
  const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
  const node = nodes[0]!;
  await cdp.detach();
  return {
    role: String(node.role?.value),
    name: String(node.name?.value),
    expanded: node.properties?.find((p) => p.name === "expanded")?.value.value,
  };
}

async function mainNavLinks(page: Page): Promise<Array<{ text: string; visible: boolean }>> {
  const links = page.locator("nav.st-mainnav a");
  return Promise.all((await links.all()).map(async (a) => ({ text: (await a.textContent()) ?? "", visible: await a.isVisible() })));
}

describe.runIf(hasChromium)("the site header on a phone and on a desktop", () => {
  let h: BrowserHarness;
  let citizenToken: string;
  let adminToken: string;
  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    h = await startBrowserHarness();
    const { db } = h.testApp.database;
    const citizen = await db
      .insertInto("identity.account")
      .values({ kind: "citizen", email: "maximiliane.musterfrau@beispiel.de", display_name: "Maximiliane Musterfrau-Oberhuber" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const admin = await db.selectFrom("identity.account").select("id").where("email", "=", "admin@stadttor.example").executeTakeFirstOrThrow();
    citizenToken = await inTransaction(db, (tx) => createSession(tx, { accountId: citizen.id, method: "password" }));
    adminToken = await inTransaction(db, (tx) => createSession(tx, { accountId: admin.id, method: "password", secondFactor: true }));
  });
  afterAll(() => h?.close());

  it("at 375 px keeps the header low, folds the navigation into a closed Menü and scrolls nowhere sideways", async () => {
    const { page, cspViolations } = await h.newPage(phone);
    await page.goto("/");
    await page.evaluate(() => document.fonts.ready);
    expect(await headerHeight(page)).toBeLessThanOrEqual(PHONE_HEADER_LIMIT);
    expect(await overflow(page)).toEqual({ scrolls: false, tooWide: [] });
    expect(await page.locator("summary.st-menu__toggle").isVisible()).toBe(true);
    expect((await mainNavLinks(page)).filter((l) => l.visible)).toEqual([]);
    expect(await page.locator(".st-language a").isVisible()).toBe(true);
    // DisclosureTriangle: Chromium's role for a <summary>, announced as a button ("Schalter, reduziert").
    expect(await menuButtonForScreenReaders(page)).toEqual({ role: "DisclosureTriangle", name: "Menü", expanded: false });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${folder}header-375-closed.png` });
    expect(cspViolations).toEqual([]);
  });

  it("at 375 px the skip link comes first, then the language switch, then Menü; Enter opens it, Tab walks its links", async () => {
    const { page, cspViolations } = await h.newPage(phone);
    await page.goto("/");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", href: "#inhalt" });
    const path = await tabUntil(page, (f) => f.tag === "summary");
    expect(path.map((step) => step.split(" ")[0])).toEqual(["a[/]", "a[/sprache/en?zurueck=%2F]", "summary"]);
    expect((await focused(page)).text).toBe("Menü");

    await page.keyboard.press("Enter");
    expect(await page.locator("details.st-menu").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await menuButtonForScreenReaders(page)).toMatchObject({ name: "Menü", expanded: true });
    const links = await mainNavLinks(page);
    expect(links.map((l) => l.text)).toEqual(["Leistungen A–Z", "Lebenslagen", "Anliegen melden", "Termin buchen", "Mitreden", "Mein Konto"]);
    expect(links.every((l) => l.visible)).toBe(true);
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", href: "/leistungen" });
    // Open, the menu pushes the page down instead of covering it, and still fits the width.
    expect(await overflow(page)).toEqual({ scrolls: false, tooWide: [] });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${folder}header-375-open.png` });

    // Enter on the summary closes it again; the links leave the tab order with it.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    expect(await menuButtonForScreenReaders(page)).toMatchObject({ expanded: false });
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("nav.st-mainnav"))).toBeNull();
    expect(cspViolations).toEqual([]);
  });

  it("the menu opens without JavaScript, and a link in it leads to its page, marked as the current one", async () => {
    const { page } = await h.newPage({ ...phone, javaScriptEnabled: false });
    await page.goto("/");
    await page.click("summary.st-menu__toggle");
    await Promise.all([page.waitForURL(/\/lebenslagen$/), page.click("nav.st-mainnav a[href='/lebenslagen']")]);
    expect(await page.textContent("main h1")).toBe("Lebenslagen");
    await page.click("summary.st-menu__toggle");
    expect(await page.getAttribute("nav.st-mainnav a[aria-current='page']", "href")).toBe("/lebenslagen");
  });

  it("in English the button says Menu and the page has no violations open", async () => {
    const { page } = await h.newPage(phone);
    await page.goto("/sprache/en?zurueck=/");
    expect(await page.textContent("summary.st-menu__toggle")).toBe("Menu");
    await page.click("summary.st-menu__toggle");
    expect((await mainNavLinks(page)).map((l) => l.text)).toContain("Book an appointment");
    expect(await overflow(page)).toEqual({ scrolls: false, tooWide: [] });
    expect(await axeViolations(page)).toEqual([]);
  });

  it("at 375 px a logged-in citizen keeps account links, logout and language switch on screen without sideways scrolling", async () => {
    const { page, cspViolations } = await h.newPage(phone);
    await page.context().addCookies([{ name: SESSION_COOKIE, value: citizenToken, url: h.baseUrl }]);
    await page.goto("/");
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${folder}header-375-citizen.png` });
    expect(await page.locator(".st-account__name").textContent()).toContain("Maximiliane Musterfrau-Oberhuber");
    for (const selector of [".st-account__links a[href='/konto']", ".st-account__logout button", ".st-language a", "summary.st-menu__toggle"]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    expect(await overflow(page)).toEqual({ scrolls: false, tooWide: [] });
    // The account row adds a line or two (a long name wraps), not a stack of lines.
    expect(await headerHeight(page)).toBeLessThanOrEqual(PHONE_HEADER_LIMIT + 100);
    expect(await axeViolations(page)).toEqual([]);

    // On a desktop the account sits in the brand row, beside the language switch.
    await page.setViewportSize(desktop.viewport);
    const brand = (await page.locator(".st-brand").boundingBox())!;
    const logout = (await page.locator(".st-account__logout button").boundingBox())!;
    expect(logout.y).toBeLessThan(brand.y + brand.height);
    expect(await overflow(page)).toEqual({ scrolls: false, tooWide: [] });
    await page.screenshot({ path: `${folder}header-1280-citizen.png` });
    expect(cspViolations).toEqual([]);
  });

  it("at 375 px the back office's staff navigation wraps inside the width, every entry on screen", async () => {
    const { page, cspViolations } = await h.newPage(phone);
    await page.context().addCookies([{ name: SESSION_COOKIE, value: adminToken, url: h.baseUrl }]);
    expect((await page.goto("/verwaltung"))?.status()).toBe(200);
    await page.evaluate(() => document.fonts.ready);
    const entries = page.locator("nav.st-staffnav a");
    expect(await entries.count()).toBeGreaterThanOrEqual(3);
    for (const entry of await entries.all()) {
      const box = (await entry.boundingBox())!;
      expect(box.x >= 0 && box.x + box.width <= 375, (await entry.textContent()) ?? "").toBe(true);
    }
    expect(await overflow(page)).toEqual({ scrolls: false, tooWide: [] });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${folder}header-375-backoffice.png` });
    expect(cspViolations).toEqual([]);
  });

  it("from 320 to 1024 px, in English (the longer labels), the header never scrolls sideways and the links are one tap or none away", async () => {
    const { page } = await h.newPage(phone);
    await page.goto("/sprache/en?zurueck=/");
    for (const width of [320, 600, 768, 895, 896, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await overflow(page), `${width}px`).toEqual({ scrolls: false, tooWide: [] });
      // The switch sits at 56rem (896px): below it the Menü button, from it the bar.
      const bar = width >= 896;
      expect(await page.locator("summary.st-menu__toggle").isVisible(), `${width}px`).toBe(!bar);
      expect((await mainNavLinks(page)).every((l) => l.visible === bar), `${width}px`).toBe(true);
    }
  });

  it("at 1280 px shows the main navigation as a bar without a Menü button, reached by Tab after the language switch", async () => {
    const { page, cspViolations } = await h.newPage(desktop);
    await page.goto("/");
    await page.evaluate(() => document.fonts.ready);
    expect(await page.locator("summary.st-menu__toggle").isVisible()).toBe(false);
    const links = await mainNavLinks(page);
    expect(links).toHaveLength(6);
    expect(links.every((l) => l.visible)).toBe(true);
    const tops = await page.locator("nav.st-mainnav a").evaluateAll((as) => new Set(as.map((a) => Math.round(a.getBoundingClientRect().top))).size);
    expect(tops).toBe(1); // one row
    await tabUntil(page, (f) => f.href?.startsWith("/sprache/") ?? false);
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", href: "/leistungen" });
    expect(await overflow(page)).toEqual({ scrolls: false, tooWide: [] });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${folder}header-1280.png` });
    expect(cspViolations).toEqual([]);
  });
});
