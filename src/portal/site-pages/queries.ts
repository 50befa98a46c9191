// Read queries of the site pages.
import type { Executor } from "../../platform/db/index.ts";
import "./tables.ts";

export interface FeedbackConfirmation {
  reference: string;
  answerWanted: boolean;
}

/** What the confirmation page may show for a receipt token: the reference and the answer wish, nothing personal. */
export async function findFeedbackConfirmation(db: Executor, receiptToken: string): Promise<FeedbackConfirmation | undefined> {
  const row = await db
    .selectFrom("portal.accessibility_feedback")
    .select(["reference", "answer_wanted"])
    .where("receipt_token", "=", receiptToken)
    .executeTakeFirst();
  return row ? { reference: row.reference, answerWanted: row.answer_wanted } : undefined;
}
