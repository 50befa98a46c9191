// The passkey routes' forbidden cases (the happy path runs in a real browser: test/browser/passkeys.browser.test.ts):
// login required, CSRF on the JSON steps, nobody removes another's passkey, forged or replayed answers refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { cookiesFrom, formSecrets, html } from "../../../test/support/html.ts";
import { createSession } from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";

let t: TestApp;
let eva: { id: string; cookie: string };
let otto: { id: string; cookie: string };
let ottosPasskey: string;

async function citizen(email: string): Promise<{ id: string; cookie: string }> {
  const account = await t.database.db.insertInto("identity.account").values({ kind: "citizen", email, display_name: email }).returning("id").executeTakeFirstOrThrow();
  const token = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: account.id, method: "password" }));
  return { id: account.id, cookie: `sid=${token}` };
}

/** A CSRF token and the cookies that go with it, as the page's script would send them. */
async function secretsFor(cookie: string): Promise<{ token: string; cookie: string }> {
  const page = await t.app.inject({ method: "GET", url: cookie ? "/konto/passkeys" : "/konto/anmelden", headers: { cookie } });
  const { token } = formSecrets(page);
  return { token, cookie: cookiesFrom(page, cookie) };
}

function clientData(challenge: string): string {
  return Buffer.from(JSON.stringify({ type: "webauthn.get", challenge, origin: "http://localhost:3999" })).toString("base64url");
}

beforeAll(async () => {
  t = await createTestApp({ env: { PUBLIC_URL: "http://localhost:3999" } });
  eva = await citizen("eva@example.org");
  otto = await citizen("otto@example.org");
  const row = await t.database.db
    .insertInto("identity.passkey")
    .values({ account_id: otto.id, credential_id: "b3R0b3Mta2V5", public_key: Buffer.from([1, 2, 3]), counter: 0, name: "Ottos Handy" })
    .returning("id")
    .executeTakeFirstOrThrow();
  ottosPasskey = row.id;
});

afterAll(() => t?.close());

describe("passkey routes", () => {
  it("send people who are not logged in to the login page, and answer the script with 403", async () => {
    const page = await t.app.inject({ method: "GET", url: "/konto/passkeys" });
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe("/konto/anmelden?zurueck=%2Fkonto%2Fpasskeys");
    const s = await secretsFor("");
    const options = await t.app.inject({ method: "POST", url: "/konto/passkeys/optionen", headers: { cookie: s.cookie, "x-csrf-token": s.token }, payload: {} });
    expect(options.statusCode).toBe(403);
  });

  it("refuse the script's JSON steps without the CSRF token", async () => {
    const response = await t.app.inject({ method: "POST", url: "/konto/passkeys/optionen", headers: { cookie: eva.cookie }, payload: {} });
    expect(response.statusCode).toBe(403);
    const login = await t.app.inject({ method: "POST", url: "/konto/anmelden/passkey/optionen", payload: {} });
    expect(login.statusCode).toBe(403);
  });

  it("hand a logged-in citizen registration options for our relying party, excluding their passkeys", async () => {
    const s = await secretsFor(otto.cookie);
    const response = await t.app.inject({ method: "POST", url: "/konto/passkeys/optionen", headers: { cookie: s.cookie, "x-csrf-token": s.token }, payload: {} });
    expect(response.statusCode).toBe(200);
    const options = response.json<{ rp: { id: string }; challenge: string; excludeCredentials: Array<{ id: string }> }>();
    expect(options.rp.id).toBe("localhost");
    expect(options.excludeCredentials.map((c) => c.id)).toEqual(["b3R0b3Mta2V5"]);
    const stored = await t.database.db.selectFrom("identity.webauthn_challenge").selectAll().where("challenge", "=", options.challenge).executeTakeFirst();
    expect(stored).toMatchObject({ purpose: "register", account_id: otto.id });
  });

  it("do not let one citizen remove another's passkey", async () => {
    const s = await secretsFor(eva.cookie);
    const response = await t.app.inject({
      method: "POST",
      url: `/konto/passkeys/${ottosPasskey}/entfernen`,
      headers: { cookie: s.cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ _csrf: s.token }).toString(),
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe("/konto/passkeys?hinweis=unbekannt");
    expect(await t.database.db.selectFrom("identity.passkey").select("id").where("id", "=", ottosPasskey).executeTakeFirst()).toBeDefined();
    const page = await t.app.inject({ method: "GET", url: "/konto/passkeys", headers: { cookie: eva.cookie } });
    expect(html(page).querySelector("main")?.textContent).not.toContain("Ottos Handy");
  });

  it("refuse a forged login answer, and the same challenge a second time", async () => {
    const s = await secretsFor("");
    const headers = { cookie: s.cookie, "x-csrf-token": s.token };
    const options = await t.app.inject({ method: "POST", url: "/konto/anmelden/passkey/optionen", headers, payload: {} });
    const { challenge } = options.json<{ challenge: string }>();
    const forged = {
      response: { id: "b3R0b3Mta2V5", rawId: "b3R0b3Mta2V5", type: "public-key", clientExtensionResults: {}, response: { clientDataJSON: clientData(challenge), authenticatorData: "AAAA", signature: "AAAA" } },
    };
    const first = await t.app.inject({ method: "POST", url: "/konto/anmelden/passkey", headers, payload: forged });
    expect(first.statusCode).toBe(400);
    expect(cookiesFrom(first)).not.toContain("sid=");
    const again = await t.app.inject({ method: "POST", url: "/konto/anmelden/passkey", headers, payload: forged });
    expect(again.statusCode).toBe(400);
    const failures = await t.database.db.selectFrom("audit.record").select("detail").where("action", "=", "login.passkey.failed").execute();
    expect(failures.map((f) => f.detail.reason)).toEqual(["not-verified", "challenge"]);
  });
});
