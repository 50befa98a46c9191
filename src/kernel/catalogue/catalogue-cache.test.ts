// The snapshot pages read (full detail, published entries only) and how a CatalogueCache learns about
// changes: invalidate() in its own process, the revision for changes made by another process.
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase, testDatabase } from "../../../test/support/database.ts";
import { inTransaction, type Database } from "../../platform/db/index.ts";
import { CatalogueCache, changePublicationState, importCatalogue, loadCatalogueSnapshot, type CatalogueFile } from "./index.ts";

let database: Database;
beforeEach(async () => {
  database = await testDatabase();
  await resetDatabase(database);
  await write(file());
});

function file(summary = "Mit Termin im Bürgerbüro."): CatalogueFile {
  return {
    version: 1,
    departments: [{ id: "kvr", name: "Kreisverwaltungsreferat", shortName: "KVR", email: "kvr@stadttor.example", en: { name: "Department of Public Order" } }],
    locations: [
      {
        id: "bb-pasing", name: "Bürgerbüro Pasing", departmentId: "kvr", address: { street: "Landsberger Straße 486", postalCode: "81241", city: "München" }, geo: [11.46, 48.146],
        openingHours: [{ weekdays: [4], opens: "14:00", closes: "18:00" }, { weekdays: [1, 4], opens: "07:30", closes: "12:00" }], accessible: true,
        accessibilityNote: "Aufzug am Seiteneingang.",
      },
      { id: "bb-mitte", name: "Bürgerbüro Altstadt", departmentId: "kvr", address: { street: "Marienplatz 8", postalCode: "80331", city: "München" } },
    ],
    services: [
      {
        id: "ausweis", name: "Personalausweis beantragen", summary, departmentId: "kvr", locationIds: ["bb-pasing", "bb-mitte"], popularity: 90,
        costs: [{ label: "ab 24 Jahren", amountCents: 4600, en: { label: "aged 24 or over" } }], requiredDocuments: ["Passfoto"], procedure: ["Termin buchen", "Beantragen"],
        online: { available: true, kind: "appointment", target: "ausweis" }, trustLevel: "level3", appointment: { bookable: true, durationMinutes: 15 },
        relatedServiceIds: ["unfertig", "pass"], en: { name: "Apply for an ID card", requiredDocuments: ["passport photo"], synonyms: ["ID card"] },
      },
      { id: "pass", name: "Reisepass beantragen", summary: "Für Reisen.", departmentId: "kvr", locationIds: ["bb-mitte"], popularity: 80 },
      { id: "unfertig", name: "Noch nicht fertig", summary: "Entwurf.", departmentId: "kvr", state: "draft" },
    ],
    lifeSituations: [
      {
        id: "reisen", name: "Reisen", description: "Unterwegs mit Papieren.", serviceIds: ["pass", "unfertig"], secondaryServiceIds: ["ausweis"],
        steps: [{ title: "Papiere prüfen", text: "Gültig?", serviceIds: ["ausweis", "unfertig"] }],
      },
      { id: "geheim", name: "Entwurf", description: "Noch nicht.", state: "draft" },
    ],
  };
}

async function write(f: CatalogueFile): Promise<void> {
  const result = await inTransaction(database.db, (tx) => importCatalogue(tx, f));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
}

