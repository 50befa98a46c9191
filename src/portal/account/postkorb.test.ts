// The Postkorb pages as a citizen uses them: the list with "Neu" and paging, opening (marks read), archive and
// back by form, the unread count in the header — and the forbidden cases: no login, someone else's message
// (404, like a message that does not exist), a form without its CSRF token, HTML in a message.
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { cookiesFrom, formSecrets, html, text } from "../../../test/support/html.ts";
import { createSession, SESSION_COOKIE, system } from "../../kernel/identity/index.ts";
import { deliverMessage, type DeliverMessageInput } from "../../kernel/mailbox/index.ts";
import { inTransaction } from "../../platform/db/index.ts";

let t: TestApp;
const people: Record<"anna" | "bernd" | "carla", { id: string; cookie: string }> = {} as never;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  for (const name of ["anna", "bernd", "carla"] as const) {
    const { id } = await t.database.db
      .insertInto("identity.account")
      // No confirmed address: these tests are about the pages, the notification mail is deliver-message.test.ts's.
      .values({ kind: "citizen", email: `${name}@beispiel.de`, display_name: name.toUpperCase() })
      .returning("id")
      .executeTakeFirstOrThrow();
    const token = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: id, method: "password" }));
    people[name] = { id, cookie: `${SESSION_COOKIE}=${token}` };
  }
});
afterAll(() => t?.close());

function deliver(accountId: string, subject: string, more: Partial<DeliverMessageInput> = {}): Promise<string> {
  return inTransaction(t.database.db, async (tx) => {
    const input = { accountId, subject, body: "Guten Tag.", senderDepartmentId: "kvr", ...more };
    return (await deliverMessage(tx, t.app.services.jobs, input, { actor: system("test"), publicUrl: t.config.publicUrl })).id;
  });
}

const get = (url: string, cookie?: string) => t.app.inject({ url, headers: cookie ? { cookie } : {} });

/** Posts the page's form with its CSRF token (or without, when `token` is false). */
async function submit(page: LightMyRequestResponse, action: string, session: string, token = true) {
  const secrets = formSecrets(page);
  const cookie = `${cookiesFrom(page, session)}`;
  return t.app.inject({
    method: "POST",
    url: action,
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    payload: token ? `_csrf=${encodeURIComponent(secrets.token)}` : "",
  });
}

const stateOf = async (id: string) => (await t.database.db.selectFrom("mailbox.message").select("state").where("id", "=", id).executeTakeFirstOrThrow()).state;
const postkorbLinkText = (res: LightMyRequestResponse) => text(html(res).querySelector('.st-account a[href="/konto/postkorb"]'));

