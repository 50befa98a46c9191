// How every part of the city puts a message into a citizen's Postkorb: inside the caller's transaction,
// so the message, its audit record and the notification exist together or not at all.
import { z } from "zod";
import { recordAudit, type AuditActor } from "../audit/index.ts";
import { accountKind, notificationPreferences } from "../identity/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import type { JobQueue } from "../../platform/jobs/index.ts";
import { enqueueMail } from "../../platform/mail/index.ts";
import { newMessageMail } from "./notification-mail.ts";
import "./tables.ts";

export const deliverMessageInput = z
  .object({
    accountId: z.uuid(),
    subject: z.string().trim().min(1).max(200).regex(/^[^\r\n]*$/),
    /** Plain text with the formatting parseMessageBody understands; never HTML. */
    body: z.string().trim().min(1).max(20_000),
    senderDepartmentId: z.string().min(1),
    /** The case's reference as people read it, e.g. "M-2026-00042". */
    caseRef: z.string().trim().min(1).max(100).optional(),
    /** A path on this site, e.g. "/anliegen/M-2026-00042"; never an address elsewhere. */
    caseUrl: z.string().regex(/^\/(?![/\\])\S*$/).optional(),
  })
  .refine((v) => (v.caseRef === undefined) === (v.caseUrl === undefined), { message: "caseRef and caseUrl go together", path: ["caseUrl"] });

export type DeliverMessageInput = z.input<typeof deliverMessageInput>;

export interface DeliverMessageOptions {
  /** Who sends: the staff member, or the system job acting for a department. */
  actor: AuditActor;
  /** config.publicUrl: the notification links to the message with an absolute address. */
  publicUrl: string;
}

export interface DeliveredMessage {
  id: string;
  /** Whether a notification e-mail was queued (the account wants them and its address is confirmed). */
  notified: boolean;
}

export class InvalidMessageError extends Error {}

/**
 * Puts a message into the account's Postkorb and, if the account wants it, queues the e-mail that says a
 * message is there. Throws InvalidMessageError (naming fields, never values) for malformed input.
 */
export async function deliverMessage(tx: Tx, jobs: JobQueue, input: DeliverMessageInput, options: DeliverMessageOptions): Promise<DeliveredMessage> {
  const parsed = deliverMessageInput.safeParse(input);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join(".")))].join(", ");
    throw new InvalidMessageError(`invalid message: ${fields}`);
  }
  const m = parsed.data;
  // Only citizens have a Postkorb; a message to a staff account would be stored but never shown.
  if ((await accountKind(tx, m.accountId)) !== "citizen") throw new InvalidMessageError("invalid message: accountId");
  const { id } = await tx
    .insertInto("mailbox.message")
    .values({
      account_id: m.accountId,
      sender_department_id: m.senderDepartmentId,
      subject: m.subject,
      body: m.body,
      case_ref: m.caseRef ?? null,
      case_url: m.caseUrl ?? null,
      read_at: null,
      archived_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  const preferences = await notificationPreferences(tx, m.accountId);
  // An unconfirmed address may belong to someone else: telling a stranger about the message would leak it.
  const notified = preferences !== undefined && preferences.newMessageByEmail && preferences.emailConfirmed;
  if (notified) {
    const link = `${options.publicUrl.replace(/\/$/, "")}/konto/postkorb/${id}`;
    await enqueueMail(tx, jobs, newMessageMail(preferences.email, link, preferences.language));
  }
  await recordAudit(tx, options.actor, "mailbox.message-delivered", { type: "mailbox.message", id }, {
    accountId: m.accountId,
    senderDepartmentId: m.senderDepartmentId,
    notified,
  });
  return { id, notified };
}
