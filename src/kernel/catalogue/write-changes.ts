// Writes the difference between what the catalogue holds and what the import wants: new entries are
// inserted, changed ones updated (with their lists replaced), unchanged ones not touched at all. No
// statement for an unchanged entry also means no revision bump, so a repeated import stays invisible.
import { sql, type RawBuilder } from "kysely";
import type { Tx } from "../../platform/db/index.ts";
import type { CurrentCatalogue } from "./current-rows.ts";
import type { Desired, DesiredCatalogue } from "./import-rows.ts";

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportChanges {
  departments: ImportCounts;
  locations: ImportCounts;
  services: ImportCounts;
  lifeSituations: ImportCounts;
  /** Ids of created or updated entries, per collection. */
  changedIds: { departments: string[]; locations: string[]; services: string[]; lifeSituations: string[] };
}

/** Stable text of a value: object keys sorted, so jsonb (which reorders keys) compares equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** A jsonb parameter: node-postgres would send a JS array as a PostgreSQL array, not as JSON. */
export function jsonb<T>(value: T): RawBuilder<T> {
  return sql<T>`cast(${JSON.stringify(value)} as jsonb)`;
}

const nullableJsonb = <T>(value: T | null) => (value === null ? null : jsonb(value));

// Enough rows per statement to be fast, few enough to stay far below PostgreSQL's 65,535 parameters.
const CHUNK = 250;
function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

interface Plan<Row, Children> {
  created: Array<Desired<Row, Children>>;
  updated: Array<{ desired: Desired<Row, Children>; rowChanged: boolean; childrenChanged: boolean }>;
  counts: ImportCounts;
}

function plan<Row extends { id: string }, Children>(
  desired: ReadonlyArray<Desired<Row, Children>>,
  current: ReadonlyMap<string, { row: Row; children: Children; state?: unknown }>,
): Plan<Row, Children> {
  const result: Plan<Row, Children> = { created: [], updated: [], counts: { created: 0, updated: 0, unchanged: 0 } };
  for (const d of desired) {
    const now = current.get(d.row.id);
    if (!now) {
      result.created.push(d);
      result.counts.created += 1;
      continue;
    }
    const rowChanged = canonical(d.row) !== canonical(now.row) || (d.state !== undefined && d.state !== now.state);
    const childrenChanged = canonical(d.children) !== canonical(now.children);
    if (rowChanged || childrenChanged) {
      result.updated.push({ desired: d, rowChanged, childrenChanged });
      result.counts.updated += 1;
    } else result.counts.unchanged += 1;
  }
  return result;
}

const ids = <Row extends { id: string }>(p: Plan<Row, unknown>) => [...p.created.map((d) => d.row.id), ...p.updated.map((u) => u.desired.row.id)];
const withChangedChildren = <Row, Children>(p: Plan<Row, Children>) => [...p.created, ...p.updated.filter((u) => u.childrenChanged).map((u) => u.desired)];
const idsWithChangedChildren = <Row extends { id: string }, Children>(p: Plan<Row, Children>) => p.updated.filter((u) => u.childrenChanged).map((u) => u.desired.row.id);

