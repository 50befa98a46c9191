// The back office's case pages over HTTP: who may open the inbox and a case (other department 404, citizen
// 403), forged POSTs of another department writing nothing, the stale-version answer keeping what was typed,
// refused steps, and the happy path of acting on a case and assigning from the inbox.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, type CasePeople } from "../../../test/support/cases.ts";
import { html, text } from "../../../test/support/html.ts";
import { StaffBrowser, csrfTokenOf } from "../../../test/support/staff-browser.ts";
import { changeCaseState, createCase, replyAsCitizen } from "../../kernel/cases/index.ts";
import { createSession } from "../../kernel/identity/index.ts";
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

async function browserFor(accountId: string): Promise<StaffBrowser> {
  const sid = await inTransaction(db, (tx) => createSession(tx, { accountId, method: "password", secondFactor: true }));
  const b = new StaffBrowser(t.app);
  b.cookie = `sid=${sid}`;
  return b;
}

async function kvrCase(title = "Personalausweis verloren") {
  const r = await inTransaction(db, (tx) => createCase(tx, p.deps, p.citizen, { kind: "test.request", title, description: "Beim Einkaufen.", category: "papers" }));
  if (!r.ok) throw new Error("not created");
  return r;
}

const row = (id: string) => db.selectFrom("cases.case").select(["state", "version", "assignee_id"]).where("id", "=", id).executeTakeFirstOrThrow();
const entries = async (id: string) => (await db.selectFrom("cases.timeline_entry").select("type").where("case_id", "=", id).execute()).length;

describe("who may open the inbox and a case", () => {
  it("shows KVR staff their department's cases and the nav entry; other departments' cases are not listed", async () => {
    const kvr = await kvrCase("Reisepass abgelaufen");
    const road = await inTransaction(db, (tx) => createCase(tx, p.deps, p.citizen, { kind: "test.request", title: "Schlagloch", category: "road" }));
    const b = await browserFor(p.kvrStaff.id);
    const inbox = await b.get("/verwaltung/vorgaenge");
    expect(inbox.statusCode).toBe(200);
    expect(inbox.body).toContain(kvr.reference);
    expect(road.ok && inbox.body.includes(road.reference)).toBe(false);
    expect(html(inbox).querySelector(".st-staffnav a[href='/verwaltung/vorgaenge']")).not.toBeNull();
  });

  it("answers 404 when Baureferat staff open a KVR case, 403 to citizens and to staff without a department", async () => {
    const c = await kvrCase();
    expect((await (await browserFor(p.bauStaff.id)).get(`/verwaltung/vorgaenge/${c.reference}`)).statusCode).toBe(404);
    expect((await (await browserFor(p.kvrStaff.id)).get(`/verwaltung/vorgaenge/${c.reference}`)).statusCode).toBe(200);
    expect((await (await browserFor(p.citizen.id)).get(`/verwaltung/vorgaenge/${c.reference}`)).statusCode).toBe(403);
    expect((await (await browserFor(p.citizen.id)).get("/verwaltung/vorgaenge")).statusCode).toBe(403);
    const editor = await db.selectFrom("identity.account").select("id").where("email", "=", "redaktion@stadttor.example").executeTakeFirstOrThrow();
    const e = await browserFor(editor.id);
    expect((await e.get("/verwaltung/vorgaenge")).statusCode).toBe(403);
    expect(html(await e.get("/verwaltung")).querySelector(".st-staffnav a[href='/verwaltung/vorgaenge']")).toBeNull();
  });

  it("refuses every action of another department with 404 and writes nothing", async () => {
    const c = await kvrCase();
    const bau = await browserFor(p.bauStaff.id);
    const bauToken = csrfTokenOf(await bau.get("/verwaltung/vorgaenge"));
    const before = await entries(c.id);
    for (const [path, fields] of [
      ["schritt", { aktion: "start" }],
      ["notiz", { notiz: "Fremde Notiz" }],
      ["mitteilung", { mitteilung: "Fremde Mitteilung" }],
      ["nachricht", { nachricht: "Fremde Nachricht" }],
      ["zuweisung", { bearbeitung: p.bauStaff.id }],
      ["details", { prioritaet: "urgent", frist: "" }],
      ["abgabe", { referat: "bau", grund: "Gehört uns" }],
    ] as const) {
      const res = await bau.post(`/verwaltung/vorgaenge/${c.reference}/${path}`, { _csrf: bauToken, version: "1", ...fields });
      expect(res.statusCode, path).toBe(404);
    }
    const bulk = await bau.post("/verwaltung/vorgaenge/zuweisen", { _csrf: bauToken, vorgang: c.id, an: "mir" });
    expect(bulk.statusCode).toBe(303);
    expect(await row(c.id)).toEqual({ state: "received", version: 1, assignee_id: null });
    expect(await entries(c.id)).toBe(before);
  });
});

