// Turns a checked catalogue file into the rows the tables should hold, in the same shape in which
// current-rows.ts reads them back, so that "changed?" is a plain comparison.
import type { LifeSituationInput, LocationInput, ServiceInput, ValidCatalogue } from "./import-schema.ts";
import type { Cost, LifeSituationRole, LocalizedText, OnlineKind, OtherSynonyms, PublicationState, RequiredTrustLevel } from "./tables.ts";

export interface DepartmentRow {
  id: string; short_name: string; name: LocalizedText; email: string | null; phone: string | null; website: string | null;
}
export interface LocationRow {
  id: string; department_id: string; name: LocalizedText; street: string; postal_code: string; city: string;
  longitude: number | null; latitude: number | null; accessible: boolean; accessibility_note: LocalizedText | null;
}
export interface HoursRow { weekday: number; opens: string; closes: string }
export interface ServiceRow {
  id: string; leika_key: string | null; name: LocalizedText; summary: LocalizedText; description: LocalizedText | null;
  synonyms: string[]; other_synonyms: OtherSynonyms; department_id: string; costs: Cost[];
  required_documents: LocalizedText[]; prerequisites: LocalizedText[]; procedure: LocalizedText[]; legal_basis: string[];
  processing_time: LocalizedText | null; online_kind: OnlineKind | null; online_url: string | null; online_target: string | null;
  trust_level: RequiredTrustLevel; appointment_bookable: boolean; appointment_minutes: number | null; popularity: number;
}
export interface LifeSituationRow { id: string; name: LocalizedText; introduction: LocalizedText; position: number }
export interface LifeSituationServiceRow { service_id: string; role: LifeSituationRole; position: number }
export interface StepRow { position: number; title: LocalizedText; text: LocalizedText | null; serviceIds: string[] }

/** One entry with everything that hangs off it. `state` is set only when the file names one. */
export interface Desired<Row, Children> {
  row: Row;
  children: Children;
  state?: PublicationState | undefined;
}

export interface DesiredCatalogue {
  departments: Array<Desired<DepartmentRow, Record<string, never>>>;
  locations: Array<Desired<LocationRow, { hours: HoursRow[] }>>;
  services: Array<Desired<ServiceRow, { locationIds: string[]; relatedIds: string[] }>>;
  lifeSituations: Array<Desired<LifeSituationRow, { services: LifeSituationServiceRow[]; steps: StepRow[] }>>;
}

type Translations<T> = { en?: T | undefined; "de-simple"?: T | undefined };

/** German from the entry, the other languages from its `en` / `de-simple` blocks; missing ones left out. */
function text<T>(de: string, entry: Translations<T>, pick: (t: T) => string | undefined): LocalizedText {
  const out: LocalizedText = { de };
  const en = entry.en && pick(entry.en);
  const simple = entry["de-simple"] && pick(entry["de-simple"]);
  if (en !== undefined) out.en = en;
  if (simple !== undefined) out["de-simple"] = simple;
  return out;
}

function optionalText<T>(de: string | null | undefined, entry: Translations<T>, pick: (t: T) => string | undefined): LocalizedText | null {
  return de == null ? null : text(de, entry, pick);
}

function texts(list: readonly string[], entry: Translations<ServiceTranslation>, pick: (t: ServiceTranslation) => string[] | undefined): LocalizedText[] {
  return list.map((de, i) => text(de, entry, (t) => pick(t)?.[i]));
}

type ServiceTranslation = NonNullable<ServiceInput["en"]>;

export function sortHours(hours: HoursRow[]): HoursRow[] {
  return hours.sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
}

function locationRows(l: LocationInput): Desired<LocationRow, { hours: HoursRow[] }> {
  return {
    row: {
      id: l.id, department_id: l.departmentId, name: text(l.name, l, (t) => t.name),
      street: l.address.street, postal_code: l.address.postalCode, city: l.address.city,
      longitude: l.geo?.[0] ?? null, latitude: l.geo?.[1] ?? null, accessible: l.accessible,
      accessibility_note: optionalText(l.accessibilityNote, l, (t) => t.accessibilityNote),
    },
    children: {
      hours: sortHours(l.openingHours.flatMap((h) => [...new Set(h.weekdays)].map((weekday) => ({ weekday, opens: h.opens, closes: h.closes })))),
    },
  };
}

function serviceRows(s: ServiceInput): Desired<ServiceRow, { locationIds: string[]; relatedIds: string[] }> {
  const online = s.online?.available ? s.online : undefined;
  const bookable = s.appointment?.bookable ?? false;
  const otherSynonyms: OtherSynonyms = {};
  if (s.en?.synonyms) otherSynonyms.en = s.en.synonyms;
  if (s["de-simple"]?.synonyms) otherSynonyms["de-simple"] = s["de-simple"].synonyms;
  return {
    row: {
      id: s.id, leika_key: s.leikaKey ?? null,
      name: text(s.name, s, (t) => t.name), summary: text(s.summary, s, (t) => t.summary),
      description: optionalText(s.description, s, (t) => t.description),
      synonyms: s.synonyms, other_synonyms: otherSynonyms, department_id: s.departmentId,
      costs: s.costs.map((c) => ({ label: text(c.label, c, (t) => t.label), amountCents: c.amountCents })),
      required_documents: texts(s.requiredDocuments, s, (t) => t.requiredDocuments),
      prerequisites: texts(s.prerequisites, s, (t) => t.prerequisites),
      procedure: texts(s.procedure, s, (t) => t.procedure),
      legal_basis: s.legalBasis,
      processing_time: optionalText(s.processingTime, s, (t) => t.processingTime),
      online_kind: online?.kind ?? null, online_url: online?.url ?? null, online_target: online?.target ?? null,
      trust_level: s.trustLevel, appointment_bookable: bookable, appointment_minutes: bookable ? (s.appointment?.durationMinutes ?? null) : null,
      popularity: s.popularity,
    },
    children: { locationIds: [...s.locationIds].sort(), relatedIds: s.relatedServiceIds },
    state: s.state,
  };
}

function lifeSituationRows(ls: LifeSituationInput, position: number): DesiredCatalogue["lifeSituations"][number] {
  return {
    row: { id: ls.id, name: text(ls.name, ls, (t) => t.name), introduction: text(ls.description, ls, (t) => t.description), position },
    children: {
      services: [
        ...ls.serviceIds.map((service_id, i) => ({ service_id, role: "primary" as const, position: i })),
        ...ls.secondaryServiceIds.map((service_id, i) => ({ service_id, role: "secondary" as const, position: i })),
      ],
      steps: ls.steps.map((step, i) => ({
        position: i,
        title: text(step.title, step, (t) => t.title),
        text: optionalText(step.text, step, (t) => t.text),
        serviceIds: step.serviceIds,
      })),
    },
    state: ls.state,
  };
}

export function desiredRows(catalogue: ValidCatalogue): DesiredCatalogue {
  return {
    departments: catalogue.departments.map((d) => ({
      row: { id: d.id, short_name: d.shortName, name: text(d.name, d, (t) => t.name), email: d.email ?? null, phone: d.phone ?? null, website: d.website ?? null },
      children: {},
    })),
    locations: catalogue.locations.map(locationRows),
    services: catalogue.services.map(serviceRows),
    lifeSituations: catalogue.lifeSituations.map(lifeSituationRows),
  };
}
