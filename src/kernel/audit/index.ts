// kernel/audit: append-only records of who did what, written in the same transaction as the change.
import { fileURLToPath } from "node:url";
import type { MigrationSource } from "../../platform/db/index.ts";
import "./tables.ts";

export { recordAudit, type AuditActor, type AuditSubject } from "./record-audit.ts";
export { searchAudit, type AuditQuery, type AuditEntry } from "./search-audit.ts";
export type { AuditActorKind } from "./tables.ts";
export { AUDIT_RETENTION_MONTHS, auditRetention, deleteOldAuditRecords } from "./delete-old-audit-records.ts";
export { RETENTION_COMPLETED, runRetentionTask, scheduleRetention } from "./schedule-retention.ts";

export const auditMigrations: MigrationSource = { module: "audit", dir: fileURLToPath(new URL("./migrations", import.meta.url)) };
