// Public surface of platform/db.
export { openDatabase, type Database, type DatabaseKind, type Db, type Tx, type Executor } from "./database.ts";
export { migrate, MigrationChecksumError, type MigrationSource } from "./migrate.ts";
export { inTransaction, isUniqueViolation } from "./transaction.ts";
export type { Tables, Timestamp } from "./tables.ts";
export { platformMigrations } from "./platform-migrations.ts";
