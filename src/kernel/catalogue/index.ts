// kernel/catalogue: departments, locations, services and life situations, their import from a
// catalogue file, the publication lifecycle, and a fast in-memory snapshot of what is published.
import { fileURLToPath } from "node:url";
import type { MigrationSource } from "../../platform/db/index.ts";
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
export type { CatalogueFile } from "./import-schema.ts";
export { canChangeState, nextStates, publicationStates } from "./publication-state.ts";
export { changePublicationState, type CatalogueEntryKind, type ChangeStateResult } from "./change-publication-state.ts";
export { writeCatalogueEntries, catalogueIsEmpty, type CatalogueEntries } from "./write-catalogue.ts";

export const catalogueMigrations: MigrationSource = { module: "catalogue", dir: fileURLToPath(new URL("./migrations", import.meta.url)) };
