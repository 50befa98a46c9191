// Adding a passkey gives lasting access to the account, so an open session alone is not enough (a computer left
// logged in, a stolen cookie): the person confirms with their password. Accounts without a password (made by a
// BundID login) have nothing to type, so there the login itself must be recent: at most RECENT_LOGIN_MINUTES
// old. Ten, not five, because a BundID login with the ID card (reader, PIN) alone can take a few minutes.
import { z } from "zod";
import { recordAudit } from "../../audit/index.ts";
import type { Executor, Tx } from "../../../platform/db/index.ts";
import type { CitizenActor } from "../actor.ts";
import { verifyPassword } from "../citizen/password-policy.ts";

export const RECENT_LOGIN_MINUTES = 10;

export const PasskeyConfirmationInput = z.object({ password: z.string().max(1024).default("") });
export type PasskeyConfirmationInput = z.output<typeof PasskeyConfirmationInput>;

/** What the "Passkeys" page asks for: the password, nothing (a recent login), or a new login first. */
export type PasskeyConfirmation = "password" | "recent-login" | "login-again";

export type ConfirmationResult = { ok: true } | { ok: false; reason: "wrong-password" | "login-again" };

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
  const account = await tx.selectFrom("identity.account").select("password_hash").where("id", "=", actor.id).executeTakeFirstOrThrow();
  const refused = async (reason: "wrong-password" | "login-again") => {
    await recordAudit(tx, actor, "passkey.confirmation-refused", { type: "account", id: actor.id }, { reason });
    return { ok: false as const, reason };
  };
  if (account.password_hash === null) return isRecent(loggedInAt, now) ? { ok: true } : refused("login-again");
  return (await verifyPassword(account.password_hash, input.password)) ? { ok: true } : refused("wrong-password");
}
