// Reads what the catalogue tables hold now, in the shape import-rows.ts produces, so the import can
// write only what changed. A handful of whole-table reads: cheaper than one query per entry on PGlite.
import type { Tx } from "../../platform/db/index.ts";
import type {
  DepartmentRow,
  Desired,
  HoursRow,
  LifeSituationRow,
  LifeSituationServiceRow,
  LocationRow,
  ServiceRow,
  StepRow,
} from "./import-rows.ts";
import { sortHours } from "./import-rows.ts";
import type { KnownIds } from "./validate-catalogue-file.ts";

type Current<Row, Children> = Required<Pick<Desired<Row, Children>, "row" | "children">> & { state: Desired<Row, Children>["state"] };

export interface CurrentCatalogue {
  departments: Map<string, Current<DepartmentRow, Record<string, never>>>;
  locations: Map<string, Current<LocationRow, { hours: HoursRow[] }>>;
  services: Map<string, Current<ServiceRow, { locationIds: string[]; relatedIds: string[] }>>;
  lifeSituations: Map<string, Current<LifeSituationRow, { services: LifeSituationServiceRow[]; steps: StepRow[] }>>;
}

function groupBy<T, V>(rows: readonly T[], key: (row: T) => string, value: (row: T) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(value(row));
    else out.set(k, [value(row)]);
  }
  return out;
}

/** PostgreSQL answers "07:30:00"; the file and the comparison use "07:30". */
const hhmm = (time: string) => time.slice(0, 5);

export async function readCurrentCatalogue(tx: Tx): Promise<CurrentCatalogue> {
  const departments = await tx.selectFrom("catalogue.department").select(["id", "short_name", "name", "email", "phone", "website"]).execute();
  const locations = await tx
    .selectFrom("catalogue.location")
    .select(["id", "department_id", "name", "street", "postal_code", "city", "longitude", "latitude", "accessible", "accessibility_note"])
    .execute();
  const hours = await tx.selectFrom("catalogue.opening_hours").select(["location_id", "weekday", "opens", "closes"]).execute();
  const services = await tx
    .selectFrom("catalogue.service")
    .select([
      "id", "leika_key", "name", "summary", "description", "synonyms", "other_synonyms", "department_id", "costs",
      "required_documents", "prerequisites", "procedure", "legal_basis", "processing_time", "online_kind", "online_url",
      "online_target", "trust_level", "appointment_bookable", "appointment_minutes", "popularity", "state",
    ])
    .execute();
  const serviceLocations = await tx.selectFrom("catalogue.service_location").select(["service_id", "location_id"]).execute();
  const relations = await tx.selectFrom("catalogue.service_relation").select(["service_id", "related_service_id"]).orderBy("position").execute();
  const situations = await tx.selectFrom("catalogue.life_situation").select(["id", "name", "introduction", "position", "state"]).execute();
  const situationServices = await tx
    .selectFrom("catalogue.life_situation_service")
    .select(["life_situation_id", "service_id", "role", "position"])
    .orderBy("role")
    .orderBy("position")
    .execute();
  const steps = await tx.selectFrom("catalogue.life_situation_step").select(["life_situation_id", "position", "title", "text"]).orderBy("position").execute();
  const stepServices = await tx
    .selectFrom("catalogue.life_situation_step_service")
    .select(["life_situation_id", "step_position", "service_id"])
    .orderBy("position")
    .execute();

  const hoursBy = groupBy(hours, (h) => h.location_id, (h) => ({ weekday: h.weekday, opens: hhmm(h.opens), closes: hhmm(h.closes) }));
  const locationsBy = groupBy(serviceLocations, (r) => r.service_id, (r) => r.location_id);
  const relatedBy = groupBy(relations, (r) => r.service_id, (r) => r.related_service_id);
  const situationServicesBy = groupBy(situationServices, (r) => r.life_situation_id, (r) => ({ service_id: r.service_id, role: r.role, position: r.position }));
  const stepServicesBy = groupBy(stepServices, (r) => `${r.life_situation_id}/${r.step_position}`, (r) => r.service_id);
  const stepsBy = groupBy(steps, (r) => r.life_situation_id, (r) => ({
    position: r.position, title: r.title, text: r.text, serviceIds: stepServicesBy.get(`${r.life_situation_id}/${r.position}`) ?? [],
  }));

  return {
    departments: new Map(departments.map((row) => [row.id, { row, children: {}, state: undefined }])),
    locations: new Map(locations.map((row) => [row.id, { row, children: { hours: sortHours(hoursBy.get(row.id) ?? []) }, state: undefined }])),
    services: new Map(
      services.map(({ state, ...row }) => [row.id, { row, children: { locationIds: (locationsBy.get(row.id) ?? []).sort(), relatedIds: relatedBy.get(row.id) ?? [] }, state }]),
    ),
    lifeSituations: new Map(
      situations.map(({ state, ...row }) => [row.id, { row, children: { services: situationServicesBy.get(row.id) ?? [], steps: stepsBy.get(row.id) ?? [] }, state }]),
    ),
  };
}

export function knownIds(current: CurrentCatalogue): KnownIds {
  return {
    departments: new Set(current.departments.keys()),
    locations: new Set(current.locations.keys()),
    services: new Set(current.services.keys()),
    lifeSituations: new Set(current.lifeSituations.keys()),
  };
}
