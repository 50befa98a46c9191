// What the catalogue editor refuses and how: ids that can't be made from the name, forms that arrive garbled or without their version token (400/404 with a German
// message, never a 500), notice keys that are no notices, and an error summary that names each field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { html, text } from "../../../test/support/html.ts";
import { StaffBrowser } from "../../../test/support/staff-browser.ts";
import { createSession } from "../../kernel/identity/index.ts";
import { inTransaction } from "../../platform/db/index.ts";
import { newPath } from "./catalogue-paths.ts";

let t: TestApp;
let editor: StaffBrowser;
let csrf: string;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  const account = await t.database.db.selectFrom("identity.account").select("id").where("email", "=", "redaktion@stadttor.example").executeTakeFirstOrThrow();
  const sid = await inTransaction(t.database.db, (tx) => createSession(tx, { accountId: account.id, method: "password", secondFactor: true }));
  editor = new StaffBrowser(t.app);
  editor.cookie = `sid=${sid}`;
  const page = html(await editor.get("/verwaltung/katalog/leistungen/meldebescheinigung"));
  csrf = page.querySelector('input[name="_csrf"]')!.getAttribute("value")!;
});
afterAll(() => t?.close());

const post = (url: string, fields: Record<string, string>) =>
  t.app.inject({ method: "POST", url, headers: { cookie: editor.cookie, "content-type": "application/x-www-form-urlencoded" }, payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString() });
const summary = (body: string) => html(body).querySelectorAll(".st-error-summary li a").map((a) => [a.getAttribute("href"), text(a)]);
const versionOf = async (page: string) => html(await editor.get(page)).querySelector(`form[action="${page}"] input[name="version"]`)?.getAttribute("value");
const drafts = () => t.database.db.selectFrom("catalogue.draft").select(["entry_kind", "entry_id"]).execute();

describe("ids", () => {
  it("may be any word, \"neu\" too: new entries have an address of their own, so every entry can be opened again", async () => {
    const created = await post(newPath("service"), { version: "0-0", id: "neu", nameDe: "Neue Leistung", summaryDe: "Kurz.", departmentId: "kvr", onlineKind: "none", trustLevel: "none" });
    expect(created.statusCode).toBe(303);
    const page = html(await editor.get("/verwaltung/katalog/leistungen/neu"));
    expect(page.querySelector('input[name="nameDe"]')?.getAttribute("value")).toBe("Neue Leistung");
  });

  it("that can't be made from the name are asked for, next to the id field and named in the summary", async () => {
    const unnamed = await post(newPath("life-situation"), { version: "0-0", nameDe: "…", introDe: "Einleitung." });
    expect(unnamed.statusCode).toBe(400);
    expect(summary(unnamed.body)).toEqual([["#id", "Kennung in der Adresse: Aus dem Namen lässt sich keine Kennung bilden. Bitte geben Sie eine Kennung ein."]]);
    expect(await t.database.db.selectFrom("catalogue.life_situation").select("id").where("id", "=", "").execute()).toEqual([]);
  });
});


describe("forms that arrive garbled", () => {
  const page = "/verwaltung/katalog/leistungen/meldebescheinigung";

  it("answer the publication actions with 400 and a German warning, not a 500, and change nothing", async () => {
    for (const action of ["veroeffentlichen", "verwerfen", "archivieren", "entwurf"]) {
      for (const version of ["garbage", ""]) {
        const res = await post(`${page}/${action}`, { version });
        expect(res.statusCode, `${action} ${version}`).toBe(400);
        expect(text(html(res.body).querySelector(".kern-alert--warning"))).toContain("weil das Formular unvollständig ankam");
      }
    }
    const state = await t.database.db.selectFrom("catalogue.service").select("state").where("id", "=", "meldebescheinigung").executeTakeFirstOrThrow();
    expect(state.state).toBe("published");
  });

  it("keep what was typed when a save lacks its version, and offer the current one to save again", async () => {
    const current = await versionOf(page);
    const res = await post(page, { version: "", nameDe: "Meldebescheinigung (geändert)", summaryDe: "Kurz.", departmentId: "kvr", onlineKind: "none", trustLevel: "none" });
    expect(res.statusCode).toBe(400);
    const doc = html(res.body);
    expect(text(doc.querySelector(".kern-alert--warning"))).toContain("weil das Formular unvollständig ankam");
    expect(doc.querySelector("#nameDe")?.getAttribute("value")).toBe("Meldebescheinigung (geändert)");
    expect(current).toMatch(/^\d+-\d+$/);
    expect(doc.querySelector(`form[action="${page}"] input[name="version"]`)?.getAttribute("value")).toBe(current);
    expect(await drafts()).toEqual([]);
  });

  it("answer 404 for an action on an id no entry can have", async () => {
    expect((await post("/verwaltung/katalog/leistungen/gibt-es-nicht/veroeffentlichen", { version: "1-0" })).statusCode).toBe(404);
    expect((await post("/verwaltung/katalog/standorte/gibt-es-nicht/verwerfen", { version: "1-0" })).statusCode).toBe(404);
  });
});

describe("notices", () => {
  it("show only the editor's own notice keys, not inherited object properties", async () => {
    const banner = async (key: string) => html(await editor.get(`/verwaltung/katalog/leistungen/meldebescheinigung?hinweis=${key}`)).querySelectorAll(".kern-alert--success").length;
    expect(await banner("gespeichert")).toBe(1);
    for (const key of ["constructor", "toString", "__proto__", "hasOwnProperty"]) expect(await banner(key), key).toBe(0);
  });
});
