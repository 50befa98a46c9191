// Confirms an address by the link sent to it: the address of a new account, or the new address of a change.
// The change takes effect only here, so an account never moves to an address nobody proved to own.
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import type { Actor } from "../actor.ts";
import { consumeAccountToken, type TokenCheck } from "./account-tokens.ts";

export type ConfirmResult = { ok: true; accountId: string } | { ok: false; reason: "invalid" | "expired" | "used" | "taken" };

export async function confirmEmail(actor: Actor, token: string, tx: Tx): Promise<ConfirmResult> {
  const check: TokenCheck = await consumeAccountToken(tx, token, "confirm-email");
  if (!check.ok) return check;
  await tx.updateTable("identity.account").set({ email_confirmed_at: new Date() }).where("id", "=", check.accountId).where("email_confirmed_at", "is", null).execute();
  await recordAudit(tx, actor, "email.confirmed", { type: "account", id: check.accountId });
  return { ok: true, accountId: check.accountId };
}

export async function confirmEmailChange(actor: Actor, token: string, tx: Tx): Promise<ConfirmResult> {
  const check = await consumeAccountToken(tx, token, "change-email");
  if (!check.ok) return check;
  if (!check.newEmail) return { ok: false, reason: "invalid" };
  // Someone may have registered the address since the link was sent.
  const taken = await tx.selectFrom("identity.account").select("id").where("email", "=", check.newEmail).executeTakeFirst();
  if (taken) return { ok: false, reason: "taken" };
  await tx.updateTable("identity.account").set({ email: check.newEmail, email_confirmed_at: new Date() }).where("id", "=", check.accountId).execute();
  await recordAudit(tx, actor, "email.changed", { type: "account", id: check.accountId });
  return { ok: true, accountId: check.accountId };
}
