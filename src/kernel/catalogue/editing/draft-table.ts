// Table type of the editor's working copies (migration 0003), merged into the platform's `Tables`.
import type { Generated } from "kysely";
import type { Timestamp } from "../../../platform/db/index.ts";

/** What the editor edits; departments stay with the import for now. */
export type EditableKind = "service" | "location" | "life-situation";

export interface DraftTable {
  entry_kind: EditableKind;
  entry_id: string;
  /** The entry in the catalogue file's shape (import-schema.ts), as the editor last saved it. */
  content: unknown;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Generated<Timestamp>;
}

declare module "../../../platform/db/tables.ts" {
  interface Tables {
    "catalogue.draft": DraftTable;
  }
}
