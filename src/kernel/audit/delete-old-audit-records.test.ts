// Audit retention: records older than six months go, younger ones stay, and the way in stays narrow: the
// switch is transaction-local and opens no record younger than six months. Each run leaves one audit record.
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { resetDatabase, testDatabase } from "../../../test/support/database.ts";
import { inTransaction, type Database } from "../../platform/db/index.ts";
import { AUDIT_RETENTION_MONTHS, auditRetention, deleteOldAuditRecords, RETENTION_COMPLETED, runRetentionTask } from "./index.ts";

let database: Database;
const DAY = 86_400_000;

beforeAll(async () => {
  database = await testDatabase();
  await resetDatabase(database);
});

async function recordAt(action: string, at: Date): Promise<void> {
  await database.db.insertInto("audit.record").values({ actor_kind: "system", action, at }).execute();
}

async function actions(): Promise<string[]> {
  const rows = await database.db.selectFrom("audit.record").select("action").orderBy("at").execute();
  return rows.map((r) => r.action);
}

describe("audit retention", () => {
  it("deletes security events older than six months, keeps younger ones and every record of the city's work", async () => {
    const now = new Date();
    await recordAt("case.state-changed", new Date(now.getTime() - 500 * DAY));
    await recordAt("login.failed", new Date(now.getTime() - 400 * DAY));
    await recordAt("login.succeeded", new Date(now.getTime() - 190 * DAY));
    await recordAt("role.granted", new Date(now.getTime() - 300 * DAY));
    await recordAt("login.succeeded", now);
    const counts = await inTransaction(database.db, (tx) => deleteOldAuditRecords(tx, now));
    expect(counts).toEqual({ auditRecords: 2 });
    expect(await actions()).toEqual(["case.state-changed", "role.granted", "login.succeeded"]);
  });

  it("leaves the switch off after the run, so the same transaction cannot delete more", async () => {
    await recordAt("login.failed", new Date(Date.now() - 400 * DAY));
    const later = inTransaction(database.db, async (tx) => {
      await deleteOldAuditRecords(tx, new Date());
      await tx.insertInto("audit.record").values({ actor_kind: "system", action: "thing.changed", at: new Date(Date.now() - 400 * DAY) }).execute();
      await sql`delete from audit.record where action = 'thing.changed'`.execute(tx);
    });
    await expect(later).rejects.toThrow(/append-only/);
  });

  it("never deletes a record younger than six months by the database's clock, whatever time the caller says", async () => {
    const now = new Date();
    await recordAt("session.logged-out", new Date(now.getTime() - 30 * DAY));
    const future = new Date(now.getTime() + 365 * DAY);
    await inTransaction(database.db, (tx) => deleteOldAuditRecords(tx, future));
    expect(await actions()).toContain("session.logged-out");
    expect(AUDIT_RETENTION_MONTHS).toBeGreaterThanOrEqual(6);
  });

  it("writes one audit record per run with the counts only", async () => {
    await recordAt("login.failed", new Date(Date.now() - 400 * DAY));
    const counts = await runRetentionTask(database.db, auditRetention, new Date());
    expect(counts).toEqual({ auditRecords: 1 });
    const runs = await database.db.selectFrom("audit.record").select(["actor_kind", "subject_type", "subject_id", "detail"]).where("action", "=", RETENTION_COMPLETED).execute();
    expect(runs).toEqual([{ actor_kind: "system", subject_type: "retention-task", subject_id: "audit.retention", detail: { counts: { auditRecords: 1 } } }]);
  });
});
