// Login through a real OpenID Connect provider on loopback, end to end: the app redirects to the provider, the
// provider logs the test user in and sends the browser back, the app checks everything and starts a session.
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { cookiesFrom, html, text } from "../../../test/support/html.ts";
import { startTestOidcProvider, type NextLogin, type TestOidcProvider } from "../../../test/support/oidc-provider.ts";
import { createStaffAccount, resolveSession } from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";

const PUBLIC_URL = "http://localhost:4999";
let provider: TestOidcProvider;
let t: TestApp;

beforeAll(async () => {
  provider = await startTestOidcProvider({
    redirectUris: [`${PUBLIC_URL}/konto/anmelden/oidc/callback`, `${PUBLIC_URL}/verwaltung/anmelden/oidc/callback`],
  });
  const client = { ISSUER: provider.issuer, CLIENT_ID: provider.clientId, CLIENT_SECRET: provider.clientSecret, ACR_VALUES: "STORK-QAA-Level-3" };
  const env: Record<string, string> = { PUBLIC_URL };
  for (const [k, v] of Object.entries(client)) {
    env[`OIDC_${k}`] = v;
    env[`STAFF_OIDC_${k}`] = v;
  }
  t = await createTestApp({ env: { ...env, STAFF_OIDC_MFA_ACR: "urn:city:mfa" } });
});

afterAll(async () => {
  await t?.close();
  await provider?.close();
});

/** Follows the provider's redirects like a browser (its own cookie jar) until it sends the browser back to us. */
async function throughProvider(authorizationUrl: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = new URL(authorizationUrl);
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, { redirect: "manual", headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") } });
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    const location = response.headers.get("location");
    if (!location) throw new Error(`provider answered ${response.status} without a redirect: ${await response.text()}`);
    const next = new URL(location, url);
    if (next.origin === PUBLIC_URL) return next.pathname + next.search;
    url = next;
  }
  throw new Error("too many redirects at the provider");
}

interface Flow {
  callback: LightMyRequestResponse;
  cookies: string;
  callbackPath: string;
}

/** Starts at our login route, passes the provider as `login`, and returns our callback's answer. */
async function logIn(start: string, login: NextLogin, cookies = ""): Promise<Flow> {
  provider.setNextLogin(login);
  const begin = await t.app.inject({ method: "GET", url: start, headers: { cookie: cookies } });
  expect(begin.statusCode).toBe(303);
  expect(begin.headers.location).toMatch(new RegExp(`^${provider.issuer}/auth\\?`));
  const authorization = new URL(String(begin.headers.location));
  expect(authorization.searchParams.get("code_challenge_method")).toBe("S256");
  expect(authorization.searchParams.get("nonce")).toBeTruthy();
  const jar = cookiesFrom(begin, cookies);
  const callbackPath = await throughProvider(authorization.href);
  const callback = await t.app.inject({ method: "GET", url: callbackPath, headers: { cookie: jar } });
  return { callback, cookies: cookiesFrom(callback, jar), callbackPath };
}

function sid(cookies: string): string {
  return /(?:^|; )sid=([^;]+)/.exec(cookies)?.[1] ?? "";
}

const erika = { sub: "bundid-erika", email: "erika@example.org", emailVerified: true, name: "Erika Mustermann" };

