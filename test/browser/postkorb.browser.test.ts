// The Postkorb in a real browser, logged in as a citizen: list and message pages (German and English) pass
// axe-core without CSP violations, and a message is opened and archived with JavaScript switched off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE, system } from "../../src/kernel/identity/index.ts";
import { deliverMessage } from "../../src/kernel/mailbox/index.ts";
import { inTransaction } from "../../src/platform/db/index.ts";
import { axeViolations, hasChromium, startBrowserHarness, type BrowserHarness } from "../support/browser.ts";

describe.runIf(hasChromium)("the Postkorb in a browser", () => {
  let h: BrowserHarness;
  let token: string;
  let messageId: string;
  beforeAll(async () => {
    h = await startBrowserHarness();
    const { db } = h.testApp.database;
    const { id } = await db
      .insertInto("identity.account")
      .values({ kind: "citizen", email: "lena@beispiel.de", display_name: "Lena Berger" })
      .returning("id")
      .executeTakeFirstOrThrow();
    token = await inTransaction(db, (tx) => createSession(tx, { accountId: id, method: "password" }));
    messageId = await inTransaction(db, async (tx) => {
      const input = {
        accountId: id,
        subject: "Ihr Anwohnerparkausweis",
        body: "Guten Tag,\n\nbitte bringen Sie mit:\n- Ihren Ausweis\n- die Zulassung\n\nMehr unter https://stadttor.example/leistungen.",
        senderDepartmentId: "kvr",
        caseRef: "M-2026-00011",
        caseUrl: "/anliegen/M-2026-00011",
      };
      return (await deliverMessage(tx, h.testApp.app.services.jobs, input, { actor: system("test"), publicUrl: h.baseUrl })).id;
    });
  });
  afterAll(() => h?.close());

  async function loggedInPage(javaScriptEnabled = true) {
    const watched = await h.newPage({ javaScriptEnabled });
    await watched.page.context().addCookies([{ name: SESSION_COOKIE, value: token, url: h.baseUrl }]);
    return watched;
  }

  for (const [name, path] of [
    ["inbox", "/konto/postkorb"],
    ["archive", "/konto/postkorb?ansicht=archiv"],
    ["message", "/konto/postkorb/MESSAGE"],
  ] as const) {
    for (const lang of ["de", "en"]) {
      it(`${name} (${lang}) has no WCAG 2.1 AA violations and no CSP violations`, async () => {
        const { page, cspViolations } = await loggedInPage();
        await page.context().addCookies([{ name: "lang", value: lang, url: h.baseUrl }]);
        const response = await page.goto(path.replace("MESSAGE", messageId));
        expect(response?.status()).toBe(200);
        expect(cspViolations).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }

  it("opens a message from the list and archives it without JavaScript", async () => {
    const { page } = await loggedInPage(false);
    await page.goto("/konto/postkorb");
    await Promise.all([page.waitForURL(/\/konto\/postkorb\/[0-9a-f-]+$/), page.click(`a[href="/konto/postkorb/${messageId}"]`)]);
    expect(await page.textContent("main h1")).toBe("Ihr Anwohnerparkausweis");
    await Promise.all([page.waitForURL(/hinweis=archiviert$/), page.click('form[action$="/archivieren"] button')]);
    expect(await page.textContent(".kern-alert")).toContain("Die Nachricht liegt jetzt im Archiv.");
    await Promise.all([page.waitForURL(/ansicht=archiv$/), page.click("main p a[href='/konto/postkorb?ansicht=archiv']")]);
    expect(await page.locator(`tr[data-message="${messageId}"]`).count()).toBe(1);
  });
});
