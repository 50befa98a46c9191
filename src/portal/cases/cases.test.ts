// The citizen's side of cases on the real app: "Meine Vorgänge" with plain-language states and paging, the
// case page (own case only; someone else's, an unknown or a malformed reference → 404), the same page through
// the secret link (wrong token → 404, no referrer, not indexed), and the public page (public cases in a public
// state only, without description, names, contact or internal entries).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, type CasePeople } from "../../../test/support/cases.ts";
import { html, text } from "../../../test/support/html.ts";
import { TestBrowser } from "../../../test/support/test-browser.ts";
import { submitEnquiry } from "../../components/enquiries/index.ts";
import { addInternalNote, changeCaseState, createCase, publishUpdate, reassignCase, type CreateCaseInput } from "../../kernel/cases/index.ts";
import { anonymous, createSession, SESSION_COOKIE, type Actor } from "../../kernel/identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";

let t: TestApp;
let db: Db;
let p: CasePeople;
const cookies: { citizen: string; other: string } = { citizen: "", other: "" };

const INTERNAL_NOTE = "Nachbar ist Stadtrat – vorsichtig formulieren";
const REASSIGN_REASON = "Zuständigkeit liegt beim Baureferat, Vermerk Dr. Huber";

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  db = t.database.db;
  p = await casePeople(t.app, db);
  for (const [key, id] of [["citizen", p.citizen.id], ["other", p.otherCitizen.id]] as const) {
    const token = await inTransaction(db, (tx) => createSession(tx, { accountId: id, method: "password" }));
    cookies[key] = `${SESSION_COOKIE}=${token}`;
  }
});
afterAll(() => t?.close());

async function open(actor: Actor, input: Partial<CreateCaseInput> = {}) {
  const result = await inTransaction(db, (tx) =>
    createCase(tx, p.deps, actor, { kind: "test.request", title: "Schlagloch vor Hausnummer 12", description: "Ich wohne in der Musterstraße 12, Tel. 0171 555.", category: "road", ...input }),
  );
  if (!result.ok) throw new Error(result.fields.join());
  return result;
}

/** Moves a case on as staff of its department; returns the new version. */
async function act(caseId: string, action: string, version: number, comment?: string) {
  const staff = (await db.selectFrom("cases.case").select("department_id").where("id", "=", caseId).executeTakeFirstOrThrow()).department_id === "bau" ? p.bauStaff : p.kvrStaff;
  const result = await inTransaction(db, (tx) => changeCaseState(tx, p.deps, staff, { caseId, action, expectedVersion: version, comment }));
  if (!result.ok) throw new Error(result.reason);
  return result.version;
}

/**
 * What staff write that the citizen and the public must never read: the reason of a reassignment (bau → kvr,
 * through the kernel's use case) and an internal note by the new department.
 */
async function addStaffOnlyEntries(caseId: string) {
  const { version } = await db.selectFrom("cases.case").select("version").where("id", "=", caseId).executeTakeFirstOrThrow();
  const moved = await inTransaction(db, (tx) => reassignCase(tx, p.deps, p.bauStaff, { caseId, departmentId: "kvr", reason: REASSIGN_REASON, expectedVersion: version }));
  expect(moved.ok).toBe(true);
  const note = await inTransaction(db, (tx) => addInternalNote(tx, p.deps, p.kvrStaff, { caseId, text: INTERNAL_NOTE }));
  expect(note.ok).toBe(true);
}

const get = (url: string, cookie?: string) => t.app.inject({ url, headers: cookie ? { cookie } : {} });

