// Imports a catalogue file inside the caller's transaction: checks everything first (the file, its
// references against the database, publication-state changes) and writes nothing unless all is valid.
// Entries are matched by id: new ones are created, changed ones updated, unchanged ones not touched.
// Entries that the file does not mention stay as they are: a file may carry just a part of the catalogue.
import { sql } from "kysely";
import { recordAudit, type AuditActor } from "../audit/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import { knownIds, readCurrentCatalogue, type CurrentCatalogue } from "./current-rows.ts";
import { problem, type ImportProblem } from "./import-problems.ts";
import { desiredRows, type DesiredCatalogue } from "./import-rows.ts";
import { canChangeState, nextStates } from "./publication-state.ts";
import { validateCatalogueFile } from "./validate-catalogue-file.ts";
import { writeChanges, type ImportChanges } from "./write-changes.ts";

export type ImportResult = ({ ok: true; changed: boolean } & ImportChanges) | { ok: false; problems: ImportProblem[] };

// Two imports at once would both see an id as new and collide; they take turns instead.
const IMPORT_LOCK_KEY = 7_374_616_476;
// The audit record names what changed, but stays small: past this many ids per collection, only counts.
const AUDIT_IDS = 100;

function stateProblems(desired: DesiredCatalogue, current: CurrentCatalogue): ImportProblem[] {
  const out: ImportProblem[] = [];
  const check = (collection: "services" | "lifeSituations", entries: DesiredCatalogue["services" | "lifeSituations"]) =>
    entries.forEach((d, index) => {
      const from = current[collection].get(d.row.id)?.state;
      if (d.state === undefined || from === undefined || canChangeState(from, d.state)) return;
      const allowed = nextStates(from).join(" or ");
      out.push(problem([collection, index, "state"], `cannot change from ${from} to ${d.state} (from ${from} only to ${allowed})`));
    });
  check("services", desired.services);
  check("lifeSituations", desired.lifeSituations);
  return out;
}

/**
 * Validates `input` (a parsed catalogue file) and, when it is valid, brings the catalogue in line with
 * it. Returns every problem (with its path in the file) and writes nothing when there is one. The
 * caller commits; running CatalogueCaches notice through the revision the write bumped.
 */
export async function importCatalogue(tx: Tx, input: unknown, actor: AuditActor = { kind: "system" }): Promise<ImportResult> {
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`.execute(tx);
  const current = await readCurrentCatalogue(tx);
  const checked = validateCatalogueFile(input, knownIds(current));
  if (!checked.ok) return checked;
  const desired = desiredRows(checked.catalogue);
  const states = stateProblems(desired, current);
  if (states.length > 0) return { ok: false, problems: states };

  const changes = await writeChanges(tx, desired, current);
  const changed = Object.values(changes.changedIds).some((list) => list.length > 0);
  if (changed) {
    const ids = Object.fromEntries(Object.entries(changes.changedIds).map(([k, list]) => [k, list.length <= AUDIT_IDS ? list : []]));
    const counts = { departments: changes.departments, locations: changes.locations, services: changes.services, lifeSituations: changes.lifeSituations };
    await recordAudit(tx, actor, "catalogue.imported", undefined, { counts, changedIds: ids });
  }
  return { ok: true, changed, ...changes };
}