describe("the Postkorb pages", () => {
  it("send someone who is not logged in to the login, and back afterwards", async () => {
    for (const url of ["/konto/postkorb", "/konto/postkorb?ansicht=archiv", "/konto/postkorb/00000000-0000-4000-8000-000000000000"]) {
      const res = await get(url);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/konto/anmelden?zurueck=${encodeURIComponent(url)}`);
    }
    // A form sent after the session ran out leads back to the message it was on.
    const id = "00000000-0000-4000-8000-000000000000";
    const posted = await submit(await get("/barrierefreiheit"), `/konto/postkorb/${id}/archivieren`, "");
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toBe(`/konto/anmelden?zurueck=${encodeURIComponent(`/konto/postkorb/${id}`)}`);
  });

  it("list the messages newest first, mark unread ones with the word “Neu”, and count them in the header", async () => {
    const older = await deliver(people.anna.id, "Ihr Antrag ist eingegangen");
    const newer = await deliver(people.anna.id, "Ihr Bewohnerparkausweis ist fertig");
    await t.database.db.updateTable("mailbox.message").set({ created_at: new Date(Date.now() - 86_400_000) }).where("id", "=", older).execute();

    const res = await get("/konto/postkorb", people.anna.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const doc = html(res);
    expect(text(doc.querySelector("h1"))).toBe("Postkorb");
    const rows = doc.querySelectorAll("tbody tr");
    expect(rows.map((r) => r.getAttribute("data-message"))).toEqual([newer, older]);
    expect(text(rows[0]!.querySelector(".kern-badge"))).toBe("Neu");
    expect(text(rows[0])).toContain("Kreisverwaltungsreferat");
    expect(postkorbLinkText(res)).toBe("Postkorb (2 neu)");

    const english = await get("/konto/postkorb", `${people.anna.cookie}; lang=en`);
    expect(postkorbLinkText(english)).toBe("Mailbox (2 new)");
    expect(text(html(english).querySelector("tbody .kern-badge"))).toBe("New");
    // Someone not logged in sees no count, and costs no query for it.
    expect((await get("/")).body).not.toContain("neu)");
  });

  it("open a message, which marks it read, and show its text escaped with the safe formatting", async () => {
    const id = await deliver(people.anna.id, "Bitte Unterlagen nachreichen", {
      body: 'Guten Tag,\n\nbitte reichen Sie nach:\n- die Meldebescheinigung\n- <script>alert("x")</script>\n\nMehr unter [Ihr Anliegen](/anliegen/M-7).',
      caseRef: "M-2026-00007",
      caseUrl: "/anliegen/M-2026-00007",
    });
    const before = postkorbLinkText(await get("/konto/postkorb", people.anna.cookie));
    const res = await get(`/konto/postkorb/${id}`, people.anna.cookie);
    expect(res.statusCode).toBe(200);
    const doc = html(res);
    expect(text(doc.querySelector("h1"))).toBe("Bitte Unterlagen nachreichen");
    expect(res.body).not.toContain("<script>alert");
    expect(res.body).toContain("&lt;script>");
    expect(doc.querySelectorAll(".st-message-body li").map((li) => text(li))).toEqual(["die Meldebescheinigung", '<script>alert("x")</script>']);
    expect(doc.querySelector('.st-message-body a[href="/anliegen/M-7"]')).not.toBeNull();
    expect(text(doc.querySelector('a[href="/anliegen/M-2026-00007"]'))).toBe("M-2026-00007");
    expect(doc.querySelector('a[href="/konto/postkorb"]')).not.toBeNull();
    expect(await stateOf(id)).toBe("read");
    expect(postkorbLinkText(res)).not.toBe(before);
  });

  it("list attachments when a message has some", async () => {
    const id = await deliver(people.anna.id, "Ihr Bescheid");
    await t.database.db.insertInto("mailbox.attachment").values({ message_id: id, file_name: "bescheid.pdf", content_type: "application/pdf", size_bytes: 250_000, storage_key: "t/1" }).execute();
    const doc = html(await get(`/konto/postkorb/${id}`, people.anna.cookie));
    expect(text(doc.querySelector("#anhaenge + ul li"))).toBe("bescheid.pdf (PDF, 244,1 KB)");
  });

  it("archive a message by form and bring it back, each time back on the message with a confirmation", async () => {
    const id = await deliver(people.anna.id, "Zum Archivieren");
    const page = await get(`/konto/postkorb/${id}`, people.anna.cookie);
    const archived = await submit(page, `/konto/postkorb/${id}/archivieren`, people.anna.cookie);
    expect(archived.statusCode).toBe(303);
    expect(archived.headers.location).toBe(`/konto/postkorb/${id}?hinweis=archiviert`);
    expect(await stateOf(id)).toBe("archived");

    const shown = await get(archived.headers.location as string, people.anna.cookie);
    expect(text(html(shown).querySelector(".kern-alert"))).toBe("Die Nachricht liegt jetzt im Archiv.");
    const inbox = html(await get("/konto/postkorb", people.anna.cookie));
    expect(inbox.querySelector(`tr[data-message="${id}"]`)).toBeNull();
    const archive = html(await get("/konto/postkorb?ansicht=archiv", people.anna.cookie));
    expect(text(archive.querySelector(`tr[data-message="${id}"]`))).toContain("Archiviert");
    expect(archive.querySelector('.st-box-switch a[aria-current="page"]')?.getAttribute("href")).toBe("/konto/postkorb?ansicht=archiv");

    const back = await submit(shown, `/konto/postkorb/${id}/zurueckholen`, people.anna.cookie);
    expect(back.headers.location).toBe(`/konto/postkorb/${id}?hinweis=zurueckgeholt`);
    expect(await stateOf(id)).toBe("read");
  });

  it("refuse the archive form without its CSRF token and change nothing", async () => {
    const id = await deliver(people.anna.id, "Ohne Token");
    const page = await get(`/konto/postkorb/${id}`, people.anna.cookie);
    const res = await submit(page, `/konto/postkorb/${id}/archivieren`, people.anna.cookie, false);
    expect(res.statusCode).toBe(403);
    expect(await stateOf(id)).toBe("read");
  });

  it("answer 404 to another citizen for reading or archiving a message, exactly as for one that does not exist", async () => {
    const id = await deliver(people.anna.id, "Nur für Anna bestimmt");
    const read = await get(`/konto/postkorb/${id}`, people.bernd.cookie);
    expect(read.statusCode).toBe(404);
    expect(read.body).not.toContain("Nur für Anna bestimmt");
    const missing = await get("/konto/postkorb/00000000-0000-4000-8000-000000000000", people.bernd.cookie);
    expect(missing.statusCode).toBe(404);
    expect(text(html(read).querySelector("h1"))).toBe(text(html(missing).querySelector("h1")));
    expect((await get("/konto/postkorb/123", people.bernd.cookie)).statusCode).toBe(404);

    const own = await get("/konto/postkorb", people.bernd.cookie);
    expect(own.body).not.toContain("Nur für Anna bestimmt");
    for (const action of ["archivieren", "zurueckholen"]) {
      expect((await submit(own, `/konto/postkorb/${id}/${action}`, people.bernd.cookie)).statusCode).toBe(404);
    }
    expect(await stateOf(id)).toBe("unread");
  });

  it("is not there for staff: their back office has no Postkorb", async () => {
    const { id } = await t.database.db
      .insertInto("identity.account")
      .values({ kind: "staff", email: "sachbearbeitung@muenchen.example", display_name: "Sachbearbeitung" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const token = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: id, method: "oidc", secondFactor: true }));
    const anna = await deliver(people.anna.id, "Auch nicht für die Verwaltung");
    for (const url of ["/konto/postkorb", `/konto/postkorb/${anna}`]) {
      expect((await get(url, `${SESSION_COOKIE}=${token}`)).statusCode).toBe(403);
    }
    expect(await stateOf(anna)).toBe("unread");
  });

  it("page through a long list, twenty messages a page", async () => {
    for (let i = 1; i <= 22; i++) await deliver(people.carla.id, `Nachricht ${i}`);
    const first = html(await get("/konto/postkorb", people.carla.cookie));
    expect(first.querySelectorAll("tbody tr")).toHaveLength(20);
    expect(text(first.querySelector("caption"))).toBe("Posteingang: 22 Nachrichten");
    expect(first.querySelector('.st-pagination a[rel="next"]')?.getAttribute("href")).toBe("/konto/postkorb?seite=2");
    const second = html(await get("/konto/postkorb?seite=2", people.carla.cookie));
    expect(second.querySelectorAll("tbody tr")).toHaveLength(2);
    expect(text(second.querySelector('.st-pagination [aria-current="page"]'))).toContain("Seite 2 von 2");
    // A page number beyond the end or nonsense lands on a page that exists.
    expect(html(await get("/konto/postkorb?seite=99", people.carla.cookie)).querySelectorAll("tbody tr")).toHaveLength(2);
    expect(html(await get("/konto/postkorb?seite=abc", people.carla.cookie)).querySelectorAll("tbody tr")).toHaveLength(20);
    const empty = html(await get("/konto/postkorb?ansicht=archiv", people.carla.cookie));
    expect(text(empty.querySelector("main"))).toContain("Im Archiv liegen keine Nachrichten.");
  });
});
