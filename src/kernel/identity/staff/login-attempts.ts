// Growing lockouts for the staff login. Wrong passwords count per typed-in address *and network* (IP, IPv6 by
// its /64): a stranger who types someone's address can lock out only themselves, not the person at their own
// desk. There is no lockout of a whole network: behind a proxy without TRUST_PROXY, or from the city's shared
// address, it would lock out every member of staff at once and nobody could lift it; spraying guesses over many
// accounts is held by the login route's per-IP rate limit. Wrong codes (which need the right password first)
// count per account. 5 failures within 15 minutes lock for 15 minutes; each further lockout within a day lasts longer (1 h, 4 h, then 24 h). A guesser who waits out each
// lockout gets about 20 tries a day instead of 480. Keys are hashes of the address typed in, known or not, so a
// lockout tells nobody whether an account exists; no IP address is stored in the clear (though an IPv4 hash can
// be found by trying all: the rows go after a day like every attempt).
// Rows of identity.staff_login_attempt, told apart by key and stage:
//   stage "password", key = addressNetworkKey (64 bytes: the address's key, then the network's hash)
//   stage "totp",     key = emailKey of the account's address (32 bytes)
// Key, serialisation and memory are the citizen login's (citizen/login-throttle.ts).
import { createHash } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";
import type { ExpressionBuilder } from "kysely";
import type { Executor, Tables, Tx } from "../../../platform/db/index.ts";
import { emailKey, MEMORY_HOURS, serialiseAttempts } from "../citizen/login-throttle.ts";

export { emailKey };

/** Failed steps within STAFF_LOGIN_WINDOW_MINUTES that start a lockout (per address and network, or per account). */
export const STAFF_LOGIN_MAX_FAILURES = 5;
export const STAFF_LOGIN_WINDOW_MINUTES = 15;
/** Length of the 1st, 2nd, 3rd and every later lockout within STAFF_LOCKOUT_MEMORY_HOURS. */
export const STAFF_LOCKOUT_MINUTES: readonly number[] = [15, 60, 240, 1440];
/** Lockouts this far back make the next one longer; attempts are kept no longer (identity retention). */
export const STAFF_LOCKOUT_MEMORY_HOURS = MEMORY_HOURS;

/** Minutes the `n`-th lockout (1-based) within the memory lasts; the last length is the cap. */
export function lockoutMinutes(n: number): number {
  return STAFF_LOCKOUT_MINUTES[Math.min(Math.max(n, 1), STAFF_LOCKOUT_MINUTES.length) - 1]!;
}

