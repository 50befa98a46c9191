// Table types of platform/jobs (pg-boss' own tables are its business), merged into the platform's `Tables`.
import type { Generated } from "kysely";
import type { Timestamp } from "../db/index.ts";

export interface JobScheduleTable {
  name: string;
  slot: Timestamp;
  sent_at: Generated<Timestamp>;
}

declare module "../db/tables.ts" {
  interface Tables {
    "jobs.schedule": JobScheduleTable;
  }
}
