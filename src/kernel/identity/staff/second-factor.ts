// Second step of the staff login: the TOTP code. On the first login it also confirms the enrolment of the
// authenticator. A recovery code stands in for a lost app. Only after this does the session act as staff
// (completeSecondFactor), under a new token that the route puts into the cookie. Wrong codes lock the account
// (only someone with the right password gets here), and the lock is checked before anything else.
import { z } from "zod";
import { recordAudit } from "../../audit/index.ts";
import type { Executor, Tx } from "../../../platform/db/index.ts";
import type { Actor } from "../actor.ts";
import { completeSecondFactor, hashToken } from "../sessions.ts";
import { codeLockedUntil, recordCodeAttempt } from "./login-attempts.ts";
import { consumeRecoveryCode, isRecoveryCodeShape } from "./recovery-codes.ts";
import type { SecretBox } from "./secret-box.ts";
import { matchTotp, newTotpSecret } from "./totp.ts";

export const SecondFactorInput = z.object({
  // People type codes with spaces ("123 456"); those go before checking.
  code: z
    .string()
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(z.string().min(1).max(12)),
});
export type SecondFactorInput = z.output<typeof SecondFactorInput>;

export type SecondFactorResult =
  /** `sessionToken`: the session's new token; the one the browser sent no longer works. */
  | { ok: true; enrolled: boolean; sessionToken: string }
  | { ok: false; reason: "invalid" | "not-enrolled" | "session-ended" }
  /** `until`: when the account may try codes again. */
  | { ok: false; reason: "locked"; until: Date };

/**
 * The secret an account is still to confirm, with the address the authenticator app shows as its label. Made on
 * the first call and kept, so reloading the page shows the same QR code. Undefined once enrolled.
 */
export async function pendingTotpSecret(tx: Tx, accountId: string, box: SecretBox): Promise<{ secret: string; email: string } | undefined> {
  const account = await tx.selectFrom("identity.account").select("email").where("id", "=", accountId).executeTakeFirstOrThrow();
  const row = await tx.selectFrom("identity.staff_totp").select(["secret_encrypted", "confirmed_at"]).where("account_id", "=", accountId).executeTakeFirst();
  if (row?.confirmed_at) return undefined;
  if (row) return { secret: box.open(row.secret_encrypted), email: account.email };
  const secret = newTotpSecret();
  // Two tabs opening the page at once: the second keeps the first one's secret.
  await tx
    .insertInto("identity.staff_totp")
    .values({ account_id: accountId, secret_encrypted: box.seal(secret), confirmed_at: null, last_used_step: null })
    .onConflict((oc) => oc.column("account_id").doNothing())
    .execute();
  const stored = await tx.selectFrom("identity.staff_totp").select("secret_encrypted").where("account_id", "=", accountId).executeTakeFirstOrThrow();
  return { secret: box.open(stored.secret_encrypted), email: account.email };
}

export async function verifySecondFactor(
  actor: Actor,
  input: SecondFactorInput & { accountId: string; sessionToken: string },
  tx: Tx,
  box: SecretBox,
): Promise<SecondFactorResult> {
  const account = await tx.selectFrom("identity.account").select("email").where("id", "=", input.accountId).executeTakeFirstOrThrow();
  const locked = await codeLockedUntil(tx, account.email);
  if (locked) {
    await recordAudit(tx, actor, "staff.login.locked", { type: "account", id: input.accountId }, { stage: "totp" });
    return { ok: false, reason: "locked", until: locked };
  }
  // FOR UPDATE: the session can't end (logout elsewhere, an admin's reset) between the check and the rotation.
  const session = await tx
    .selectFrom("identity.session")
    .select("account_id")
    .where("token_hash", "=", hashToken(input.sessionToken))
    .where("account_id", "=", input.accountId)
    .forUpdate()
    .executeTakeFirst();
  if (!session) return { ok: false, reason: "session-ended" };
  // FOR UPDATE: two requests with the same code at once must not both get in.
  const row = await tx
    .selectFrom("identity.staff_totp")
    .select(["secret_encrypted", "confirmed_at", "last_used_step"])
    .where("account_id", "=", input.accountId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return { ok: false, reason: "not-enrolled" };
  // A recovery code replaces the app code once the authenticator is set up (never during enrolment).
  if (row.confirmed_at !== null && isRecoveryCodeShape(input.code)) {
    if (!(await consumeRecoveryCode(tx, input.accountId, input.code))) {
      await recordCodeAttempt(tx, account.email, false);
      await recordAudit(tx, actor, "staff.login.second-factor-failed", { type: "account", id: input.accountId }, { recoveryCode: true });
      return { ok: false, reason: "invalid" };
    }
    const sessionToken = await rotated(tx, input.sessionToken);
    await recordCodeAttempt(tx, account.email, true);
    await recordAudit(tx, actor, "staff.login.succeeded", { type: "account", id: input.accountId }, { recoveryCode: true });
    return { ok: true, enrolled: false, sessionToken };
  }
  const secret = box.open(row.secret_encrypted);
  const lastUsed = row.last_used_step === null ? null : Number(row.last_used_step);
  const step = matchTotp(secret, input.code, lastUsed);
  if (step === undefined) {
    const replayed = lastUsed !== null && matchTotp(secret, input.code, null) !== undefined;
    await recordCodeAttempt(tx, account.email, false);
    await recordAudit(tx, actor, "staff.login.second-factor-failed", { type: "account", id: input.accountId }, replayed ? { replayed: true } : {});
    return { ok: false, reason: "invalid" };
  }
  const enrolling = row.confirmed_at === null;
  await tx
    .updateTable("identity.staff_totp")
    .set({ last_used_step: String(step), ...(enrolling ? { confirmed_at: new Date() } : {}) })
    .where("account_id", "=", input.accountId)
    .execute();
  const sessionToken = await rotated(tx, input.sessionToken);
  await recordCodeAttempt(tx, account.email, true);
  if (enrolling) await recordAudit(tx, actor, "staff.totp.enrolled", { type: "account", id: input.accountId });
  await recordAudit(tx, actor, "staff.login.succeeded", { type: "account", id: input.accountId });
  return { ok: true, enrolled: enrolling, sessionToken };
}

/** The session row is locked above, so it is still there. */
async function rotated(tx: Tx, token: string): Promise<string> {
  const fresh = await completeSecondFactor(tx, token);
  if (!fresh) throw new Error("the locked session vanished");
  return fresh;
}

/** Whether the account has a confirmed authenticator (else the login goes through enrolment). */
export async function hasConfirmedTotp(db: Executor, accountId: string): Promise<boolean> {
  const row = await db.selectFrom("identity.staff_totp").select("confirmed_at").where("account_id", "=", accountId).executeTakeFirst();
  return Boolean(row?.confirmed_at);
}
