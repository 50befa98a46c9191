// Table types of the site pages, merged into the platform's `Tables`.
import type { Generated } from "kysely";
import type { Timestamp } from "../../platform/db/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";

export interface AccessibilityFeedbackTable {
  id: Generated<string>;
  reference: string;
  receipt_token: string;
  message: string;
  name: string | null;
  email: string | null;
  answer_wanted: boolean;
  locale: Locale;
  created_at: Generated<Timestamp>;
}

declare module "../../platform/db/tables.ts" {
  interface Tables {
    "portal.accessibility_feedback": AccessibilityFeedbackTable;
  }
}
