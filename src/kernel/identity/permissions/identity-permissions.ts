// The actions of kernel/identity itself: the back office, staff accounts, roles and the audit log.
import type { StaffActor } from "../actor.ts";
import type { Role } from "../tables.ts";
import { definePermissions, type PermissionResource } from "./catalogue.ts";

/** Roles a department administrator hands out in their own department; the others only platform admins. */
export const departmentRoles: readonly Role[] = ["staff", "department-admin"];

const isPlatformAdmin = (actor: StaffActor) => actor.roles.some((g) => g.role === "platform-admin");

// Platform admins hand out every role; everyone else only the department roles.
const grantableRole = (actor: StaffActor, resource: PermissionResource) => isPlatformAdmin(actor) || departmentRoles.includes(resource.role as Role);

// Resetting one's own second factor would skip it; a platform admin's only another platform admin may reset.
// Without the target's roles (`targetRoles`) the answer is no.
const resettableSecondFactor = (actor: StaffActor, r: PermissionResource) =>
  Array.isArray(r.targetRoles) && typeof r.accountId === "string" && r.accountId !== actor.id && (isPlatformAdmin(actor) || !r.targetRoles.includes("platform-admin"));

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
  /**
   * Reset a staff member's authenticator and recovery codes (lost phone); resource = { departmentId, accountId,
   * targetRoles }. Department admins: people of their departments; see resetSecondFactor.
   */
  "staff.reset-second-factor": { departmentRoles: ["department-admin"], when: resettableSecondFactor },
  /** Search the audit log. */
  "audit.read": { platformRoles: [] },
});

/** An action of kernel/identity. */
export type IdentityAction = (typeof identityActions)[number];
