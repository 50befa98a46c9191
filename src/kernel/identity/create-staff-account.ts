// Creates a staff account with its roles (demo seed now; the back office's staff management later).
// Passwords are stored only as argon2id hashes.
import { hash } from "@node-rs/argon2";
import type { Tx } from "../../platform/db/index.ts";
import type { Role } from "./tables.ts";

export interface StaffAccountInput {
  email: string;
  displayName: string;
  password: string;
  roles: ReadonlyArray<{ role: Role; departmentId: string | null }>;
}

// OWASP's argon2id minimum (19 MiB, 2 passes); the identity issue revisits cost with a login benchmark.
const argon2Options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export async function createStaffAccount(tx: Tx, input: StaffAccountInput): Promise<string> {
  const passwordHash = await hash(input.password, argon2Options);
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
