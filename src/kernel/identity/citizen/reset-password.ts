// "Passwort vergessen": a single-use link valid for one hour, then a new password. The answer to the request
// is the same for unknown addresses. Setting the new password ends every session (someone who knew the old
// password is out) and confirms the address: whoever opened the link reads its mail.
import { z } from "zod";
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import type { Actor, AnonymousActor } from "../actor.ts";
import { endAllSessions } from "../sessions.ts";
import { consumeAccountToken, issueAccountToken } from "./account-tokens.ts";
import { sendAccountMail, type AccountMailContext } from "./account-mails.ts";
import { hashPassword, passwordProblem } from "./password-policy.ts";

export const requestPasswordResetInput = z.object({ email: z.email().max(320) });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetInput>;

export async function requestPasswordReset(actor: AnonymousActor, input: RequestPasswordResetInput, tx: Tx, mail: AccountMailContext): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const account = await tx.selectFrom("identity.account").select(["id", "kind"]).where("email", "=", email).executeTakeFirst();
  // Staff reset passwords through their department admin, not by mail.
  if (!account || account.kind !== "citizen") return;
  const token = await issueAccountToken(tx, account.id, "reset-password");
  await sendAccountMail(tx, mail, email, "reset", `/konto/passwort-neu/${token}`);
  await recordAudit(tx, actor, "password.reset-requested", { type: "account", id: account.id });
}

export type SetPasswordResult = { ok: true; accountId: string } | { ok: false; reason: "invalid" | "expired" | "used" | "weak-password" };

export async function resetPassword(actor: Actor, input: { token: string; password: string }, tx: Tx): Promise<SetPasswordResult> {
  if (passwordProblem(input.password)) return { ok: false, reason: "weak-password" };
  const check = await consumeAccountToken(tx, input.token, "reset-password");
  if (!check.ok) return check;
  const passwordHash = await hashPassword(input.password);
  await tx
    .updateTable("identity.account")
    .set({ password_hash: passwordHash, email_confirmed_at: (eb) => eb.fn.coalesce("email_confirmed_at", eb.val(new Date())) })
    .where("id", "=", check.accountId)
    .execute();
  const ended = await endAllSessions(tx, check.accountId);
  await recordAudit(tx, actor, "password.reset", { type: "account", id: check.accountId }, { sessionsEnded: ended });
  return { ok: true, accountId: check.accountId };
}
