// What app.ts hands the back office.
import type { CatalogueCache } from "../kernel/catalogue/index.ts";
import type { Db } from "../platform/db/index.ts";
import type { JobQueue } from "../platform/jobs/index.ts";

export interface BackofficeOptions {
  db: Db;
  jobs: JobQueue;
  /** The app secret (resolveSecret): the TOTP secrets are encrypted under a key derived from it. */
  secret: string;
  /** Base URL for links in e-mails (config.publicUrl). */
  publicUrl: string;
  /** Shown as the issuer in authenticator apps ("Stadttor München"). */
  cityName: string;
  /** Label of the city SSO button on the login page (config.staffOidc?.label); no button when undefined. */
  staffOidcLabel?: string | undefined;
  /** Department names for the role forms. */
  catalogue: CatalogueCache;
}
