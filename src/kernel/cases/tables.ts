// Table types of kernel/cases, merged into the platform's `Tables`.
import type { ColumnType, Generated } from "kysely";
import type { Timestamp } from "../../platform/db/index.ts";

export type CasePriority = "low" | "normal" | "high" | "urgent";
export const casePriorities: readonly CasePriority[] = ["low", "normal", "high", "urgent"];

export type TimelineEntryType =
  | "created"
  | "state-changed"
  | "public-update"
  | "internal-note"
  | "message-to-citizen"
  | "message-from-citizen"
  | "assigned"
  | "reassigned"
  | "priority-changed"
  | "due-date-changed"
  | "attachment";

/** public: everyone for a public case and always the citizen; citizen: the citizen and staff; internal: staff only. */
export type TimelineVisibility = "public" | "citizen" | "internal";


export interface CaseTable {
  id: Generated<string>;
  reference: string;
  kind: string;
  state: string;
  is_open: boolean;
  title: string;
  description: Generated<string>;
  category: string | null;
  department_id: string;
  assignee_id: string | null;
  priority: Generated<CasePriority>;
  account_id: string | null;
  contact_email: string | null;
  access_salt: Generated<Buffer>;
  contact_locale: Generated<"de" | "en">;
  is_public: Generated<boolean>;
  opened_at: Generated<Timestamp>;
  first_response_at: Timestamp | null;
  closed_at: Timestamp | null;
  /** Berlin calendar date as ISO text, "2026-12-04". */
  due_date: string | null;
  paused_at: Timestamp | null;
  /** The citizen wrote and staff have not answered yet ("Neue Antwort"); migration 0002. */
  awaiting_staff_since: Timestamp | null;
  version: Generated<number>;
  updated_at: Generated<Timestamp>;
  search: ColumnType<string, never, never>;
}

export interface PauseTable {
  case_id: string;
  started_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface TimelineEntryTable {
  id: Generated<string>;
  case_id: string;
  seq: number;
  type: TimelineEntryType;
  visibility: TimelineVisibility;
  author_kind: "citizen" | "staff" | "system" | "anonymous";
  author_id: string | null;
  author_name: string | null;
  department_id: string;
  body: string | null;
  from_state: string | null;
  to_state: string | null;
  detail: Generated<Record<string, unknown>>;
  created_at: Generated<Timestamp>;
}

export interface ReferenceCounterTable {
  year: number;
  last_number: number;
}

export interface ResponseTemplateTable {
  id: Generated<string>;
  department_id: string;
  title: string;
  body: string;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

declare module "../../platform/db/tables.ts" {
  interface Tables {
    "cases.case": CaseTable;
    "cases.pause": PauseTable;
    "cases.timeline_entry": TimelineEntryTable;
    "cases.reference_counter": ReferenceCounterTable;
    "cases.response_template": ResponseTemplateTable;
  }
}
