// Every module's migrations, in dependency order: platform first, then kernel, then components.
import { auditMigrations } from "./kernel/audit/index.ts";
import { casesMigrations } from "./kernel/cases/index.ts";
import { catalogueMigrations } from "./kernel/catalogue/index.ts";
import { identityMigrations } from "./kernel/identity/index.ts";
import { mailboxMigrations } from "./kernel/mailbox/index.ts";
import { platformMigrations, type MigrationSource } from "./platform/db/index.ts";
import { jobsMigrations } from "./platform/jobs/index.ts";
import { mailMigrations } from "./platform/mail/index.ts";
import { sitePagesMigrations } from "./portal/site-pages/index.ts";
import { usageMigrations } from "./portal/usage/index.ts";

export const migrationSources: MigrationSource[] = [
  platformMigrations,
  jobsMigrations,
  mailMigrations,
  auditMigrations,
  catalogueMigrations,
  identityMigrations,
  mailboxMigrations,
  casesMigrations,
  sitePagesMigrations,
  usageMigrations,
];
