// Who performs an action. Use cases receive an Actor, never the HTTP request: the same use case then
// runs from a route, a job or a test. Staff are staff only after their second factor.
import type { Role } from "./tables.ts";

export type TrustLevel = "level1" | "level3" | "level4";

export interface RoleGrant {
  role: Role;
  /** null for platform-wide roles (editor, platform-admin). */
  departmentId: string | null;
}

interface ActorBase {
  /** The request or job that acts, so audit records can be matched with logs. */
  requestId?: string | undefined;
}

export interface AnonymousActor extends ActorBase {
  kind: "anonymous";
}

export interface CitizenActor extends ActorBase {
  kind: "citizen";
  id: string;
  displayName: string;
  /** Trust level of the login (OIDC acr); undefined after a password or passkey login. */
  trustLevel: TrustLevel | undefined;
}

export interface StaffActor extends ActorBase {
  kind: "staff";
  id: string;
  displayName: string;
  roles: readonly RoleGrant[];
}

export interface SystemActor extends ActorBase {
  kind: "system";
  /** Which job or tool acts, e.g. "retention" or "catalogue-import". */
  name: string;
}

export type Actor = AnonymousActor | CitizenActor | StaffActor | SystemActor;

export const anonymous = (requestId?: string): AnonymousActor => ({ kind: "anonymous", requestId });
export const system = (name: string): SystemActor => ({ kind: "system", name });

const levelOrder: Record<TrustLevel, number> = { level1: 1, level3: 3, level4: 4 };

/** Whether a login's trust level reaches what a service requires (e.g. level3 for a Meldebescheinigung). */
export function meetsTrustLevel(actor: Actor, required: TrustLevel): boolean {
  return actor.kind === "citizen" && actor.trustLevel !== undefined && levelOrder[actor.trustLevel] >= levelOrder[required];
}

/** The id the audit log records for an actor. */
export function actorId(actor: Actor): string | undefined {
  return actor.kind === "citizen" || actor.kind === "staff" ? actor.id : undefined;
}
