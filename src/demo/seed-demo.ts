// Loads the München demo data into an empty database (first start, never in production). One
// transaction: either the whole demo is there or none of it. Returns whether it seeded.
import { sql } from "kysely";
import { catalogueIsEmpty, formatProblems, importCatalogue, type CatalogueFile } from "../kernel/catalogue/index.ts";
import { createStaffAccount } from "../kernel/identity/index.ts";
import { inTransaction, type Db } from "../platform/db/index.ts";
import { demoCatalogue } from "./demo-catalogue.ts";
import { DEMO_STAFF_PASSWORD, demoStaff } from "./demo-staff.ts";

/** The demo catalogue with the configured city in every address. */
function demoCatalogueIn(cityName: string): CatalogueFile {
  return { ...demoCatalogue, locations: demoCatalogue.locations?.map((l) => ({ ...l, address: { ...l.address, city: cityName } })) };
}

export async function seedDemo(db: Db, cityName: string): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    // Two nodes starting on one empty database: the second waits here, then finds the demo loaded.
    await sql`select pg_advisory_xact_lock(7374616475)`.execute(tx);
    if (!(await catalogueIsEmpty(tx))) return false;
    // The demo goes through the same import as a catalogue file, checks included.
    const result = await importCatalogue(tx, demoCatalogueIn(cityName), { kind: "system" });
    if (!result.ok) throw new Error(`demo catalogue invalid:\n${formatProblems(result.problems).join("\n")}`);
    for (const s of demoStaff) {
      await createStaffAccount(tx, { email: s.email, displayName: s.name, password: DEMO_STAFF_PASSWORD, roles: s.roles });
    }
    return true;
  });
}

export { demoStaff, DEMO_STAFF_PASSWORD };