/** The network an IP address stands for: IPv4 as it is, IPv6 by its /64 (one line gets a whole /64). */
export function networkOf(ip: string): string {
  const plain = ip.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped) return mapped[1]!;
  if (isIPv4(plain) || !isIPv6(plain)) return plain;
  const [head = "", tail] = plain.split("::");
  const groups = (part: string) => (part === "" ? [] : part.split(":"));
  const front = groups(head);
  const full = tail === undefined ? front : [...front, ...Array<string>(8 - front.length - groups(tail).length).fill("0"), ...groups(tail)];
  return `${full.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

const hashOf = (text: string) => createHash("sha256").update(text).digest();

/** Password steps for one address from one network. Starts with the address's key, so an unlock finds them all. */
export function addressNetworkKey(email: string, ip: string): Buffer {
  return Buffer.concat([emailKey(email), hashOf(`network\u0000${networkOf(ip)}`)]);
}

/** The rows of one person: their account's code steps, and their address's password steps from every network. */
function personsRows(email: string) {
  const key = emailKey(email);
  // The keys that start with the address's key lie between these two (bytea compares byte by byte).
  const [from, to] = [Buffer.concat([key, Buffer.alloc(32, 0)]), Buffer.concat([key, Buffer.alloc(32, 0xff)])];
  return (eb: ExpressionBuilder<Tables, "identity.staff_login_attempt">) =>
    eb.or([eb.and([eb("email_key", "=", key), eb("stage", "=", "totp")]), eb.and([eb("email_key", ">=", from), eb("email_key", "<=", to), eb("stage", "=", "password")])]);
}

export interface AttemptRow {
  succeeded: boolean;
  attempted_at: Date;
  locked_until: Date | null;
}

/**
 * Whether the newest attempt (a failure, first in `newestFirst`) starts a lockout, and until when. A success of
 * the same kind (the right password from that network; an accepted code) forgets everything before it. Failures
 * before the last lockout started count no more: each lockout needs `maxFailures` new ones.
 */
export function lockoutAfter(newestFirst: readonly AttemptRow[], now: Date, maxFailures = STAFF_LOGIN_MAX_FAILURES): Date | undefined {
  const success = newestFirst.findIndex((r) => r.succeeded);
  const since = success === -1 ? newestFirst : newestFirst.slice(0, success);
  const lastLockout = since.findIndex((r) => r.locked_until !== null);
  const windowStart = now.getTime() - STAFF_LOGIN_WINDOW_MINUTES * 60_000;
  const fresh = (lastLockout === -1 ? since : since.slice(0, lastLockout)).filter((r) => !r.succeeded && r.attempted_at.getTime() > windowStart);
  if (fresh.length < maxFailures) return undefined;
  const earlierLockouts = since.filter((r) => r.locked_until !== null).length;
  return new Date(now.getTime() + lockoutMinutes(earlierLockouts + 1) * 60_000);
}

async function latestLock(db: Executor, keys: Buffer[], stage: "password" | "totp", now: Date): Promise<Date | undefined> {
  const row = await db
    .selectFrom("identity.staff_login_attempt")
    .select((eb) => eb.fn.max("locked_until").as("until"))
    .where("email_key", "in", keys)
    .where("stage", "=", stage)
    .where("locked_until", ">", now)
    .executeTakeFirst();
  return row?.until ? new Date(row.until) : undefined;
}

/** Until when passwords for this address from this network are refused, or undefined when a try is allowed. */
export function passwordLockedUntil(db: Executor, email: string, ip: string, now = new Date()): Promise<Date | undefined> {
  return latestLock(db, [addressNetworkKey(email, ip)], "password", now);
}

/** Until when codes for this account (by its address) are refused, or undefined when a try is allowed. */
export function codeLockedUntil(db: Executor, email: string, now = new Date()): Promise<Date | undefined> {
  return latestLock(db, [emailKey(email)], "totp", now);
}

/** Records a row and, for a failure, whether it starts a lockout (stored on the row), returning its end. */
async function record(tx: Tx, key: Buffer, stage: "password" | "totp", succeeded: boolean, now: Date, maxFailures: number): Promise<Date | undefined> {
  await serialiseAttempts(tx, key);
  const { id } = await tx.insertInto("identity.staff_login_attempt").values({ email_key: key, stage, succeeded, attempted_at: now }).returning("id").executeTakeFirstOrThrow();
  if (succeeded) return undefined;
  const history = await tx
    .selectFrom("identity.staff_login_attempt")
    .select(["succeeded", "attempted_at", "locked_until"])
    .where("email_key", "=", key)
    .where("stage", "=", stage)
    .where("attempted_at", ">", new Date(now.getTime() - STAFF_LOCKOUT_MEMORY_HOURS * 3600_000))
    .orderBy("attempted_at", "desc")
    .orderBy("id", "desc")
    .limit(500)
    .execute();
  const until = lockoutAfter(history, now, maxFailures);
  if (until) await tx.updateTable("identity.staff_login_attempt").set({ locked_until: until }).where("id", "=", id).execute();
  return until;
}

/**
 * Records a password step for the address from this network; returns the lockout a failure starts, if any.
 * One attempt per key at a time, so two failures at once can't both be the 5th or both miss it.
 */
export function recordPasswordAttempt(tx: Tx, email: string, ip: string, succeeded: boolean, now = new Date()): Promise<Date | undefined> {
  return record(tx, addressNetworkKey(email, ip), "password", succeeded, now, STAFF_LOGIN_MAX_FAILURES);
}

/** Records a code step (login or new recovery codes) of the account; a failure may start a lockout. */
export function recordCodeAttempt(tx: Tx, email: string, succeeded: boolean, now = new Date()): Promise<Date | undefined> {
  return record(tx, emailKey(email), "totp", succeeded, now, STAFF_LOGIN_MAX_FAILURES);
}

/**
 * Until when this person's login is locked: their account for codes, or their address from any network for
 * passwords (for the staff page). Lockouts of whole networks are not the person's and don't show.
 */
export async function staffLoginLockedUntil(db: Executor, email: string, now = new Date()): Promise<Date | undefined> {
  const row = await db
    .selectFrom("identity.staff_login_attempt")
    .select((eb) => eb.fn.max("locked_until").as("until"))
    .where(personsRows(email))
    .where("locked_until", ">", now)
    .executeTakeFirst();
  return row?.until ? new Date(row.until) : undefined;
}

/**
 * Lifts the person's lockouts and forgets their failures, so the next lockout is a first one again: the account's
 * code steps and the address's password steps from every network. Returns how many rows went.
 */
export async function forgetLoginFailures(tx: Tx, email: string): Promise<number> {
  const result = await tx
    .deleteFrom("identity.staff_login_attempt")
    .where(personsRows(email))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
