// The demo seed goes through the catalogue import, with ids that match the shared München catalogue:
// importing that over the demo updates the demo's entries instead of doubling them.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { resetDatabase, testDatabase } from "../../test/support/database.ts";
import { importCatalogue, type CatalogueFile } from "../kernel/catalogue/index.ts";
import { inTransaction, type Database } from "../platform/db/index.ts";
import { seedDemo } from "./seed-demo.ts";

const shared = JSON.parse(readFileSync(new URL("../../../shared/data/munich-catalogue.json", import.meta.url), "utf8")) as CatalogueFile;

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
  await resetDatabase(database);
});

describe("the demo seed", () => {
  it("loads once, and the shared catalogue imported over it updates the demo entries instead of doubling them", async () => {
    expect(await seedDemo(database.db, "München")).toBe(true);
    const demoIds = (await database.db.selectFrom("catalogue.service").select("id").execute()).map((r) => r.id);
    const sharedIds = new Set(shared.services!.map((s) => s.id));
    expect(demoIds.filter((id) => !sharedIds.has(id))).toEqual([]);
    const result = await inTransaction(database.db, (tx) => importCatalogue(tx, shared));
    expect(result).toMatchObject({ ok: true, services: { created: 179 - demoIds.length, updated: demoIds.length } });
    const services = await database.db.selectFrom("catalogue.service").select("id").execute();
    expect(services).toHaveLength(179);
    expect(await seedDemo(database.db, "München")).toBe(false);
  });
});
