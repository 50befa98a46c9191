import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { resetDatabase, testDatabase } from "../../../test/support/database.ts";
import { inTransaction, type Database } from "../../platform/db/index.ts";
import { recordAudit, searchAudit } from "./index.ts";

let database: Database;
const staffId = "00000000-0000-4000-8000-000000000001";

beforeAll(async () => {
  database = await testDatabase();
  await resetDatabase(database);
});

describe("audit records", () => {
  it("are written with the change and found again by action, actor and subject", async () => {
    await inTransaction(database.db, async (tx) => {
      await recordAudit(tx, { kind: "staff", id: staffId, requestId: "req-1" }, "role.granted", { type: "account", id: "a1" }, { role: "editor" });
      await recordAudit(tx, { kind: "system" }, "mail.sent", { type: "outbox", id: "m1" });
      await recordAudit(tx, { kind: "anonymous", id: "ignored" }, "login.failed");
    });
    const byActor = await searchAudit(database.db, { actorId: staffId, limit: 10, offset: 0 });
    expect(byActor.total).toBe(1);
    expect(byActor.entries[0]).toMatchObject({ action: "role.granted", subjectId: "a1", requestId: "req-1", detail: { role: "editor" } });
    const byPrefix = await searchAudit(database.db, { action: "login.", limit: 10, offset: 0 });
    expect(byPrefix.entries.map((e) => [e.action, e.actorId])).toEqual([["login.failed", null]]);
  });

  it("vanish with a rolled-back change", async () => {
    await expect(
      inTransaction(database.db, async (tx) => {
        await recordAudit(tx, { kind: "system" }, "thing.changed", { type: "thing", id: "t-rollback" });
        throw new Error("use case failed");
      }),
    ).rejects.toThrow("use case failed");
    expect((await searchAudit(database.db, { subjectId: "t-rollback", limit: 1, offset: 0 })).total).toBe(0);
  });

  it("cannot be changed or deleted, not even with the retention switch while younger than six months", async () => {
    await expect(sql`update audit.record set action = 'x.y'`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit.record`.execute(database.db)).rejects.toThrow(/append-only/);
    // The retention job's way in (delete-old-audit-records.test.ts) opens only records past the retention period.
    const young = inTransaction(database.db, async (tx) => {
      await sql`select set_config('audit.retention', 'on', true)`.execute(tx);
      await sql`delete from audit.record where action = 'mail.sent'`.execute(tx);
    });
    await expect(young).rejects.toThrow(/append-only/);
  });

  it("refuse an action name that is not dotted lower case", async () => {
    await expect(inTransaction(database.db, (tx) => recordAudit(tx, { kind: "system" }, "Role Granted"))).rejects.toThrow();
  });
});
