// Growing delays against password guessing. Per address typed in (known or not, so a lockout tells nothing
// about who has an account): from the 5th failure in a row the next try waits 1, 2, 4 … minutes (at most
// 60). Per IP address a higher limit, so one machine can't try many accounts; shared networks (a town hall's
// Wi-Fi, mobile carriers) keep working with it.
import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Tx } from "../../../platform/db/index.ts";

export const ACCOUNT_FREE_FAILURES = 5;
export const MAX_DELAY_MINUTES = 60;
export const IP_FAILURES_PER_WINDOW = 50;
export const IP_WINDOW_MINUTES = 15;
// Failures older than this no longer count, and their rows go (here per address, and in retention for all).
export const MEMORY_HOURS = 24;

export function emailKey(email: string): Buffer {
  return createHash("sha256").update(email.trim().toLowerCase()).digest();
}

/** Bookkeeping for one address happens one attempt at a time, so two failures can't both count as the 4th. */
export async function serialiseAttempts(tx: Tx, key: Buffer): Promise<void> {
  await sql`select pg_advisory_xact_lock(${key.readBigInt64BE(0).toString()}::bigint)`.execute(tx);
}

/** Minutes the next try must wait after `failures` failures in a row. */
export function delayMinutes(failures: number): number {
  if (failures < ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - ACCOUNT_FREE_FAILURES), MAX_DELAY_MINUTES);
}

/** Until when login is refused for this address or IP, or undefined when a try is allowed now. */
export async function lockedUntil(tx: Tx, key: Buffer, ip: string, now = new Date()): Promise<Date | undefined> {
  const since = new Date(now.getTime() - MEMORY_HOURS * 3600_000);
  const recent = await tx
    .selectFrom("identity.login_attempt")
    .select(["succeeded", "attempted_at"])
    .where("email_key", "=", key)
    .where("attempted_at", ">", since)
    .orderBy("attempted_at", "desc")
    .orderBy("id", "desc")
    .limit(ACCOUNT_FREE_FAILURES + 12)
    .execute();
  const lastSuccess = recent.findIndex((r) => r.succeeded);
  const failures = lastSuccess === -1 ? recent.length : lastSuccess;
  let until: number | undefined;
  const delay = delayMinutes(failures);
  if (delay > 0) until = recent[0]!.attempted_at.getTime() + delay * 60_000;

  const ipFailures = await tx
    .selectFrom("identity.login_attempt")
    .select("attempted_at")
    .where("ip", "=", ip)
    .where("succeeded", "=", false)
    .where("attempted_at", ">", new Date(now.getTime() - IP_WINDOW_MINUTES * 60_000))
    .orderBy("attempted_at", "desc")
    .limit(IP_FAILURES_PER_WINDOW)
    .execute();
  if (ipFailures.length >= IP_FAILURES_PER_WINDOW) {
    const ipUntil = ipFailures[ipFailures.length - 1]!.attempted_at.getTime() + IP_WINDOW_MINUTES * 60_000;
    until = Math.max(until ?? 0, ipUntil);
  }
  return until !== undefined && until > now.getTime() ? new Date(until) : undefined;
}

/** Records a try with its outcome, and forgets this address's tries older than a day. */
export async function recordAttempt(tx: Tx, key: Buffer, ip: string, succeeded: boolean, now = new Date()): Promise<void> {
  await tx.deleteFrom("identity.login_attempt").where("email_key", "=", key).where("attempted_at", "<", new Date(now.getTime() - MEMORY_HOURS * 3600_000)).execute();
  await tx.insertInto("identity.login_attempt").values({ email_key: key, ip, succeeded, attempted_at: now }).execute();
}

/** Failures in a row for an address, the latest first, up to the last success. */
export async function failuresInARow(tx: Tx, key: Buffer): Promise<number> {
  const rows = await tx
    .selectFrom("identity.login_attempt")
    .select("succeeded")
    .where("email_key", "=", key)
    .where("attempted_at", ">", new Date(Date.now() - MEMORY_HOURS * 3600_000))
    .orderBy("attempted_at", "desc")
    .orderBy("id", "desc")
    .limit(ACCOUNT_FREE_FAILURES + 12)
    .execute();
  const lastSuccess = rows.findIndex((r) => r.succeeded);
  return lastSuccess === -1 ? rows.length : lastSuccess;
}
