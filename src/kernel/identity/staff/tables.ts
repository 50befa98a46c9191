// Table types of the staff login (migrations 0010, 0011, 0012), merged into the platform's `Tables`.
import type { Generated } from "kysely";
import type { Timestamp } from "../../../platform/db/index.ts";

export interface StaffTotpTable {
  account_id: string;
  secret_encrypted: string;
  confirmed_at: Timestamp | null;
  last_used_step: string | null;
  created_at: Generated<Timestamp>;
}

export interface StaffPasswordTokenTable {
  token_hash: Buffer;
  account_id: string;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface StaffLoginAttemptTable {
  id: Generated<string>;
  email_key: Buffer;
  stage: "password" | "totp";
  succeeded: boolean;
  attempted_at: Generated<Timestamp>;
  /** Set on the failure that started a lockout: when that lockout ends (migration 0012). */
  locked_until: Generated<Timestamp | null>;
}

export interface StaffRecoveryCodeTable {
  account_id: string;
  code_hash: Buffer;
  created_at: Generated<Timestamp>;
  used_at: Timestamp | null;
}

declare module "../../../platform/db/tables.ts" {
  interface Tables {
    "identity.staff_totp": StaffTotpTable;
    "identity.staff_password_token": StaffPasswordTokenTable;
    "identity.staff_login_attempt": StaffLoginAttemptTable;
    "identity.staff_recovery_code": StaffRecoveryCodeTable;
  }
}