describe("acting on a case", () => {
  it("takes a step, writes an internal note marked intern, and publishes an update", async () => {
    const c = await kvrCase();
    const b = await browserFor(p.kvrStaff.id);
    const page = `/verwaltung/vorgaenge/${c.reference}`;
    const started = await b.submit(page, { aktion: "start", version: "1", kommentar: "" }, `${page}/schritt`);
    expect(started.statusCode).toBe(303);
    expect(started.headers.location).toBe(`${page}?hinweis=state#verlauf`);
    expect((await row(c.id)).state).toBe("in-progress");
    expect((await b.submit(page, { notiz: "Bitte Ausweis prüfen.", version: "2" }, `${page}/notiz`)).statusCode).toBe(303);
    expect((await b.submit(page, { mitteilung: "Wir haben Ihren Antrag geprüft.", version: "2" }, `${page}/mitteilung`)).statusCode).toBe(303);
    const shown = html(await b.get(`${page}?hinweis=update`));
    const note = shown.querySelectorAll(".st-timeline__entry--internal").map((li) => text(li));
    expect(note.some((n) => n.includes("Bitte Ausweis prüfen.") && n.includes("intern"))).toBe(true);
    expect(text(shown.querySelector(".kern-alert")!)).toContain("Die Mitteilung wurde veröffentlicht.");
    expect(shown.querySelectorAll("button[name=aktion]").map((btn) => btn.getAttribute("value"))).toEqual(["ask", "close", "reject"]);
  });

  it("tells of a change by someone else, shows the page as it is now and keeps what was typed", async () => {
    const c = await kvrCase();
    const b = await browserFor(p.kvrStaff.id);
    const page = `/verwaltung/vorgaenge/${c.reference}`;
    const token = csrfTokenOf(await b.get(page));
    await inTransaction(db, (tx) => changeCaseState(tx, p.deps, p.admin, { caseId: c.id, action: "start", expectedVersion: 1 }));
    const res = await b.post(`${page}/schritt`, { _csrf: token, version: "1", aktion: "reject", kommentar: "Leider nicht zuständig." });
    expect(res.statusCode).toBe(409);
    const doc = html(res);
    expect(res.body).toContain("Der Vorgang wurde inzwischen von jemand anderem geändert. Bitte prüfen Sie den aktuellen Stand.");
    expect(text(doc.querySelector("#kommentar")!)).toBe("Leider nicht zuständig.");
    expect(doc.querySelector("form[action$='/schritt'] input[name=version]")?.getAttribute("value")).toBe("2");
    expect(await row(c.id)).toMatchObject({ state: "in-progress", version: 2 });
  });

  it("refuses a step the state machine doesn't allow, and a step without its required comment", async () => {
    const c = await kvrCase();
    const b = await browserFor(p.kvrStaff.id);
    const page = `/verwaltung/vorgaenge/${c.reference}`;
    const resume = await b.submit(page, { aktion: "resume", version: "1" }, `${page}/schritt`);
    expect(resume.statusCode).toBe(409);
    expect(resume.body).toContain("Dieser Schritt ist im aktuellen Stand nicht möglich.");
    const reject = await b.submit(page, { aktion: "reject", version: "1", kommentar: "" }, `${page}/schritt`);
    expect(reject.statusCode).toBe(400);
    expect(text(html(reject).querySelector(".st-error-summary")!)).toContain("Bitte schreiben Sie eine Mitteilung zu diesem Schritt.");
    expect(await row(c.id)).toMatchObject({ state: "received", version: 1 });
  });

  it("assigns cases from the inbox to oneself", async () => {
    const c = await kvrCase("Zum Zuweisen");
    const b = await browserFor(p.kvrStaff.id);
    const res = await b.submit("/verwaltung/vorgaenge", { vorgang: c.id, an: "mir", zurueck: "?status=offen" }, "/verwaltung/vorgaenge/zuweisen");
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/verwaltung/vorgaenge?status=offen&zugewiesen=1&uebersprungen=0");
    expect((await row(c.id)).assignee_id).toBe(p.kvrStaff.id);
    const mine = await b.get("/verwaltung/vorgaenge?zustaendig=mir&zugewiesen=1&uebersprungen=0");
    expect(mine.body).toContain(c.reference);
    expect(mine.body).toContain("1 Vorgang wurde zugewiesen.");
  });

  it("shows the citizen's message with its paragraphs and line breaks", async () => {
    const r = await inTransaction(db, (tx) => createCase(tx, p.deps, p.citizen, { kind: "test.request", title: "Mehrere Absätze", description: "Erster Absatz,\nzweite Zeile.\n\nZweiter Absatz.", category: "papers" }));
    if (!r.ok) throw new Error("not created");
    const b = await browserFor(p.kvrStaff.id);
    const page = html(await b.get(`/verwaltung/vorgaenge/${r.reference}`));
    const paragraphs = page.querySelectorAll(".st-message-body p").map((el) => el.innerHTML);
    expect(paragraphs).toContain("Erster Absatz,<br>zweite Zeile.");
    expect(paragraphs).toContain("Zweiter Absatz.");
  });

  it("names the limit when a text is too long (a form posted without the browser's maxlength)", async () => {
    const c = await kvrCase("Zu langer Text");
    const b = await browserFor(p.kvrStaff.id);
    const page = `/verwaltung/vorgaenge/${c.reference}`;
    const res = await b.submit(page, { notiz: "x".repeat(20_001), version: "1" }, `${page}/notiz`);
    expect(res.statusCode).toBe(400);
    expect(text(html(res).querySelector("#notiz-fehler")!)).toContain("höchstens 20.000 Zeichen");
    expect(await entries(c.id)).toBe(1);
  });

  it("warns, not congratulates, when bulk assignment assigned nothing", async () => {
    const b = await browserFor(p.kvrStaff.id);
    const res = await b.submit("/verwaltung/vorgaenge", { an: "mir", zurueck: "?status=offen" }, "/verwaltung/vorgaenge/zuweisen");
    const page = html(await b.get(res.headers.location as string));
    const banner = page.querySelector(".kern-alert");
    expect(banner?.getAttribute("class")).toContain("kern-alert--warning");
    expect(text(banner!)).toContain("Es wurde kein Vorgang zugewiesen.");
  });

  it("rebuilds the way back to the inbox instead of echoing it (no header injection)", async () => {
    const c = await kvrCase("Zurück mit Zeilenumbruch");
    const b = await browserFor(p.kvrStaff.id);
    const res = await b.submit("/verwaltung/vorgaenge", { vorgang: c.id, an: "mir", zurueck: "?status=offen\r\nSet-Cookie: x=1" }, "/verwaltung/vorgaenge/zuweisen");
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/verwaltung/vorgaenge?status=offen%0D%0ASet-Cookie%3A+x%3D1&zugewiesen=1&uebersprungen=0");
    expect(res.headers["set-cookie"] ?? "").not.toContain("x=1");
  });

  it("speaks English after the language switch", async () => {
    const c = await kvrCase("Language check");
    const b = await browserFor(p.kvrStaff.id);
    await b.get("/sprache/en?zurueck=/verwaltung/vorgaenge");
    const inbox = html(await b.get("/verwaltung/vorgaenge"));
    expect(text(inbox.querySelector("h1"))).toBe("Cases");
    const page = html(await b.get(`/verwaltung/vorgaenge/${c.reference}`));
    expect(page.querySelectorAll("button[name=aktion]").map((btn) => text(btn))).toContain("Start");
    expect(text(page.querySelector("#verlauf"))).toBe("Timeline");
  });

  it("marks a citizen's new reply in the inbox until staff answer it", async () => {
    const c = await kvrCase("Mit Rückfrage");
    await inTransaction(db, (tx) => replyAsCitizen(tx, p.deps, { caseId: c.id, text: "Hier ist meine Ausweisnummer." }, { accountId: p.citizen.id }));
    const b = await browserFor(p.kvrStaff.id);
    const replied = html(await b.get("/verwaltung/vorgaenge?neu=1"));
    const rowOf = replied.querySelectorAll("tbody tr").find((tr) => text(tr).includes(c.reference));
    expect(text(rowOf)).toContain("neue Antwort");
    const page = `/verwaltung/vorgaenge/${c.reference}`;
    expect((await b.submit(page, { nachricht: "Danke, erhalten.", version: "1" }, `${page}/nachricht`)).statusCode).toBe(303);
    expect((await b.get("/verwaltung/vorgaenge?neu=1")).body).not.toContain(c.reference);
  });

  it("shows platform admins every department with a switcher, and assigns to a colleague of the department", async () => {
    const c = await kvrCase("Für Kollegin");
    const admin = await browserFor(p.admin.id);
    const inbox = html(await admin.get("/verwaltung/vorgaenge?referat=kvr"));
    expect(inbox.querySelectorAll("#referat option").map((o) => o.getAttribute("value"))).toEqual(expect.arrayContaining(["", "kvr", "bau"]));
    const colleague = inbox.querySelectorAll("#kollegin option").find((o) => text(o) === p.kvrStaff.displayName);
    expect(colleague).toBeDefined();
    const res = await admin.submit("/verwaltung/vorgaenge?referat=kvr", { vorgang: c.id, an: "kollegin", kollegin: colleague!.getAttribute("value")!, zurueck: "?referat=kvr" }, "/verwaltung/vorgaenge/zuweisen");
    expect(res.headers.location).toBe("/verwaltung/vorgaenge?referat=kvr&zugewiesen=1&uebersprungen=0");
    expect((await row(c.id)).assignee_id).toBe(p.kvrStaff.id);
  });

  it("filters by text and state with a GET form, and explains a bad filter", async () => {
    const c = await kvrCase("Führerschein Umtausch");
    const b = await browserFor(p.kvrStaff.id);
    const found = await b.get(`/verwaltung/vorgaenge?suche=${encodeURIComponent("Führerschein")}&stand=received`);
    expect(found.body).toContain(c.reference);
    const bad = await b.get("/verwaltung/vorgaenge?von=gestern");
    expect(bad.statusCode).toBe(400);
    expect(text(html(bad).querySelector(".st-error-summary")!)).toContain("Bitte prüfen Sie diesen Filter.");
  });
});

