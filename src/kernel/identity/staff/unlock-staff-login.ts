// An administrator lifts a staff member's login lockout ("Sperre aufheben"), e.g. after the person mistyped their
// password at their desk or their codes while the phone's clock was wrong: their failures are forgotten, so the
// next lockout is a first one again (login-attempts.ts). Lockouts of whole networks stay. The same people may do
// it as may reset the second factor: lifting a lockout lets guessing go on, so it is no one's own to lift.
import { z } from "zod";
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import type { Actor, RoleGrant } from "../actor.ts";
import { forgetLoginFailures, staffLoginLockedUntil } from "./login-attempts.ts";
import { mayResetSecondFactor } from "./reset-second-factor.ts";

export const UnlockStaffLoginInput = z.object({ accountId: z.uuid() });
export type UnlockStaffLoginInput = z.output<typeof UnlockStaffLoginInput>;

export type UnlockStaffLoginResult = { ok: true } | { ok: false; reason: "forbidden" | "not-found" | "not-locked" };

/** May the actor lift this person's lockout? Pure; the rule of mayResetSecondFactor. */
export function mayUnlockStaffLogin(actor: Actor, target: { id: string; roles: readonly RoleGrant[] }): boolean {
  return mayResetSecondFactor(actor, target);
}

export async function unlockStaffLogin(actor: Actor, rawInput: UnlockStaffLoginInput, tx: Tx): Promise<UnlockStaffLoginResult> {
  if (actor.kind !== "staff") return { ok: false, reason: "forbidden" };
  const parsed = UnlockStaffLoginInput.safeParse(rawInput);
  if (!parsed.success) return { ok: false, reason: "not-found" };
  const account = await tx.selectFrom("identity.account").select(["id", "email"]).where("id", "=", parsed.data.accountId).where("kind", "=", "staff").executeTakeFirst();
  if (!account) return { ok: false, reason: "not-found" };
  // The roles as they are now, inside the transaction (as for a reset).
  const grants = await tx.selectFrom("identity.role_grant").select(["role", "department_id"]).where("account_id", "=", account.id).execute();
  if (!mayUnlockStaffLogin(actor, { id: account.id, roles: grants.map((g) => ({ role: g.role, departmentId: g.department_id })) })) return { ok: false, reason: "forbidden" };
  const until = await staffLoginLockedUntil(tx, account.email);
  if (!until) return { ok: false, reason: "not-locked" };
  const attempts = await forgetLoginFailures(tx, account.email);
  await recordAudit(tx, actor, "staff.login.unlocked", { type: "account", id: account.id }, { attempts, lockedUntil: until.toISOString() });
  return { ok: true };
}