describe("Meine Vorgänge", () => {
  it("sends someone who is not logged in to the login", async () => {
    const res = await get("/konto/vorgaenge");
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/konto/anmelden?zurueck=${encodeURIComponent("/konto/vorgaenge")}`);
  });

  it("lists the citizen's own cases with the state in plain language and what happens next, never another's", async () => {
    const mine = await open(p.citizen, { title: "Laterne defekt" });
    await act(mine.id, "start", 1);
    const theirs = await open(p.otherCitizen, { title: "Fremder Vorgang" });
    const page = html(await get("/konto/vorgaenge", cookies.citizen));
    const row = page.querySelector(`tr[data-case="${mine.reference}"]`);
    expect(text(row)).toContain("Laterne defekt");
    expect(text(row)).toContain("Wir kümmern uns darum");
    expect(text(row)).toContain("Testanliegen");
    expect(row?.querySelector(`a[href="/konto/vorgaenge/${mine.reference}"]`)).not.toBeNull();
    expect(page.querySelector(`tr[data-case="${theirs.reference}"]`)).toBeNull();
    expect(text(page)).not.toContain("Fremder Vorgang");
  });

  it("pages through many cases, twenty at a time", async () => {
    const own = await db.selectFrom("cases.case").select((eb) => eb.fn.countAll<string>().as("n")).where("account_id", "=", p.citizen.id).executeTakeFirstOrThrow();
    for (let i = Number(own.n); i < 23; i++) await open(p.citizen, { title: `Anliegen Nummer ${i}` });
    const first = html(await get("/konto/vorgaenge", cookies.citizen));
    expect(first.querySelectorAll("tr[data-case]")).toHaveLength(20);
    expect(text(first.querySelector("caption"))).toBe("23 Vorgänge");
    expect(first.querySelector('a[href="/konto/vorgaenge?seite=2"]')).not.toBeNull();
    const second = html(await get("/konto/vorgaenge?seite=2", cookies.citizen));
    expect(second.querySelectorAll("tr[data-case]")).toHaveLength(3);
    const past = await get("/konto/vorgaenge?seite=9", cookies.citizen);
    expect(past.statusCode).toBe(303);
    expect(past.headers.location).toBe("/konto/vorgaenge?seite=2");
  });

  it("is linked from the account overview", async () => {
    const page = html(await get("/konto", cookies.citizen));
    expect(text(page.querySelector('main a[href="/konto/vorgaenge"]'))).toBe("Meine Vorgänge");
  });

  it("shows an empty list with a way to ask something", async () => {
    const { id } = await db.insertInto("identity.account").values({ kind: "citizen", email: "leer@example.org", display_name: "Leer" }).returning("id").executeTakeFirstOrThrow();
    const token = await inTransaction(db, (tx) => createSession(tx, { accountId: id, method: "password" }));
    const page = html(await get("/konto/vorgaenge", `${SESSION_COOKIE}=${token}`));
    expect(text(page.querySelector("main"))).toContain("Sie haben noch keine Vorgänge.");
    expect(page.querySelector('main a[href="/anfrage/neu"]')).not.toBeNull();
  });
});

describe("the citizen's case page", () => {
  it("shows the own case with its message, next step and timeline — staff as their department, no internal entries", async () => {
    const c = await open(p.citizen, { title: "Baustelle ohne Schild" });
    let version = await act(c.id, "start", 1);
    version = await act(c.id, "ask", version, "Seit wann steht die Baustelle dort?");
    await addStaffOnlyEntries(c.id);
    const res = await get(`/konto/vorgaenge/${c.reference}`, cookies.citizen);
    expect(res.statusCode).toBe(200);
    const page = html(res);
    const main = text(page.querySelector("main"));
    expect(text(page.querySelector("h1"))).toBe("Baustelle ohne Schild");
    expect(main).toContain(c.reference);
    expect(main).toContain("Wir brauchen Ihre Antwort");
    expect(main).toContain("Ich wohne in der Musterstraße 12");
    expect(main).toContain("Seit wann steht die Baustelle dort?");
    expect(main).toContain("Baureferat");
    expect(main).toContain("Ihr Vorgang liegt jetzt bei: Kreisverwaltungsreferat");
    expect(main).not.toContain(p.bauStaff.displayName);
    expect(res.body).not.toContain(INTERNAL_NOTE);
    expect(res.body).not.toContain(REASSIGN_REASON);
    expect(page.querySelectorAll(".st-timeline__entry").map((e) => e.getAttribute("data-entry"))).toEqual(["created", "state-changed", "state-changed", "message-to-citizen", "reassigned"]);
  });

  it("answers someone else's case, an unknown and a malformed reference with 404", async () => {
    const c = await open(p.citizen);
    expect((await get(`/konto/vorgaenge/${c.reference}`, cookies.other)).statusCode).toBe(404);
    expect((await get("/konto/vorgaenge/T-2026-999999", cookies.citizen)).statusCode).toBe(404);
    expect((await get("/konto/vorgaenge/..%2F..%2Fetc", cookies.citizen)).statusCode).toBe(404);
  });
});

describe("the case page through the secret link", () => {
  it("shows the case to the holder of the link, with no referrer and no indexing", async () => {
    const c = await open(anonymous(), { title: "Laterne flackert", contactEmail: "anna@example.org" });
    const res = await get(c.accessPath!);
    expect(res.statusCode).toBe(200);
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
    expect(res.headers["x-robots-tag"]).toContain("noindex");
    const page = html(res);
    expect(text(page.querySelector("h1"))).toBe("Laterne flackert");
    expect(text(page.querySelector("main"))).toContain("Ich wohne in der Musterstraße 12");
    // No way into an account from here: this person has none.
    expect(page.querySelector('main .st-breadcrumbs a[href="/konto"], main a[href="/konto/vorgaenge"]')).toBeNull();
  });

  it("answers a wrong token, a token of another case and a case with an account with 404", async () => {
    const a = await open(anonymous(), { contactEmail: "anna@example.org" });
    const b = await open(anonymous(), { contactEmail: "bernd@example.org" });
    const token = a.accessPath!.split("/").pop()!;
    const wrong = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect((await get(`/vorgaenge/${a.reference}/zugang/${wrong}`)).statusCode).toBe(404);
    expect((await get(`/vorgaenge/${b.reference}/zugang/${token}`)).statusCode).toBe(404);
    expect((await get(`/vorgaenge/${a.reference}/zugang/kurz`)).statusCode).toBe(404);
    const own = await open(p.citizen);
    expect((await get(`/vorgaenge/${own.reference}/zugang/${token}`)).statusCode).toBe(404);
  });
});

describe("replying", () => {
  const as = (cookie: string) => {
    const b = new TestBrowser(t.app);
    b.cookie = cookie;
    return b;
  };

  it("lets the citizen answer the city's question; for an enquiry the answer resumes the case", async () => {
    const created = await inTransaction(db, (tx) =>
      submitEnquiry(tx, { ...p.deps, departmentIds: new Set(["kvr", "bau"]), defaultDepartmentId: "kvr" }, p.citizen, { subject: "Sperrmüll abholen", message: "Wann holt die Stadt Sperrmüll ab?", department: "kvr" }),
    );
    if (!created.ok) throw new Error("not created");
    await act(created.id, "ask", 1, "In welchem Stadtteil wohnen Sie?");
    const b = as(cookies.citizen);
    const url = `/konto/vorgaenge/${created.reference}`;
    expect(text(html(await b.get(url)).querySelector("main"))).toContain("Wir brauchen Ihre Antwort");
    const res = await b.submit(url, { text: "In Sendling.\nDanke!" }, `${url}/antworten`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${url}?hinweis=gesendet#verlauf`);
    const page = html(await b.get(`${url}?hinweis=gesendet`));
    expect(text(page.querySelector(".kern-alert--success"))).toContain("Ihre Nachricht ist bei uns angekommen.");
    const entry = page.querySelectorAll('.st-timeline__entry[data-entry="message-from-citizen"]')[0];
    expect(text(entry)).toContain("In Sendling.");
    expect(entry?.querySelector("br")).not.toBeNull();
    expect(text(entry)).toContain("Sie");
    expect((await db.selectFrom("cases.case").select("state").where("id", "=", created.id).executeTakeFirstOrThrow()).state).toBe("in-progress");
  });

  it("shows an empty reply's problem beside the field and in the summary, and refuses a post without CSRF token", async () => {
    const c = await open(p.citizen);
    const b = as(cookies.citizen);
    const url = `/konto/vorgaenge/${c.reference}`;
    const res = await b.submit(url, { text: "  " }, `${url}/antworten`);
    expect(res.statusCode).toBe(400);
    const page = html(res);
    expect(text(page.querySelector("#text-fehler"))).toContain("Bitte schreiben Sie eine Nachricht.");
    expect(page.querySelector('.st-error-summary a[href="#text"]')).not.toBeNull();
    expect((await b.post(`${url}/antworten`, { text: "Ohne Token" })).statusCode).toBe(403);
  });

  it("answers a reply to someone else's case with 404 and writes nothing", async () => {
    const c = await open(p.citizen);
    const other = as(cookies.other);
    const res = await other.submit("/konto/vorgaenge", { text: "Fremde Antwort" }, `/konto/vorgaenge/${c.reference}/antworten`);
    expect(res.statusCode).toBe(404);
    expect(await db.selectFrom("cases.timeline_entry").select("id").where("body", "=", "Fremde Antwort").execute()).toEqual([]);
  });

  it("works through the secret link, and a wrong token is 404", async () => {
    const c = await open(anonymous(), { contactEmail: "anna@example.org" });
    const b = new TestBrowser(t.app, "192.0.2.77");
    const res = await b.submit(c.accessPath!, { text: "Die Laterne flackert jetzt auch tagsüber." }, `${c.accessPath}/antworten`);
    expect(res.statusCode).toBe(303);
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
    expect(text(html(await b.get(c.accessPath!)).querySelector("main"))).toContain("Die Laterne flackert jetzt auch tagsüber.");
    const token = c.accessPath!.split("/").pop()!;
    const wrong = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect((await b.submit(c.accessPath!, { text: "Falscher Schlüssel" }, `/vorgaenge/${c.reference}/zugang/${wrong}/antworten`)).statusCode).toBe(404);
  });

  it("takes no reply on a closed case: the page says so, and a post is refused with the reason", async () => {
    const c = await open(p.citizen);
    await act(c.id, "close", 1);
    const b = as(cookies.citizen);
    const url = `/konto/vorgaenge/${c.reference}`;
    const page = html(await b.get(url));
    expect(page.querySelector(`form[action="${url}/antworten"]`)).toBeNull();
    expect(text(page.querySelector("main"))).toContain("Dieser Vorgang ist abgeschlossen.");
    const res = await b.post(`${url}/antworten`, { _csrf: (await b.get("/anfrage/neu")).body.match(/name="_csrf" value="([^"]+)"/)![1]!, text: "Noch etwas" });
    expect(res.statusCode).toBe(409);
    expect(text(html(res).querySelector("main"))).toContain("Dieser Vorgang ist abgeschlossen.");
    expect(await db.selectFrom("cases.timeline_entry").select("id").where("body", "=", "Noch etwas").execute()).toEqual([]);
  });
});

