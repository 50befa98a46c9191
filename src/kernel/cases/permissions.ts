// The actions of kernel/cases. Staff of the owning department act on its cases; platform admins everywhere.
// Citizens never pass through can(): what they see is decided by ownership in the queries (citizen-cases.ts).
import { definePermissions } from "../identity/index.ts";

const departmentStaff = ["staff", "department-admin"] as const;

export const caseActions = definePermissions("cases", {
  /** See a department's inbox, its cases and their whole timeline (internal notes too). */
  "case.read": { departmentRoles: departmentStaff },
  /** Change state, write notes, public updates and messages, change priority and due date. */
  "case.act": { departmentRoles: departmentStaff },
  /** Assign to oneself or a colleague of the department, or unassign. */
  "case.assign": { departmentRoles: departmentStaff },
  /** Hand a case to another department (routing correction), with a reason. */
  "case.reassign": { departmentRoles: departmentStaff },
  /** Keep the department's response templates. */
  "case.templates.manage": { departmentRoles: ["department-admin"] },
  /** The department's figures: open cases, overdue, times to first response and closure. */
  "case.dashboard": { departmentRoles: departmentStaff },
});

export type CaseAction = (typeof caseActions)[number];
