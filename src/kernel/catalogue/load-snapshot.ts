// Loads the published catalogue into one CatalogueSnapshot. All reads run in one repeatable-read
// transaction, so an import committing meanwhile cannot leave a service pointing at a location the
// snapshot does not have, and the revision read belongs to exactly the data read.
import type { Executor } from "../../platform/db/index.ts";
import { locales, type Locale } from "../../platform/i18n/index.ts";
import { readCatalogueRevision } from "./revision.ts";
import type { CatalogueSnapshot, DepartmentEntry, LifeSituationEntry, LocationEntry, ServiceEntry } from "./snapshot.ts";

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

const hhmm = (time: string) => time.slice(0, 5);

async function read(db: Executor) {
  const revision = await readCatalogueRevision(db);
  const services = await db
    .selectFrom("catalogue.service")
    .select([
      "id", "name", "summary", "synonyms", "department_id", "online_kind", "popularity", "leika_key", "description", "other_synonyms",
      "costs", "required_documents", "prerequisites", "procedure", "legal_basis", "processing_time", "online_url", "online_target",
      "trust_level", "appointment_bookable", "appointment_minutes", "updated_at",
    ])
    .where("published", "=", true)
    .execute();
  const serviceLocations = await db.selectFrom("catalogue.service_location").select(["service_id", "location_id"]).execute();
  const relations = await db.selectFrom("catalogue.service_relation").select(["service_id", "related_service_id"]).orderBy("position").execute();
  const situations = await db
    .selectFrom("catalogue.life_situation")
    .select(["id", "name", "introduction"])
    .where("published", "=", true)
    .orderBy("position")
    .orderBy("id")
    .execute();
  const links = await db.selectFrom("catalogue.life_situation_service").select(["life_situation_id", "service_id", "role"]).orderBy("position").execute();
  const steps = await db.selectFrom("catalogue.life_situation_step").select(["life_situation_id", "position", "title", "text"]).orderBy("position").execute();
  const stepServices = await db
    .selectFrom("catalogue.life_situation_step_service")
    .select(["life_situation_id", "step_position", "service_id"])
    .orderBy("position")
    .execute();
  const departments = await db.selectFrom("catalogue.department").select(["id", "name", "short_name", "email", "phone", "website"]).execute();
  const locations = await db
    .selectFrom("catalogue.location")
    .select(["id", "department_id", "name", "street", "postal_code", "city", "longitude", "latitude", "accessible", "accessibility_note"])
    .execute();
  const hours = await db.selectFrom("catalogue.opening_hours").select(["location_id", "weekday", "opens", "closes"]).orderBy("weekday").orderBy("opens").execute();
  return { revision, services, serviceLocations, relations, situations, links, steps, stepServices, departments, locations, hours };
}

type Rows = Awaited<ReturnType<typeof read>>;

