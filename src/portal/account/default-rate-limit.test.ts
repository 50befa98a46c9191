// RATE_LIMIT_PER_MINUTE wired through the real app: an anonymous visitor's posts to a route without a limit of
// its own (here the logout form) are limited per minute and address; a logged-in citizen's are not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { formSecrets } from "../../../test/support/html.ts";
import { createSession } from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: "2" } });
});
afterAll(() => t?.close());

async function post(url: string, cookie: string, fields: Record<string, string>, remoteAddress: string): Promise<number> {
  const response = await t.app.inject({
    method: "POST",
    url,
    remoteAddress,
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams(fields).toString(),
  });
  return response.statusCode;
}

describe("RATE_LIMIT_PER_MINUTE", () => {
  it("answers the third anonymous post to the logout form within a minute with 429", async () => {
    const { token, cookie } = formSecrets(await t.app.inject({ url: "/konto/anmelden", remoteAddress: "203.0.113.5" }));
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push(await post("/konto/abmelden", cookie, { _csrf: token }, "203.0.113.5"));
    expect(statuses).toEqual([303, 303, 429]);
  });

  it("does not limit a logged-in citizen's own forms by it", async () => {
    const account = await t.database.db.insertInto("identity.account").values({ kind: "citizen", email: "viel@example.org", display_name: "Viel" }).returning("id").executeTakeFirstOrThrow();
    const sid = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: account.id, method: "password" }));
    const page = await t.app.inject({ url: "/konto/profil", remoteAddress: "203.0.113.6", headers: { cookie: `sid=${sid}` } });
    const { token, cookie } = formSecrets(page);
    const fields = { _csrf: token, displayName: "Viel", street: "", postalCode: "", city: "", language: "de", notifyByEmail: "no" };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await post("/konto/profil", `${cookie}; sid=${sid}`, fields, "203.0.113.6"));
    expect(statuses).toEqual([303, 303, 303, 303]);
  });
});
