// A staff member's own new set of recovery codes. A set is a way into the account that outlives the session,
// so making one wants the current code from the authenticator app (a borrowed session alone can't; a recovery
// code can't either, or it would renew itself), counts wrong codes towards the login lockout like the login's
// code step, and tells the staff member by e-mail (without any code).
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import type { JobQueue } from "../../../platform/jobs/index.ts";
import { enqueueMail } from "../../../platform/mail/index.ts";
import type { StaffActor } from "../actor.ts";
import { codeLockedUntil, recordCodeAttempt } from "./login-attempts.ts";
import { createRecoveryCodes } from "./recovery-codes.ts";
import type { SecondFactorInput } from "./second-factor.ts";
import type { SecretBox } from "./secret-box.ts";
import { staffMailMessages } from "./staff-mail-messages.ts";
import { matchTotp } from "./totp.ts";

export type RegenerateRecoveryCodesResult =
  | { ok: true; codes: string[] }
  | { ok: false; reason: "invalid" | "replayed" | "not-enrolled" }
  /** The account's code step is locked (wrong codes here or at login) until then. */
  | { ok: false; reason: "locked"; until: Date };

/** `input`: the code as the login's code step takes it (SecondFactorInput). */
export async function regenerateRecoveryCodes(
  actor: StaffActor,
  input: SecondFactorInput,
  tx: Tx,
  deps: { box: SecretBox; jobs: JobQueue },
): Promise<RegenerateRecoveryCodesResult> {
  const account = await tx.selectFrom("identity.account").select(["email", "display_name"]).where("id", "=", actor.id).executeTakeFirstOrThrow();
  const lockedUntil = await codeLockedUntil(tx, account.email);
  if (lockedUntil) return { ok: false, reason: "locked", until: lockedUntil };
  // FOR UPDATE: the code's step is used up here, as at login; two posts with one code don't both pass.
  const totp = await tx.selectFrom("identity.staff_totp").select(["secret_encrypted", "confirmed_at", "last_used_step"]).where("account_id", "=", actor.id).forUpdate().executeTakeFirst();
  if (!totp?.confirmed_at) return { ok: false, reason: "not-enrolled" };
  const secret = deps.box.open(totp.secret_encrypted);
  const lastUsed = totp.last_used_step === null ? null : Number(totp.last_used_step);
  const step = matchTotp(secret, input.code, lastUsed);
  if (step === undefined) {
    const replayed = lastUsed !== null && matchTotp(secret, input.code, null) !== undefined;
    await recordCodeAttempt(tx, account.email, false);
    await recordAudit(tx, actor, "staff.recovery-codes.refused", { type: "account", id: actor.id }, replayed ? { replayed: true } : {});
    return { ok: false, reason: replayed ? "replayed" : "invalid" };
  }
  await tx.updateTable("identity.staff_totp").set({ last_used_step: String(step) }).where("account_id", "=", actor.id).execute();
  const codes = await createRecoveryCodes(actor, actor.id, tx);
  await sendRecoveryCodesMail(tx, deps.jobs, { email: account.email, name: account.display_name });
  return { ok: true, codes };
}

/** Staff may read either language, so the mail carries both; it holds no code, only that a new set was made. */
async function sendRecoveryCodesMail(tx: Tx, jobs: JobQueue, to: { email: string; name: string }): Promise<void> {
  const now = new Date();
  const de = staffMailMessages.in("de");
  const en = staffMailMessages.in("en");
  const text = [
    de.recoveryCodesBody(to.name, formatDate(now, "de", { dateStyle: "long", timeStyle: "short" })),
    en.recoveryCodesBody(to.name, formatDate(now, "en", { dateStyle: "long", timeStyle: "short" })),
  ].join("\n\n---\n\n");
  await enqueueMail(tx, jobs, { to: to.email, subject: de.recoveryCodesSubject, text });
}
