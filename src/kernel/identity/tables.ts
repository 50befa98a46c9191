// Table types of kernel/identity, merged into the platform's `Tables`.
import type { Generated } from "kysely";
import type { Timestamp } from "../../platform/db/index.ts";

export type AccountKind = "citizen" | "staff";
export type Role = "staff" | "department-admin" | "editor" | "platform-admin";

export interface AccountTable {
  id: Generated<string>;
  kind: AccountKind;
  email: string;
  display_name: string;
  password_hash: string | null;
  created_at: Generated<Timestamp>;
  email_confirmed_at: Timestamp | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  preferred_language: "de" | "en" | null;
  notify_by_email: Generated<boolean>;
}

export type AccountTokenPurpose = "confirm-email" | "reset-password" | "change-email";

export interface AccountTokenTable {
  token_hash: Buffer;
  account_id: string;
  purpose: AccountTokenPurpose;
  new_email: string | null;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface LoginAttemptTable {
  id: Generated<string>;
  email_key: Buffer;
  ip: string;
  succeeded: boolean;
  attempted_at: Generated<Timestamp>;
}

export interface RoleGrantTable {
  id: Generated<string>;
  account_id: string;
  role: Role;
  department_id: string | null;
  granted_at: Generated<Timestamp>;
}

export type SessionMethod = "password" | "passkey" | "oidc";

export interface SessionTable {
  token_hash: Buffer;
  account_id: string;
  created_at: Generated<Timestamp>;
  last_seen_at: Generated<Timestamp>;
  expires_at: Timestamp;
  method: SessionMethod;
  acr: "level1" | "level3" | "level4" | null;
  second_factor_at: Timestamp | null;
}

declare module "../../platform/db/tables.ts" {
  interface Tables {
    "identity.session": SessionTable;
    "identity.account": AccountTable;
    "identity.role_grant": RoleGrantTable;
    "identity.account_token": AccountTokenTable;
    "identity.login_attempt": LoginAttemptTable;
  }
}
