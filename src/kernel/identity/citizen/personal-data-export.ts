// "Meine Daten" (GDPR Art. 15) and "Konto löschen" (Art. 17). The account's own rows are identity's part;
// every module that registered with personal-data.ts adds its part to the export and erases it in the same
// transaction as the account, so an erasure is never half done.
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import type { CitizenActor } from "../actor.ts";
import { personalDataSources } from "../personal-data.ts";
import { sendAccountMail, type AccountMailContext } from "./account-mails.ts";
import { emailKey } from "./login-throttle.ts";
import { verifyPassword } from "./password-policy.ts";

export async function exportPersonalData(actor: CitizenActor, tx: Tx): Promise<Record<string, unknown>> {
  const account = await tx
    .selectFrom("identity.account")
    .select(["id", "email", "email_confirmed_at", "display_name", "street", "postal_code", "city", "preferred_language", "notify_by_email", "created_at"])
    .where("id", "=", actor.id)
    .executeTakeFirstOrThrow();
  const sessions = await tx.selectFrom("identity.session").select(["created_at", "last_seen_at", "expires_at", "method"]).where("account_id", "=", actor.id).execute();
  const audit = await tx
    .selectFrom("audit.record")
    .select(["action", "at"])
    .where((eb) => eb.or([eb("actor_id", "=", actor.id), eb.and([eb("subject_type", "=", "account"), eb("subject_id", "=", actor.id)])]))
    .orderBy("at")
    .execute();
  const modules: Record<string, unknown> = {};
  for (const source of personalDataSources()) modules[source.name] = await source.export(tx, actor.id);
  await recordAudit(tx, actor, "personal-data.exported", { type: "account", id: actor.id });
  return { exportedAt: new Date().toISOString(), account, sessions, securityLog: audit, ...modules };
}

export type EraseResult = { ok: true } | { ok: false; reason: "wrong-password" | "no-password" };

export async function eraseAccount(actor: CitizenActor, input: { password: string }, tx: Tx, mail: AccountMailContext): Promise<EraseResult> {
  const account = await tx.selectFrom("identity.account").select(["email", "password_hash"]).where("id", "=", actor.id).forUpdate().executeTakeFirstOrThrow();
  if (account.password_hash === null) return { ok: false, reason: "no-password" };
  if (!(await verifyPassword(account.password_hash, input.password))) {
    await recordAudit(tx, actor, "account.erase-refused", { type: "account", id: actor.id });
    return { ok: false, reason: "wrong-password" };
  }
  for (const source of personalDataSources()) await source.erase(tx, actor.id);
  // Sessions, links and roles go with the account (on delete cascade); login attempts are keyed by the address.
  await tx.deleteFrom("identity.login_attempt").where("email_key", "=", emailKey(account.email)).execute();
  await tx.deleteFrom("identity.account").where("id", "=", actor.id).execute();
  await sendAccountMail(tx, mail, account.email, "deleted");
  await recordAudit(tx, actor, "account.erased", { type: "account", id: actor.id });
  return { ok: true };
}
