// Table types of kernel/catalogue, merged into the platform's `Tables`.
import type { ColumnType, Generated } from "kysely";
import type { Timestamp } from "../../platform/db/index.ts";

/** The languages catalogue texts come in; "de-simple" is Leichte Sprache. */
export type TextLanguage = "de" | "en" | "de-simple";

/** A text in every language we have it in; German is always there. */
export type LocalizedText = { de: string; en?: string; "de-simple"?: string };

export type OnlineKind = "form" | "appointment" | "report" | "external";

/** Draft → published → archived; only published entries reach citizens (see publication-state.ts). */
export type PublicationState = "draft" | "published" | "archived";

/** The login trust level a service's online offer needs; "none" means no login. */
export type RequiredTrustLevel = "none" | "level1" | "level3" | "level4";

/** One fee of a service, as the catalogue shows it (what is paid online is the payment's business). */
export interface Cost {
  label: LocalizedText;
  amountCents: number;
}

/** Search terms in languages other than German (German ones are `synonyms`). */
export type OtherSynonyms = { en?: string[]; "de-simple"?: string[] };

/** Derived from `state` by the database; never written. */
type GeneratedFlag = ColumnType<boolean, never, never>;

export interface DepartmentTable {
  id: string;
  short_name: string;
  name: LocalizedText;
  email: string | null;
  phone: string | null;
  website: string | null;
  updated_at: Generated<Timestamp>;
}

export interface LocationTable {
  id: string;
  department_id: string;
  name: LocalizedText;
  street: string;
  postal_code: string;
  city: string;
  longitude: number | null;
  latitude: number | null;
  accessible: boolean;
  accessibility_note: LocalizedText | null;
  updated_at: Generated<Timestamp>;
}

/** Weekday as ISO 8601 (1 = Monday … 7 = Sunday); times come back as "HH:MM:SS". */
export interface OpeningHoursTable {
  location_id: string;
  weekday: number;
  opens: string;
  closes: string;
}

export interface ServiceTable {
  id: string;
  leika_key: string | null;
  name: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText | null;
  synonyms: string[];
  other_synonyms: Generated<OtherSynonyms>;
  department_id: string;
  costs: Generated<Cost[]>;
  required_documents: Generated<LocalizedText[]>;
  prerequisites: Generated<LocalizedText[]>;
  procedure: Generated<LocalizedText[]>;
  legal_basis: Generated<string[]>;
  processing_time: LocalizedText | null;
  online_kind: OnlineKind | null;
  online_url: string | null;
  online_target: string | null;
  trust_level: Generated<RequiredTrustLevel>;
  appointment_bookable: Generated<boolean>;
  appointment_minutes: number | null;
  popularity: number;
  state: Generated<PublicationState>;
  published: GeneratedFlag;
  updated_at: Generated<Timestamp>;
}

export interface ServiceLocationTable {
  service_id: string;
  location_id: string;
}

export interface ServiceRelationTable {
  service_id: string;
  related_service_id: string;
  position: number;
}

export interface LifeSituationTable {
  id: string;
  name: LocalizedText;
  introduction: LocalizedText;
  position: number;
  state: Generated<PublicationState>;
  published: GeneratedFlag;
  updated_at: Generated<Timestamp>;
}

export type LifeSituationRole = "primary" | "secondary";

export interface LifeSituationServiceTable {
  life_situation_id: string;
  service_id: string;
  role: Generated<LifeSituationRole>;
  position: number;
}

export interface LifeSituationStepTable {
  life_situation_id: string;
  position: number;
  title: LocalizedText;
  text: LocalizedText | null;
}

export interface LifeSituationStepServiceTable {
  life_situation_id: string;
  step_position: number;
  service_id: string;
  position: number;
}

export interface RevisionTable {
  id: Generated<boolean>;
  /** bigint: comes back as a string. */
  value: ColumnType<string, number, number>;
  changed_at: Generated<Timestamp>;
}

declare module "../../platform/db/tables.ts" {
  interface Tables {
    "catalogue.department": DepartmentTable;
    "catalogue.location": LocationTable;
    "catalogue.opening_hours": OpeningHoursTable;
    "catalogue.service": ServiceTable;
    "catalogue.service_location": ServiceLocationTable;
    "catalogue.service_relation": ServiceRelationTable;
    "catalogue.life_situation": LifeSituationTable;
    "catalogue.life_situation_service": LifeSituationServiceTable;
    "catalogue.life_situation_step": LifeSituationStepTable;
    "catalogue.life_situation_step_service": LifeSituationStepServiceTable;
    "catalogue.revision": RevisionTable;
  }
}