describe("citizen login through the OIDC provider (BundID)", () => {
  it("shows the provider's button on the login page", async () => {
    const page = html(await t.app.inject({ method: "GET", url: "/konto/anmelden" }));
    const link = page.querySelector('a[href^="/konto/anmelden/oidc"]');
    expect(text(link)).toBe("Mit BundID anmelden");
  });

  it("creates an account on the first login and stores the trust level with the session", async () => {
    const { callback, cookies } = await logIn("/konto/anmelden/oidc?zurueck=%2Fkonto%2Fpostkorb", { user: erika, acr: "STORK-QAA-Level-3" });
    expect(callback.statusCode).toBe(303);
    expect(callback.headers.location).toBe("/konto/postkorb");
    const session = await resolveSession(t.database.db, sid(cookies));
    expect(session).toMatchObject({ accountKind: "citizen", displayName: "Erika Mustermann", method: "oidc", acr: "level3" });
    const account = await t.database.db.selectFrom("identity.account").selectAll().where("id", "=", session!.accountId).executeTakeFirstOrThrow();
    expect(account.email).toBe("erika@example.org");
    expect(account.email_confirmed_at).not.toBeNull();
    expect(account.password_hash).toBeNull();
    const actions = await t.database.db.selectFrom("audit.record").select("action").where("subject_id", "=", session!.accountId).execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["account.created", "login.oidc.succeeded"]));
  });

  it("finds the same account on the second login, with the level of that login (eIDAS values too)", async () => {
    const before = await t.database.db.selectFrom("identity.account").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    const { callback, cookies } = await logIn("/konto/anmelden/oidc", { user: erika, acr: "http://eidas.europa.eu/LoA/high" });
    expect(callback.headers.location).toBe("/konto");
    const session = await resolveSession(t.database.db, sid(cookies));
    expect(session?.acr).toBe("level4");
    const after = await t.database.db.selectFrom("identity.account").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const links = await t.database.db.selectFrom("identity.external_identity").selectAll().where("subject", "=", erika.sub).execute();
    expect(links).toHaveLength(1);
  });

  it("gives no trust level for an acr value it does not know", async () => {
    const { cookies } = await logIn("/konto/anmelden/oidc", { user: erika, acr: "urn:example:gold" });
    expect((await resolveSession(t.database.db, sid(cookies)))?.acr).toBeUndefined();
  });

  it("refuses a callback whose state is not the browser's, and one without the flow cookie", async () => {
    provider.setNextLogin({ user: erika, acr: "STORK-QAA-Level-3" });
    const begin = await t.app.inject({ method: "GET", url: "/konto/anmelden/oidc" });
    const callbackPath = await throughProvider(String(begin.headers.location));
    const tampered = callbackPath.replace(/state=[^&]+/, "state=forged");
    const refused = await t.app.inject({ method: "GET", url: tampered, headers: { cookie: cookiesFrom(begin) } });
    expect(refused.statusCode).toBe(400);
    expect(text(html(refused).querySelector("h1"))).toBe("Anmeldung nicht möglich");
    expect(text(html(refused).querySelector("main"))).toContain("gehört nicht zu Ihrem Browser");
    expect(html(refused).querySelector('a[href="/konto/anmelden"]')).not.toBeNull();
    expect(sid(cookiesFrom(refused))).toBe("");

    // The flow was used up by the refused attempt: the genuine callback cannot follow it.
    const replay = await t.app.inject({ method: "GET", url: callbackPath, headers: { cookie: cookiesFrom(begin) } });
    expect(replay.statusCode).toBe(400);
    const otherBrowser = await t.app.inject({ method: "GET", url: callbackPath });
    expect(otherBrowser.statusCode).toBe(400);
    const failures = await t.database.db.selectFrom("audit.record").select("detail").where("action", "=", "login.oidc.failed").execute();
    expect(failures.map((f) => f.detail.reason)).toContain("state-mismatch");
  });

  it("refuses a login that took longer than ten minutes", async () => {
    provider.setNextLogin({ user: erika, acr: "STORK-QAA-Level-3" });
    const begin = await t.app.inject({ method: "GET", url: "/konto/anmelden/oidc" });
    const callbackPath = await throughProvider(String(begin.headers.location));
    await t.database.db.updateTable("identity.oidc_flow").set({ expires_at: new Date(Date.now() - 1000) }).execute();
    const late = await t.app.inject({ method: "GET", url: callbackPath, headers: { cookie: cookiesFrom(begin) } });
    expect(late.statusCode).toBe(400);
    expect(text(html(late).querySelector("main"))).toContain("zu lange gedauert");
    expect(sid(cookiesFrom(late))).toBe("");
  });

  it("says so clearly when the person refuses consent at the provider", async () => {
    const { callback, cookies } = await logIn("/konto/anmelden/oidc", { user: erika, deny: true });
    expect(callback.statusCode).toBe(400);
    expect(text(html(callback).querySelector("main"))).toContain("abgebrochen");
    expect(sid(cookies)).toBe("");
  });

  it("never opens an existing password account just because an unverified e-mail matches", async () => {
    await t.database.db
      .insertInto("identity.account")
      .values({ kind: "citizen", email: "max@example.org", display_name: "Max", password_hash: "x", email_confirmed_at: new Date() })
      .execute();
    const { callback, cookies } = await logIn("/konto/anmelden/oidc", { user: { sub: "bundid-max", email: "max@example.org", emailVerified: false, name: "Max" } });
    expect(callback.statusCode).toBe(403);
    expect(text(html(callback).querySelector("main"))).toContain("schon ein Konto");
    expect(sid(cookies)).toBe("");
    const links = await t.database.db.selectFrom("identity.external_identity").selectAll().where("subject", "=", "bundid-max").execute();
    expect(links).toHaveLength(0);
  });

  it("links an existing account when both sides verified the e-mail address", async () => {
    const { callback, cookies } = await logIn("/konto/anmelden/oidc", { user: { sub: "bundid-max-2", email: "max@example.org", emailVerified: true, name: "Max" } });
    expect(callback.statusCode).toBe(303);
    const account = await t.database.db.selectFrom("identity.account").select("id").where("email", "=", "max@example.org").executeTakeFirstOrThrow();
    expect((await resolveSession(t.database.db, sid(cookies)))?.accountId).toBe(account.id);
  });

  it("explains that an account needs an e-mail address when the provider sends none", async () => {
    const { callback } = await logIn("/konto/anmelden/oidc", { user: { sub: "bundid-anonymous", name: "Ohne Mail" } });
    expect(callback.statusCode).toBe(403);
    expect(text(html(callback).querySelector("main"))).toContain("keine E-Mail-Adresse");
  });

  it("ends the session from before the login (the session id is rotated)", async () => {
    const first = await logIn("/konto/anmelden/oidc", { user: erika, acr: "STORK-QAA-Level-3" });
    const second = await logIn("/konto/anmelden/oidc", { user: erika, acr: "STORK-QAA-Level-3" }, first.cookies);
    expect(sid(second.cookies)).not.toBe(sid(first.cookies));
    expect(await resolveSession(t.database.db, sid(first.cookies))).toBeUndefined();
  });
});

