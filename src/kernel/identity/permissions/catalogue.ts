// The permission catalogue: every module declares its actions and who may do them; can() answers from the
// declarations alone. The kernel names no component — components call definePermissions() when they load.
import type { Actor, StaffActor } from "../actor.ts";
import type { Role } from "../tables.ts";

/** What an action is done to. Department-scoped things carry their department; other fields feed `when`. */
export interface PermissionResource {
  departmentId?: string | null | undefined;
  [field: string]: unknown;
}

export interface PermissionRule {
  /** Roles that allow the action on things of a department in which the actor holds the role. */
  departmentRoles?: readonly Role[];
  /** Roles that allow the action everywhere (platform-admin always does, see can()). */
  platformRoles?: readonly Role[];
  /** Any logged-in staff member may, whatever their roles (e.g. open the back office). */
  anyStaff?: boolean;
  /** A further condition on actor and thing; it can only narrow what the roles allow, never widen it. */
  when?: (actor: StaffActor, resource: PermissionResource) => boolean;
}

const rules = new Map<string, { module: string; rule: PermissionRule }>();

/**
 * Declares a module's actions. Declaring again for the same module replaces its earlier rules (tests build
 * many apps in one process); an action declared by two modules is a programming error.
 */
export function definePermissions<A extends string>(module: string, actions: Record<A, PermissionRule>): readonly A[] {
  for (const [action, entry] of rules) if (entry.module === module) rules.delete(action);
  for (const [action, rule] of Object.entries<PermissionRule>(actions)) {
    const existing = rules.get(action);
    if (existing && existing.module !== module) throw new Error(`permission ${action} is already declared by ${existing.module}`);
    rules.set(action, { module, rule });
  }
  return Object.keys(actions) as A[];
}

/** Every declared action with the module that declared it, for documentation and the back office. */
export function declaredPermissions(): ReadonlyArray<{ action: string; module: string }> {
  return [...rules].map(([action, { module }]) => ({ action, module })).sort((a, b) => a.action.localeCompare(b.action));
}

const isPlatformAdmin = (actor: StaffActor) => actor.roles.some((g) => g.role === "platform-admin");

function rolesAllow(actor: StaffActor, rule: PermissionRule, departmentId: string | null | undefined): boolean {
  if (rule.anyStaff || isPlatformAdmin(actor)) return true;
  if (actor.roles.some((g) => rule.platformRoles?.includes(g.role))) return true;
  if (!departmentId) return false;
  return actor.roles.some((g) => g.departmentId === departmentId && rule.departmentRoles?.includes(g.role));
}

/**
 * May this actor do this action to this thing? Pure and default-deny: unknown actions, anonymous visitors
 * and anyone the declared rule does not name get false. The same answer drives the server and the buttons.
 */
export function can(actor: Actor, action: string, resource: PermissionResource = {}): boolean {
  const entry = rules.get(action);
  if (!entry || actor.kind !== "staff") return false;
  if (!rolesAllow(actor, entry.rule, resource.departmentId)) return false;
  return entry.rule.when ? entry.rule.when(actor, resource) : true;
}

/** Departments whose things an actor may see for an action: "all", or the list to filter a query with (may be empty). */
export type DepartmentScope = { all: true } | { all: false; departmentIds: string[] };

/**
 * For list queries (inboxes, staff lists): which departments' rows the actor may see for an action, so the
 * filter runs in SQL. Rules with a `when` condition still need can() per row for acting on it.
 */
export function departmentScope(actor: Actor, action: string): DepartmentScope {
  const entry = rules.get(action);
  if (!entry || actor.kind !== "staff") return { all: false, departmentIds: [] };
  const { rule } = entry;
  if (rule.anyStaff || isPlatformAdmin(actor) || actor.roles.some((g) => rule.platformRoles?.includes(g.role))) return { all: true };
  const ids = actor.roles.filter((g) => g.departmentId !== null && rule.departmentRoles?.includes(g.role)).map((g) => g.departmentId as string);
  return { all: false, departmentIds: [...new Set(ids)] };
}
