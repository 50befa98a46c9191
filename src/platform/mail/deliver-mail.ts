// Delivers one outbox mail over SMTP and records the outcome on its row. It runs as the `mail.deliver`
// job, so delivery is at least once: a crash between the server's "250 OK" and the update below sends
// the mail again, which for a citizen waiting for a confirmation is better than never.
import { sql } from "kysely";
import type { Transporter } from "nodemailer";
import type { Db } from "../db/index.ts";
import "./tables.ts";

/** A nodemailer transport whose defaults carry the sender (`from`); see createMailTransport. */
export type MailTransport = Transporter;

/** Thrown so the job queue retries; its message names the outbox id and error codes, no addresses. */
export class MailDeliveryError extends Error {}

const MAX_ERROR_LENGTH = 1000;

function errorCodes(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown };
  return [e?.code, e?.responseCode].filter((c) => typeof c === "string" || typeof c === "number").join(" ") || "unknown";
}

/**
 * Sends the outbox mail `outboxId` unless it is already sent. With `transport` null (no SMTP_URL outside
 * production) the mail is kept as "captured" for the dev mail viewer instead. On failure the row becomes
 * "failed" with the server's answer and one more attempt counted, and a MailDeliveryError is thrown.
 */
export async function deliverMail(db: Db, transport: MailTransport | null, outboxId: string): Promise<void> {
  const mail = await db.selectFrom("mail.outbox").selectAll().where("id", "=", outboxId).executeTakeFirst();
  // Gone (retention deleted it) or done (a job delivered twice): nothing to do.
  if (!mail || mail.state === "sent" || mail.state === "captured") return;
  const row = db.updateTable("mail.outbox").where("id", "=", outboxId);
  if (!transport) {
    await row.set({ state: "captured" }).execute();
    return;
  }
  try {
    await transport.sendMail({ to: mail.recipient, subject: mail.subject, text: mail.text_body, html: mail.html_body ?? undefined });
  } catch (error) {
    // The outbox may hold the server's words (they often quote the address); the thrown error may not.
    const detail = error instanceof Error ? error.message : String(error);
    await row.set({ state: "failed", attempts: sql`attempts + 1`, last_error: detail.slice(0, MAX_ERROR_LENGTH) }).execute();
    throw new MailDeliveryError(`mail ${outboxId} not delivered (${errorCodes(error)})`);
  }
  await row.set({ state: "sent", attempts: sql`attempts + 1`, last_error: null, sent_at: new Date() }).execute();
}
