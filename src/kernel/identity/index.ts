// kernel/identity: accounts and roles. (Login, sessions, TOTP and OIDC arrive with issue #3.)
import { fileURLToPath } from "node:url";
import type { MigrationSource } from "../../platform/db/index.ts";
import "./tables.ts";

export type { AccountKind, Role } from "./tables.ts";
export { createStaffAccount, type StaffAccountInput } from "./create-staff-account.ts";

export const identityMigrations: MigrationSource = { module: "identity", dir: fileURLToPath(new URL("./migrations", import.meta.url)) };
