// Passkeys in a real browser with Chromium's virtual authenticator (DevTools protocol): a logged-in citizen adds
// a passkey, logs out, logs in with it, and removes it. WebAuthn needs a secure context and an rpID that
// matches the host: the app runs at http://localhost:<port> with PUBLIC_URL saying exactly that.
import { createServer, type AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, hashPassword, resolveSession } from "../../src/kernel/identity/index.ts";
import { inTransaction } from "../../src/platform/db/index.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { axeViolations, CHROMIUM, hasChromium } from "../support/browser.ts";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.runIf(hasChromium)("passkeys in a real browser", () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  let accountId: string;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    // A provider that is not there: the login page then also shows the OIDC button, and its error page gets checked.
    t = await createTestApp({ env: { PUBLIC_URL: baseUrl, OIDC_ISSUER: "http://127.0.0.1:9", OIDC_CLIENT_ID: "x", OIDC_CLIENT_SECRET: "y" } });
    await t.app.listen({ host: "localhost", port });
    const account = await t.database.db
      .insertInto("identity.account")
      .values({ kind: "citizen", email: "erika@example.org", display_name: "Erika Mustermann", email_confirmed_at: new Date() })
      .returning("id")
      .executeTakeFirstOrThrow();
    accountId = account.id;
    const token = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId, method: "password" }));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"], headless: true });
    context = await browser.newContext({ baseURL: baseUrl, locale: "de-DE" });
    await context.addCookies([{ name: "sid", value: token, url: baseUrl, httpOnly: true, sameSite: "Lax" }]);
    page = await context.newPage();
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function actions(): Promise<string[]> {
    const rows = await t.database.db.selectFrom("audit.record").select("action").orderBy("at").execute();
    return rows.map((r) => r.action);
  }

  /** Subjects of the mails to Erika: the owner hears of every passkey added or removed. */
  async function subjects(): Promise<string[]> {
    const rows = await t.database.db.selectFrom("mail.outbox").select("subject").where("recipient", "=", "erika@example.org").execute();
    return rows.map((r) => r.subject);
  }

  it("adds a passkey with a name from Mein Konto › Passkeys", async () => {
    await page.goto("/konto/passkeys");
    expect(await page.isVisible("text=Sie haben noch keinen Passkey.")).toBe(true);
    await page.fill("#passkey-name", "Laptop");
    await Promise.all([page.waitForURL("**/konto/passkeys?hinweis=hinzugefuegt"), page.click('form[data-passkey-register] button[type="submit"]')]);
    expect(await page.textContent("main")).toContain("Laptop");
    expect(await page.textContent("main")).toContain("Ihr Passkey wurde hinzugefügt.");
    expect(await actions()).toContain("passkey.registered");
    expect(await subjects()).toContain("Ein Passkey wurde Ihrem Konto hinzugefügt");
    expect(cspViolations).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("logs in with the passkey after logging out", async () => {
    await context.clearCookies();
    await page.goto("/konto/anmelden?zurueck=%2Fkonto%2Fpasskeys");
    expect(await page.isVisible("text=Mit BundID anmelden")).toBe(true);
    await Promise.all([page.waitForURL("**/konto/passkeys"), page.click("text=Mit Passkey anmelden")]);
    const sid = (await context.cookies()).find((c) => c.name === "sid")?.value ?? "";
    const session = await resolveSession(t.database.db, sid);
    expect(session).toMatchObject({ accountId, method: "passkey" });
    const passkey = await t.database.db.selectFrom("identity.passkey").select("last_used_at").executeTakeFirstOrThrow();
    expect(passkey.last_used_at).not.toBeNull();
    expect(await actions()).toContain("login.passkey.succeeded");
    expect(cspViolations).toEqual([]);
  });

  it("removes the passkey with its form", async () => {
    await page.goto("/konto/passkeys");
    await Promise.all([page.waitForURL("**/konto/passkeys?hinweis=entfernt"), page.click('button[aria-label="Passkey „Laptop“ entfernen"]')]);
    expect(await page.textContent("main")).toContain("Sie haben noch keinen Passkey.");
    expect(await t.database.db.selectFrom("identity.passkey").selectAll().execute()).toEqual([]);
    expect(await actions()).toContain("passkey.removed");
    expect(await subjects()).toContain("Ein Passkey wurde aus Ihrem Konto entfernt");
  });

  it("asks an account with a password for it before adding a passkey, and says so when it is wrong", async () => {
    const password = "Passkey-Bestaetigung-2026";
    const jan = await t.database.db
      .insertInto("identity.account")
      .values({ kind: "citizen", email: "jan@example.org", display_name: "Jan Berger", email_confirmed_at: new Date(), password_hash: await hashPassword(password) })
      .returning("id")
      .executeTakeFirstOrThrow();
    const token = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: jan.id, method: "password" }));
    await context.clearCookies();
    await context.addCookies([{ name: "sid", value: token, url: baseUrl, httpOnly: true, sameSite: "Lax" }]);
    await page.goto("/konto/passkeys");
    await page.fill("#passkey-name", "Handy");
    await page.fill("#passkey-password", "falsch-falsch-falsch");
    await page.click('form[data-passkey-register] button[type="submit"]');
    await page.waitForSelector("[data-passkey-error]:not([hidden])");
    expect(await page.textContent("[data-passkey-error]")).toBe("Das Passwort stimmt nicht. Bitte versuchen Sie es noch einmal.");
    expect(await page.inputValue("#passkey-password")).toBe("");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("passkey-password");
    expect(await axeViolations(page)).toEqual([]);
    await page.fill("#passkey-password", password);
    await Promise.all([page.waitForURL("**/konto/passkeys?hinweis=hinzugefuegt"), page.click('form[data-passkey-register] button[type="submit"]')]);
    expect(await page.textContent("main")).toContain("Handy");
    expect(cspViolations).toEqual([]);
  });

  it("the login page with its alternatives and the OIDC error page have no WCAG 2.1 AA violations", async () => {
    await context.clearCookies();
    await page.goto("/konto/anmelden");
    expect(await axeViolations(page)).toEqual([]);
    const response = await page.goto("/konto/anmelden/oidc");
    expect(response?.status()).toBe(503);
    expect(await axeViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
