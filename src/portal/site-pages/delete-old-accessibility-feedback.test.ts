// Accessibility feedback retention: feedback older than the promised years goes, younger feedback stays.
import { beforeAll, describe, expect, it } from "vitest";
import { resetDatabase, testDatabase } from "../../../test/support/database.ts";
import { inTransaction, type Database } from "../../platform/db/index.ts";
import { accessibilityFeedbackRetention } from "./delete-old-accessibility-feedback.ts";
import { demoSiteOperator } from "./site-operator.ts";

let database: Database;

beforeAll(async () => {
  database = await testDatabase();
  await resetDatabase(database);
});

async function feedback(reference: string, createdAt: string): Promise<void> {
  await database.db
    .insertInto("portal.accessibility_feedback")
    .values({ reference, receipt_token: `token-${reference}`, message: "Die Tabelle ist nicht vorlesbar.", name: "Erika", email: "erika@example.org", answer_wanted: true, locale: "de", created_at: new Date(createdAt) })
    .execute();
}

describe("accessibility feedback retention", () => {
  it("deletes feedback older than the years the privacy notice names, and keeps the rest", async () => {
    expect(demoSiteOperator.retention.accessibilityFeedbackYears).toBe(2);
    await feedback("BF-2024-000001", "2024-11-27T09:59:00Z");
    await feedback("BF-2024-000002", "2024-11-28T10:01:00Z");
    await feedback("BF-2026-000003", "2026-11-28T09:00:00Z");
    const task = accessibilityFeedbackRetention(demoSiteOperator);
    const counts = await inTransaction(database.db, (tx) => task.run(tx, new Date("2026-11-28T10:00:00Z")));
    expect(counts).toEqual({ accessibilityFeedback: 1 });
    const left = await database.db.selectFrom("portal.accessibility_feedback").select("reference").orderBy("reference").execute();
    expect(left.map((r) => r.reference)).toEqual(["BF-2024-000002", "BF-2026-000003"]);
  });

  it("follows another operator's period", async () => {
    const task = accessibilityFeedbackRetention({ ...demoSiteOperator, retention: { ...demoSiteOperator.retention, accessibilityFeedbackYears: 1 } });
    const counts = await inTransaction(database.db, (tx) => task.run(tx, new Date("2026-11-28T10:00:00Z")));
    expect(counts).toEqual({ accessibilityFeedback: 1 });
  });
});
