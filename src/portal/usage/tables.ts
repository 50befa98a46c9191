// Table types of portal/usage, merged into the platform's `Tables`.
import type { ColumnType } from "kysely";

/** A date column: written as "YYYY-MM-DD", read back as whatever the driver makes of it (unused). */
type Day = ColumnType<unknown, string, string>;

export interface ServiceUsageTable {
  day: Day;
  service_id: string;
  views: number;
  starts: number;
}

export interface ServicePairTable {
  day: Day;
  from_service_id: string;
  to_service_id: string;
  count: number;
}

declare module "../../platform/db/tables.ts" {
  interface Tables {
    "portal.service_usage": ServiceUsageTable;
    "portal.service_pair": ServicePairTable;
  }
}
