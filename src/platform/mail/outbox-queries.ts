// Read queries over the outbox, for the dev mail viewer.
import type { Executor } from "../db/index.ts";
import type { OutboxState } from "./tables.ts";
import "./tables.ts";

export interface OutboxListItem {
  id: string;
  recipient: string;
  subject: string;
  state: OutboxState;
  createdAt: Date;
}

export interface OutboxMail extends OutboxListItem {
  textBody: string;
  htmlBody: string | null;
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The newest `limit` mails, newest first. */
export async function listOutbox(db: Executor, limit: number): Promise<OutboxListItem[]> {
  const rows = await db
    .selectFrom("mail.outbox")
    .select(["id", "recipient", "subject", "state", "created_at"])
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, recipient: r.recipient, subject: r.subject, state: r.state, createdAt: r.created_at }));
}

/** One mail, or undefined when there is none with this id (also for ids that are not UUIDs). */
export async function findOutboxMail(db: Executor, id: string): Promise<OutboxMail | undefined> {
  if (!UUID.test(id)) return undefined;
  const r = await db.selectFrom("mail.outbox").selectAll().where("id", "=", id).executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    recipient: r.recipient,
    subject: r.subject,
    state: r.state,
    createdAt: r.created_at,
    textBody: r.text_body,
    htmlBody: r.html_body,
    attempts: r.attempts,
    lastError: r.last_error,
    sentAt: r.sent_at,
  };
}
