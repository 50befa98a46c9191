// Sessions: created at login (always a new token: the id is rotated on every login, and again when staff pass
// their second factor), resolved on each request that carries the cookie, ended at logout or everywhere at
// once. The cookie holds 32 random bytes; the table only their SHA-256, so reading the table lets nobody in.
import { createHash, randomBytes } from "node:crypto";
import type { Executor, Tx } from "../../platform/db/index.ts";
import type { RoleGrant, TrustLevel } from "./actor.ts";
import { sessionPolicies, TOUCH_INTERVAL_SECONDS } from "./session-policy.ts";
import type { AccountKind, SessionMethod } from "./tables.ts";

export interface NewSession {
  accountId: string;
  method: SessionMethod;
  acr?: TrustLevel | undefined;
  /** Staff who already passed their second factor in this login (e.g. city SSO with MFA). */
  secondFactor?: boolean;
}

export interface ResolvedSession {
  accountId: string;
  accountKind: AccountKind;
  displayName: string;
  method: SessionMethod;
  acr: TrustLevel | undefined;
  secondFactorDone: boolean;
  roles: RoleGrant[];
  createdAt: Date;
}

export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;
const newToken = () => randomBytes(32).toString("base64url");

export async function createSession(tx: Tx, input: NewSession): Promise<string> {
  const account = await tx.selectFrom("identity.account").select("kind").where("id", "=", input.accountId).executeTakeFirstOrThrow();
  const policy = sessionPolicies[account.kind];
  const token = newToken();
  await tx
    .insertInto("identity.session")
    .values({
      token_hash: hashToken(token),
      account_id: input.accountId,
      method: input.method,
      acr: input.acr ?? null,
      expires_at: new Date(Date.now() + policy.absoluteHours * 3600_000),
      second_factor_at: input.secondFactor ? new Date() : null,
    })
    .execute();
  return token;
}

/** The session behind a cookie value, or undefined when it is unknown, idle too long or past its end. */
export async function resolveSession(db: Executor, token: string, now = new Date()): Promise<ResolvedSession | undefined> {
  if (!tokenPattern.test(token)) return undefined;
  const hash = hashToken(token);
  const row = await db
    .selectFrom("identity.session as s")
    .innerJoin("identity.account as a", "a.id", "s.account_id")
    .select(["s.account_id", "s.created_at", "s.last_seen_at", "s.expires_at", "s.method", "s.acr", "s.second_factor_at", "a.kind", "a.display_name", "a.email"])
    .where("s.token_hash", "=", hash)
    .executeTakeFirst();
  if (!row) return undefined;
  const idleEnd = row.last_seen_at.getTime() + sessionPolicies[row.kind].idleMinutes * 60_000;
  if (row.expires_at.getTime() <= now.getTime() || idleEnd <= now.getTime()) {
    await db.deleteFrom("identity.session").where("token_hash", "=", hash).execute();
    return undefined;
  }
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_INTERVAL_SECONDS * 1000) {
    await db.updateTable("identity.session").set({ last_seen_at: now }).where("token_hash", "=", hash).execute();
  }
  const roles =
    row.kind === "staff"
      ? await db.selectFrom("identity.role_grant").select(["role", "department_id"]).where("account_id", "=", row.account_id).execute()
      : [];
  return {
    accountId: row.account_id,
    accountKind: row.kind,
    // The name is optional at registration; the header then shows the address the person logged in with.
    displayName: row.display_name.trim() || row.email,
    method: row.method,
    acr: row.acr ?? undefined,
    secondFactorDone: row.second_factor_at !== null,
    roles: roles.map((r) => ({ role: r.role, departmentId: r.department_id })),
    createdAt: row.created_at,
  };
}

/**
 * Marks the second factor as given (staff TOTP) and returns the session's new token; the old one stops working.
 * Session fixation: a token someone planted in the browser before the login, or read off it half-way, must not
 * become the token that carries staff power. Undefined when the session no longer exists.
 */
export async function completeSecondFactor(tx: Tx, token: string): Promise<string | undefined> {
  if (!tokenPattern.test(token)) return undefined;
  const fresh = newToken();
  const row = await tx
    .updateTable("identity.session")
    .set({ token_hash: hashToken(fresh), second_factor_at: new Date() })
    .where("token_hash", "=", hashToken(token))
    .returning("account_id")
    .executeTakeFirst();
  return row ? fresh : undefined;
}

export async function endSession(tx: Tx, token: string): Promise<void> {
  if (tokenPattern.test(token)) await tx.deleteFrom("identity.session").where("token_hash", "=", hashToken(token)).execute();
}

/** "Überall abmelden", and what a password change or account erasure does: every session of the account ends. */
export async function endAllSessions(tx: Tx, accountId: string): Promise<number> {
  const result = await tx.deleteFrom("identity.session").where("account_id", "=", accountId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
