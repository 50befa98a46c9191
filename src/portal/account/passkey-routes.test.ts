// The passkey routes' forbidden cases (the happy path runs in a real browser: test/browser/passkeys.browser.test.ts):
// login required, CSRF on the JSON steps, adding only after the password or a recent login, the session ends after
// five wrong passwords, nobody removes
// another's passkey, the owner is mailed on removal, forged or replayed answers refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { cookiesFrom, formSecrets, html, text } from "../../../test/support/html.ts";
import { createSession, hashPassword } from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";

let t: TestApp;
let eva: { id: string; cookie: string };
let otto: { id: string; cookie: string };
let ottosPasskey: string;
const PASSWORD = "Passkey-Bestaetigung-2026";

/** A citizen with a fresh session; `password` gives the account one, `minutesAgo` backdates the login. */
async function citizen(email: string, options: { password?: string; minutesAgo?: number } = {}): Promise<{ id: string; cookie: string }> {
  const password_hash = options.password ? await hashPassword(options.password) : null;
  const account = await t.database.db.insertInto("identity.account").values({ kind: "citizen", email, display_name: email, password_hash }).returning("id").executeTakeFirstOrThrow();
  const token = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: account.id, method: "password" }));
  if (options.minutesAgo) {
    const at = new Date(Date.now() - options.minutesAgo * 60_000);
    await t.database.db.updateTable("identity.session").set({ created_at: at, last_seen_at: new Date() }).where("account_id", "=", account.id).execute();
  }
  return { id: account.id, cookie: `sid=${token}` };
}

async function askForOptions(cookie: string, payload: Record<string, string>) {
  const s = await secretsFor(cookie);
  return t.app.inject({ method: "POST", url: "/konto/passkeys/optionen", headers: { cookie: s.cookie, "x-csrf-token": s.token }, payload });
}

