// Response templates on a real database: department admins keep them, staff of the department list and use
// them, placeholders are filled from the case, and everyone else is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, type CasePeople } from "../../../test/support/cases.ts";
import type { Actor, StaffActor } from "../identity/index.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import {
  createCase,
  deleteResponseTemplate,
  fillTemplate,
  listResponseTemplates,
  renderResponseTemplate,
  saveResponseTemplate,
  templateFacts,
  unknownPlaceholders,
  type SaveResponseTemplateInput,
} from "./index.ts";

let t: TestApp;
let db: Db;
let p: CasePeople;
let lead: StaffActor;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  db = t.database.db;
  p = await casePeople(t.app, db);
  // The KVR's department admin (demo seed): staff and department-admin of the KVR.
  const account = await db.selectFrom("identity.account").select(["id", "display_name"]).where("email", "=", "leitung.kvr@stadttor.example").executeTakeFirstOrThrow();
  lead = { kind: "staff", id: account.id, displayName: account.display_name, roles: [{ role: "staff", departmentId: "kvr" }, { role: "department-admin", departmentId: "kvr" }] };
});
afterAll(() => t.close());

const save = (actor: Actor, input: SaveResponseTemplateInput) => inTransaction(db, (tx) => saveResponseTemplate(tx, actor, input));
const body = "Ihr Anliegen {aktenzeichen} („{titel}“, eingegangen am {eingangsdatum}) bearbeitet das {referat} bis {frist}.";

describe("filling a template", () => {
  it("puts the case's facts into known placeholders and leaves other braces alone", () => {
    const facts = templateFacts({ reference: "T-2026-000001", title: "Ausweis", openedAt: new Date("2026-11-30T23:30:00Z"), dueDate: "2026-12-14" }, "Kreisverwaltungsreferat");
    expect(fillTemplate(body + " {unbekannt}", facts)).toBe(
      "Ihr Anliegen T-2026-000001 („Ausweis“, eingegangen am 01.12.2026) bearbeitet das Kreisverwaltungsreferat bis 14.12.2026. {unbekannt}",
    );
    expect(templateFacts({ reference: "T-2026-000001", title: "x", openedAt: new Date(), dueDate: null }, "KVR").frist).toBe("");
    expect(fillTemplate("{toString} {constructor}", facts)).toBe("{toString} {constructor}");
    expect(unknownPlaceholders("{aktenzeichen} {aktenzeichn} {frist}")).toEqual(["aktenzeichn"]);
  });
});

