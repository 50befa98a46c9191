// Table types of passkeys and WebAuthn challenges (migration 0021), merged into the platform's `Tables`.
import type { Generated } from "kysely";
import type { Timestamp } from "../../../platform/db/index.ts";

export interface PasskeyTable {
  id: Generated<string>;
  account_id: string;
  credential_id: string;
  public_key: Buffer;
  /** bigint comes back as a string from both databases. */
  counter: string | number;
  transports: Generated<string[]>;
  name: string;
  created_at: Generated<Timestamp>;
  last_used_at: Timestamp | null;
}

export interface WebauthnChallengeTable {
  challenge: string;
  purpose: "register" | "login";
  account_id: string | null;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
}

declare module "../../../platform/db/tables.ts" {
  interface Tables {
    "identity.passkey": PasskeyTable;
    "identity.webauthn_challenge": WebauthnChallengeTable;
  }
}