describe("staff login through the city's SSO", () => {
  beforeAll(async () => {
    await t.database.db.insertInto("catalogue.department").values({ id: "kvr", short_name: "KVR", name: { de: "Kreisverwaltungsreferat" } }).execute();
    await inTransaction(t.database.db, (tx) =>
      createStaffAccount(tx, { email: "kim@muenchen.example", displayName: "Kim", password: "lang-genug-und-geheim", roles: [{ role: "staff", departmentId: "kvr" }] }),
    );
  });

  it("refuses people without a staff account", async () => {
    const { callback, cookies } = await logIn("/verwaltung/anmelden/oidc", { user: { sub: "sso-eve", email: "eve@muenchen.example", emailVerified: true, name: "Eve" } });
    expect(callback.statusCode).toBe(403);
    expect(text(html(callback).querySelector("main"))).toContain("keinen Zugang zur Verwaltung");
    expect(html(callback).querySelector('a[href="/verwaltung/anmelden"]')).not.toBeNull();
    expect(sid(cookies)).toBe("");
  });

  it("asks for the second factor when the SSO does not say it did multi-factor", async () => {
    const { callback, cookies } = await logIn("/verwaltung/anmelden/oidc", { user: { sub: "sso-kim", email: "kim@muenchen.example", emailVerified: true, name: "Kim" }, acr: "STORK-QAA-Level-3" });
    expect(callback.headers.location).toBe("/verwaltung/anmelden/code");
    const session = await resolveSession(t.database.db, sid(cookies));
    expect(session).toMatchObject({ accountKind: "staff", method: "oidc", secondFactorDone: false });
  });

  it("counts the SSO's multi-factor login as the second factor", async () => {
    const { callback, cookies } = await logIn("/verwaltung/anmelden/oidc", { user: { sub: "sso-kim", email: "kim@muenchen.example", emailVerified: true, name: "Kim" }, acr: "urn:city:mfa" });
    expect(callback.headers.location).toBe("/verwaltung");
    expect((await resolveSession(t.database.db, sid(cookies)))?.secondFactorDone).toBe(true);
  });

  it("does not let a citizen's provider login into a staff account", async () => {
    const { callback } = await logIn("/konto/anmelden/oidc", { user: { sub: "sso-kim", email: "kim@muenchen.example", emailVerified: true, name: "Kim" } });
    expect(callback.statusCode).toBe(403);
  });
});

describe("provider down", () => {
  it("answers with a clear page and records the failure", async () => {
    const down = await createTestApp({ env: { PUBLIC_URL, OIDC_ISSUER: "http://127.0.0.1:9", OIDC_CLIENT_ID: "x", OIDC_CLIENT_SECRET: "y" } });
    try {
      const response = await down.app.inject({ method: "GET", url: "/konto/anmelden/oidc" });
      expect(response.statusCode).toBe(503);
      expect(text(html(response).querySelector("main"))).toContain("nicht erreichbar");
      const failures = await down.database.db.selectFrom("audit.record").select("detail").where("action", "=", "login.oidc.failed").execute();
      expect(failures.map((f) => f.detail.reason)).toEqual(["unavailable"]);
    } finally {
      await down.close();
    }
  });
});