const refusals = async (accountId: string) =>
  (await t.database.db.selectFrom("audit.record").select("detail").where("action", "=", "passkey.confirmation-refused").where("actor_id", "=", accountId).execute()).map((r) => r.detail.reason);

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

  it("ask a citizen with a password for it before handing out a challenge", async () => {
    const jan = await citizen("jan@example.org", { password: PASSWORD });
    const page = html(await t.app.inject({ url: "/konto/passkeys", headers: { cookie: jan.cookie } }));
    expect(page.querySelector('form[data-passkey-register] input[name="passkey-password"]')?.getAttribute("autocomplete")).toBe("current-password");
    const without = await askForOptions(jan.cookie, {});
    expect(without.statusCode).toBe(400);
    expect(without.json()).toEqual({ error: "wrong_password" });
    expect((await askForOptions(jan.cookie, { password: "falsch-falsch-falsch" })).statusCode).toBe(400);
    const challenges = await t.database.db.selectFrom("identity.webauthn_challenge").select("challenge").where("account_id", "=", jan.id).execute();
    expect(challenges).toEqual([]);
    expect(await refusals(jan.id)).toEqual(["wrong-password", "wrong-password"]);
    const ok = await askForOptions(jan.cookie, { password: PASSWORD });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ challenge: string }>().challenge).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("end the session after five wrong passwords, so a stolen session can't go on guessing", async () => {
    const lea = await citizen("lea@example.org", { password: PASSWORD });
    // The secrets of one page, as a script in a stolen session would keep reusing them.
    const s = await secretsFor(lea.cookie);
    // From an address of its own: the route's limit of 10 a minute per IP is not what this test is about.
    const guess = (password: string) =>
      t.app.inject({ method: "POST", url: "/konto/passkeys/optionen", remoteAddress: "198.51.100.90", headers: { cookie: s.cookie, "x-csrf-token": s.token }, payload: { password } });
    for (let i = 0; i < 4; i++) expect((await guess(`falsch-${i}-falsch`)).json()).toEqual({ error: "wrong_password" });
    const fifth = await guess("falsch-4-falsch");
    expect(fifth.statusCode).toBe(403);
    expect(fifth.json()).toEqual({ error: "session_ended" });
    expect(fifth.cookies.find((c) => c.name === "sid")?.value).toBe("");
    expect(await t.database.db.selectFrom("identity.session").select("account_id").where("account_id", "=", lea.id).execute()).toEqual([]);
    expect(await refusals(lea.id)).toEqual(["wrong-password", "wrong-password", "wrong-password", "wrong-password", "too-many-tries"]);
    // The right password no longer helps: the session is gone, a new login is needed.
    expect((await guess(PASSWORD)).statusCode).toBe(403);
    expect((await t.app.inject({ url: "/konto/passkeys", headers: { cookie: lea.cookie } })).statusCode).toBe(303);
    expect(await t.database.db.selectFrom("identity.webauthn_challenge").select("challenge").where("account_id", "=", lea.id).execute()).toEqual([]);
  });

  it("give the page's script a text and a login link for both ways a fresh login is needed", async () => {
    const ida = await citizen("ida@example.org", { password: PASSWORD });
    const root = html(await t.app.inject({ url: "/konto/passkeys", headers: { cookie: ida.cookie } })).querySelector("[data-passkey-register]");
    expect(root?.getAttribute("data-error-session-ended")).toContain("abgemeldet");
    expect(root?.getAttribute("data-error-login-again")).toContain("Minuten");
    expect(root?.getAttribute("data-login-again-href")).toBe(`/konto/anmelden?erneut&zurueck=${encodeURIComponent("/konto/passkeys")}`);
    expect(root?.getAttribute("data-login-again-label")).toBe("Erneut anmelden");
  });

  it("count wrong passwords of every session since this one began, and refuse at once when there were enough", async () => {
    const max = await citizen("max@example.org", { password: PASSWORD });
    // Five refusals from another session of the account, after this one began (e.g. two stolen cookies).
    await t.database.db
      .insertInto("audit.record")
      .values(Array.from({ length: 5 }, () => ({ actor_kind: "citizen" as const, actor_id: max.id, action: "passkey.confirmation-refused", subject_type: "account", subject_id: max.id, detail: { reason: "wrong-password" } })))
      .execute();
    const s = await secretsFor(max.cookie);
    const res = await t.app.inject({ method: "POST", url: "/konto/passkeys/optionen", remoteAddress: "198.51.100.91", headers: { cookie: s.cookie, "x-csrf-token": s.token }, payload: { password: PASSWORD } });
    expect(res.json()).toEqual({ error: "session_ended" });
    expect(await t.database.db.selectFrom("identity.session").select("account_id").where("account_id", "=", max.id).execute()).toEqual([]);
  });

  it("let a citizen without a password add one only within ten minutes of logging in, and offer to log in again", async () => {
    const fresh = await citizen("bundid-frisch@example.org", { minutesAgo: 9 });
    const freshPage = html(await t.app.inject({ url: "/konto/passkeys", headers: { cookie: fresh.cookie } }));
    expect(freshPage.querySelector("form[data-passkey-register]")).not.toBeNull();
    expect(freshPage.querySelector('input[name="passkey-password"]')).toBeNull();
    expect((await askForOptions(fresh.cookie, {})).statusCode).toBe(200);

    const old = await citizen("bundid-alt@example.org", { minutesAgo: 11 });
    const oldPage = await t.app.inject({ url: "/konto/passkeys", headers: { cookie: old.cookie } });
    const doc = html(oldPage);
    expect(doc.querySelector("form[data-passkey-register]")).toBeNull();
    const again = doc.querySelector("[data-passkey-login-again] a")?.getAttribute("href") ?? "";
    expect(text(doc.querySelector("[data-passkey-login-again]"))).toContain("mehr als 10 Minuten");
    const refused = await askForOptions(old.cookie, {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ error: "login_again" });
    expect(await refusals(old.id)).toEqual(["login-again"]);
    // The link shows the login page although the citizen is logged in, and comes back here afterwards.
    const login = await t.app.inject({ url: again, headers: { cookie: old.cookie } });
    expect(login.statusCode).toBe(200);
    expect(html(login).querySelector('input[name="zurueck"]')?.getAttribute("value")).toBe("/konto/passkeys");
    expect((await t.app.inject({ url: "/konto/anmelden?zurueck=%2Fkonto%2Fpasskeys", headers: { cookie: old.cookie } })).headers.location).toBe("/konto/passkeys");
  });

  it("mail the owner when a passkey was removed, without its name", async () => {
    const mia = await citizen("mia@example.org");
    const row = await t.database.db
      .insertInto("identity.passkey")
      .values({ account_id: mia.id, credential_id: "bWlhcy1rZXk", public_key: Buffer.from([1]), counter: 0, name: "Rufen Sie 0800 an" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const s = await secretsFor(mia.cookie);
    const response = await t.app.inject({
      method: "POST",
      url: `/konto/passkeys/${row.id}/entfernen`,
      headers: { cookie: s.cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ _csrf: s.token }).toString(),
    });
    expect(response.headers.location).toBe("/konto/passkeys?hinweis=entfernt");
    const mails = await t.database.db.selectFrom("mail.outbox").select(["recipient", "subject", "text_body"]).where("recipient", "=", "mia@example.org").execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Ein Passkey wurde aus Ihrem Konto entfernt");
    expect(mails[0]!.text_body).toContain("Wenn Sie das nicht waren");
    expect(mails[0]!.text_body).toContain("http://localhost:3999/konto/passkeys");
    expect(mails[0]!.text_body).not.toContain("0800");
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
    const notAnId = await t.app.inject({
      method: "POST",
      url: `/konto/passkeys/${"-".repeat(36)}/entfernen`,
      headers: { cookie: s.cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ _csrf: s.token }).toString(),
    });
    expect(notAnId.headers.location).toBe("/konto/passkeys?hinweis=unbekannt");
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
