// Single-use links sent by e-mail (confirm address, reset password, change address). The link holds 32 random
// bytes; the table only their SHA-256. A new link of the same purpose replaces the older ones.
import { randomBytes } from "node:crypto";
import type { Tx } from "../../../platform/db/index.ts";
import { hashToken } from "../sessions.ts";
import type { AccountTokenPurpose } from "../tables.ts";

export const tokenLifetimeMinutes: Record<AccountTokenPurpose, number> = {
  "confirm-email": 24 * 60,
  "reset-password": 60,
  "change-email": 24 * 60,
};

export const linkTokenPattern = /^[A-Za-z0-9_-]{43}$/;

export async function issueAccountToken(tx: Tx, accountId: string, purpose: AccountTokenPurpose, newEmail: string | null = null): Promise<string> {
  await tx.deleteFrom("identity.account_token").where("account_id", "=", accountId).where("purpose", "=", purpose).execute();
  const token = randomBytes(32).toString("base64url");
  await tx
    .insertInto("identity.account_token")
    .values({
      token_hash: hashToken(token),
      account_id: accountId,
      purpose,
      new_email: newEmail,
      expires_at: new Date(Date.now() + tokenLifetimeMinutes[purpose] * 60_000),
    })
    .execute();
  return token;
}

export type TokenCheck =
  | { ok: true; accountId: string; newEmail: string | null }
  | { ok: false; reason: "invalid" | "expired" | "used" };

/** Looks at a link without using it up (to show the form behind a reset link). */
export async function checkAccountToken(tx: Tx, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<TokenCheck> {
  if (!linkTokenPattern.test(token)) return { ok: false, reason: "invalid" };
  const row = await tx
    .selectFrom("identity.account_token")
    .select(["account_id", "new_email", "expires_at", "used_at"])
    .where("token_hash", "=", hashToken(token))
    .where("purpose", "=", purpose)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return { ok: false, reason: "invalid" };
  if (row.used_at) return { ok: false, reason: "used" };
  if (row.expires_at.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, accountId: row.account_id, newEmail: row.new_email };
}

/** Uses a link up: the row stays (marked used) so a second click can be told "already used". */
export async function consumeAccountToken(tx: Tx, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<TokenCheck> {
  const check = await checkAccountToken(tx, token, purpose, now);
  if (check.ok) await tx.updateTable("identity.account_token").set({ used_at: now }).where("token_hash", "=", hashToken(token)).execute();
  return check;
}