export async function writeChanges(tx: Tx, desired: DesiredCatalogue, current: CurrentCatalogue): Promise<ImportChanges> {
  const departments = plan(desired.departments, current.departments);
  const locations = plan(desired.locations, current.locations);
  const services = plan(desired.services, current.services);
  const situations = plan(desired.lifeSituations, current.lifeSituations);

  // Departments first (everything points at them), then locations, services, life situations.
  const departmentRow = (r: DesiredCatalogue["departments"][number]["row"]) => ({ ...r, name: jsonb(r.name) });
  for (const rows of chunks(departments.created)) await tx.insertInto("catalogue.department").values(rows.map((d) => departmentRow(d.row))).execute();
  for (const { desired: d } of departments.updated) {
    await tx.updateTable("catalogue.department").set({ ...departmentRow(d.row), updated_at: sql`now()` }).where("id", "=", d.row.id).execute();
  }

  const locationRow = (r: DesiredCatalogue["locations"][number]["row"]) => ({ ...r, name: jsonb(r.name), accessibility_note: nullableJsonb(r.accessibility_note) });
  for (const rows of chunks(locations.created)) await tx.insertInto("catalogue.location").values(rows.map((d) => locationRow(d.row))).execute();
  for (const { desired: d } of locations.updated) {
    await tx.updateTable("catalogue.location").set({ ...locationRow(d.row), updated_at: sql`now()` }).where("id", "=", d.row.id).execute();
  }
  const rehoused = idsWithChangedChildren(locations);
  if (rehoused.length > 0) await tx.deleteFrom("catalogue.opening_hours").where("location_id", "in", rehoused).execute();
  const hours = withChangedChildren(locations).flatMap((d) => d.children.hours.map((h) => ({ location_id: d.row.id, ...h })));
  for (const rows of chunks(hours)) await tx.insertInto("catalogue.opening_hours").values(rows).execute();

  const serviceRow = (r: DesiredCatalogue["services"][number]["row"]) => ({
    ...r,
    name: jsonb(r.name), summary: jsonb(r.summary), description: nullableJsonb(r.description), other_synonyms: jsonb(r.other_synonyms),
    costs: jsonb(r.costs), required_documents: jsonb(r.required_documents), prerequisites: jsonb(r.prerequisites),
    procedure: jsonb(r.procedure), processing_time: nullableJsonb(r.processing_time),
  });
  for (const rows of chunks(services.created)) {
    await tx.insertInto("catalogue.service").values(rows.map((d) => ({ ...serviceRow(d.row), state: d.state ?? "published" }))).execute();
  }
  for (const { desired: d, rowChanged } of services.updated) {
    const state = d.state !== undefined ? { state: d.state } : {};
    await tx.updateTable("catalogue.service").set({ ...(rowChanged ? { ...serviceRow(d.row), ...state } : {}), updated_at: sql`now()` }).where("id", "=", d.row.id).execute();
  }
  const relinked = idsWithChangedChildren(services);
  if (relinked.length > 0) {
    await tx.deleteFrom("catalogue.service_location").where("service_id", "in", relinked).execute();
    await tx.deleteFrom("catalogue.service_relation").where("service_id", "in", relinked).execute();
  }
  const linkedServices = withChangedChildren(services);
  const serviceLocations = linkedServices.flatMap((d) => d.children.locationIds.map((location_id) => ({ service_id: d.row.id, location_id })));
  for (const rows of chunks(serviceLocations)) await tx.insertInto("catalogue.service_location").values(rows).execute();
  const relations = linkedServices.flatMap((d) => d.children.relatedIds.map((related_service_id, position) => ({ service_id: d.row.id, related_service_id, position })));
  for (const rows of chunks(relations)) await tx.insertInto("catalogue.service_relation").values(rows).execute();

  const situationRow = (r: DesiredCatalogue["lifeSituations"][number]["row"]) => ({ ...r, name: jsonb(r.name), introduction: jsonb(r.introduction) });
  for (const rows of chunks(situations.created)) {
    await tx.insertInto("catalogue.life_situation").values(rows.map((d) => ({ ...situationRow(d.row), state: d.state ?? "published" }))).execute();
  }
  for (const { desired: d, rowChanged } of situations.updated) {
    const state = d.state !== undefined ? { state: d.state } : {};
    await tx.updateTable("catalogue.life_situation").set({ ...(rowChanged ? { ...situationRow(d.row), ...state } : {}), updated_at: sql`now()` }).where("id", "=", d.row.id).execute();
  }
  const regrouped = idsWithChangedChildren(situations);
  if (regrouped.length > 0) {
    await tx.deleteFrom("catalogue.life_situation_service").where("life_situation_id", "in", regrouped).execute();
    // Deleting a step deletes its service links too (on delete cascade).
    await tx.deleteFrom("catalogue.life_situation_step").where("life_situation_id", "in", regrouped).execute();
  }
  const grouped = withChangedChildren(situations);
  const situationServices = grouped.flatMap((d) => d.children.services.map((s) => ({ life_situation_id: d.row.id, ...s })));
  for (const rows of chunks(situationServices)) await tx.insertInto("catalogue.life_situation_service").values(rows).execute();
  const steps = grouped.flatMap((d) => d.children.steps.map((s) => ({ life_situation_id: d.row.id, s })));
  for (const rows of chunks(steps)) {
    await tx
      .insertInto("catalogue.life_situation_step")
      .values(rows.map(({ life_situation_id, s }) => ({ life_situation_id, position: s.position, title: jsonb(s.title), text: nullableJsonb(s.text) })))
      .execute();
  }
  const stepServices = steps.flatMap(({ life_situation_id, s }) => s.serviceIds.map((service_id, position) => ({ life_situation_id, step_position: s.position, service_id, position })));
  for (const rows of chunks(stepServices)) await tx.insertInto("catalogue.life_situation_step_service").values(rows).execute();

  return {
    departments: departments.counts,
    locations: locations.counts,
    services: services.counts,
    lifeSituations: situations.counts,
    changedIds: { departments: ids(departments), locations: ids(locations), services: ids(services), lifeSituations: ids(situations) },
  };
}
