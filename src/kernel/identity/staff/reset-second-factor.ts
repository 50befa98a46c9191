// An administrator resets a staff member's second factor when the person lost their authenticator and their
// recovery codes: secret and codes go, every session of the person ends, and their next login sets up a new
// app (the first-login enrolment). The person gets an e-mail (no secrets), so a reset they did not ask for is
// noticed. Department admins reset people whose every role lies in departments they administer (someone who
// is also an editor or another department's admin is beyond them), platform admins anyone; nobody their own
// (that would skip the factor) and only platform admins a platform admin.
import { z } from "zod";
import { recordAudit } from "../../audit/index.ts";
import type { Executor, Tx } from "../../../platform/db/index.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import type { JobQueue } from "../../../platform/jobs/index.ts";
import { enqueueMail } from "../../../platform/mail/index.ts";
import type { Actor, RoleGrant } from "../actor.ts";
import { can } from "../permissions/catalogue.ts";
import { endAllSessions } from "../sessions.ts";
import { staffMailMessages } from "./staff-mail-messages.ts";

export const ResetSecondFactorInput = z.object({ accountId: z.uuid() });
export type ResetSecondFactorInput = z.output<typeof ResetSecondFactorInput>;

export type ResetSecondFactorResult =
  | { ok: true; sessionsEnded: number }
  /** not-enrolled: there is no authenticator to reset (the person sets one up at their next login anyway). */
  | { ok: false; reason: "forbidden" | "not-found" | "not-enrolled" };

/**
 * May the actor reset this person's second factor? Pure; asks the permission catalogue for every role the person
 * holds, with that role's department (null for city-wide roles, which only platform admins pass), and all must
 * pass: a reset weakens the login to every role at once. Someone without roles counts as city-wide.
 */
export function mayResetSecondFactor(actor: Actor, target: { id: string; roles: readonly RoleGrant[] }): boolean {
  const resource = { accountId: target.id, targetRoles: target.roles.map((g) => g.role) };
  const departments = target.roles.length === 0 ? [null] : [...new Set(target.roles.map((g) => g.departmentId))];
  return departments.every((departmentId) => can(actor, "staff.reset-second-factor", { ...resource, departmentId }));
}

/** Whether the account has an authenticator set up, and since when (for the staff page). */
export async function secondFactorSince(db: Executor, accountId: string): Promise<Date | undefined> {
  const row = await db.selectFrom("identity.staff_totp").select("confirmed_at").where("account_id", "=", accountId).executeTakeFirst();
  return row?.confirmed_at ?? undefined;
}

export async function resetSecondFactor(actor: Actor, rawInput: ResetSecondFactorInput, tx: Tx, deps: { jobs: JobQueue }): Promise<ResetSecondFactorResult> {
  if (actor.kind !== "staff") return { ok: false, reason: "forbidden" };
  const parsed = ResetSecondFactorInput.safeParse(rawInput);
  // Not an account id: no such account.
  if (!parsed.success) return { ok: false, reason: "not-found" };
  const input = parsed.data;
  const account = await tx
    .selectFrom("identity.account")
    .select(["id", "email", "display_name"])
    .where("id", "=", input.accountId)
    .where("kind", "=", "staff")
    .executeTakeFirst();
  // Unknown and not-allowed look alike to the caller's routes (403), so ids reveal nothing.
  if (!account) return { ok: false, reason: "not-found" };
  // The roles as they are now, inside the transaction: a platform-admin role granted a moment ago counts.
  const grants = await tx.selectFrom("identity.role_grant").select(["role", "department_id"]).where("account_id", "=", account.id).execute();
  const roles = grants.map((g) => ({ role: g.role, departmentId: g.department_id }));
  if (!mayResetSecondFactor(actor, { id: account.id, roles })) return { ok: false, reason: "forbidden" };
  if (!(await secondFactorSince(tx, account.id))) return { ok: false, reason: "not-enrolled" };
  // Sessions first, then the authenticator: the same order as the login's code step, which locks its session
  // before the authenticator, so a login at this moment waits instead of deadlocking.
  const sessionsEnded = await endAllSessions(tx, account.id);
  await tx.deleteFrom("identity.staff_totp").where("account_id", "=", account.id).execute();
  const codes = await tx.deleteFrom("identity.staff_recovery_code").where("account_id", "=", account.id).executeTakeFirst();
  await recordAudit(tx, actor, "staff.second-factor.reset", { type: "account", id: account.id }, { recoveryCodes: Number(codes.numDeletedRows), sessionsEnded });
  await sendResetMail(tx, deps.jobs, { email: account.email, name: account.display_name }, actor.displayName);
  return { ok: true, sessionsEnded };
}

/** Staff may read either language, so the mail carries both. No secret, no link: the login itself leads on. */
async function sendResetMail(tx: Tx, jobs: JobQueue, to: { email: string; name: string }, by: string): Promise<void> {
  const now = new Date();
  const de = staffMailMessages.in("de");
  const en = staffMailMessages.in("en");
  const text = [
    de.secondFactorResetBody(to.name, formatDate(now, "de", { dateStyle: "long", timeStyle: "short" }), by),
    en.secondFactorResetBody(to.name, formatDate(now, "en", { dateStyle: "long", timeStyle: "short" }), by),
  ].join("\n\n---\n\n");
  await enqueueMail(tx, jobs, { to: to.email, subject: de.secondFactorResetSubject, text });
}
