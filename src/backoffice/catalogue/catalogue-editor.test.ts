// The catalogue editor end to end on the real database: a working copy that the preview shows and the public
// page does not until it is published; German errors with nothing written; a second editor's save refused
// with nothing lost; new entries as drafts; locations with split opening hours; life situations; archiving;
// audit records; and every route closed to staff without the editor role.
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { html, text } from "../../../test/support/html.ts";
import { StaffBrowser } from "../../../test/support/staff-browser.ts";
import { searchAudit } from "../../kernel/audit/index.ts";
import { createSession } from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";

let t: TestApp;
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  for (const a of await t.database.db.selectFrom("identity.account").select(["id", "email"]).execute()) ids.set(a.email.split("@")[0]!, a.id);
});
afterAll(() => t?.close());

async function loggedIn(who: string): Promise<StaffBrowser> {
  const sid = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: ids.get(who)!, method: "password", secondFactor: true }));
  const b = new StaffBrowser(t.app);
  b.cookie = `sid=${sid}`;
  return b;
}

/** The values a browser would send for the form posting to `action`, as the page shows them. */
function formFields(page: LightMyRequestResponse, action: string): Record<string, string | string[]> {
  const form = html(page).querySelectorAll("form").find((f) => f.getAttribute("action") === action);
  if (!form) throw new Error(`no form posting to ${action} (status ${page.statusCode})`);
  const out: Record<string, string | string[]> = {};
  const add = (name: string, value: string) => {
    const before = out[name];
    out[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  };
  for (const input of form.querySelectorAll("input")) {
    const name = input.getAttribute("name");
    if (!name) continue;
    const type = input.getAttribute("type");
    if ((type === "checkbox" || type === "radio") && !input.hasAttribute("checked")) continue;
    add(name, input.getAttribute("value") ?? "");
  }
  for (const area of form.querySelectorAll("textarea")) add(area.getAttribute("name")!, area.textContent);
  for (const select of form.querySelectorAll("select")) {
    const chosen = select.querySelectorAll("option").find((o) => o.hasAttribute("selected")) ?? select.querySelector("option");
    add(select.getAttribute("name")!, chosen?.getAttribute("value") ?? "");
  }
  return out;
}

async function send(b: StaffBrowser, action: string, fields: Record<string, string | string[]>): Promise<LightMyRequestResponse> {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  const res = await t.app.inject({ method: "POST", url: action, headers: { cookie: b.cookie, "content-type": "application/x-www-form-urlencoded" }, payload: body.toString() });
  return res;
}

/** Opens the page, changes some fields of its form and sends it. */
async function edit(b: StaffBrowser, page: string, changes: Record<string, string | string[]>, action = page): Promise<LightMyRequestResponse> {
  const fields = formFields(await b.get(page), action);
  return send(b, action, { ...fields, ...changes });
}

/** Presses one of the publication buttons on the edit page. */
async function press(b: StaffBrowser, page: string, action: string): Promise<LightMyRequestResponse> {
  return send(b, `${page}/${action}`, formFields(await b.get(page), `${page}/${action}`));
}

const publicPage = (url: string) => t.app.inject({ url });
const audit = async (action: string) => (await searchAudit(t.database.db, { action, limit: 100, offset: 0 })).entries;
const errorsOn = (page: LightMyRequestResponse) => html(page).querySelectorAll(".st-error-summary li a").map((a) => [a.getAttribute("href"), text(a)]);
const drafts = () => t.database.db.selectFrom("catalogue.draft").selectAll().execute();

const service = "/verwaltung/katalog/leistungen/meldebescheinigung";

describe("editing a published service", () => {
  it("keeps the public page unchanged until publication, shows the change in the preview, and audits each step", async () => {
    const b = await loggedIn("redaktion");
    const saved = await edit(b, service, {
      nameDe: "Meldebescheinigung online beantragen",
      "cost-label-0": "Gebühr je Bescheinigung",
      "cost-amount-0": "12,50",
      procedure: "Termin buchen\nBescheinigung abholen",
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${service}?hinweis=gespeichert`);
    const page = await b.get(saved.headers.location!);
    expect(text(html(page).querySelector("[role=alert] .kern-title"))).toContain("noch nicht veröffentlicht");
    expect(page.body).toContain("Änderungen veröffentlichen");
    expect(text(html(page).querySelector("[data-pending-fields]"))).toBe("Geändert gegenüber der veröffentlichten Fassung: Kosten, Name, Ablauf");

    const live = await publicPage("/leistungen/meldebescheinigung");
    expect(text(html(live).querySelector("h1"))).toBe("Meldebescheinigung beantragen");
    expect(live.body).not.toContain("12,50");

    const preview = await b.get("/vorschau/leistungen/meldebescheinigung");
    expect(preview.statusCode).toBe(200);
    expect(preview.headers["x-robots-tag"]).toBe("noindex, nofollow");
    expect(text(html(preview).querySelector("[data-preview-banner]"))).toContain("Vorschau – nicht veröffentlicht");
    expect(text(html(preview).querySelector("h1"))).toBe("Meldebescheinigung online beantragen");
    expect(preview.body).toContain("12,50");
    expect(html(preview).querySelectorAll("#ablauf + ol li").map(text)).toEqual(["Termin buchen", "Bescheinigung abholen"]);

    const published = await press(b, service, "veroeffentlichen");
    expect(published.statusCode).toBe(303);
    expect(published.headers.location).toBe(`${service}?hinweis=veroeffentlicht`);
    const after = await publicPage("/leistungen/meldebescheinigung");
    expect(text(html(after).querySelector("h1"))).toBe("Meldebescheinigung online beantragen");
    expect(after.body).toContain("12,50");
    expect(await drafts()).toHaveLength(0);
    // The English name stays: the form changed only the German one.
    const stored = await t.database.db.selectFrom("catalogue.service").select("name").where("id", "=", "meldebescheinigung").executeTakeFirstOrThrow();
    expect(stored.name).toEqual({ de: "Meldebescheinigung online beantragen", en: "Certificate of registration" });

    const savedAudit = await audit("catalogue.service-draft-saved");
    expect(savedAudit).toHaveLength(1);
    expect(savedAudit[0]!.detail).toMatchObject({ fields: ["costs", "name", "procedure"], pending: true });
    expect(savedAudit[0]!.actorId).toBe(ids.get("redaktion"));
    expect(await audit("catalogue.service-changes-published")).toHaveLength(1);
  });

  it("leaves no working copy when the form is saved as it is, for every kind", async () => {
    const b = await loggedIn("redaktion");
    for (const page of ["/verwaltung/katalog/leistungen/wohnsitz-anmelden", "/verwaltung/katalog/standorte/bb-ruppertstrasse", "/verwaltung/katalog/lebenslagen/geburt", "/verwaltung/katalog/lebenslagen/umzug"]) {
      const res = await edit(b, page, {});
      expect(res.headers.location, page).toBe(`${page}?hinweis=unveraendert`);
    }
    expect(await drafts()).toHaveLength(0);
  });

  it("answers invalid input with German messages next to the fields and in the summary, and writes nothing", async () => {
    const b = await loggedIn("redaktion");
    const before = (await audit("catalogue.")).length;
    const res = await edit(b, service, { nameDe: "", "cost-label-1": "Eilzuschlag", "cost-amount-1": "zwölf", onlineKind: "external", onlineUrl: "", leikaKey: "12345" });
    expect(res.statusCode).toBe(400);
    expect(errorsOn(res)).toEqual([
      ["#nameDe", "Name (deutsch): Bitte füllen Sie dieses Feld aus."],
      ["#leikaKey", "Leistungsschlüssel (LeiKa): Bitte geben Sie 14 Ziffern ein, die mit 99 beginnen."],
      ["#cost-amount-1", "Gebühr 2: Betrag in Euro – Bitte geben Sie den Betrag in Euro an, z. B. 37,00 oder 1.234,50."],
      ["#onlineUrl", "Adresse des externen Angebots: Bitte geben Sie die Adresse des externen Angebots an."],
    ]);
    const doc = html(res);
    expect(text(doc.querySelector("#cost-amount-1-fehler"))).toContain("Betrag in Euro");
    expect(doc.querySelector("#cost-amount-1")?.getAttribute("aria-invalid")).toBe("true");
    expect(doc.querySelector("#cost-amount-1")?.getAttribute("value")).toBe("zwölf");
    expect(await drafts()).toHaveLength(0);
    expect((await audit("catalogue.")).length).toBe(before);
  });

  it("refuses a second editor's save based on an older version, keeps what they typed, and lets them save again knowingly", async () => {
    const first = await loggedIn("redaktion");
    const second = await loggedIn("admin");
    const page = "/verwaltung/katalog/leistungen/gewerbe-anmelden";
    const firstForm = formFields(await first.get(page), page);
    const secondForm = formFields(await second.get(page), page);
    expect((await send(first, page, { ...firstForm, summaryDe: "Fassung der Redaktion." })).statusCode).toBe(303);

    const refused = await send(second, page, { ...secondForm, summaryDe: "Fassung der Administration." });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain("Jemand anderes hat diesen Eintrag inzwischen geändert.");
    expect(text(html(refused).querySelector(".kern-alert--warning"))).toContain("gespeichert von Paula Schmid (Redaktion)");
    expect(text(html(refused).querySelector("#summaryDe"))).toBe("Fassung der Administration.");
    const [draft] = await drafts();
    expect(draft?.content).toMatchObject({ summary: "Fassung der Redaktion." });

    const again = await send(second, page, formFields(refused, page));
    expect(again.statusCode).toBe(303);
    expect((await drafts())[0]?.content).toMatchObject({ summary: "Fassung der Administration." });
    // Publishing with the first editor's stale page is refused too.
    expect((await send(first, `${page}/veroeffentlichen`, { _csrf: firstForm._csrf as string, version: firstForm.version as string })).statusCode).toBe(409);
    expect((await press(first, page, "verwerfen")).statusCode).toBe(303);
    expect(await drafts()).toHaveLength(0);
    expect(await audit("catalogue.service-draft-discarded")).toHaveLength(1);
  });
});

describe("new services", () => {
  it("start as drafts that citizens cannot open until they are published", async () => {
    const b = await loggedIn("redaktion");
    const created = await edit(b, "/verwaltung/katalog/neu/leistungen", {
      nameDe: "Fischereischein beantragen", summaryDe: "Wer angeln will, braucht einen Fischereischein.", departmentId: "kvr",
      "cost-label-0": "Fischereischein für fünf Jahre", "cost-amount-0": "100", locationIds: ["bb-pasing"],
    });
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe("/verwaltung/katalog/leistungen/fischereischein-beantragen?hinweis=angelegt");
    expect((await publicPage("/leistungen/fischereischein-beantragen")).statusCode).toBe(404);
    const list = await b.get("/verwaltung/katalog/leistungen?q=fischerei&status=draft");
    expect(html(list).querySelectorAll("tbody th[scope=row]").map(text)).toEqual(["Fischereischein beantragen (fischereischein-beantragen, KVR)"]);
    expect((await b.get("/vorschau/leistungen/fischereischein-beantragen")).body).toContain("100,00");

    const page = "/verwaltung/katalog/leistungen/fischereischein-beantragen";
    expect((await press(b, page, "veroeffentlichen")).statusCode).toBe(303);
    expect((await publicPage("/leistungen/fischereischein-beantragen")).statusCode).toBe(200);
    expect(await audit("catalogue.service-created")).toHaveLength(1);
    expect(await audit("catalogue.service-published")).toHaveLength(1);

    expect((await press(b, page, "archivieren")).statusCode).toBe(303);
    expect((await publicPage("/leistungen/fischereischein-beantragen")).statusCode).toBe(404);
    expect((await press(b, page, "entwurf")).statusCode).toBe(303);
    const states = await t.database.db.selectFrom("catalogue.service").select("state").where("id", "=", "fischereischein-beantragen").executeTakeFirst();
    expect(states?.state).toBe("draft");
  });

  it("refuses an id that is taken", async () => {
    const b = await loggedIn("redaktion");
    const res = await edit(b, "/verwaltung/katalog/neu/leistungen", { id: "meldebescheinigung", nameDe: "Doppelt", summaryDe: "x", departmentId: "kvr" });
    expect(res.statusCode).toBe(409);
    expect(errorsOn(res)).toEqual([["#id", "Kennung in der Adresse: Diese Kennung ist schon vergeben. Bitte wählen Sie eine andere."]]);
  });
});

describe("locations", () => {
  const page = "/verwaltung/katalog/standorte/bb-pasing";
  it("take several opening periods a day, refuse times that close before they open or overlap, and publish", async () => {
    const b = await loggedIn("redaktion");
    const bad = await edit(b, page, { "hours-1-0-opens": "08:00", "hours-1-0-closes": "12:00", "hours-1-1-opens": "11:00", "hours-1-1-closes": "10:00" });
    expect(bad.statusCode).toBe(400);
    expect(errorsOn(bad)).toEqual([["#hours-1-1-closes", "Montag, Zeitraum 2: schließt um – Die Schließzeit muss nach der Öffnungszeit (11:00) liegen."]]);
    const overlap = await edit(b, page, { "hours-1-0-opens": "8", "hours-1-0-closes": "12:00", "hours-1-1-opens": "11:30", "hours-1-1-closes": "16:00" });
    expect(errorsOn(overlap)).toEqual([["#hours-1-1-opens", "Montag, Zeitraum 2: öffnet um – Dieser Zeitraum überschneidet sich mit einem anderen am selben Tag."]]);

    const ok = await edit(b, page, { "hours-1-0-opens": "7:30", "hours-1-0-closes": "12:00", "hours-1-1-opens": "13:00", "hours-1-1-closes": "18:00", accessibilityNoteDe: "Rampe am Seiteneingang" });
    expect(ok.statusCode).toBe(303);
    expect((await publicPage("/standorte/bb-pasing")).body).not.toContain("Rampe am Seiteneingang");
    const preview = await b.get("/vorschau/standorte/bb-pasing");
    expect(preview.body).toContain("Rampe am Seiteneingang");
    expect(preview.body).toContain("07:30");
    expect((await press(b, page, "veroeffentlichen")).statusCode).toBe(303);
    const live = await publicPage("/standorte/bb-pasing");
    expect(live.body).toContain("Rampe am Seiteneingang");
    const monday = await t.database.db.selectFrom("catalogue.opening_hours").select(["opens", "closes"]).where("location_id", "=", "bb-pasing").where("weekday", "=", 1).orderBy("opens").execute();
    expect(monday.map((h) => `${h.opens.slice(0, 5)}-${h.closes.slice(0, 5)}`)).toEqual(["07:30-12:00", "13:00-18:00"]);
    expect(await audit("catalogue.location-changes-published")).toHaveLength(1);
  });

  it("are created as working copies that appear in public only once published", async () => {
    const b = await loggedIn("redaktion");
    const created = await edit(b, "/verwaltung/katalog/neu/standorte", { nameDe: "Bürgerbüro Neuperlach", departmentId: "kvr", street: "Thomas-Dehler-Straße 1", postalCode: "81737", city: "München", "hours-2-0-opens": "08:00", "hours-2-0-closes": "12:00" });
    expect(created.statusCode).toBe(303);
    expect((await publicPage("/standorte/buergerbuero-neuperlach")).statusCode).toBe(404);
    expect((await press(b, "/verwaltung/katalog/standorte/buergerbuero-neuperlach", "veroeffentlichen")).statusCode).toBe(303);
    expect((await publicPage("/standorte/buergerbuero-neuperlach")).statusCode).toBe(200);
  });
});

describe("life situations", () => {
  it("edit introduction, steps and services, preview and publish", async () => {
    const b = await loggedIn("redaktion");
    const page = "/verwaltung/katalog/lebenslagen/umzug";
    const form = html(await b.get(page));
    expect(form.querySelectorAll("#step-1-services input[type=checkbox]").map((i) => i.getAttribute("value"))).toContain("meldebescheinigung");
    const res = await edit(b, page, {
      introDe: "Neue Einleitung zum Umzug.", "step-0-title": "Zuerst: Wohnung anmelden", "secondary-0": "personalausweis-beantragen",
      "step-1-services": ["wohnsitz-anmelden", "meldebescheinigung"],
    });
    expect(res.statusCode).toBe(303);
    expect((await publicPage("/lebenslagen/umzug")).body).not.toContain("Neue Einleitung zum Umzug.");
    expect((await b.get("/vorschau/lebenslagen/umzug")).body).toContain("Zuerst: Wohnung anmelden");
    expect((await press(b, page, "veroeffentlichen")).statusCode).toBe(303);
    const live = await publicPage("/lebenslagen/umzug");
    expect(live.body).toContain("Neue Einleitung zum Umzug.");
    expect(live.body).toContain("Zuerst: Wohnung anmelden");
    const links = await t.database.db.selectFrom("catalogue.life_situation_step_service").select("service_id").where("life_situation_id", "=", "umzug").where("step_position", "=", 1).orderBy("position").execute();
    expect(links.map((l) => l.service_id)).toEqual(["wohnsitz-anmelden", "meldebescheinigung"]);
  });
});

describe("in English", () => {
  it("shows the editor's labels and states in English", async () => {
    const b = await loggedIn("redaktion");
    b.cookie += "; lang=en";
    const page = await b.get(service);
    expect(page.statusCode).toBe(200);
    expect(text(html(page).querySelector("h1"))).toMatch(/^Edit /);
    expect(text(html(page).querySelector('label[for="nameDe"]'))).toBe("Name (German)");
    expect(page.body).toContain("Publishing and state");
  });
});

describe("who may edit", () => {
  it("shows the Katalog navigation only to editors", async () => {
    expect((await (await loggedIn("redaktion")).get("/verwaltung")).body).toContain('href="/verwaltung/katalog"');
    expect((await (await loggedIn("sachbearbeitung.kvr")).get("/verwaltung")).body).not.toContain('href="/verwaltung/katalog"');
  });

  it("answers 403 on every editor route, post and preview to staff without the editor role, and changes nothing", async () => {
    const b = await loggedIn("leitung.kvr");
    const token = /name="_csrf" value="([^"]+)"/.exec((await b.get("/verwaltung")).body)![1]!;
    const gets = [
      "/verwaltung/katalog", "/verwaltung/katalog/leistungen", "/verwaltung/katalog/neu/leistungen", service,
      "/verwaltung/katalog/standorte", "/verwaltung/katalog/standorte/bb-pasing", "/verwaltung/katalog/lebenslagen/umzug",
      "/vorschau/leistungen/meldebescheinigung", "/vorschau/standorte/bb-pasing", "/vorschau/lebenslagen/umzug",
    ];
    for (const url of gets) expect((await b.get(url)).statusCode, url).toBe(403);
    const posts = [
      "/verwaltung/katalog/neu/leistungen", service, `${service}/veroeffentlichen`, `${service}/verwerfen`, `${service}/archivieren`, `${service}/entwurf`,
      "/verwaltung/katalog/standorte/bb-pasing", "/verwaltung/katalog/lebenslagen/umzug/veroeffentlichen",
    ];
    const before = (await audit("catalogue.")).length;
    for (const url of posts) expect((await b.post(url, { _csrf: token, version: "0-0", nameDe: "Gekapert" })).statusCode, url).toBe(403);
    expect((await audit("catalogue.")).length).toBe(before);
    expect((await t.app.inject({ url: "/vorschau/leistungen/meldebescheinigung" })).statusCode).toBe(403);
  });
});