function build(r: Rows): CatalogueSnapshot {
  const published = new Set(r.services.map((s) => s.id));
  const isPublished = (id: string) => published.has(id);
  const locationName = new Map(r.locations.map((l) => [l.id, l.name.de]));
  const byName = (a: string, b: string) => (locationName.get(a) ?? a).localeCompare(locationName.get(b) ?? b, "de");
  const locationsOf = groupBy(r.serviceLocations, (l) => l.service_id);
  const relatedOf = groupBy(r.relations, (l) => l.service_id);
  const linksOf = groupBy(r.links, (l) => l.life_situation_id);
  const stepsOf = groupBy(r.steps, (s) => s.life_situation_id);
  const stepServicesOf = groupBy(r.stepServices, (s) => `${s.life_situation_id}/${s.step_position}`);

  const lifeSituations: LifeSituationEntry[] = r.situations.map((ls) => {
    const linked = (role: string) => (linksOf.get(ls.id) ?? []).filter((l) => l.role === role && isPublished(l.service_id)).map((l) => l.service_id);
    const primary = linked("primary");
    const secondary = linked("secondary");
    return {
      id: ls.id, name: ls.name, introduction: ls.introduction,
      serviceIds: [...primary, ...secondary], primaryServiceIds: primary, secondaryServiceIds: secondary,
      steps: (stepsOf.get(ls.id) ?? []).map((step) => ({
        title: step.title, text: step.text,
        serviceIds: (stepServicesOf.get(`${ls.id}/${step.position}`) ?? []).map((s) => s.service_id).filter(isPublished),
      })),
    };
  });
  const situationsOf = groupBy(
    lifeSituations.flatMap((ls) => [...new Set([...ls.serviceIds, ...ls.steps.flatMap((s) => s.serviceIds)])].map((serviceId) => ({ serviceId, id: ls.id }))),
    (link) => link.serviceId,
  );

  const entries = r.services.map<ServiceEntry>((s) => ({
    id: s.id, name: s.name, summary: s.summary, synonyms: s.synonyms, departmentId: s.department_id, onlineKind: s.online_kind,
    popularity: s.popularity, leikaKey: s.leika_key, description: s.description, otherSynonyms: s.other_synonyms, costs: s.costs,
    requiredDocuments: s.required_documents, prerequisites: s.prerequisites, procedure: s.procedure, legalBasis: s.legal_basis,
    processingTime: s.processing_time,
    locationIds: (locationsOf.get(s.id) ?? []).map((l) => l.location_id).sort(byName),
    online: s.online_kind ? { kind: s.online_kind, url: s.online_url, target: s.online_target } : null,
    trustLevel: s.trust_level,
    appointment: { bookable: s.appointment_bookable, durationMinutes: s.appointment_minutes },
    relatedServiceIds: (relatedOf.get(s.id) ?? []).map((l) => l.related_service_id).filter(isPublished),
    lifeSituationIds: (situationsOf.get(s.id) ?? []).map((link) => link.id),
    updatedAt: s.updated_at,
  }));
  const byPopularity = [...entries].sort((a, b) => b.popularity - a.popularity || a.id.localeCompare(b.id));
  const alphabetical = Object.fromEntries(
    locales.map((locale) => {
      const collator = new Intl.Collator(locale === "de" ? "de-DE" : "en-GB");
      return [locale, [...entries].sort((a, b) => collator.compare(a.name[locale] ?? a.name.de, b.name[locale] ?? b.name.de))];
    }),
  ) as Record<Locale, ServiceEntry[]>;

  const servicesAt = groupBy(byPopularity.flatMap((s) => s.locationIds.map((locationId) => ({ locationId, id: s.id }))), (link) => link.locationId);
  const servicesOf = groupBy(byPopularity, (s) => s.departmentId);
  const locationsInDepartment = groupBy(r.locations, (l) => l.department_id);
  const hoursOf = groupBy(r.hours, (h) => h.location_id);
  const locations = new Map<string, LocationEntry>(
    r.locations.map((l) => [l.id, {
      id: l.id, departmentId: l.department_id, name: l.name,
      address: { street: l.street, postalCode: l.postal_code, city: l.city },
      geo: l.longitude !== null && l.latitude !== null ? { longitude: l.longitude, latitude: l.latitude } : null,
      accessible: l.accessible, accessibilityNote: l.accessibility_note,
      openingHours: (hoursOf.get(l.id) ?? []).map((h) => ({ weekday: h.weekday, opens: hhmm(h.opens), closes: hhmm(h.closes) })),
      serviceIds: (servicesAt.get(l.id) ?? []).map((link) => link.id),
    }]),
  );
  const departments = new Map<string, DepartmentEntry>(
    r.departments.map((d) => [d.id, {
      id: d.id, name: d.name, shortName: d.short_name, email: d.email, phone: d.phone, website: d.website,
      serviceIds: (servicesOf.get(d.id) ?? []).map((s) => s.id),
      locationIds: (locationsInDepartment.get(d.id) ?? []).map((l) => l.id).sort(byName),
    }]),
  );
  return {
    services: new Map(entries.map((e) => [e.id, e])),
    byPopularity,
    alphabetical,
    lifeSituations,
    lifeSituationsById: new Map(lifeSituations.map((ls) => [ls.id, ls])),
    departments,
    locations,
    locationCount: r.locations.length,
    revision: r.revision,
  };
}

/** Reads the published catalogue; given an open transaction, reads inside it. */
export async function loadCatalogueSnapshot(db: Executor): Promise<CatalogueSnapshot> {
  const rows = db.isTransaction ? await read(db) : await db.transaction().setIsolationLevel("repeatable read").execute((tx) => read(tx));
  return build(rows);
}
