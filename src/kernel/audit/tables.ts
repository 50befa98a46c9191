// Table types of kernel/audit, merged into the platform's `Tables`.
import type { ColumnType, Generated } from "kysely";
import type { Timestamp } from "../../platform/db/index.ts";

export type AuditActorKind = "anonymous" | "citizen" | "staff" | "system";

export interface AuditRecordTable {
  id: ColumnType<string, never, never>;
  at: Generated<Timestamp>;
  actor_kind: AuditActorKind;
  actor_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  request_id: string | null;
  detail: ColumnType<Record<string, unknown>, Record<string, unknown> | undefined, never>;
}

declare module "../../platform/db/tables.ts" {
  interface Tables {
    "audit.record": AuditRecordTable;
  }
}
