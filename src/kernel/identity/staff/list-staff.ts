// The staff accounts an actor may manage, with their roles: everyone for platform admins, the staff of their
// own departments for department admins. The filter runs in SQL from the permission catalogue's scope.
import type { Executor } from "../../../platform/db/index.ts";
import type { Actor, RoleGrant } from "../actor.ts";
import { departmentScope } from "../permissions/catalogue.ts";

export interface StaffMember {
  id: string;
  email: string;
  displayName: string;
  roles: RoleGrant[];
  /** False until the person has set a password through their link. */
  hasPassword: boolean;
}

export async function listStaff(actor: Actor, db: Executor, only?: { accountId: string }): Promise<StaffMember[]> {
  const scope = departmentScope(actor, "staff.manage");
  if (!scope.all && scope.departmentIds.length === 0) return [];
  let query = db.selectFrom("identity.account as a").select(["a.id", "a.email", "a.display_name", "a.password_hash"]).where("a.kind", "=", "staff");
  if (only) query = query.where("a.id", "=", only.accountId);
  if (!scope.all) {
    const ids = scope.departmentIds;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom("identity.role_grant as g").select("g.id").whereRef("g.account_id", "=", "a.id").where("g.department_id", "in", ids)),
    );
  }
  const accounts = await query.orderBy("a.display_name").execute();
  if (accounts.length === 0) return [];
  const grants = await db
    .selectFrom("identity.role_grant")
    .select(["account_id", "role", "department_id"])
    .where(
      "account_id",
      "in",
      accounts.map((a) => a.id),
    )
    .orderBy("department_id")
    .orderBy("role")
    .execute();
  return accounts.map((a) => ({
    id: a.id,
    email: a.email,
    displayName: a.display_name,
    hasPassword: a.password_hash !== null,
    roles: grants.filter((g) => g.account_id === a.id).map((g) => ({ role: g.role, departmentId: g.department_id })),
  }));
}

/** One staff member, if the actor may manage them (they share a department the actor administers, or the actor is a platform admin). */
export async function findManagedStaff(actor: Actor, db: Executor, accountId: string): Promise<StaffMember | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(accountId)) return undefined;
  return (await listStaff(actor, db, { accountId }))[0];
}
