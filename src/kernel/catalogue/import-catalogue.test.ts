// importCatalogue on the real database: the shared München file, a repeated import that changes nothing,
// broken files that write nothing, partial files and publication states.
import { readFileSync } from "node:fs";
import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase, testDatabase } from "../../../test/support/database.ts";
import { inTransaction, type Database } from "../../platform/db/index.ts";
import { formatProblems, importCatalogue, readCatalogueRevision, type CatalogueFile, type ImportResult } from "./index.ts";

const shared = JSON.parse(readFileSync(new URL("../../../../shared/data/munich-catalogue.json", import.meta.url), "utf8")) as CatalogueFile;

let database: Database;
beforeEach(async () => {
  database = await testDatabase();
  await resetDatabase(database);
});

const run = (file: unknown): Promise<ImportResult> => inTransaction(database.db, (tx) => importCatalogue(tx, file));

async function tableCounts(): Promise<Record<string, number>> {
  const tables = ["department", "location", "opening_hours", "service", "service_location", "service_relation", "life_situation", "life_situation_service", "life_situation_step"];
  const out: Record<string, number> = {};
  for (const t of tables) {
    const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(`catalogue.${t}`)}`.execute(database.db);
    out[t] = Number(rows[0]!.n);
  }
  return out;
}

async function fingerprint(): Promise<string> {
  const services = await database.db.selectFrom("catalogue.service").selectAll().orderBy("id").execute();
  return JSON.stringify([services, await tableCounts(), await readCatalogueRevision(database.db)]);
}

function minimal(services: NonNullable<CatalogueFile["services"]>): CatalogueFile {
  return { version: 1, departments: [{ id: "kvr", name: "Kreisverwaltungsreferat", shortName: "KVR" }], services };
}

describe("importing the shared München catalogue", () => {
  it("creates every entry, with details, links and opening hours", async () => {
    const result = await run(shared);
    expect(result.ok ? "ok" : formatProblems(result.problems)).toBe("ok");
    if (!result.ok) return;
    const expected = { departments: shared.departments!.length, locations: shared.locations!.length, services: 179, lifeSituations: shared.lifeSituations!.length };
    for (const [collection, n] of Object.entries(expected)) {
      expect(result[collection as keyof typeof expected], collection).toEqual({ created: n, updated: 0, unchanged: 0 });
    }
    const counts = await tableCounts();
    expect(counts.service).toBe(179);
    expect(counts.service_relation).toBe(shared.services!.reduce((n, s) => n + (s.relatedServiceIds?.length ?? 0), 0));
    expect(counts.opening_hours).toBeGreaterThan(0);
    const passport = await database.db.selectFrom("catalogue.service").selectAll().where("id", "=", "personalausweis-beantragen").executeTakeFirstOrThrow();
    expect(passport).toMatchObject({ leika_key: "99009001001000", state: "published", published: true, online_kind: "appointment", appointment_bookable: true });
    expect(passport.costs[0]).toEqual({ label: { de: "ab 24 Jahren" }, amountCents: 4600 });
    expect(passport.name.en).toBe("Apply for an identity card");
    const audit = await database.db.selectFrom("audit.record").select(["action", "detail"]).execute();
    expect(audit.map((a) => a.action)).toEqual(["catalogue.imported"]);
  });

  it("changes nothing when run twice: no write, same updated_at, same revision, no audit record", async () => {
    await run(shared);
    const before = await fingerprint();
    const again = await run(shared);
    expect(again).toMatchObject({ ok: true, changed: false, services: { created: 0, updated: 0, unchanged: 179 } });
    expect(await fingerprint()).toBe(before);
    expect(await database.db.selectFrom("audit.record").select("id").execute()).toHaveLength(1);
  });

  it("updates what changed, replaces an entry's lists, and leaves entries not in the file alone", async () => {
    await run(shared);
    const revision = await readCatalogueRevision(database.db);
    const passport = structuredClone(shared.services!.find((s) => s.id === "personalausweis-beantragen")!);
    passport.summary = "Neu formuliert.";
    passport.relatedServiceIds = ["reisepass-beantragen"];
    const result = await run({ version: 1, services: [passport] });
    expect(result).toMatchObject({ ok: true, changed: true, services: { created: 0, updated: 1, unchanged: 0 } });
    const related = await database.db.selectFrom("catalogue.service_relation").select("related_service_id").where("service_id", "=", passport.id).execute();
    expect(related.map((r) => r.related_service_id)).toEqual(["reisepass-beantragen"]);
    expect((await tableCounts()).service).toBe(179);
    expect(await readCatalogueRevision(database.db)).toBeGreaterThan(revision);
  });
});

describe("a broken file", () => {
  const broken = (): CatalogueFile =>
    ({
      version: 1,
      departments: [{ id: "kvr", name: "Kreisverwaltungsreferat", shortName: "KVR" }, { id: "KVR 2", name: "Doppelt", shortName: "K" }],
      locations: [{ id: "bb", name: "Bürgerbüro", departmentId: "kvr", address: { street: "Weg 1", postalCode: "8033", city: "München" }, openingHours: [{ weekdays: [0], opens: "12:00", closes: "08:00" }] }],
      services: [
        { id: "gut", name: "Gute Leistung", summary: "Ist in Ordnung.", departmentId: "kvr" },
        { id: "schlecht", leikaKey: "991", name: "", summary: "x", departmentId: "ska", relatedServiceIds: ["gibts-nicht"] },
      ],
    }) as CatalogueFile;

  it("is rejected with every problem and its path, and nothing is written into an empty catalogue", async () => {
    const result = await run(broken());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatProblems(result.problems)).toEqual([
      "departments[1].id: must be lowercase letters, digits and hyphens",
      "locations[0].address.postalCode: must be a German postal code of 5 digits",
      "locations[0].openingHours[0].weekdays[0]: weekdays are 1 (Monday) to 7 (Sunday)",
      "services[1].leikaKey: must be 14 digits starting with 99",
      "services[1].name: must not be empty",
    ]);
    expect(Object.values(await tableCounts()).every((n) => n === 0)).toBe(true);
    expect(await database.db.selectFrom("audit.record").select("id").execute()).toHaveLength(0);
  });

  it("leaves an existing catalogue exactly as it was, even when only references are wrong", async () => {
    await run(shared);
    const before = await fingerprint();
    const file = structuredClone(shared);
    file.services![0]!.summary = "Diese Änderung darf nicht ankommen.";
    file.services![5]!.departmentId = "gibts-nicht";
    file.lifeSituations![2]!.serviceIds!.push("auch-nicht");
    const result = await run(file);
    expect(result.ok ? [] : formatProblems(result.problems)).toEqual([
      'services[5].departmentId: unknown department "gibts-nicht"',
      `lifeSituations[2].serviceIds[${file.lifeSituations![2]!.serviceIds!.length - 1}]: unknown service "auch-nicht"`,
    ]);
    expect(await fingerprint()).toBe(before);
  });
});

describe("partial files and publication states", () => {
  it("may refer to entries already in the database", async () => {
    await run(minimal([{ id: "alt", name: "Alt", summary: "Schon da." }].map((s) => ({ ...s, departmentId: "kvr" }))));
    const result = await run({ version: 1, services: [{ id: "neue-leistung", name: "Neu", summary: "Neu.", departmentId: "kvr", relatedServiceIds: ["alt"] }] });
    expect(result).toMatchObject({ ok: true, services: { created: 1 } });
  });

  it("creates entries published unless the file says otherwise, and follows draft → published → archived", async () => {
    await run(minimal([
      { id: "a", name: "A", summary: "A.", departmentId: "kvr" },
      { id: "b", name: "B", summary: "B.", departmentId: "kvr", state: "draft" },
    ]));
    const states = async () => Object.fromEntries((await database.db.selectFrom("catalogue.service").select(["id", "state"]).execute()).map((r) => [r.id, r.state]));
    expect(await states()).toEqual({ a: "published", b: "draft" });
    // No state in the file: an editor's state stays.
    await run(minimal([{ id: "b", name: "B", summary: "B geändert.", departmentId: "kvr" }]));
    expect((await states()).b).toBe("draft");
    const back = await run(minimal([{ id: "a", name: "A", summary: "A.", departmentId: "kvr", state: "draft" }]));
    expect(back.ok ? [] : formatProblems(back.problems)).toEqual(["services[0].state: cannot change from published to draft (from published only to archived)"]);
    expect(await run(minimal([{ id: "a", name: "A", summary: "A.", departmentId: "kvr", state: "archived" }]))).toMatchObject({ ok: true, services: { updated: 1 } });
    expect((await states()).a).toBe("archived");
  });
});
