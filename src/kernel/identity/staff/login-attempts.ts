// Counts staff login attempts per typed-in address, for the per-account limit. The key is the same for
// addresses with and without an account, so the limit tells nobody whether an account exists.
import { createHash } from "node:crypto";
import type { Executor, Tx } from "../../../platform/db/index.ts";

/** Failed steps (password or code) within the window that lock an address for the rest of the window. */
export const STAFF_LOGIN_MAX_FAILURES = 5;
export const STAFF_LOGIN_WINDOW_MINUTES = 15;

export function emailKey(email: string): Buffer {
  return createHash("sha256").update(email.trim().toLowerCase()).digest();
}

export async function isLockedOut(db: Executor, email: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - STAFF_LOGIN_WINDOW_MINUTES * 60_000);
  const row = await db
    .selectFrom("identity.staff_login_attempt")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("email_key", "=", emailKey(email))
    .where("succeeded", "=", false)
    .where("attempted_at", ">=", since)
    .executeTakeFirstOrThrow();
  return Number(row.n) >= STAFF_LOGIN_MAX_FAILURES;
}

export async function recordAttempt(tx: Tx, email: string, stage: "password" | "totp", succeeded: boolean): Promise<void> {
  await tx.insertInto("identity.staff_login_attempt").values({ email_key: emailKey(email), stage, succeeded }).execute();
}