describe("the public case page", () => {
  it("shows kind, title, state and public timeline of a public case — no description, names, contact or internal entries", async () => {
    const c = await open(p.citizen, { title: "Parkbank kaputt", isPublic: true, category: "road" });
    let version = await act(c.id, "start", 1);
    const update = await inTransaction(db, (tx) => publishUpdate(tx, p.deps, p.bauStaff, { caseId: c.id, text: "Die Bank wird nächste Woche ersetzt." }));
    expect(update.ok).toBe(true);
    version = (update as { version: number }).version;
    await addStaffOnlyEntries(c.id);
    const res = await get(`/vorgaenge/${c.reference}`);
    expect(res.statusCode).toBe(200);
    const main = text(html(res).querySelector("main"));
    expect(main).toContain("Parkbank kaputt");
    expect(main).toContain("Testanliegen");
    expect(main).toContain("Wir kümmern uns darum");
    expect(main).toContain("Die Bank wird nächste Woche ersetzt.");
    for (const secret of ["Musterstraße 12", "0171 555", "Erika", p.citizen.displayName, p.bauStaff.displayName, INTERNAL_NOTE, REASSIGN_REASON]) expect(res.body).not.toContain(secret);
    expect(version).toBeGreaterThan(1);
  });

  it("answers 404 for a private case, a public case not yet in a public state, and an unknown reference", async () => {
    const hidden = await open(p.citizen, { isPublic: false });
    await act(hidden.id, "start", 1);
    expect((await get(`/vorgaenge/${hidden.reference}`)).statusCode).toBe(404);
    const unchecked = await open(p.citizen, { isPublic: true });
    expect((await get(`/vorgaenge/${unchecked.reference}`)).statusCode).toBe(404);
    expect((await get("/vorgaenge/T-2026-999999")).statusCode).toBe(404);
  });
});

