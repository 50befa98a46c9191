// A department admin resets a colleague's second factor in a real browser: staff page → confirmation → done,
// forms only, with axe on each page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, hasChromium, startBrowserHarness, type BrowserHarness } from "../../test/support/browser.ts";
import { totpCode } from "../kernel/identity/index.ts";

describe.runIf(hasChromium)("resetting a second factor in a real browser", () => {
  let h: BrowserHarness;
  let kimId = "";
  beforeAll(async () => {
    h = await startBrowserHarness();
    const db = h.testApp.database.db;
    kimId = (await db.selectFrom("identity.account").select("id").where("email", "=", "sachbearbeitung.kvr@stadttor.example").executeTakeFirstOrThrow()).id;
    await db.insertInto("identity.staff_totp").values({ account_id: kimId, secret_encrypted: "nicht-gelesen", confirmed_at: new Date(), last_used_step: null }).execute();
  });
  afterAll(() => h?.close());

  it("goes staff page → confirmation → reset, with no axe violations", async () => {
    const { page, cspViolations } = await h.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto("/verwaltung/anmelden");
    await page.fill("#email", "leitung.kvr@stadttor.example");
    await page.fill("#password", "Stadttor-Demo-2026");
    await Promise.all([page.waitForNavigation(), page.press("#password", "Enter")]);
    const secret = ((await page.textContent("[data-totp-secret]")) ?? "").replace(/\s/g, "");
    await page.fill("#code", totpCode(secret));
    await Promise.all([page.waitForNavigation(), page.press("#code", "Enter")]);

    await page.goto(`/verwaltung/mitarbeitende/${kimId}`);
    expect(await page.textContent("main")).toContain("Authenticator-App eingerichtet am");
    expect(await axeViolations(page)).toEqual([]);

    await Promise.all([page.waitForNavigation(), page.click(`a[href='/verwaltung/mitarbeitende/${kimId}/zweiter-faktor']`)]);
    expect(await page.textContent("h1")).toBe("Zweiten Faktor zurücksetzen");
    expect(await axeViolations(page)).toEqual([]);

    await Promise.all([page.waitForNavigation(), page.click("main form button[type=submit]")]);
    expect(await page.textContent(".kern-alert")).toContain("Der zweite Faktor wurde zurückgesetzt");
    expect(await page.textContent("main")).toContain("Noch keine Authenticator-App eingerichtet");
    expect(await axeViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
