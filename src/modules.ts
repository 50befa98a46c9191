// Every module's migrations, in dependency order: platform first, then kernel, then components.
import { catalogueMigrations } from "./kernel/catalogue/index.ts";
import { identityMigrations } from "./kernel/identity/index.ts";
import { platformMigrations, type MigrationSource } from "./platform/db/index.ts";

export const migrationSources: MigrationSource[] = [platformMigrations, catalogueMigrations, identityMigrations];
