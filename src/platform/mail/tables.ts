// Table types of platform/mail, merged into the platform's `Tables`.
import type { ColumnType, Generated } from "kysely";
import type { Timestamp } from "../db/index.ts";

export type OutboxState = "queued" | "sent" | "failed" | "captured";

export interface OutboxTable {
  id: Generated<string>;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  state: Generated<OutboxState>;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: Generated<Timestamp>;
  sent_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

declare module "../db/tables.ts" {
  interface Tables {
    "mail.outbox": OutboxTable;
  }
}
