// Retention of the outbox. A mail holds personal data (address, text), and once the SMTP server has taken it
// we have no use for our copy: the texts promise "bis sie zugestellt ist, höchstens 30 Tage". Sent mails go at
// the next hourly run; mails never sent (still queued, failed for good, or captured without SMTP) after 30 days.
import type { Tx } from "../db/index.ts";
import type { RetentionTask } from "../jobs/index.ts";
import "./tables.ts";

/** Days an unsent mail stays in the outbox; delivery itself gives up after about a day (mail-worker.ts). */
export const UNSENT_MAIL_RETENTION_DAYS = 30;

export async function deleteOldMails(tx: Tx, now: Date): Promise<{ sentMails: number; unsentMails: number }> {
  const sent = await tx.deleteFrom("mail.outbox").where("state", "=", "sent").where("sent_at", "<=", now).executeTakeFirst();
  const unsent = await tx
    .deleteFrom("mail.outbox")
    .where("state", "!=", "sent")
    .where("created_at", "<", new Date(now.getTime() - UNSENT_MAIL_RETENTION_DAYS * 86_400_000))
    .executeTakeFirst();
  return { sentMails: Number(sent.numDeletedRows), unsentMails: Number(unsent.numDeletedRows) };
}

export const mailRetention: RetentionTask = { name: "mail.retention", every: "hour", run: deleteOldMails };