describe("GET /api/v1/cases/{reference}", () => {
  it("gives a public case with its public timeline, and never internal notes, routing reasons, the description or names", async () => {
    const c = await open(p.citizen, { title: "Ampel zu kurz grün", isPublic: true });
    await act(c.id, "start", 1, "Wir prüfen die Schaltung.");
    await addStaffOnlyEntries(c.id);
    const res = await get(`/api/v1/cases/${c.reference}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      reference: c.reference,
      url: `${t.config.publicUrl}/vorgaenge/${c.reference}`,
      kind: { id: "test.request", label: "Testanliegen" },
      title: "Ampel zu kurz grün",
      state: { id: "in-progress", label: "Wir kümmern uns darum" },
      isOpen: true,
      department: { id: "kvr", name: "Kreisverwaltungsreferat" },
      closedAt: null,
    });
    expect(body.timeline.map((e: { type: string }) => e.type)).toEqual(["created", "state-changed"]);
    expect(body.timeline[1]).toMatchObject({ state: { id: "in-progress" }, text: null });
    for (const secret of ["Wir prüfen die Schaltung.", "Musterstraße 12", "Erika", p.citizen.id, p.bauStaff.displayName, p.kvrStaff.displayName, INTERNAL_NOTE, REASSIGN_REASON, "erika@example.org"]) expect(res.body).not.toContain(secret);
  });

  it("answers a private or unknown case with the 404 error body, and a malformed reference with 400", async () => {
    const hidden = await open(p.citizen);
    for (const reference of [hidden.reference, "T-2026-999999"]) {
      const res = await get(`/api/v1/cases/${reference}`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: "not_found", message: "Diesen Vorgang gibt es nicht, oder er ist nicht öffentlich." });
    }
    const bad = await get("/api/v1/cases/kein-aktenzeichen");
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: "validation_failed", fields: { reference: expect.any(String) } });
  });

  it("is described in the OpenAPI document", async () => {
    const doc = (await get("/api/v1/openapi.json")).json();
    expect(doc.paths["/cases/{reference}"].get.operationId).toBe("getPublicCase");
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(["PublicCase", "PublicCaseTimelineEntry"]));
  });
});