describe("keeping templates", () => {
  it("lets a department admin create, change and delete templates, with audit records", async () => {
    const created = await save(lead, { departmentId: "kvr", title: "Eingangsbestätigung", body });
    expect(created).toMatchObject({ ok: true, created: true });
    if (!created.ok) return;
    expect(await save(lead, { id: created.id, departmentId: "kvr", title: "Eingang", body: "Danke für {aktenzeichen}." })).toEqual({ ok: true, id: created.id, created: false });
    expect((await listResponseTemplates(db, p.kvrStaff, "kvr")).map((x) => [x.title, x.body])).toEqual([["Eingang", "Danke für {aktenzeichen}."]]);
    expect(await inTransaction(db, (tx) => deleteResponseTemplate(tx, lead, { id: created.id }))).toEqual({ ok: true });
    expect(await listResponseTemplates(db, p.kvrStaff, "kvr")).toEqual([]);
    const audit = await db.selectFrom("audit.record").select("action").where("subject_id", "=", created.id).orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["case.template-saved", "case.template-saved", "case.template-deleted"]);
  });

  it("refuses unknown placeholders, a title the department already has and an unknown template", async () => {
    expect(await save(lead, { departmentId: "kvr", title: "Tippfehler", body: "Zu {aktenzeichn}" })).toEqual({ ok: false, reason: "invalid-input", fields: ["body"], unknownPlaceholders: ["aktenzeichn"] });
    expect(await save(lead, { departmentId: "kvr", title: "Doppelt", body: "Eins" })).toMatchObject({ ok: true });
    expect(await save(lead, { departmentId: "kvr", title: "Doppelt", body: "Zwei" })).toEqual({ ok: false, reason: "title-taken" });
    expect(await save(lead, { id: "00000000-0000-4000-8000-000000000000", departmentId: "kvr", title: "Neu", body: "x" })).toEqual({ ok: false, reason: "not-found" });
    expect(await save(lead, { departmentId: "kvr", title: "", body: "x" })).toMatchObject({ ok: false, reason: "invalid-input", fields: ["title"] });
  });

  it("answers title-taken, not an error, when two saves of the same title race", async () => {
    const results = await Promise.all([1, 2].map((n) => save(lead, { departmentId: "kvr", title: "Gleichzeitig", body: `Fassung ${n}` })));
    expect(results.map((r) => (r.ok ? "ok" : r.reason)).sort()).toEqual(["ok", "title-taken"]);
    expect(await db.selectFrom("cases.response_template").select("id").where("title", "=", "Gleichzeitig").execute()).toHaveLength(1);
  });

  it("lets staff use but not keep templates, and refuses other departments and citizens", async () => {
    const saved = await save(lead, { departmentId: "kvr", title: "Nur KVR", body: "Text" });
    if (!saved.ok) throw new Error("not saved");
    expect(await save(p.kvrStaff, { departmentId: "kvr", title: "Von Staff", body: "x" })).toEqual({ ok: false, reason: "not-allowed" });
    expect(await save(p.bauStaff, { departmentId: "kvr", title: "Von Bau", body: "x" })).toEqual({ ok: false, reason: "not-found" });
    expect(await save(p.citizen, { departmentId: "kvr", title: "Von Bürger", body: "x" })).toEqual({ ok: false, reason: "not-found" });
    expect(await save(lead, { id: saved.id, departmentId: "bau", title: "Umgezogen", body: "x" })).toEqual({ ok: false, reason: "not-found" });
    expect(await inTransaction(db, (tx) => deleteResponseTemplate(tx, p.kvrStaff, { id: saved.id }))).toEqual({ ok: false, reason: "not-allowed" });
    expect(await inTransaction(db, (tx) => deleteResponseTemplate(tx, p.bauStaff, { id: saved.id }))).toEqual({ ok: false, reason: "not-found" });
    expect(await inTransaction(db, (tx) => deleteResponseTemplate(tx, p.citizen, { id: saved.id }))).toEqual({ ok: false, reason: "not-found" });
    expect(await listResponseTemplates(db, p.bauStaff, "kvr")).toEqual([]);
    expect(await listResponseTemplates(db, p.citizen, "kvr")).toEqual([]);
    expect((await listResponseTemplates(db, p.admin, "kvr")).map((x) => x.title)).toContain("Nur KVR");
  });

  it("renders a template for a case of its department only", async () => {
    const saved = await save(lead, { departmentId: "kvr", title: "Frist", body: "{aktenzeichen} wird bis {frist} vom {referat} erledigt." });
    if (!saved.ok) throw new Error("not saved");
    const c = await inTransaction(db, (tx) => createCase(tx, p.deps, p.citizen, { kind: "test.request", title: "Ausweis", category: "papers" }, new Date("2026-11-02T08:00:00Z")));
    const road = await inTransaction(db, (tx) => createCase(tx, p.deps, p.citizen, { kind: "test.request", title: "Loch", category: "road" }));
    if (!c.ok || !road.ok) throw new Error("not created");
    expect(await renderResponseTemplate(db, p.kvrStaff, { reference: c.reference, templateId: saved.id })).toBe(`${c.reference} wird bis 16.11.2026 vom Kreisverwaltungsreferat erledigt.`);
    expect(await renderResponseTemplate(db, p.bauStaff, { reference: c.reference, templateId: saved.id })).toBeUndefined();
    expect(await renderResponseTemplate(db, p.admin, { reference: road.reference, templateId: saved.id })).toBeUndefined();
    expect(await renderResponseTemplate(db, p.citizen, { reference: c.reference, templateId: saved.id })).toBeUndefined();
  });
});
