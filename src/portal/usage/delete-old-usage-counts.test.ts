// Usage count retention: days before the 30-day ranking window go (München's days), the window stays.
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { resetDatabase, testDatabase } from "../../../test/support/database.ts";
import { inTransaction, type Database } from "../../platform/db/index.ts";
import { deleteOldUsageCounts, USAGE_RETENTION_DAYS } from "./index.ts";

let database: Database;

beforeAll(async () => {
  database = await testDatabase();
  await resetDatabase(database);
});

describe("usage count retention", () => {
  it("deletes counts and pairs older than the window and keeps the window", async () => {
    expect(USAGE_RETENTION_DAYS).toBe(30);
    // 00:30 in München on 28 November is still 27 November in UTC: days are München's.
    const now = new Date("2026-11-27T23:30:00Z");
    const days = ["2026-10-01", "2026-10-29", "2026-10-30", "2026-11-28"];
    await database.db.insertInto("portal.service_usage").values(days.map((day) => ({ day, service_id: "s1", views: 3, starts: 1 }))).execute();
    await database.db.insertInto("portal.service_pair").values(days.map((day) => ({ day, from_service_id: "s1", to_service_id: "s2", count: 2 }))).execute();
    const counts = await inTransaction(database.db, (tx) => deleteOldUsageCounts(tx, now));
    expect(counts).toEqual({ serviceDays: 2, servicePairDays: 2 });
    const left = await database.db.selectFrom("portal.service_usage").select(sql<string>`to_char(day, 'YYYY-MM-DD')`.as("d")).orderBy("day").execute();
    expect(left.map((r) => r.d)).toEqual(["2026-10-30", "2026-11-28"]);
    expect(await database.db.selectFrom("portal.service_pair").select("count").execute()).toHaveLength(2);
  });
});
