// Outbox retention: sent mails go at the next run, unsent ones (queued, failed, captured) after 30 days;
// younger unsent mails stay, so delivery can still retry them and the dev viewer still shows them.
import { beforeAll, describe, expect, it } from "vitest";
import { resetDatabase, testDatabase } from "../../../test/support/database.ts";
import { inTransaction, type Database } from "../db/index.ts";
import { deleteOldMails, UNSENT_MAIL_RETENTION_DAYS } from "./index.ts";
import type { OutboxState } from "./tables.ts";

let database: Database;
const DAY = 86_400_000;

beforeAll(async () => {
  database = await testDatabase();
  await resetDatabase(database);
});

async function mail(subject: string, state: OutboxState, ageDays: number, now: Date): Promise<void> {
  const createdAt = new Date(now.getTime() - ageDays * DAY);
  await database.db
    .insertInto("mail.outbox")
    .values({ recipient: "person@example.org", subject, text_body: "Hallo", html_body: null, state, created_at: createdAt, sent_at: state === "sent" ? createdAt : null })
    .execute();
}

describe("outbox retention", () => {
  it("deletes sent mails and mails unsent for more than 30 days, and keeps the rest", async () => {
    const now = new Date("2026-11-28T10:00:00Z");
    await mail("sent a minute ago", "sent", 1 / 1440, now);
    await mail("sent long ago", "sent", 40, now);
    await mail("queued too long", "queued", UNSENT_MAIL_RETENTION_DAYS + 1, now);
    await mail("failed too long", "failed", UNSENT_MAIL_RETENTION_DAYS + 1, now);
    await mail("captured too long", "captured", UNSENT_MAIL_RETENTION_DAYS + 1, now);
    await mail("failed yesterday", "failed", 1, now);
    await mail("queued now", "queued", 0, now);
    await mail("captured 29 days ago", "captured", UNSENT_MAIL_RETENTION_DAYS - 1, now);
    const counts = await inTransaction(database.db, (tx) => deleteOldMails(tx, now));
    expect(counts).toEqual({ sentMails: 2, unsentMails: 3 });
    const left = await database.db.selectFrom("mail.outbox").select("subject").orderBy("subject").execute();
    expect(left.map((r) => r.subject)).toEqual(["captured 29 days ago", "failed yesterday", "queued now"]);
  });

  it("keeps a mail sent after the moment the run measures from", async () => {
    const now = new Date("2026-11-28T10:00:00Z");
    await mail("sent just after", "sent", -1 / 1440, now);
    expect(await inTransaction(database.db, (tx) => deleteOldMails(tx, now))).toEqual({ sentMails: 0, unsentMails: 0 });
  });
});
