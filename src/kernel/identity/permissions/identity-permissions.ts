// The actions of kernel/identity itself: the back office, staff accounts, roles and the audit log.
import type { StaffActor } from "../actor.ts";
import type { Role } from "../tables.ts";
import { definePermissions, type PermissionResource } from "./catalogue.ts";

/** Roles a department administrator hands out in their own department; the others only platform admins. */
export const departmentRoles: readonly Role[] = ["staff", "department-admin"];

// Platform admins hand out every role; everyone else only the department roles.
const grantableRole = (actor: StaffActor, resource: PermissionResource) =>
  actor.roles.some((g) => g.role === "platform-admin") || departmentRoles.includes(resource.role as Role);

export const identityActions = definePermissions("identity", {
  /** Open the back office at all. */
  "backoffice.enter": { anyStaff: true },
  /** See and manage the staff of a department (the list filters by this). */
  "staff.manage": { departmentRoles: ["department-admin"] },
  /** Create staff accounts. */
  "staff.create": { platformRoles: [] },
  /** Grant a role; resource = { departmentId, role }. Department admins: staff and department-admin in their own department. */
  "role.grant": { departmentRoles: ["department-admin"], when: grantableRole },
  /** Revoke a role; resource = { departmentId, role, accountId }. Nobody revokes their own platform-admin role (lockout). */
  "role.revoke": { departmentRoles: ["department-admin"], when: (actor, r) => grantableRole(actor, r) && !(r.role === "platform-admin" && r.accountId === actor.id) },
  /** Search the audit log. */
  "audit.read": { platformRoles: [] },
});

/** An action of kernel/identity. */
export type IdentityAction = (typeof identityActions)[number];
