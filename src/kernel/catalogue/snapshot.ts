// The published catalogue as one in-memory snapshot: the shapes pages, the API and search read. Portal
// pages read it on every request, so they must not query: PGlite serves one query at a time and the
// start page has to stay fast. Drafts and archived entries are not in it; nor are links to them.
import type { Locale } from "../../platform/i18n/index.ts";
import type { Cost, LocalizedText, OnlineKind, RequiredTrustLevel } from "./tables.ts";

export interface OnlineOffer {
  kind: OnlineKind;
  /** Address of an external offer. */
  url: string | null;
  /** What the offer points at inside Stadttor (a form, a report category), read by the component `kind` names. */
  target: string | null;
}

export interface ServiceEntry {
  id: string;
  name: LocalizedText;
  summary: LocalizedText;
  /** German search terms. */
  synonyms: readonly string[];
  departmentId: string;
  onlineKind: OnlineKind | null;
  popularity: number;
  /** 14 digits starting with 99; null for services without one. */
  leikaKey: string | null;
  description: LocalizedText | null;
  /** Search terms in other languages ("en": what newcomers type). */
  otherSynonyms: { readonly en?: readonly string[]; readonly "de-simple"?: readonly string[] };
  costs: readonly Cost[];
  requiredDocuments: readonly LocalizedText[];
  prerequisites: readonly LocalizedText[];
  /** Ordered steps. */
  procedure: readonly LocalizedText[];
  /** Citations such as "§ 17 BMG"; not translated. */
  legalBasis: readonly string[];
  processingTime: LocalizedText | null;
  /** Where the service is offered, ordered by location name. */
  locationIds: readonly string[];
  online: OnlineOffer | null;
  trustLevel: RequiredTrustLevel;
  appointment: { bookable: boolean; durationMinutes: number | null };
  /** "Das passt auch dazu" from the catalogue, in the editors' order (published services only). */
  relatedServiceIds: readonly string[];
  /** The published life situations this service belongs to. */
  lifeSituationIds: readonly string[];
  updatedAt: Date;
}

export interface LifeSituationStepEntry {
  title: LocalizedText;
  text: LocalizedText | null;
  serviceIds: readonly string[];
}

export interface LifeSituationEntry {
  id: string;
  name: LocalizedText;
  introduction: LocalizedText;
  /** Primary services followed by secondary ones. */
  serviceIds: string[];
  primaryServiceIds: readonly string[];
  secondaryServiceIds: readonly string[];
  steps: readonly LifeSituationStepEntry[];
}

export interface OpeningHoursEntry {
  /** ISO 8601: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "HH:MM" */
  opens: string;
  /** "HH:MM"; "24:00" is midnight. */
  closes: string;
}

export interface LocationEntry {
  id: string;
  departmentId: string;
  name: LocalizedText;
  address: { street: string; postalCode: string; city: string };
  geo: { longitude: number; latitude: number } | null;
  accessible: boolean;
  accessibilityNote: LocalizedText | null;
  /** By weekday, then opening time. */
  openingHours: readonly OpeningHoursEntry[];
  /** Published services offered here, by popularity. */
  serviceIds: readonly string[];
}

export interface DepartmentEntry {
  id: string;
  name: LocalizedText;
  shortName: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  /** Published services, by popularity. */
  serviceIds: readonly string[];
  locationIds: readonly string[];
}

export interface CatalogueSnapshot {
  services: ReadonlyMap<string, ServiceEntry>;
  /** Published services, best first by popularity (the fallback until usage is measured). */
  byPopularity: readonly ServiceEntry[];
  /** Published services A–Z in each language. */
  alphabetical: Readonly<Record<Locale, readonly ServiceEntry[]>>;
  /** Published life situations in the editors' order. */
  lifeSituations: readonly LifeSituationEntry[];
  lifeSituationsById: ReadonlyMap<string, LifeSituationEntry>;
  departments: ReadonlyMap<string, DepartmentEntry>;
  locations: ReadonlyMap<string, LocationEntry>;
  locationCount: number;
  /** The catalogue revision this snapshot shows (see catalogue-cache.ts). */
  revision: number;
}

/** The text in the wanted language, German when that language is missing. */
export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.de;
}
