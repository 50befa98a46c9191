// Creates a staff account with its roles (demo seed now; the back office's staff management later).
// Passwords are stored only as argon2id hashes.
import type { Tx } from "../../platform/db/index.ts";
import { hashPassword } from "./citizen/password-policy.ts";
import type { Role } from "./tables.ts";

export interface StaffAccountInput {
  email: string;
  displayName: string;
  password: string;
  roles: ReadonlyArray<{ role: Role; departmentId: string | null }>;
}

export async function createStaffAccount(tx: Tx, input: StaffAccountInput): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  const account = await tx
    .insertInto("identity.account")
    .values({ kind: "staff", email: input.email, display_name: input.displayName, password_hash: passwordHash })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (input.roles.length > 0) {
    await tx
      .insertInto("identity.role_grant")
      .values(input.roles.map((r) => ({ account_id: account.id, role: r.role, department_id: r.departmentId })))
      .execute();
  }
  return account.id;
}
