// What the case use cases need from the back office's options (job queue, public address, app secret).
import type { CaseDeps } from "../../kernel/cases/index.ts";
import type { BackofficeOptions } from "../options.ts";

export function caseDeps(options: BackofficeOptions): CaseDeps {
  return { jobs: options.jobs, publicUrl: options.publicUrl, secret: options.secret };
}
