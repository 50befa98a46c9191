// Registry of the modules that hold personal data about an account. "Meine Daten" (GDPR Art. 15) calls every
// exporter; "Konto löschen" (Art. 17) runs every eraser in the erasing transaction. The kernel names no module:
// modules register themselves at startup (e.g. the Postkorb with its messages).
import type { Executor, Tx } from "../../platform/db/index.ts";

export interface PersonalDataSource {
  /** Key of this module's part in the export, e.g. "postkorb". */
  name: string;
  /** Everything the module stores about the account, as plain JSON. */
  export(db: Executor, accountId: string): Promise<unknown>;
  /** Deletes what is private and anonymises what was contributed publicly; runs before the account row goes. */
  erase(tx: Tx, accountId: string): Promise<void>;
}

const sources = new Map<string, PersonalDataSource>();

/** Registering the same name again replaces the earlier source (tests build many apps in one process). */
export function registerPersonalData(source: PersonalDataSource): void {
  sources.set(source.name, source);
}

export function personalDataSources(): readonly PersonalDataSource[] {
  return [...sources.values()];
}
