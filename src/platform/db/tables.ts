// The database's table types. Each module adds its own tables to `Tables` by declaration merging
// (`declare module ".../platform/db/tables.ts" { interface Tables { "catalogue.service": … } }`),
// so platform never imports a module and every query is still typed.
import type { Generated } from "kysely";

/** timestamptz: a Date both ways; wrap in Generated<> when the database fills it in. */
export type Timestamp = Date;

export interface MigrationTable {
  module: string;
  name: string;
  checksum: string;
  applied_at: Generated<Date>;
}

export interface SecretTable {
  name: string;
  value: string;
  created_at: Generated<Date>;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Tables {
  "platform.migration": MigrationTable;
  "platform.secret": SecretTable;
}
