// The stored catalogue rows of one entry turned back into the catalogue file's entry shape: the inverse of
// import-rows.ts. The editor works on this shape, so that saving and publishing run through the import's
// own checks and writer instead of a second write path.
import type { CurrentCatalogue } from "../current-rows.ts";
import type { LifeSituationInput, LocationInput, ServiceInput } from "../import-schema.ts";
import type { LocalizedText } from "../tables.ts";

type Current<K extends keyof CurrentCatalogue> = CurrentCatalogue[K] extends Map<string, infer V> ? V : never;

const otherLanguages = ["en", "de-simple"] as const;
type OtherLanguage = (typeof otherLanguages)[number];

/** A translated list only when every item has the language; a half-translated list would not pass the import. */
function list(items: readonly LocalizedText[], language: OtherLanguage): string[] | undefined {
  return items.length > 0 && items.every((t) => t[language] !== undefined) ? items.map((t) => t[language]!) : undefined;
}

function compact<T extends object>(value: T): T | undefined {
  const out = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
  return Object.keys(out).length > 0 ? out : undefined;
}

function withTranslations<T extends object, U extends object>(entry: T, translate: (language: OtherLanguage) => U): T {
  const out: Record<string, unknown> = { ...(entry as Record<string, unknown>) };
  for (const language of otherLanguages) {
    const block = compact(translate(language));
    if (block) out[language] = block;
  }
  return out as T;
}

export function serviceFileEntry(c: Current<"services">): ServiceInput {
  const r = c.row;
  const entry: ServiceInput = {
    id: r.id, leikaKey: r.leika_key, name: r.name.de, summary: r.summary.de, description: r.description?.de ?? null,
    synonyms: r.synonyms, departmentId: r.department_id, locationIds: c.children.locationIds,
    costs: r.costs.map((cost) => withTranslations({ label: cost.label.de, amountCents: cost.amountCents }, (l) => ({ label: cost.label[l] }))),
    requiredDocuments: r.required_documents.map((t) => t.de), prerequisites: r.prerequisites.map((t) => t.de),
    procedure: r.procedure.map((t) => t.de), legalBasis: r.legal_basis, processingTime: r.processing_time?.de ?? null,
    online: r.online_kind ? { available: true, kind: r.online_kind, url: r.online_url, target: r.online_target } : { available: false, kind: null },
    trustLevel: r.trust_level,
    appointment: { bookable: r.appointment_bookable, durationMinutes: r.appointment_minutes },
    relatedServiceIds: c.children.relatedIds, popularity: r.popularity,
    ...(c.state ? { state: c.state } : {}),
  };
  return withTranslations(entry, (l) => ({
    name: r.name[l], summary: r.summary[l], description: r.description?.[l], synonyms: r.other_synonyms[l],
    requiredDocuments: list(r.required_documents, l), prerequisites: list(r.prerequisites, l), procedure: list(r.procedure, l),
    processingTime: r.processing_time?.[l],
  }));
}

export function locationFileEntry(c: Current<"locations">): LocationInput {
  const r = c.row;
  const entry: LocationInput = {
    id: r.id, name: r.name.de, departmentId: r.department_id,
    address: { street: r.street, postalCode: r.postal_code, city: r.city },
    geo: r.longitude !== null && r.latitude !== null ? [r.longitude, r.latitude] : null,
    openingHours: c.children.hours.map((h) => ({ weekdays: [h.weekday], opens: h.opens, closes: h.closes })),
    accessible: r.accessible, accessibilityNote: r.accessibility_note?.de ?? null,
  };
  return withTranslations(entry, (l) => ({ name: r.name[l], accessibilityNote: r.accessibility_note?.[l] }));
}

export function lifeSituationFileEntry(c: Current<"lifeSituations">): LifeSituationInput {
  const r = c.row;
  const byRole = (role: "primary" | "secondary") =>
    c.children.services.filter((s) => s.role === role).sort((a, b) => a.position - b.position).map((s) => s.service_id);
  const entry: LifeSituationInput = {
    id: r.id, name: r.name.de, description: r.introduction.de, serviceIds: byRole("primary"), secondaryServiceIds: byRole("secondary"),
    steps: [...c.children.steps]
      .sort((a, b) => a.position - b.position)
      .map((s) => withTranslations({ title: s.title.de, text: s.text?.de ?? null, serviceIds: s.serviceIds }, (l) => ({ title: s.title[l], text: s.text?.[l] }))),
    ...(c.state ? { state: c.state } : {}),
  };
  return withTranslations(entry, (l) => ({ name: r.name[l], description: r.introduction[l] }));
}
