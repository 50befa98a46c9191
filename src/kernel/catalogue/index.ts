// kernel/catalogue: departments, locations, services and life situations, their import from a
// catalogue file, the publication lifecycle, and a fast in-memory snapshot of what is published.
import { fileURLToPath } from "node:url";
import type { Executor, MigrationSource } from "../../platform/db/index.ts";
import type { LocalizedText } from "./tables.ts";
import "./tables.ts";

export type { Cost, LocalizedText, OnlineKind, PublicationState, RequiredTrustLevel, TextLanguage } from "./tables.ts";
export {
  localized,
  type CatalogueSnapshot,
  type DepartmentEntry,
  type LifeSituationEntry,
  type LifeSituationStepEntry,
  type LocationEntry,
  type OnlineOffer,
  type OpeningHoursEntry,
  type ServiceEntry,
} from "./snapshot.ts";
export { loadCatalogueSnapshot } from "./load-snapshot.ts";
export { CatalogueCache, type CatalogueCacheOptions } from "./catalogue-cache.ts";
export { readCatalogueRevision } from "./revision.ts";
export { importCatalogue, type ImportResult } from "./import-catalogue.ts";
export type { ImportChanges, ImportCounts } from "./write-changes.ts";
export { validateCatalogueFile, type KnownIds, type ValidationResult } from "./validate-catalogue-file.ts";
export { formatProblems, type ImportProblem } from "./import-problems.ts";
export { entryIdProblem, type CatalogueFile } from "./import-schema.ts";
export { canChangeState, nextStates, publicationStates } from "./publication-state.ts";
export { changePublicationState, type CatalogueEntryKind, type ChangeStateResult } from "./change-publication-state.ts";
export { writeCatalogueEntries, catalogueIsEmpty, type CatalogueEntries } from "./write-catalogue.ts";

// The editor (issue #4): working copies, publication, previews; see editing/ and docs/adr/0007-catalogue-editing.md.
import "./editing/draft-table.ts";
export { catalogueActions, type CatalogueAction } from "./editing/catalogue-permissions.ts";
export type { EditableEntry, EditableKind, EntryContent } from "./editing/editable-entry.ts";
export { readEditableEntry } from "./editing/editable-entry.ts";
export type { EditingRefusal } from "./editing/editing-result.ts";
export { SaveDraftInput, CreateEntryInput, EntryVersionInput, ChangeEntryStateInput, ListEntriesInput } from "./editing/editing-inputs.ts";
export { saveCatalogueDraft, type SaveDraftResult } from "./editing/save-draft.ts";
export { createCatalogueEntry, type CreateEntryResult } from "./editing/create-entry.ts";
export { publishCatalogueEntry, type PublishEntryResult } from "./editing/publish-entry.ts";
export { discardCatalogueDraft, type DiscardDraftResult } from "./editing/discard-draft.ts";
export { changeCatalogueEntryState, type ChangeEntryStateResult } from "./editing/change-entry-state.ts";
export { listCatalogueEntries, type CatalogueListItem } from "./editing/list-entries.ts";
export { previewCatalogueEntry, type CataloguePreview } from "./editing/preview-entry.ts";

/** A department's names and official address, e.g. to tell it that a case was handed to it. */
export async function departmentContact(db: Executor, id: string): Promise<{ id: string; shortName: string; name: LocalizedText; email: string | null } | undefined> {
  return db.selectFrom("catalogue.department").select(["id", "short_name as shortName", "name", "email"]).where("id", "=", id).executeTakeFirst();
}

export const catalogueMigrations: MigrationSource = { module: "catalogue", dir: fileURLToPath(new URL("./migrations", import.meta.url)) };
