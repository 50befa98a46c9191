// A new staff member sets their password through the link from their e-mail. The link works once and for
// 24 hours; a used or expired link is refused with a clear reason.
import { z } from "zod";
import { recordAudit } from "../../audit/index.ts";
import type { Executor, Tx } from "../../../platform/db/index.ts";
import type { Actor } from "../actor.ts";
import { hashStaffToken } from "./create-staff-member.ts";
import { hashPassword, isCommonPassword, PASSWORD_MAX, PASSWORD_MIN } from "../citizen/password-policy.ts";

export const StaffPasswordInput = z
  .object({
    // The same rules as citizens': a minimum length and no password from the common-passwords list.
    password: z.string().min(PASSWORD_MIN).max(PASSWORD_MAX).refine((p) => !isCommonPassword(p), { message: "common" }),
    passwordRepeat: z.string().min(1).max(256),
  })
  .refine((v) => v.password === v.passwordRepeat, { path: ["passwordRepeat"], message: "mismatch" });
export type StaffPasswordInput = z.output<typeof StaffPasswordInput>;

export type PasswordLinkState = "valid" | "used" | "expired" | "unknown";

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export async function passwordLinkState(db: Executor, token: string, now = new Date()): Promise<PasswordLinkState> {
  if (!tokenPattern.test(token)) return "unknown";
  const row = await db.selectFrom("identity.staff_password_token").select(["expires_at", "used_at"]).where("token_hash", "=", hashStaffToken(token)).executeTakeFirst();
  if (!row) return "unknown";
  if (row.used_at) return "used";
  return row.expires_at.getTime() <= now.getTime() ? "expired" : "valid";
}

export async function setStaffPassword(actor: Actor, input: StaffPasswordInput & { token: string }, tx: Tx): Promise<{ ok: true } | { ok: false; reason: Exclude<PasswordLinkState, "valid"> }> {
  if (!tokenPattern.test(input.token)) return { ok: false, reason: "unknown" };
  const row = await tx
    .selectFrom("identity.staff_password_token")
    .select(["account_id", "expires_at", "used_at"])
    .where("token_hash", "=", hashStaffToken(input.token))
    .forUpdate()
    .executeTakeFirst();
  if (!row) return { ok: false, reason: "unknown" };
  if (row.used_at) return { ok: false, reason: "used" };
  if (row.expires_at.getTime() <= Date.now()) return { ok: false, reason: "expired" };
  await tx.updateTable("identity.staff_password_token").set({ used_at: new Date() }).where("token_hash", "=", hashStaffToken(input.token)).execute();
  await tx.updateTable("identity.account").set({ password_hash: await hashPassword(input.password) }).where("id", "=", row.account_id).execute();
  // A new password ends whatever sessions existed (none for a new account; a reissued link for an old one).
  await tx.deleteFrom("identity.session").where("account_id", "=", row.account_id).execute();
  await recordAudit(tx, actor, "staff.password.set", { type: "account", id: row.account_id });
  return { ok: true };
}
