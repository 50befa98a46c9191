// Screenshots of the start page at phone and desktop width (.tmp/screenshots/, for people to look at), and a
// check that nothing makes the phone layout scroll sideways.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, startBrowserHarness, type BrowserHarness } from "../support/browser.ts";

const folder = fileURLToPath(new URL("../../.tmp/screenshots/", import.meta.url));

describe.runIf(hasChromium)("start page screenshots", () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());

  const devices = [
    { name: "phone", width: 375, height: 812, isMobile: true },
    { name: "desktop", width: 1280, height: 800, isMobile: false },
  ];
  for (const { name, width, height, isMobile } of devices) {
    it(`at ${width}px (${name}) fits the width, breaks no CSP rule and is saved`, async () => {
      const { page, cspViolations } = await h.newPage({ viewport: { width, height }, isMobile, hasTouch: isMobile });
      await page.goto("/");
      await page.evaluate(() => document.fonts.ready);
      // Elements reaching past the right edge of the viewport would make the page scroll sideways.
      const tooWide = await page.evaluate(() =>
        [...document.querySelectorAll("body *")]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      );
      expect(tooWide).toEqual([]);
      await page.screenshot({ path: `${folder}start-${width}.png`, fullPage: true });
      expect(cspViolations).toEqual([]);
    });
  }
});
