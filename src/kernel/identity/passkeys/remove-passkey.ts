// Removing one of one's own passkeys; the owner is told by e-mail. Someone else's passkey id answers exactly
// like an unknown one.
import { z } from "zod";
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import type { CitizenActor } from "../actor.ts";
import type { AccountMailContext } from "../citizen/account-mails.ts";
import { sendPasskeyMail } from "./passkey-mails.ts";

export async function removePasskey(actor: CitizenActor, passkeyId: string, tx: Tx, mail: AccountMailContext): Promise<boolean> {
  // Not an id at all (it comes from the URL): PostgreSQL would refuse to compare it with a uuid column.
  if (!z.guid().safeParse(passkeyId).success) return false;
  const removed = await tx.deleteFrom("identity.passkey").where("id", "=", passkeyId).where("account_id", "=", actor.id).returning("id").executeTakeFirst();
  if (!removed) return false;
  await recordAudit(tx, actor, "passkey.removed", { type: "passkey", id: passkeyId }, { accountId: actor.id });
  await sendPasskeyMail(tx, mail, actor.id, "removed");
  return true;
}
