// Adding a passkey gives lasting access to the account, so an open session alone is not enough (a computer left
// logged in, a stolen cookie): the person confirms with their password. Accounts without a password (made by a
// BundID login) have nothing to type, so there the login itself must be recent: at most RECENT_LOGIN_MINUTES
// old. Ten, not five, because a BundID login with the ID card (reader, PIN) alone can take a few minutes.
// Someone with a stolen session must not guess the password here at leisure: after MAX_WRONG_CONFIRMATIONS wrong
// passwords since the session began the answer is "too-many-tries" and the route ends the session, so going on
// needs a new login (with its own growing delays). The wrong tries are counted from the audit records the refusals
// leave anyway (same transaction; the account row is locked, so parallel tries take turns).
import { z } from "zod";
import { recordAudit, searchAudit } from "../../audit/index.ts";
import type { Executor, Tx } from "../../../platform/db/index.ts";
import type { CitizenActor } from "../actor.ts";
import { verifyPassword } from "../citizen/password-policy.ts";

export const RECENT_LOGIN_MINUTES = 10;
/** Wrong passwords since the session began after which the session ends. */
export const MAX_WRONG_CONFIRMATIONS = 5;

export const PasskeyConfirmationInput = z.object({ password: z.string().max(1024).default("") });
export type PasskeyConfirmationInput = z.output<typeof PasskeyConfirmationInput>;

/** What the "Passkeys" page asks for: the password, nothing (a recent login), or a new login first. */
export type PasskeyConfirmation = "password" | "recent-login" | "login-again";

/** too-many-tries: the caller ends the session (the person logs in again). */
export type ConfirmationResult = { ok: true } | { ok: false; reason: "wrong-password" | "login-again" | "too-many-tries" };

const isRecent = (loggedInAt: Date, now: Date) => now.getTime() - loggedInAt.getTime() <= RECENT_LOGIN_MINUTES * 60_000;

export async function passkeyConfirmation(db: Executor, accountId: string, loggedInAt: Date, now = new Date()): Promise<PasskeyConfirmation> {
  const account = await db.selectFrom("identity.account").select("password_hash").where("id", "=", accountId).executeTakeFirstOrThrow();
  if (account.password_hash !== null) return "password";
  return isRecent(loggedInAt, now) ? "recent-login" : "login-again";
}

/** `loggedInAt`: when the session behind the request began (a new login starts a new session). */
export async function confirmBeforeAddingPasskey(
  actor: CitizenActor,
  input: PasskeyConfirmationInput,
  tx: Tx,
  loggedInAt: Date,
  now = new Date(),
): Promise<ConfirmationResult> {
  const account = await tx.selectFrom("identity.account").select("password_hash").where("id", "=", actor.id).forUpdate().executeTakeFirstOrThrow();
  const refused = async (reason: "wrong-password" | "login-again" | "too-many-tries") => {
    await recordAudit(tx, actor, "passkey.confirmation-refused", { type: "account", id: actor.id }, { reason });
    return { ok: false as const, reason };
  };
  if (account.password_hash === null) return isRecent(loggedInAt, now) ? { ok: true } : refused("login-again");
  // Refusals of a password account are wrong passwords (or the last one that ended a session).
  const { total: wrongSoFar } = await searchAudit(tx, { action: "passkey.confirmation-refused", actorId: actor.id, from: loggedInAt, limit: 0, offset: 0 });
  if (wrongSoFar >= MAX_WRONG_CONFIRMATIONS) return refused("too-many-tries");
  if (await verifyPassword(account.password_hash, input.password)) return { ok: true };
  return refused(wrongSoFar + 1 >= MAX_WRONG_CONFIRMATIONS ? "too-many-tries" : "wrong-password");
}
