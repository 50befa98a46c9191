// Writes an e-mail to the outbox and queues its delivery, both in the caller's transaction: the mail
// goes out exactly when the change that caused it commits, and never for a change that was rolled back.
import { z } from "zod";
import type { Tx } from "../db/index.ts";
import type { JobQueue } from "../jobs/index.ts";
import "./tables.ts";

export const DELIVER_MAIL_JOB = "mail.deliver";

/** What the `mail.deliver` job carries: only the outbox id, never the message itself. */
export interface DeliverMailJob {
  outboxId: string;
}

export interface MailMessage {
  /** One plain address (`name@example.org`). */
  to: string;
  subject: string;
  /** Plain text is always sent: it is what screen readers and text-only mail clients show. */
  text: string;
  /** Optional HTML alternative of the same content. */
  html?: string | undefined;
}

// A line break in a header field would let text from a form add headers of its own (header injection).
const singleLine = /^[^\r\n]*$/;

const mailMessageSchema = z.object({
  to: z.email().max(320),
  subject: z.string().trim().min(1).max(500).regex(singleLine),
  text: z.string().min(1),
  html: z.string().min(1).optional(),
});

export class InvalidMailError extends Error {}

/**
 * Puts `message` into the outbox and sends the `mail.deliver` job for it, inside `tx`. `jobs` must have
 * the job declared (mailWorker) and be started. Returns the outbox id. Throws InvalidMailError, naming
 * the fields but never their values, for a malformed message.
 */
export async function enqueueMail(tx: Tx, jobs: JobQueue, message: MailMessage): Promise<string> {
  const parsed = mailMessageSchema.safeParse(message);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join(".")))].join(", ");
    throw new InvalidMailError(`invalid mail message: ${fields}`);
  }
  const m = parsed.data;
  const { id } = await tx
    .insertInto("mail.outbox")
    .values({ recipient: m.to, subject: m.subject, text_body: m.text, html_body: m.html ?? null, last_error: null, sent_at: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  await jobs.send<DeliverMailJob>(tx, DELIVER_MAIL_JOB, { outboxId: id });
  return id;
}
