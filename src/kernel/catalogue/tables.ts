// Table types of kernel/catalogue, merged into the platform's `Tables`.
import type { Generated } from "kysely";
import type { Timestamp } from "../../platform/db/index.ts";

/** A text in every language we have it in; German is always there. */
export type LocalizedText = { de: string; en?: string; "de-simple"?: string };

export interface DepartmentTable {
  id: string;
  short_name: string;
  name: LocalizedText;
  email: string | null;
  phone: string | null;
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

export interface OpeningHoursTable {
  location_id: string;
  weekday: number;
  opens: string;
  closes: string;
}

export type OnlineKind = "form" | "appointment" | "report" | "external";

export interface ServiceTable {
  id: string;
  leika_key: string | null;
  name: LocalizedText;
  summary: LocalizedText;
  synonyms: string[];
  department_id: string;
  online_kind: OnlineKind | null;
  online_url: string | null;
  popularity: number;
  published: Generated<boolean>;
  updated_at: Generated<Timestamp>;
}

export interface ServiceLocationTable {
  service_id: string;
  location_id: string;
}

export interface LifeSituationTable {
  id: string;
  name: LocalizedText;
  introduction: LocalizedText;
  position: number;
  published: Generated<boolean>;
  updated_at: Generated<Timestamp>;
}

export interface LifeSituationServiceTable {
  life_situation_id: string;
  service_id: string;
  position: number;
}

declare module "../../platform/db/tables.ts" {
  interface Tables {
    "catalogue.department": DepartmentTable;
    "catalogue.location": LocationTable;
    "catalogue.opening_hours": OpeningHoursTable;
    "catalogue.service": ServiceTable;
    "catalogue.service_location": ServiceLocationTable;
    "catalogue.life_situation": LifeSituationTable;
    "catalogue.life_situation_service": LifeSituationServiceTable;
  }
}