describe("the catalogue snapshot", () => {
  it("holds everything a service page shows, and only what is published", async () => {
    const s = await loadCatalogueSnapshot(database.db);
    expect([...s.services.keys()].sort()).toEqual(["ausweis", "pass"]);
    const ausweis = s.services.get("ausweis")!;
    expect(ausweis).toMatchObject({
      name: { de: "Personalausweis beantragen", en: "Apply for an ID card" },
      costs: [{ label: { de: "ab 24 Jahren", en: "aged 24 or over" }, amountCents: 4600 }],
      requiredDocuments: [{ de: "Passfoto", en: "passport photo" }],
      procedure: [{ de: "Termin buchen" }, { de: "Beantragen" }],
      otherSynonyms: { en: ["ID card"] },
      online: { kind: "appointment", url: null, target: "ausweis" },
      trustLevel: "level3",
      appointment: { bookable: true, durationMinutes: 15 },
      // Ordered by location name; the draft is left out of the related services.
      locationIds: ["bb-mitte", "bb-pasing"],
      relatedServiceIds: ["pass"],
      lifeSituationIds: ["reisen"],
    });
    expect(s.byPopularity.map((e) => e.id)).toEqual(["ausweis", "pass"]);
    expect(s.alphabetical.de.map((e) => e.id)).toEqual(["ausweis", "pass"]);
    expect(s.lifeSituations.map((ls) => ls.id)).toEqual(["reisen"]);
    expect(s.lifeSituationsById.get("reisen")).toMatchObject({
      serviceIds: ["pass", "ausweis"], primaryServiceIds: ["pass"], secondaryServiceIds: ["ausweis"],
      steps: [{ title: { de: "Papiere prüfen" }, text: { de: "Gültig?" }, serviceIds: ["ausweis"] }],
    });
    expect(s.locations.get("bb-pasing")).toMatchObject({
      address: { street: "Landsberger Straße 486", postalCode: "81241", city: "München" }, geo: { longitude: 11.46, latitude: 48.146 },
      accessibilityNote: { de: "Aufzug am Seiteneingang." }, serviceIds: ["ausweis"],
      openingHours: [{ weekday: 1, opens: "07:30", closes: "12:00" }, { weekday: 4, opens: "07:30", closes: "12:00" }, { weekday: 4, opens: "14:00", closes: "18:00" }],
    });
    expect(s.departments.get("kvr")).toMatchObject({ shortName: "KVR", email: "kvr@stadttor.example", serviceIds: ["ausweis", "pass"], locationIds: ["bb-mitte", "bb-pasing"] });
    expect(s.locationCount).toBe(2);
  });

  it("shows an entry once it is published, and drops it when archived", async () => {
    const cache = new CatalogueCache(database.db);
    expect((await cache.get()).services.has("unfertig")).toBe(false);
    const published = await inTransaction(database.db, (tx) => changePublicationState(tx, { kind: "system" }, "service", "unfertig", "published"));
    expect(published).toEqual({ ok: true, from: "draft", to: "published" });
    cache.invalidate();
    const s = await cache.get();
    expect(s.services.get("ausweis")!.relatedServiceIds).toEqual(["unfertig", "pass"]);
    expect(s.lifeSituationsById.get("reisen")!.primaryServiceIds).toEqual(["pass", "unfertig"]);
    const back = await inTransaction(database.db, (tx) => changePublicationState(tx, { kind: "system" }, "service", "unfertig", "draft"));
    expect(back).toEqual({ ok: false, reason: "not-allowed", from: "published" });
    await inTransaction(database.db, (tx) => changePublicationState(tx, { kind: "system" }, "service", "unfertig", "archived"));
    cache.invalidate();
    expect((await cache.get()).services.has("unfertig")).toBe(false);
    const audit = await database.db.selectFrom("audit.record").select("action").where("subject_id", "=", "unfertig").orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["catalogue.service-published", "catalogue.service-archived"]);
  });
});

describe("CatalogueCache", () => {
  it("keeps one snapshot until invalidate(), which also moves the version", async () => {
    const cache = new CatalogueCache(database.db);
    const first = await cache.get();
    expect(await cache.get()).toBe(first);
    const version = cache.version;
    cache.invalidate();
    expect(cache.version).toBe(version + 1);
    expect(await cache.get()).not.toBe(first);
  });

  it("notices a change another process made through the revision, and nothing else", async () => {
    const cache = new CatalogueCache(database.db);
    const first = await cache.get();
    expect(await cache.checkForChanges()).toBe(false);
    await write(file()); // the same content again: no statement, no new revision
    expect(await cache.checkForChanges()).toBe(false);
    await write(file("Jetzt auch online."));
    expect(await cache.checkForChanges()).toBe(true);
    const second = await cache.get();
    expect(second.revision).toBeGreaterThan(first.revision);
    expect(second.services.get("ausweis")!.summary.de).toBe("Jetzt auch online.");
    // Any write counts, also one made by hand in SQL.
    await sql`update catalogue.location set accessible = false where id = 'bb-pasing'`.execute(database.db);
    expect(await cache.checkForChanges()).toBe(true);
  });

  it("checks on its own while being read, at most once per interval and without making the reader wait", async () => {
    const cache = new CatalogueCache(database.db, { checkIntervalMs: 50 });
    await cache.get();
    const version = cache.version;
    await write(file("Geändert von anderswo."));
    await sleep(60);
    // This read starts the check; the page it serves may still be the old one.
    expect(cache.version).toBe(version);
    await expect.poll(() => cache.version, { timeout: 2_000 }).toBe(version + 1);
    expect((await cache.get()).services.get("ausweis")!.summary.de).toBe("Geändert von anderswo.");
  });
});
