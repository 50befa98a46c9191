// A caseworker's day in a real browser: log in, open the inbox, open a case, start it, publish an update,
// close it, renew a secret link — forms only, no script needed — with axe on the inbox, the case page and the dashboard.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, hasChromium, startBrowserHarness, type BrowserHarness } from "../../../test/support/browser.ts";
import { casePeople } from "../../../test/support/cases.ts";
import { createCase } from "../../kernel/cases/index.ts";
import { anonymous, totpCode } from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";

describe.runIf(hasChromium)("the case inbox in a real browser", () => {
  let h: BrowserHarness;
  let reference = "";
  let linkReference = "";
  beforeAll(async () => {
    h = await startBrowserHarness();
    const db = h.testApp.database.db;
    const p = await casePeople(h.testApp.app, db);
    const created = await inTransaction(db, (tx) =>
      createCase(tx, p.deps, p.citizen, { kind: "test.request", title: "Personalausweis verloren", description: "Verloren am Marienplatz.", category: "papers" }),
    );
    if (!created.ok) throw new Error("case not created");
    reference = created.reference;
    // A case without an account: its page has the "Persönlichen Link erneuern" form.
    const anonymousCase = await inTransaction(db, (tx) =>
      createCase(tx, p.deps, anonymous(), { kind: "test.request", title: "Parkausweis", category: "papers", contactEmail: "anna@example.org" }),
    );
    if (!anonymousCase.ok) throw new Error("case not created");
    linkReference = anonymousCase.reference;
  });
  afterAll(() => h?.close());

  it("walks inbox → case → start → public update → close, with no axe violations", async () => {
    const { page, cspViolations } = await h.newPage();
    // Two shared cores can be busy: give each page load time rather than fail on a slow machine.
    page.setDefaultTimeout(60_000);
    await page.goto("/verwaltung/anmelden");
    await page.fill("#email", "sachbearbeitung.kvr@stadttor.example");
    await page.fill("#password", "Stadttor-Demo-2026");
    await Promise.all([page.waitForNavigation(), page.press("#password", "Enter")]);
    const secret = ((await page.textContent("[data-totp-secret]")) ?? "").replace(/\s/g, "");
    await page.fill("#code", totpCode(secret));
    await Promise.all([page.waitForNavigation(), page.press("#code", "Enter")]);

    await page.goto("/verwaltung");
    await Promise.all([page.waitForNavigation(), page.click(".st-staffnav a[href='/verwaltung/vorgaenge']")]);
    expect(await page.textContent("h1")).toBe("Vorgänge");
    expect(await axeViolations(page)).toEqual([]);

    await Promise.all([page.waitForNavigation(), page.click(`a[href='/verwaltung/vorgaenge/${reference}']`)]);
    expect(await page.textContent(".kern-badge")).toBe("Eingegangen");
    expect(await axeViolations(page)).toEqual([]);

    await Promise.all([page.waitForNavigation(), page.click("button[name=aktion][value=start]")]);
    expect(await page.textContent(".kern-alert")).toContain("Der Stand wurde geändert.");
    expect(await page.textContent("h1 + p .kern-badge")).toBe("In Bearbeitung");

    await page.fill("#mitteilung", "Wir haben einen Ersatz beantragt.");
    await Promise.all([page.waitForNavigation(), page.click("form[action$='/mitteilung'] button[type=submit]")]);
    expect(await page.textContent(".st-timeline")).toContain("Wir haben einen Ersatz beantragt.");

    await page.fill("#kommentar", "Ihr neuer Ausweis liegt bereit.");
    await Promise.all([page.waitForNavigation(), page.click("button[name=aktion][value=close]")]);
    expect(await page.textContent("h1 + p .kern-badge")).toBe("Erledigt");
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`/verwaltung/vorgaenge/${linkReference}`);
    await Promise.all([page.waitForNavigation(), page.click("form[action$='/link'] button[type=submit]")]);
    expect(await page.textContent(".kern-alert")).toContain("Frühere Links gelten nicht mehr.");
    expect(await axeViolations(page)).toEqual([]);

    for (const path of ["/verwaltung/vorgaenge/kennzahlen", "/verwaltung/vorgaenge?status=alle&sortierung=frist"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await axeViolations(page), path).toEqual([]);
    }
    expect(cspViolations).toEqual([]);
  }, 240_000);
});
