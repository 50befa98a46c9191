// kernel/identity: accounts, roles, sessions and the Actor every use case receives.
import { fileURLToPath } from "node:url";
import type { MigrationSource } from "../../platform/db/index.ts";
import "./tables.ts";

export type { AccountKind, Role, SessionMethod } from "./tables.ts";
export { createStaffAccount, type StaffAccountInput } from "./create-staff-account.ts";
export {
  anonymous,
  system,
  meetsTrustLevel,
  actorId,
  type Actor,
  type AnonymousActor,
  type CitizenActor,
  type StaffActor,
  type SystemActor,
  type RoleGrant,
  type TrustLevel,
} from "./actor.ts";
export { createSession, resolveSession, endSession, endAllSessions, completeSecondFactor, hashToken, type NewSession, type ResolvedSession } from "./sessions.ts";
export { sessionPolicies, type SessionPolicy } from "./session-policy.ts";
export { sessionPlugin, setSessionCookie, clearSessionCookie, actorFor, SESSION_COOKIE } from "./session-plugin.ts";

export const identityMigrations: MigrationSource = { module: "identity", dir: fileURLToPath(new URL("./migrations", import.meta.url)) };
