// Growing lockouts for the staff login, per typed-in address: 5 failed steps (password or code) within 15
// minutes lock the address for 15 minutes; each further lockout within a day lasts longer (1 h, 4 h, then
// 24 h). A guesser who waits out each lockout gets about 20 tries a day instead of 480. The key is the same
// for addresses with and without an account, so a lockout tells nobody whether an account exists.
// Key, serialisation and memory are the citizen login's (citizen/login-throttle.ts).
import type { Executor, Tx } from "../../../platform/db/index.ts";
import { emailKey, MEMORY_HOURS, serialiseAttempts } from "../citizen/login-throttle.ts";

export { emailKey };

/** Failed steps within STAFF_LOGIN_WINDOW_MINUTES that start a lockout. */
export const STAFF_LOGIN_MAX_FAILURES = 5;
export const STAFF_LOGIN_WINDOW_MINUTES = 15;
/** Length of the 1st, 2nd, 3rd and every later lockout of an address within STAFF_LOCKOUT_MEMORY_HOURS. */
export const STAFF_LOCKOUT_MINUTES: readonly number[] = [15, 60, 240, 1440];
/** Lockouts this far back make the next one longer; attempts are kept no longer (identity retention). */
export const STAFF_LOCKOUT_MEMORY_HOURS = MEMORY_HOURS;

/** Minutes the `n`-th lockout (1-based) within the memory lasts; the last length is the cap. */
export function lockoutMinutes(n: number): number {
  return STAFF_LOCKOUT_MINUTES[Math.min(Math.max(n, 1), STAFF_LOCKOUT_MINUTES.length) - 1]!;
}

export interface AttemptRow {
  stage: "password" | "totp";
  succeeded: boolean;
  attempted_at: Date;
  locked_until: Date | null;
}

/**
 * Whether the newest attempt (a failure, first in `newestFirst`) starts a lockout, and until when. A full login
 * (the code step passed) forgets everything before it; a correct password alone does not, or someone who knows
 * the password could reset the count between rounds of guessing codes. Failures before the last lockout started
 * count no more: each lockout needs 5 new ones.
 */
export function lockoutAfter(newestFirst: readonly AttemptRow[], now: Date): Date | undefined {
  const fullLogin = newestFirst.findIndex((r) => r.succeeded && r.stage === "totp");
  const since = fullLogin === -1 ? newestFirst : newestFirst.slice(0, fullLogin);
  const lastLockout = since.findIndex((r) => r.locked_until !== null);
  const windowStart = now.getTime() - STAFF_LOGIN_WINDOW_MINUTES * 60_000;
  const fresh = (lastLockout === -1 ? since : since.slice(0, lastLockout)).filter((r) => !r.succeeded && r.attempted_at.getTime() > windowStart);
  if (fresh.length < STAFF_LOGIN_MAX_FAILURES) return undefined;
  const earlierLockouts = since.filter((r) => r.locked_until !== null).length;
  return new Date(now.getTime() + lockoutMinutes(earlierLockouts + 1) * 60_000);
}

/** Until when the address is locked, or undefined when a try is allowed now. */
export async function lockedUntil(db: Executor, email: string, now = new Date()): Promise<Date | undefined> {
  const row = await db
    .selectFrom("identity.staff_login_attempt")
    .select((eb) => eb.fn.max("locked_until").as("until"))
    .where("email_key", "=", emailKey(email))
    .where("locked_until", ">", now)
    .executeTakeFirst();
  return row?.until ? new Date(row.until) : undefined;
}

/**
 * Records a login step. A failure that completes 5 in the window starts a lockout, whose end it returns.
 * One attempt per address at a time, so two failures at once can't both be the 5th or both miss it.
 */
export async function recordAttempt(tx: Tx, email: string, stage: "password" | "totp", succeeded: boolean, now = new Date()): Promise<Date | undefined> {
  const key = emailKey(email);
  await serialiseAttempts(tx, key);
  const { id } = await tx.insertInto("identity.staff_login_attempt").values({ email_key: key, stage, succeeded, attempted_at: now }).returning("id").executeTakeFirstOrThrow();
  if (succeeded) return undefined;
  const history = await tx
    .selectFrom("identity.staff_login_attempt")
    .select(["stage", "succeeded", "attempted_at", "locked_until"])
    .where("email_key", "=", key)
    .where("attempted_at", ">", new Date(now.getTime() - STAFF_LOCKOUT_MEMORY_HOURS * 3600_000))
    .orderBy("attempted_at", "desc")
    .orderBy("id", "desc")
    .limit(500)
    .execute();
  const until = lockoutAfter(history, now);
  if (until) await tx.updateTable("identity.staff_login_attempt").set({ locked_until: until }).where("id", "=", id).execute();
  return until;
}
