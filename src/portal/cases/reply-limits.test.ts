// Replies are limited per account and, through a secret link, per case — whatever address they come from —
// so one login or one leaked link cannot flood a department's inbox; the limit answers with the German 429 page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, type CasePeople } from "../../../test/support/cases.ts";
import { html, text } from "../../../test/support/html.ts";
import { TestBrowser } from "../../../test/support/test-browser.ts";
import { createCase } from "../../kernel/cases/index.ts";
import { anonymous, createSession, SESSION_COOKIE, type Actor } from "../../kernel/identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";

let t: TestApp;
let db: Db;
let p: CasePeople;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  db = t.database.db;
  p = await casePeople(t.app, db);
});
afterAll(() => t?.close());

async function open(actor: Actor, contactEmail?: string) {
  const result = await inTransaction(db, (tx) =>
    createCase(tx, p.deps, actor, { kind: "test.request", title: "Laub auf dem Radweg", description: "Bitte räumen.", category: "road", ...(contactEmail ? { contactEmail } : {}) }),
  );
  if (!result.ok) throw new Error(result.fields.join());
  return result;
}

const replies = (caseId: string) => db.selectFrom("cases.timeline_entry").select("id").where("case_id", "=", caseId).where("type", "=", "message-from-citizen").execute();

describe("reply limits", () => {
  it("takes 20 replies an hour from one account, from whatever address, then answers 429", async () => {
    const created = await open(p.citizen);
    const cookie = `${SESSION_COOKIE}=${await inTransaction(db, (tx) => createSession(tx, { accountId: p.citizen.id, method: "password" }))}`;
    const page = `/konto/vorgaenge/${created.reference}`;
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const b = Object.assign(new TestBrowser(t.app, `203.0.113.${i + 1}`), { cookie });
      statuses.push((await b.submit(page, { text: `Nachtrag ${i}` }, `${page}/antworten`)).statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 303)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect(await replies(created.id)).toHaveLength(20);
  });

  it("takes 20 replies an hour through one case's secret link, whichever addresses use it", async () => {
    const created = await open(anonymous(), "anna@example.org");
    const page = created.accessPath!;
    let last = 0;
    for (let i = 0; i < 21; i++) {
      const b = new TestBrowser(t.app, `203.0.113.${100 + i}`);
      last = (await b.submit(page, { text: `Nachtrag ${i}` }, `${page}/antworten`)).statusCode;
      if (i < 20) expect(last).toBe(303);
    }
    expect(last).toBe(429);
    const refused = await new TestBrowser(t.app, "203.0.113.200").submit(page, { text: "noch einer" }, `${page}/antworten`);
    expect(refused.statusCode).toBe(429);
    expect(text(html(refused).querySelector("h1"))).toMatch(/Zu viele Anfragen/);
    expect(await replies(created.id)).toHaveLength(20);
    // Another case's link is not affected.
    const other = await open(anonymous(), "bert@example.org");
    expect((await new TestBrowser(t.app, "203.0.113.201").submit(other.accessPath!, { text: "Hallo" }, `${other.accessPath!}/antworten`)).statusCode).toBe(303);
  });
});
