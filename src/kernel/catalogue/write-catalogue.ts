// The first seed's shape of catalogue entries (departments, locations, services, life situations with
// texts already per language), written through the import so that there is one write path. Kept for
// callers that build entries in code (benchmarks growing the catalogue); files go through importCatalogue.
import type { Tx } from "../../platform/db/index.ts";
import type { CatalogueFile } from "./import-schema.ts";
import { formatProblems } from "./import-problems.ts";
import { importCatalogue } from "./import-catalogue.ts";
import type { LocalizedText, OnlineKind } from "./tables.ts";

export interface CatalogueEntries {
  departments: Array<{ id: string; shortName: string; name: LocalizedText; email?: string; phone?: string }>;
  locations: Array<{
    id: string; departmentId: string; name: LocalizedText; street: string; postalCode: string; city: string;
    geo?: [number, number]; accessible: boolean;
    hours: Array<{ weekdays: number[]; opens: string; closes: string }>;
  }>;
  services: Array<{
    id: string; leikaKey?: string; name: LocalizedText; summary: LocalizedText; synonyms: string[]; departmentId: string;
    onlineKind: OnlineKind | null; popularity: number; locationIds: string[];
  }>;
  lifeSituations: Array<{ id: string; name: LocalizedText; introduction: LocalizedText; serviceIds: string[] }>;
}

const translations = <K extends string>(key: K, text: LocalizedText) => ({
  ...(text.en !== undefined ? { en: { [key]: text.en } as Record<K, string> } : {}),
  ...(text["de-simple"] !== undefined ? { "de-simple": { [key]: text["de-simple"] } as Record<K, string> } : {}),
});

export function entriesToFile(entries: CatalogueEntries): CatalogueFile {
  return {
    version: 1,
    departments: entries.departments.map((d) => ({ id: d.id, name: d.name.de, shortName: d.shortName, email: d.email, phone: d.phone, ...translations("name", d.name) })),
    locations: entries.locations.map((l) => ({
      id: l.id, name: l.name.de, departmentId: l.departmentId, address: { street: l.street, postalCode: l.postalCode, city: l.city },
      geo: l.geo, openingHours: l.hours, accessible: l.accessible, ...translations("name", l.name),
    })),
    services: entries.services.map((s) => ({
      id: s.id, leikaKey: s.leikaKey, name: s.name.de, summary: s.summary.de, synonyms: s.synonyms, departmentId: s.departmentId,
      locationIds: s.locationIds, popularity: s.popularity, online: { available: s.onlineKind !== null, kind: s.onlineKind },
      en: { ...(s.name.en !== undefined ? { name: s.name.en } : {}), ...(s.summary.en !== undefined ? { summary: s.summary.en } : {}) },
    })),
    lifeSituations: entries.lifeSituations.map((ls) => ({
      id: ls.id, name: ls.name.de, description: ls.introduction.de, serviceIds: ls.serviceIds,
      en: { ...(ls.name.en !== undefined ? { name: ls.name.en } : {}), ...(ls.introduction.en !== undefined ? { description: ls.introduction.en } : {}) },
    })),
  };
}

/** Inserts or updates the entries by id inside the caller's transaction; throws when they are invalid. */
export async function writeCatalogueEntries(tx: Tx, entries: CatalogueEntries): Promise<void> {
  const result = await importCatalogue(tx, entriesToFile(entries));
  if (!result.ok) throw new Error(`invalid catalogue entries:\n${formatProblems(result.problems).join("\n")}`);
}

export async function catalogueIsEmpty(tx: Tx): Promise<boolean> {
  const row = await tx.selectFrom("catalogue.department").select("id").limit(1).executeTakeFirst();
  return row === undefined;
}
