// kernel/catalogue: departments, locations, services and life situations, and a fast in-memory snapshot.
import { fileURLToPath } from "node:url";
import type { MigrationSource } from "../../platform/db/index.ts";
import "./tables.ts";

export type { LocalizedText, OnlineKind } from "./tables.ts";
export { CatalogueCache, loadCatalogueSnapshot, localized, type CatalogueSnapshot, type ServiceEntry, type LifeSituationEntry } from "./snapshot.ts";
export { writeCatalogueEntries, catalogueIsEmpty, type CatalogueEntries } from "./write-catalogue.ts";

export const catalogueMigrations: MigrationSource = { module: "catalogue", dir: fileURLToPath(new URL("./migrations", import.meta.url)) };
