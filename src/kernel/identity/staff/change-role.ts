// Grants and revokes roles. The permission catalogue decides who may (department admins: staff and
// department-admin in their own department; platform admins: all); every change is audit-logged.
import { z } from "zod";
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import type { Actor } from "../actor.ts";
import { can } from "../permissions/catalogue.ts";
import type { Role } from "../tables.ts";

const roles = ["staff", "department-admin", "editor", "platform-admin"] as const satisfies readonly Role[];
/** Roles that belong to a department; the others hold platform-wide (department null). */
export const departmentScopedRoles: readonly Role[] = ["staff", "department-admin"];

export const RoleChangeInput = z
  .object({
    accountId: z.uuid(),
    role: z.enum(roles),
    departmentId: z
      .string()
      .trim()
      .max(100)
      .transform((v) => (v === "" ? null : v))
      .nullable()
      .default(null),
  })
  .refine((v) => departmentScopedRoles.includes(v.role) === (v.departmentId !== null), { path: ["departmentId"] });
export type RoleChangeInput = z.output<typeof RoleChangeInput>;

export type RoleChangeResult = { ok: true; changed: boolean } | { ok: false; reason: "forbidden" | "not-found" | "last-platform-admin" };

async function isStaffAccount(tx: Tx, accountId: string): Promise<boolean> {
  return (await tx.selectFrom("identity.account").select("id").where("id", "=", accountId).where("kind", "=", "staff").executeTakeFirst()) !== undefined;
}

export async function grantRole(actor: Actor, input: RoleChangeInput, tx: Tx): Promise<RoleChangeResult> {
  if (!can(actor, "role.grant", { departmentId: input.departmentId, role: input.role })) return { ok: false, reason: "forbidden" };
  if (!(await isStaffAccount(tx, input.accountId))) return { ok: false, reason: "not-found" };
  if (input.departmentId !== null) {
    const department = await tx.selectFrom("catalogue.department").select("id").where("id", "=", input.departmentId).executeTakeFirst();
    if (!department) return { ok: false, reason: "not-found" };
  }
  const inserted = await tx
    .insertInto("identity.role_grant")
    .values({ account_id: input.accountId, role: input.role, department_id: input.departmentId })
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!inserted) return { ok: true, changed: false };
  await recordAudit(tx, actor, "role.granted", { type: "account", id: input.accountId }, { role: input.role, departmentId: input.departmentId });
  return { ok: true, changed: true };
}

export async function revokeRole(actor: Actor, input: RoleChangeInput, tx: Tx): Promise<RoleChangeResult> {
  if (input.role === "platform-admin" && actor.kind === "staff" && actor.id === input.accountId) return { ok: false, reason: "last-platform-admin" };
  if (!can(actor, "role.revoke", { departmentId: input.departmentId, role: input.role, accountId: input.accountId })) return { ok: false, reason: "forbidden" };
  if (input.role === "platform-admin") {
    // Lockout protection: the permission rule keeps admins from revoking their own role; the last one always stays.
    // Lock the platform-admin grants so two admins cannot revoke each other at once and leave none.
    const admins = await tx.selectFrom("identity.role_grant").select("account_id").where("role", "=", "platform-admin").forUpdate().execute();
    if (admins.length <= 1 && admins.some((a) => a.account_id === input.accountId)) return { ok: false, reason: "last-platform-admin" };
  }
  let query = tx.deleteFrom("identity.role_grant").where("account_id", "=", input.accountId).where("role", "=", input.role);
  query = input.departmentId === null ? query.where("department_id", "is", null) : query.where("department_id", "=", input.departmentId);
  const deleted = await query.executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) return { ok: true, changed: false };
  await recordAudit(tx, actor, "role.revoked", { type: "account", id: input.accountId }, { role: input.role, departmentId: input.departmentId });
  return { ok: true, changed: true };
}
