// Retention of accessibility feedback: the privacy notice promises to delete it a number of years after it
// came in (the operator's `retention.accessibilityFeedbackYears`, the same number the notice prints).
import { sql } from "kysely";
import type { Tx } from "../../platform/db/index.ts";
import type { RetentionTask } from "../../platform/jobs/index.ts";
import { demoSiteOperator, type SiteOperator } from "./site-operator.ts";
import "./tables.ts";

export async function deleteOldAccessibilityFeedback(tx: Tx, now: Date, years: number): Promise<{ accessibilityFeedback: number }> {
  const result = await tx
    .deleteFrom("portal.accessibility_feedback")
    .where("created_at", "<", sql<Date>`${now}::timestamptz - make_interval(years => ${years})`)
    .executeTakeFirst();
  return { accessibilityFeedback: Number(result.numDeletedRows) };
}

/** The task for the installation's operator: pass the same operator the site pages show. */
export function accessibilityFeedbackRetention(operator: SiteOperator = demoSiteOperator): RetentionTask {
  const years = operator.retention.accessibilityFeedbackYears;
  return { name: "site-pages.feedback-retention", every: "day", run: (tx, now) => deleteOldAccessibilityFeedback(tx, now, years) };
}
