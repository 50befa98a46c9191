// Logging out here or everywhere, and sending the confirmation link again. Each writes an audit record.
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import type { CitizenActor } from "../actor.ts";
import { endAllSessions, endSession } from "../sessions.ts";
import { issueAccountToken } from "./account-tokens.ts";
import { sendAccountMail, type AccountMailContext } from "./account-mails.ts";

export async function logOut(actor: CitizenActor, token: string, tx: Tx): Promise<void> {
  await endSession(tx, token);
  await recordAudit(tx, actor, "session.logged-out", { type: "account", id: actor.id });
}

export async function logOutEverywhere(actor: CitizenActor, tx: Tx): Promise<number> {
  const ended = await endAllSessions(tx, actor.id);
  await recordAudit(tx, actor, "session.logged-out-everywhere", { type: "account", id: actor.id }, { sessionsEnded: ended });
  return ended;
}

export async function resendConfirmation(actor: CitizenActor, tx: Tx, mail: AccountMailContext): Promise<void> {
  const account = await tx.selectFrom("identity.account").select(["email", "email_confirmed_at"]).where("id", "=", actor.id).executeTakeFirstOrThrow();
  if (account.email_confirmed_at) return;
  const token = await issueAccountToken(tx, actor.id, "confirm-email");
  await sendAccountMail(tx, mail, account.email, "confirm", `/konto/bestaetigen/${token}`);
  await recordAudit(tx, actor, "email.confirmation-resent", { type: "account", id: actor.id });
}
