// Staff of a department who may do an action there (e.g. read its cases): the choices of an assignee select,
// and the check that a chosen account really is such a colleague. The permission catalogue decides, so the
// list and the server's check can never disagree.
import type { Executor } from "../../../platform/db/index.ts";
import type { Actor, StaffActor } from "../actor.ts";
import { can } from "../permissions/catalogue.ts";

export interface DepartmentMember {
  id: string;
  displayName: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function staffActors(db: Executor, which: { accountId: string } | { departmentId: string }): Promise<StaffActor[]> {
  let query = db.selectFrom("identity.account as a").select(["a.id", "a.display_name"]).where("a.kind", "=", "staff");
  if ("accountId" in which) query = query.where("a.id", "=", which.accountId);
  else {
    const { departmentId } = which;
    query = query.where((eb) => eb.exists(eb.selectFrom("identity.role_grant as g").select("g.id").whereRef("g.account_id", "=", "a.id").where("g.department_id", "=", departmentId)));
  }
  const accounts = await query.orderBy("a.display_name").orderBy("a.id").execute();
  if (accounts.length === 0) return [];
  const grants = await db
    .selectFrom("identity.role_grant")
    .select(["account_id", "role", "department_id"])
    .where(
      "account_id",
      "in",
      accounts.map((a) => a.id),
    )
    .execute();
  return accounts.map((a) => ({
    kind: "staff",
    id: a.id,
    displayName: a.display_name,
    roles: grants.filter((g) => g.account_id === a.id).map((g) => ({ role: g.role, departmentId: g.department_id })),
  }));
}

/**
 * The staff holding a role in the department who may do `action` on its things, by name. Empty unless the
 * asking actor may do `action` there too. Platform admins hold no department role and are not listed,
 * though departmentMember() accepts them (an admin may take a case).
 */
export async function listDepartmentMembers(db: Executor, actor: Actor, filter: { departmentId: string; action: string }): Promise<DepartmentMember[]> {
  if (!can(actor, filter.action, { departmentId: filter.departmentId })) return [];
  const members = await staffActors(db, { departmentId: filter.departmentId });
  return members.filter((m) => can(m, filter.action, { departmentId: filter.departmentId })).map((m) => ({ id: m.id, displayName: m.displayName }));
}

/** The staff account `accountId` if it may do `action` on the department's things; undefined otherwise. */
export async function departmentMember(db: Executor, accountId: string, filter: { departmentId: string; action: string }): Promise<DepartmentMember | undefined> {
  if (!uuidPattern.test(accountId)) return undefined;
  const [member] = await staffActors(db, { accountId });
  return member && can(member, filter.action, { departmentId: filter.departmentId }) ? { id: member.id, displayName: member.displayName } : undefined;
}
