// Records one piece of accessibility feedback and, when a job queue is at hand, notifies the contact point by
// mail in the same transaction: the notification exists exactly when the feedback does.
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Tx } from "../../platform/db/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";
import type { JobQueue } from "../../platform/jobs/index.ts";
import { enqueueMail } from "../../platform/mail/index.ts";
import type { AccessibilityFeedbackInput } from "./accessibility-feedback-input.ts";
import { feedbackMessages } from "./feedback-messages.ts";
import "./tables.ts";

// BayDiV: if the contact point has not answered within six weeks, the person may turn to the enforcement
// and monitoring body (§ 11 BayDiV). Every page that promises an answer uses this one number.
export const ANSWER_PERIOD_WEEKS = 6;

export interface FeedbackReceipt {
  /** For people: "BF-2026-000123". */
  reference: string;
  /** For the confirmation URL: unguessable, so nobody can page through other people's receipts. */
  receiptToken: string;
}

export interface FeedbackNotification {
  jobs: JobQueue;
  /** The accessibility contact point's address. */
  to: string;
}

export async function submitAccessibilityFeedback(
  tx: Tx,
  input: AccessibilityFeedbackInput,
  locale: Locale,
  notify: FeedbackNotification | undefined,
): Promise<FeedbackReceipt> {
  const { rows } = await sql<{ n: string; year: string }>`
    select nextval('portal.accessibility_feedback_number')::text as n,
           to_char(now() at time zone 'Europe/Berlin', 'YYYY') as year`.execute(tx);
  const { n, year } = rows[0]!;
  const reference = `BF-${year}-${n.padStart(6, "0")}`;
  const receiptToken = randomBytes(18).toString("base64url");
  await tx
    .insertInto("portal.accessibility_feedback")
    .values({
      reference,
      receipt_token: receiptToken,
      message: input.message,
      name: input.name,
      email: input.email,
      answer_wanted: input.answer === "yes",
      locale,
    })
    .execute();
  if (notify) await enqueueMail(tx, notify.jobs, notificationMail(notify.to, reference, input, locale));
  return { reference, receiptToken };
}

/** The contact point works in German, whatever language the person used on the site. */
function notificationMail(to: string, reference: string, input: AccessibilityFeedbackInput, locale: Locale) {
  const m = feedbackMessages.in("de");
  const text = [
    m.mailGreeting,
    "",
    m.mailIntro,
    "",
    `${m.mailReference}: ${reference}`,
    `${m.mailName}: ${input.name ?? m.mailNotGiven}`,
    `${m.mailEmail}: ${input.email ?? m.mailNotGiven}`,
    `${m.mailAnswer}: ${input.answer === "yes" ? m.mailYes : m.mailNo}`,
    `${m.mailLanguage}: ${locale}`,
    "",
    `${m.mailMessage}:`,
    input.message,
    "",
    input.answer === "yes" ? m.mailDeadline(ANSWER_PERIOD_WEEKS) : "",
  ].join("\n");
  return { to, subject: m.mailSubject(reference), text: text.trimEnd() + "\n" };
}
