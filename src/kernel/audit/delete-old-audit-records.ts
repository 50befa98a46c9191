// Retention of audit records: they show who did what (logins, failed logins, erasures, role changes) so that
// attacks can be traced, and the texts promise to keep them "bis zu 6 Monate". Older ones go here, the only
// path the append-only trigger lets through (migration 0002): a transaction-local switch, and only for records
// older than six months by the database's clock.
import { sql } from "kysely";
import type { Tx } from "../../platform/db/index.ts";
import type { RetentionTask } from "../../platform/jobs/index.ts";
import "./tables.ts";

/** How long audit records are kept. The trigger refuses anything younger than 6 months whatever this says. */
export const AUDIT_RETENTION_MONTHS = 6;

/**
 * The security events the 6 months apply to (logins, sessions, credentials, the account itself) — what the
 * privacy notice promises. Records of the city's work (cases, catalogue, roles, staff accounts, Postkorb
 * deliveries) are part of its files and are not deleted by this job.
 */
export const SECURITY_EVENT_PREFIXES = ["login.", "staff.login.", "staff.logout", "session.", "password.", "email.", "passkey.", "account.", "profile.", "personal-data.", "mail.sent"] as const;

export async function deleteOldAuditRecords(tx: Tx, now: Date): Promise<{ auditRecords: number }> {
  // set_config(…, true) ends with this transaction: the switch never leaks to other work on the connection.
  await sql`select set_config('audit.retention', 'on', true)`.execute(tx);
  // least(): a clock ahead of the database's would reach records the trigger still protects, and fail the run.
  const result = await tx
    .deleteFrom("audit.record")
    .where("at", "<", sql<Date>`least(${now}::timestamptz, now()) - make_interval(months => ${AUDIT_RETENTION_MONTHS})`)
    .where((eb) => eb.or(SECURITY_EVENT_PREFIXES.map((prefix) => eb("action", "like", `${prefix}%`))))
    .executeTakeFirst();
  await sql`select set_config('audit.retention', 'off', true)`.execute(tx);
  return { auditRecords: Number(result.numDeletedRows) };
}

export const auditRetention: RetentionTask = { name: "audit.retention", every: "day", run: deleteOldAuditRecords };
