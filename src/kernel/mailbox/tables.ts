// Table types of kernel/mailbox, merged into the platform's `Tables`.
import type { ColumnType, Generated } from "kysely";
import type { Timestamp } from "../../platform/db/index.ts";
import type { MessageState } from "./message-state.ts";

export interface MessageTable {
  id: Generated<string>;
  account_id: string;
  sender_department_id: string;
  subject: string;
  body: string;
  case_ref: string | null;
  case_url: string | null;
  state: Generated<MessageState>;
  created_at: Generated<Timestamp>;
  read_at: Timestamp | null;
  archived_at: Timestamp | null;
}

export interface AttachmentTable {
  id: Generated<string>;
  message_id: string;
  file_name: string;
  content_type: string;
  /** int8 arrives as a string on both drivers. */
  size_bytes: ColumnType<string, number, number>;
  storage_key: string;
  created_at: Generated<Timestamp>;
}

declare module "../../platform/db/tables.ts" {
  interface Tables {
    "mailbox.message": MessageTable;
    "mailbox.attachment": AttachmentTable;
  }
}
