// What case use cases need besides the transaction: the job queue (mails and Postkorb notifications go out
// after commit), the site's public address for links in mails, and the app secret for access links.
import type { JobQueue } from "../../platform/jobs/index.ts";

export interface CaseDeps {
  jobs: JobQueue;
  /** config.publicUrl, without trailing slash or with: links in mails are built from it. */
  publicUrl: string;
  /** The app secret (resolveSecret): signs the access links of cases without an account. */
  secret: string;
}

/** Why a use case did not act; routes turn these into a message (and 403/404/409 for the API). */
export type CaseRefusal =
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "not-allowed" }
  /** Someone else changed the case since the form was shown; nothing was written. */
  | { ok: false; reason: "stale"; currentVersion: number }
  | { ok: false; reason: "invalid-transition" }
  | { ok: false; reason: "invalid-input"; fields: string[] };
