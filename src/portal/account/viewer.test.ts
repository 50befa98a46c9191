import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { html, text } from "../../../test/support/html.ts";
import { createSession, SESSION_COOKIE } from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  const account = await t.database.db
    .insertInto("identity.account")
    .values({ kind: "citizen", email: "eva@beispiel.de", display_name: "Eva Muster" })
    .returning("id")
    .executeTakeFirstOrThrow();
  token = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: account.id, method: "password" }));
});
afterAll(() => t.close());

describe("header for a logged-in citizen", () => {
  it("names the person, links the personal area and offers logout as a form with a CSRF token", async () => {
    const doc = html(await t.app.inject({ url: "/", cookies: { [SESSION_COOKIE]: token } }));
    expect(text(doc.querySelector(".st-account__name"))).toBe("Angemeldet als Eva Muster");
    expect(doc.querySelectorAll(".st-account a").map((a) => a.getAttribute("href"))).toEqual(["/konto", "/konto/postkorb"]);
    expect(doc.querySelector('form[action="/konto/abmelden"] input[name="_csrf"]')).not.toBeNull();
  });

  it("never serves the logged-in page to someone else, nor the anonymous page to the logged-in person", async () => {
    const anonymous = await t.app.inject({ url: "/" });
    expect(anonymous.body).not.toContain("Eva Muster");
    const again = await t.app.inject({ url: "/", cookies: { [SESSION_COOKIE]: token } });
    expect(again.body).toContain("Eva Muster");
    expect((await t.app.inject({ url: "/" })).body).not.toContain("Eva Muster");
  });

  it("treats an unknown session cookie as nobody and clears it", async () => {
    const res = await t.app.inject({ url: "/", cookies: { [SESSION_COOKIE]: "A".repeat(43) } });
    expect(res.body).not.toContain("Angemeldet als");
    expect(res.cookies.find((c) => c.name === SESSION_COOKIE)?.value).toBe("");
  });
});
