// Changing password or e-mail address while logged in. Both ask for the current password, so a session left
// open on a shared computer can't take the account over. A new password ends every other session; a new
// address is used only after its link was followed, and the old address is told.
import { z } from "zod";
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import type { CitizenActor } from "../actor.ts";
import { createSession, endAllSessions } from "../sessions.ts";
import { issueAccountToken } from "./account-tokens.ts";
import { maskEmail, sendAccountMail, type AccountMailContext } from "./account-mails.ts";
import { hashPassword, passwordProblem, verifyPassword } from "./password-policy.ts";

export const changePasswordInput = z.object({ currentPassword: z.string().min(1).max(1024), newPassword: z.string() });
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export type ChangePasswordResult = { ok: true; token: string } | { ok: false; reason: "wrong-password" | "no-password" | "weak-password" };

async function currentHash(tx: Tx, accountId: string): Promise<{ email: string; password_hash: string | null }> {
  return tx.selectFrom("identity.account").select(["email", "password_hash"]).where("id", "=", accountId).forUpdate().executeTakeFirstOrThrow();
}

/** Returns a fresh session token for the person changing it: every session, this one too, is replaced. */
export async function changePassword(actor: CitizenActor, input: ChangePasswordInput, tx: Tx, mail: AccountMailContext): Promise<ChangePasswordResult> {
  const account = await currentHash(tx, actor.id);
  // Accounts made by a BundID login have no password to confirm with; "Passwort vergessen" sets one.
  if (account.password_hash === null) return { ok: false, reason: "no-password" };
  if (!(await verifyPassword(account.password_hash, input.currentPassword))) {
    await recordAudit(tx, actor, "password.change-refused", { type: "account", id: actor.id });
    return { ok: false, reason: "wrong-password" };
  }
  if (passwordProblem(input.newPassword)) return { ok: false, reason: "weak-password" };
  await tx.updateTable("identity.account").set({ password_hash: await hashPassword(input.newPassword) }).where("id", "=", actor.id).execute();
  await endAllSessions(tx, actor.id);
  const token = await createSession(tx, { accountId: actor.id, method: "password" });
  await sendAccountMail(tx, mail, account.email, "passwordChanged");
  await recordAudit(tx, actor, "password.changed", { type: "account", id: actor.id });
  return { ok: true, token };
}

export const changeEmailInput = z.object({ newEmail: z.email().max(320), currentPassword: z.string().min(1).max(1024) });
export type ChangeEmailInput = z.infer<typeof changeEmailInput>;

export type ChangeEmailResult = { ok: true } | { ok: false; reason: "wrong-password" | "no-password" | "same-address" };

/**
 * Sends the confirmation link to the new address. When the new address already belongs to an account, the
 * answer is the same and no link is sent (the confirmation would fail anyway): nobody learns who is registered.
 */
export async function requestEmailChange(actor: CitizenActor, input: ChangeEmailInput, tx: Tx, mail: AccountMailContext): Promise<ChangeEmailResult> {
  const account = await currentHash(tx, actor.id);
  // Accounts made by a BundID login have no password to confirm with; "Passwort vergessen" sets one.
  if (account.password_hash === null) return { ok: false, reason: "no-password" };
  if (!(await verifyPassword(account.password_hash, input.currentPassword))) {
    await recordAudit(tx, actor, "email.change-refused", { type: "account", id: actor.id });
    return { ok: false, reason: "wrong-password" };
  }
  const newEmail = input.newEmail.trim().toLowerCase();
  if (newEmail === account.email.toLowerCase()) return { ok: false, reason: "same-address" };
  const taken = await tx.selectFrom("identity.account").select("id").where("email", "=", newEmail).executeTakeFirst();
  if (!taken) {
    const token = await issueAccountToken(tx, actor.id, "change-email", newEmail);
    await sendAccountMail(tx, mail, newEmail, "change", `/konto/e-mail/bestaetigen/${token}`);
  }
  await sendAccountMail(tx, mail, account.email, "changeNotice", maskEmail(newEmail));
  await recordAudit(tx, actor, "email.change-requested", { type: "account", id: actor.id });
  return { ok: true };
}
