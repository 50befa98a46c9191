// What a citizen would see once an entry's working copy is published: the working copy (or the live
// content) turned into the snapshot's shapes, next to the published snapshot for everything around it
// (locations, departments, related services). The portal renders these with its own page components.
import { can, type Actor } from "../../identity/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import { desiredRows } from "../import-rows.ts";
import type { CatalogueSnapshot, LifeSituationEntry, LocationEntry, ServiceEntry } from "../snapshot.ts";
import { validateCatalogueFile } from "../validate-catalogue-file.ts";
import { readEditableEntry } from "./editable-entry.ts";
import type { EditableKind } from "./draft-table.ts";

export type CataloguePreview =
  | { kind: "service"; service: ServiceEntry }
  | { kind: "location"; location: LocationEntry }
  | { kind: "life-situation"; situation: LifeSituationEntry };

const collections = { service: "services", location: "locations", "life-situation": "lifeSituations" } as const;

/** undefined when the actor may not edit, or the entry does not exist. */
export async function previewCatalogueEntry(tx: Tx, actor: Actor, kind: EditableKind, id: string, snapshot: CatalogueSnapshot): Promise<CataloguePreview | undefined> {
  if (!can(actor, "catalogue.edit")) return undefined;
  const entry = await readEditableEntry(tx, kind, id);
  if (!entry) return undefined;
  // Stored working copies passed the checks when saved; references are the snapshot's business here.
  const parsed = validateCatalogueFile({ version: 1, [collections[kind]]: [entry.content] }, "unchecked");
  if (!parsed.ok) return undefined;
  const rows = desiredRows(parsed.catalogue);
  const published = (ids: readonly string[]) => ids.filter((x) => snapshot.services.has(x));
  const locationName = (x: string) => snapshot.locations.get(x)?.name.de ?? x;

  if (kind === "service") {
    const { row: s, children } = rows.services[0]!;
    const live = snapshot.services.get(id);
    const service: ServiceEntry = {
      id: s.id, name: s.name, summary: s.summary, synonyms: s.synonyms, departmentId: s.department_id, onlineKind: s.online_kind,
      popularity: s.popularity, leikaKey: s.leika_key, description: s.description, otherSynonyms: s.other_synonyms, costs: s.costs,
      requiredDocuments: s.required_documents, prerequisites: s.prerequisites, procedure: s.procedure, legalBasis: s.legal_basis,
      processingTime: s.processing_time,
      locationIds: children.locationIds.filter((x) => snapshot.locations.has(x)).sort((a, b) => locationName(a).localeCompare(locationName(b), "de")),
      online: s.online_kind ? { kind: s.online_kind, url: s.online_url, target: s.online_target } : null,
      trustLevel: s.trust_level,
      appointment: { bookable: s.appointment_bookable, durationMinutes: s.appointment_minutes },
      relatedServiceIds: published(children.relatedIds).filter((x) => x !== id),
      lifeSituationIds: live?.lifeSituationIds ?? [],
      updatedAt: entry.draft?.updatedAt ?? live?.updatedAt ?? new Date(),
    };
    return { kind, service };
  }
  if (kind === "location") {
    const { row: l, children } = rows.locations[0]!;
    const location: LocationEntry = {
      id: l.id, departmentId: l.department_id, name: l.name,
      address: { street: l.street, postalCode: l.postal_code, city: l.city },
      geo: l.longitude !== null && l.latitude !== null ? { longitude: l.longitude, latitude: l.latitude } : null,
      accessible: l.accessible, accessibilityNote: l.accessibility_note,
      openingHours: children.hours,
      serviceIds: snapshot.locations.get(id)?.serviceIds ?? [],
    };
    return { kind, location };
  }
  const { row: ls, children } = rows.lifeSituations[0]!;
  const role = (r: "primary" | "secondary") => published(children.services.filter((x) => x.role === r).map((x) => x.service_id));
  const primary = role("primary");
  const secondary = role("secondary");
  const situation: LifeSituationEntry = {
    id: ls.id, name: ls.name, introduction: ls.introduction,
    serviceIds: [...primary, ...secondary], primaryServiceIds: primary, secondaryServiceIds: secondary,
    steps: children.steps.map((step) => ({ title: step.title, text: step.text, serviceIds: published(step.serviceIds) })),
  };
  return { kind, situation };
}
