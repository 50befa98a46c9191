// The editing use cases on the real database: stored entries survive the way to the form shape and back
// unchanged, saves are refused to non-editors and on stale versions, and publishing goes through the
// import's checks and writer in one transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app.ts";
import { searchAudit } from "../../audit/index.ts";
import type { StaffActor } from "../../identity/index.ts";
import { inTransaction } from "../../../platform/db/index.ts";
import { readCurrentCatalogue } from "../current-rows.ts";
import { readCatalogueRevision } from "../revision.ts";
import { changeCatalogueEntryState } from "./change-entry-state.ts";
import { createCatalogueEntry } from "./create-entry.ts";
import { discardCatalogueDraft } from "./discard-draft.ts";
import { readEditableEntry, writeEntry } from "./editable-entry.ts";
import { publishCatalogueEntry } from "./publish-entry.ts";
import { saveCatalogueDraft } from "./save-draft.ts";

let t: TestApp;
const editor: StaffActor = { kind: "staff", id: "00000000-0000-4000-8000-000000000001", displayName: "Redaktion", roles: [{ role: "editor", departmentId: null }] };
const clerk: StaffActor = { kind: "staff", id: "00000000-0000-4000-8000-000000000002", displayName: "KVR", roles: [{ role: "staff", departmentId: "kvr" }] };

beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t?.close());

describe("the form shape of stored entries", () => {
  it("writes back to exactly what is stored: no statement, no new revision, for every seeded entry", async () => {
    const before = await readCatalogueRevision(t.database.db);
    const changed = await inTransaction(t.database.db, async (tx) => {
      const current = await readCurrentCatalogue(tx);
      const out: string[] = [];
      for (const [kind, ids] of [["service", current.services.keys()], ["location", current.locations.keys()], ["life-situation", current.lifeSituations.keys()]] as const) {
        for (const id of ids) {
          const entry = await readEditableEntry(tx, kind, id, current);
          if (await writeEntry(tx, kind, entry!.content, current)) out.push(`${kind}/${id}`);
        }
      }
      return out;
    });
    expect(changed).toEqual([]);
    expect(await readCatalogueRevision(t.database.db)).toBe(before);
  });
});

describe("saving and publishing", () => {
  it("refuses staff without the editor role", async () => {
    const result = await inTransaction(t.database.db, (tx) => saveCatalogueDraft(tx, clerk, { kind: "service", id: "meldebescheinigung", version: "0-0", content: {} }));
    expect(result).toEqual({ ok: false, reason: "forbidden" });
    const publish = await inTransaction(t.database.db, (tx) => publishCatalogueEntry(tx, clerk, { kind: "service", id: "meldebescheinigung", version: "0-0" }));
    expect(publish).toEqual({ ok: false, reason: "forbidden" });
  });

  it("reports the import's problems with paths inside the entry and writes nothing", async () => {
    const result = await inTransaction(t.database.db, async (tx) => {
      const entry = (await readEditableEntry(tx, "service", "meldebescheinigung"))!;
      return saveCatalogueDraft(tx, editor, { kind: "service", id: entry.id, version: entry.version, content: { ...entry.content, locationIds: ["bb-pasing", "gibt-es-nicht"] } });
    });
    expect(result).toEqual({
      ok: false, reason: "invalid",
      problems: [{ path: "locationIds[1]", message: 'unknown location "gibt-es-nicht"' }],
    });
    expect(await t.database.db.selectFrom("catalogue.draft").selectAll().execute()).toEqual([]);
  });

  it("refuses a stale version with the entry as it is now, and publishes the newest in one step", async () => {
    const start = await inTransaction(t.database.db, (tx) => readEditableEntry(tx, "service", "gewerbe-anmelden"));
    const save = (summary: string, version: string) =>
      inTransaction(t.database.db, (tx) => saveCatalogueDraft(tx, editor, { kind: "service", id: "gewerbe-anmelden", version, content: { ...start!.content, summary } }));
    expect(await save("Erste Fassung.", start!.version)).toMatchObject({ ok: true, pending: true, changed: ["summary"] });
    const stale = await save("Zweite Fassung.", start!.version);
    expect(stale.ok).toBe(false);
    if (stale.ok || stale.reason !== "conflict") throw new Error("expected a conflict");
    expect(stale.entry.content).toMatchObject({ summary: "Erste Fassung." });

    expect(await inTransaction(t.database.db, (tx) => publishCatalogueEntry(tx, editor, { kind: "service", id: "gewerbe-anmelden", version: start!.version }))).toMatchObject({ reason: "conflict" });
    const published = await inTransaction(t.database.db, (tx) => publishCatalogueEntry(tx, editor, { kind: "service", id: "gewerbe-anmelden", version: stale.entry.version }));
    expect(published).toEqual({ ok: true, changed: true });
    const row = await t.database.db.selectFrom("catalogue.service").select(["summary", "state"]).where("id", "=", "gewerbe-anmelden").executeTakeFirstOrThrow();
    expect(row).toEqual({ summary: { de: "Erste Fassung.", en: expect.any(String) }, state: "published" });
    const records = (await searchAudit(t.database.db, { action: "catalogue.service-changes-published", limit: 10, offset: 0 })).entries;
    expect(records.map((r) => [r.subjectId, r.detail])).toEqual([["gewerbe-anmelden", { fields: ["summary"], created: false }]]);
  });
});

describe("input no editor's form sends", () => {
  const run = <T>(step: (tx: Parameters<Parameters<typeof inTransaction>[1]>[0]) => Promise<T>) => inTransaction(t.database.db, step);

  it("is refused, not thrown: a garbled version is a bad request, an impossible id or kind is not found", async () => {
    const id = "meldebescheinigung";
    for (const version of ["garbage", "", "1-2-3"]) {
      expect(await run((tx) => publishCatalogueEntry(tx, editor, { kind: "service", id, version }))).toEqual({ ok: false, reason: "bad-request" });
      expect(await run((tx) => discardCatalogueDraft(tx, editor, { kind: "service", id, version }))).toEqual({ ok: false, reason: "bad-request" });
      expect(await run((tx) => changeCatalogueEntryState(tx, editor, { kind: "service", id, version, to: "archived" }))).toEqual({ ok: false, reason: "bad-request" });
      expect(await run((tx) => saveCatalogueDraft(tx, editor, { kind: "service", id, version, content: {} }))).toEqual({ ok: false, reason: "bad-request" });
    }
    expect(await run((tx) => publishCatalogueEntry(tx, editor, { kind: "service", id: "neu", version: "1-0" }))).toEqual({ ok: false, reason: "not-found" });
    expect(await run((tx) => saveCatalogueDraft(tx, editor, { kind: "service", id: "Gross", version: "1-0", content: {} }))).toEqual({ ok: false, reason: "not-found" });
    expect(await run((tx) => changeCatalogueEntryState(tx, editor, { kind: "location" as "service", id: "bb-pasing", version: "1-0", to: "archived" }))).toEqual({ ok: false, reason: "not-found" });
    expect(await t.database.db.selectFrom("catalogue.draft").selectAll().execute()).toEqual([]);
  });
});
