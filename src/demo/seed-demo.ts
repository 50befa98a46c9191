// Loads the München demo data into an empty database (first start, never in production). One
// transaction: either the whole demo is there or none of it. Returns whether it seeded.
import { catalogueIsEmpty, writeCatalogueEntries } from "../kernel/catalogue/index.ts";
import { createStaffAccount } from "../kernel/identity/index.ts";
import { sql } from "kysely";
import { inTransaction, type Db } from "../platform/db/index.ts";
import { DEMO_STAFF_PASSWORD, demoDepartments, demoLifeSituations, demoLocations, demoServices, demoStaff } from "./demo-catalogue.ts";

export async function seedDemo(db: Db, cityName: string): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    // Two nodes starting on one empty database: the second waits here, then finds the demo loaded.
    await sql`select pg_advisory_xact_lock(7374616475)`.execute(tx);
    if (!(await catalogueIsEmpty(tx))) return false;
    await writeCatalogueEntries(tx, {
      departments: demoDepartments,
      locations: demoLocations.map((l) => ({ ...l, city: cityName })),
      services: demoServices,
      lifeSituations: demoLifeSituations,
    });
    for (const s of demoStaff) {
      await createStaffAccount(tx, { email: s.email, displayName: s.name, password: DEMO_STAFF_PASSWORD, roles: s.roles });
    }
    return true;
  });
}

export { demoStaff, DEMO_STAFF_PASSWORD };
