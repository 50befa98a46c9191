// Removing one of one's own passkeys. Someone else's passkey id answers exactly like an unknown one.
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import type { CitizenActor } from "../actor.ts";

export async function removePasskey(actor: CitizenActor, passkeyId: string, tx: Tx): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(passkeyId)) return false;
  const removed = await tx.deleteFrom("identity.passkey").where("id", "=", passkeyId).where("account_id", "=", actor.id).returning("id").executeTakeFirst();
  if (!removed) return false;
  await recordAudit(tx, actor, "passkey.removed", { type: "passkey", id: passkeyId }, { accountId: actor.id });
  return true;
}
