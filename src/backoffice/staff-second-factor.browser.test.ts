// A department admin resets a colleague's second factor in a real browser: staff page → confirmation → done,
// then lifts the colleague's login lockout ("Sperre aufheben"); forms only, with axe on each page.
import { createHash } from "node:crypto";
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

    // Kim typed five wrong codes (her phone's clock was off): her page shows the lockout and the button.
    await h.testApp.database.db
      .insertInto("identity.staff_login_attempt")
      .values({ email_key: createHash("sha256").update("sachbearbeitung.kvr@stadttor.example").digest(), stage: "totp", succeeded: false, locked_until: new Date(Date.now() + 15 * 60_000) })
      .execute();
    await page.goto(`/verwaltung/mitarbeitende/${kimId}`);
    expect(await page.textContent("main")).toContain("Anmeldesperre");
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([page.waitForNavigation(), page.click("button:has-text('Sperre aufheben')")]);
    expect(await page.textContent(".kern-alert")).toContain("Die Anmeldesperre wurde aufgehoben");
    expect(await page.textContent("main")).not.toContain("Sperre aufheben");
    expect(await axeViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
