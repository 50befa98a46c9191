// The citizen's case page offers "Öffentliche Seite ansehen" only where that page exists: a public case in
// a public state ("received" and "rejected" are not public, /vorgaenge/<reference> answers 404 there).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, openTestCase, type CasePeople } from "../../../test/support/cases.ts";
import { html } from "../../../test/support/html.ts";
import { changeCaseState } from "../../kernel/cases/index.ts";
import { createSession, SESSION_COOKIE } from "../../kernel/identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";

let t: TestApp;
let db: Db;
let p: CasePeople;
let cookie: string;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  db = t.database.db;
  p = await casePeople(t.app, db);
  cookie = `${SESSION_COOKIE}=${await inTransaction(db, (tx) => createSession(tx, { accountId: p.citizen.id, method: "password" }))}`;
});
afterAll(() => t?.close());

async function publicLink(reference: string) {
  const page = html(await t.app.inject({ url: `/konto/vorgaenge/${reference}`, headers: { cookie } }));
  return page.querySelector(`a[href="/vorgaenge/${reference}"]`);
}

describe("the link to the public page", () => {
  it("appears only while the public case is in a public state, and then the public page answers", async () => {
    const c = await openTestCase(db, p.deps, p.citizen, { title: "Ampel defekt", category: "papers", isPublic: true });
    expect(await publicLink(c.reference)).toBeNull();
    expect((await t.app.inject({ url: `/vorgaenge/${c.reference}` })).statusCode).toBe(404);

    const started = await inTransaction(db, (tx) => changeCaseState(tx, p.deps, p.kvrStaff, { caseId: c.id, action: "start", expectedVersion: 1 }));
    expect(started.ok).toBe(true);
    expect(await publicLink(c.reference)).not.toBeNull();
    expect((await t.app.inject({ url: `/vorgaenge/${c.reference}` })).statusCode).toBe(200);

    const rejected = await inTransaction(db, (tx) => changeCaseState(tx, p.deps, p.kvrStaff, { caseId: c.id, action: "reject", comment: "Nicht zuständig.", expectedVersion: 2 }));
    expect(rejected.ok).toBe(true);
    expect(await publicLink(c.reference)).toBeNull();
  });

  it("never appears for a private case", async () => {
    const c = await openTestCase(db, p.deps, p.citizen, { title: "Privat", category: "papers" });
    await inTransaction(db, (tx) => changeCaseState(tx, p.deps, p.kvrStaff, { caseId: c.id, action: "start", expectedVersion: 1 }));
    expect(await publicLink(c.reference)).toBeNull();
  });
});
