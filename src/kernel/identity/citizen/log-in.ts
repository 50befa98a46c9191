// Password login for citizens. Same answer and about the same time for unknown addresses, wrong passwords
// and staff addresses (staff log in at /verwaltung with a second factor); growing delays after failures;
// a new session token on every login, and the session from before the login ends (no session fixation).
// Unconfirmed addresses may log in (with a banner on /konto): a lost or late mail must not lock people out of
// an account that holds nothing yet; what needs a proven address (mail notifications) waits for confirmation.
// Unlike other use cases it takes the database, not a transaction: the argon2 hash (~20 ms) runs between two
// short transactions, because holding a connection that long would stall the site (PGlite has only one).
import { z } from "zod";
import { recordAudit } from "../../audit/index.ts";
import { inTransaction, type Db } from "../../../platform/db/index.ts";
import type { AnonymousActor, CitizenActor } from "../actor.ts";
import { createSession, endSession } from "../sessions.ts";
import { delayMinutes, emailKey, failuresInARow, lockedUntil, recordAttempt, serialiseAttempts } from "./login-throttle.ts";
import { verifyPassword } from "./password-policy.ts";

export const logInInput = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});
export type LogInInput = z.infer<typeof logInInput>;

export interface LogInContext {
  ip: string;
  /** The session cookie sent with the login form, ended on success. */
  previousToken?: string | undefined;
}

export type LogInResult =
  | { ok: true; token: string; accountId: string; emailConfirmed: boolean }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date };

export async function logIn(actor: AnonymousActor | CitizenActor, input: LogInInput, db: Db, context: LogInContext): Promise<LogInResult> {
  const key = emailKey(input.email);
  // Guesses sent in parallel are checked before any of them is recorded: the per-IP form rate limit
  // (ACCOUNT_RATE_LIMIT_PER_MINUTE) bounds how many that can be.
  const start = await inTransaction(db, async (tx) => {
    const until = await lockedUntil(tx, key, context.ip);
    if (until) return { kind: "locked", until } as const;
    const account = await tx
      .selectFrom("identity.account")
      .select(["id", "kind", "password_hash", "email_confirmed_at"])
      .where("email", "=", input.email.trim().toLowerCase())
      .executeTakeFirst();
    return { kind: "checking", account } as const;
  });
  if (start.kind === "locked") return { ok: false, reason: "locked", until: start.until };
  const { account } = start;

  const passwordOk = await verifyPassword(account?.password_hash, input.password);
  const ok = passwordOk && account?.kind === "citizen";

  return inTransaction(db, async (tx): Promise<LogInResult> => {
    await serialiseAttempts(tx, key);
    await recordAttempt(tx, key, context.ip, ok);
    const subject = account ? { type: "account", id: account.id } : undefined;
    if (!ok || !account) {
      const failures = await failuresInARow(tx, key);
      await recordAudit(tx, actor, "login.failed", subject, { failures });
      const delay = delayMinutes(failures);
      if (delay === 0) return { ok: false, reason: "invalid" };
      await recordAudit(tx, actor, "login.locked", subject, { minutes: delay });
      return { ok: false, reason: "locked", until: new Date(Date.now() + delay * 60_000) };
    }
    if (context.previousToken) await endSession(tx, context.previousToken);
    const token = await createSession(tx, { accountId: account.id, method: "password" });
    await recordAudit(tx, { kind: "citizen", id: account.id, requestId: actor.requestId }, "login.succeeded", subject);
    return { ok: true, token, accountId: account.id, emailConfirmed: account.email_confirmed_at !== null };
  });
}
