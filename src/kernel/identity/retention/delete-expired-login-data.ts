// Retention of what logging in leaves behind: sessions past their end, e-mail links, login attempts (they hold
// the IP address), unfinished OIDC logins and passkey challenges. None of it is needed once expired, so it goes
// within the hour; links stay a week past their end so that a late click is told "expired", not "unknown".
import type { Tx } from "../../../platform/db/index.ts";
import type { RetentionTask } from "../../../platform/jobs/index.ts";
import { MEMORY_HOURS } from "../citizen/login-throttle.ts";
import { sessionPolicies } from "../session-policy.ts";
import "../tables.ts";
import "../staff/tables.ts";
import "../oidc/tables.ts";
import "../passkeys/tables.ts";

/** Days an expired or used e-mail link is kept, to answer a late click with "expired" or "already used". */
export const LINK_RETENTION_DAYS_AFTER_EXPIRY = 7;
/** Hours login attempts (citizens and staff) are kept: the lockouts look back no further. */
export const LOGIN_ATTEMPT_RETENTION_HOURS = MEMORY_HOURS;

// A session unused this long is dead for every kind of account, whatever its absolute end says.
const longestIdleMinutes = Math.max(...Object.values(sessionPolicies).map((p) => p.idleMinutes));

// A type, not an interface: it must fit RetentionTask's Record<string, number>.
export type LoginDataCounts = {
  sessions: number;
  accountTokens: number;
  staffPasswordTokens: number;
  loginAttempts: number;
  staffLoginAttempts: number;
  oidcFlows: number;
  passkeyChallenges: number;
};

export async function deleteExpiredLoginData(tx: Tx, now: Date): Promise<LoginDataCounts> {
  const idleSince = new Date(now.getTime() - longestIdleMinutes * 60_000);
  const linksBefore = new Date(now.getTime() - LINK_RETENTION_DAYS_AFTER_EXPIRY * 86_400_000);
  const attemptsBefore = new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_HOURS * 3_600_000);
  const n = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);
  const sessions = await tx
    .deleteFrom("identity.session")
    .where((eb) => eb.or([eb("expires_at", "<=", now), eb("last_seen_at", "<=", idleSince)]))
    .executeTakeFirst();
  const accountTokens = await tx.deleteFrom("identity.account_token").where("expires_at", "<", linksBefore).executeTakeFirst();
  const staffPasswordTokens = await tx.deleteFrom("identity.staff_password_token").where("expires_at", "<", linksBefore).executeTakeFirst();
  const loginAttempts = await tx.deleteFrom("identity.login_attempt").where("attempted_at", "<", attemptsBefore).executeTakeFirst();
  const staffLoginAttempts = await tx.deleteFrom("identity.staff_login_attempt").where("attempted_at", "<", attemptsBefore).executeTakeFirst();
  const oidcFlows = await tx.deleteFrom("identity.oidc_flow").where("expires_at", "<=", now).executeTakeFirst();
  const passkeyChallenges = await tx.deleteFrom("identity.webauthn_challenge").where("expires_at", "<=", now).executeTakeFirst();
  return {
    sessions: n(sessions),
    accountTokens: n(accountTokens),
    staffPasswordTokens: n(staffPasswordTokens),
    loginAttempts: n(loginAttempts),
    staffLoginAttempts: n(staffLoginAttempts),
    oidcFlows: n(oidcFlows),
    passkeyChallenges: n(passkeyChallenges),
  };
}

export const identityRetention: RetentionTask = { name: "identity.retention", every: "hour", run: deleteExpiredLoginData };