describe("templates, figures and handing over", () => {
  const leitung = async () => (await db.selectFrom("identity.account").select("id").where("email", "=", "leitung.kvr@stadttor.example").executeTakeFirstOrThrow()).id;

  it("lets the department admin keep templates, and fills one into the update field without JavaScript", async () => {
    const admin = await browserFor(await leitung());
    const saved = await admin.submit("/verwaltung/vorgaenge/vorlagen", { referat: "kvr", titel: "Eingang bestätigt", text: "Ihr Anliegen {aktenzeichen} ist bis {frist} erledigt." });
    expect(saved.statusCode).toBe(303);
    const typo = await admin.submit("/verwaltung/vorgaenge/vorlagen", { referat: "kvr", titel: "Tippfehler", text: "Bis {fristt}." });
    expect(typo.statusCode).toBe(400);
    expect(text(html(typo).querySelector(".st-error-summary")!)).toContain("{fristt}");
    expect((await (await browserFor(p.kvrStaff.id)).get("/verwaltung/vorgaenge/vorlagen")).statusCode).toBe(403);
    expect((await admin.get("/verwaltung/vorgaenge/vorlagen?referat=bau")).statusCode).toBe(404);

    const c = await kvrCase();
    const staff = await browserFor(p.kvrStaff.id);
    const page = html(await staff.get(`/verwaltung/vorgaenge/${c.reference}`));
    const option = page.querySelectorAll("#vorlage option").find((o) => text(o) === "Eingang bestätigt");
    const filled = html(await staff.get(`/verwaltung/vorgaenge/${c.reference}?vorlage=${option!.getAttribute("value")}`));
    expect(text(filled.querySelector("#mitteilung")!)).toMatch(new RegExp(`^Ihr Anliegen ${c.reference} ist bis \\d{2}\\.\\d{2}\\.\\d{4} erledigt\\.$`));
  });

  it("shows a department's figures to its staff only", async () => {
    await kvrCase();
    const kvr = await browserFor(p.kvrStaff.id);
    const page = await kvr.get("/verwaltung/vorgaenge/kennzahlen?zeitraum=90");
    expect(page.statusCode).toBe(200);
    expect(text(html(page).querySelector("h1")!)).toContain("KVR");
    expect((await kvr.get("/verwaltung/vorgaenge/kennzahlen?referat=bau")).statusCode).toBe(404);
  });

  it("hands a case to another department with a reason, and it leaves the inbox", async () => {
    const c = await kvrCase("Falsch zugeordnet");
    const b = await browserFor(p.kvrStaff.id);
    const page = `/verwaltung/vorgaenge/${c.reference}`;
    const empty = await b.submit(page, { referat: "", grund: "", version: "1" }, `${page}/abgabe`);
    expect(empty.statusCode).toBe(400);
    const moved = await b.submit(page, { referat: "bau", grund: "Straßenschaden", version: "1" }, `${page}/abgabe`);
    expect(moved.statusCode).toBe(303);
    expect(moved.headers.location).toBe(`/verwaltung/vorgaenge?abgegeben=${c.reference}`);
    expect((await b.get(page)).statusCode).toBe(404);
    const bau = await (await browserFor(p.bauStaff.id)).get(page);
    expect(bau.statusCode).toBe(200);
    expect(text(html(bau).querySelector(".st-timeline")!)).toContain("Straßenschaden");
  });

  it("changes priority and due date, shown as internal entries, and refuses a date that is none", async () => {
    const c = await kvrCase();
    const b = await browserFor(p.kvrStaff.id);
    const page = `/verwaltung/vorgaenge/${c.reference}`;
    const bad = await b.submit(page, { prioritaet: "high", frist: "31.12.2026", version: "1" }, `${page}/details`);
    expect(bad.statusCode).toBe(400);
    expect(html(bad).querySelector("#frist")?.getAttribute("value")).toBe("31.12.2026");
    expect((await b.submit(page, { prioritaet: "urgent", frist: "2026-12-30", version: "1" }, `${page}/details`)).statusCode).toBe(303);
    const shown = html(await b.get(page));
    const internal = shown.querySelectorAll(".st-timeline__entry--internal").map((li) => text(li));
    expect(internal.some((e) => e.includes("Priorität: dringend"))).toBe(true);
    expect(internal.some((e) => e.includes("Frist: 30.12.2026"))).toBe(true);
  });

  it("sends a message to the citizen and keeps the text when it is empty", async () => {
    const c = await kvrCase();
    const b = await browserFor(p.kvrStaff.id);
    const page = `/verwaltung/vorgaenge/${c.reference}`;
    const empty = await b.submit(page, { nachricht: " ", version: "1" }, `${page}/nachricht`);
    expect(empty.statusCode).toBe(400);
    expect(text(html(empty).querySelector("#nachricht-fehler")!)).toContain("Bitte geben Sie einen Text ein.");
    expect((await b.submit(page, { nachricht: "Bitte bringen Sie ein Foto mit.", version: "1" }, `${page}/nachricht`)).statusCode).toBe(303);
    const messages = await db.selectFrom("mailbox.message").select("case_ref").where("case_ref", "=", c.reference).execute();
    expect(messages.length).toBeGreaterThanOrEqual(2);
  });
});
