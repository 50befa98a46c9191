// The catalogue's revision: a number the database bumps with every write to a catalogue table (see
// migration 0002). Comparing it is how a process learns that another one changed the catalogue.
import type { Executor } from "../../platform/db/index.ts";

/** The current revision; 0 when the row is missing (a test database emptied by truncation). */
export async function readCatalogueRevision(db: Executor): Promise<number> {
  const row = await db.selectFrom("catalogue.revision").select("value").executeTakeFirst();
  return row ? Number(row.value) : 0;
}
