// Table types of the OpenID Connect login (migration 0020), merged into the platform's `Tables`.
import type { Generated } from "kysely";
import type { Timestamp } from "../../../platform/db/index.ts";

export type OidcAudience = "citizen" | "staff";

export interface ExternalIdentityTable {
  id: Generated<string>;
  issuer: string;
  subject: string;
  account_id: string;
  created_at: Generated<Timestamp>;
  last_login_at: Generated<Timestamp>;
}

export interface OidcFlowTable {
  handle_hash: Buffer;
  audience: OidcAudience;
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
}

declare module "../../../platform/db/tables.ts" {
  interface Tables {
    "identity.external_identity": ExternalIdentityTable;
    "identity.oidc_flow": OidcFlowTable;
  }
}
