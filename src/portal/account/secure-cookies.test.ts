// Behind a TLS proxy the app sees plain http: every cookie must still carry `Secure` when PUBLIC_URL is https,
// without TRUST_PROXY. Checked for each place that sets one: CSRF, language (switch and profile), session
// (login and logout), and the OpenID Connect flow cookie.
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { cookiesFrom, formSecrets } from "../../../test/support/html.ts";
import { startTestOidcProvider, type TestOidcProvider } from "../../../test/support/oidc-provider.ts";
import { hashPassword } from "../../kernel/identity/index.ts";

const PUBLIC_URL = "https://stadttor.muenchen.example";
const PASSWORD = "Sichere-Kekse-2026";
let provider: TestOidcProvider;
let t: TestApp;

beforeAll(async () => {
  provider = await startTestOidcProvider({ redirectUris: [`${PUBLIC_URL}/konto/anmelden/oidc/callback`] });
  t = await createTestApp({ env: { PUBLIC_URL, OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret } });
  await t.database.db
    .insertInto("identity.account")
    .values({ kind: "citizen", email: "keks@example.org", display_name: "Kim Keks", email_confirmed_at: new Date(), password_hash: await hashPassword(PASSWORD) })
    .execute();
});
afterAll(async () => {
  await t?.close();
  await provider?.close();
});

function cookie(response: LightMyRequestResponse, name: string) {
  const found = response.cookies.find((c) => c.name === name);
  if (!found) throw new Error(`no ${name} cookie (status ${response.statusCode})`);
  return found;
}

async function post(url: string, cookies: string, fields: Record<string, string>): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: "POST", url, headers: { cookie: cookies, "content-type": "application/x-www-form-urlencoded" }, payload: new URLSearchParams(fields).toString() });
}

describe("cookies over plain http with an https PUBLIC_URL", () => {
  it("the app's requests really arrive as http (no TRUST_PROXY)", () => {
    expect(t.config.trustProxy).toBe(false);
    expect(t.config.secureCookies).toBe(true);
  });

  it("CSRF, session at login and logout, and both language cookies carry Secure", async () => {
    const loginPage = await t.app.inject({ url: "/konto/anmelden" });
    expect(cookie(loginPage, "csrf")).toMatchObject({ secure: true, httpOnly: true });
    const { token, cookie: csrf } = formSecrets(loginPage);
    const login = await post("/konto/anmelden", csrf, { _csrf: token, email: "keks@example.org", password: PASSWORD });
    expect(login.statusCode).toBe(303);
    expect(cookie(login, "sid")).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });
    const loggedIn = cookiesFrom(login, csrf);

    expect(cookie(await t.app.inject({ url: "/sprache/en?zurueck=/" }), "lang").secure).toBe(true);
    const profile = await t.app.inject({ url: "/konto/profil", headers: { cookie: loggedIn } });
    const saved = await post("/konto/profil", loggedIn, { _csrf: formSecrets(profile).token, displayName: "", street: "", postalCode: "", city: "", language: "en", notifyByEmail: "yes" });
    expect(saved.statusCode).toBe(303);
    expect(cookie(saved, "lang")).toMatchObject({ value: "en", secure: true });

    const logout = await post("/konto/abmelden", loggedIn, { _csrf: token });
    expect(cookie(logout, "sid")).toMatchObject({ value: "", secure: true });
  });

  it("the OpenID Connect flow cookie carries Secure", async () => {
    const start = await t.app.inject({ url: "/konto/anmelden/oidc" });
    expect(start.statusCode).toBe(303);
    expect(cookie(start, "oidc_flow")).toMatchObject({ secure: true, httpOnly: true, path: "/konto/anmelden/oidc/callback" });
  });
});
