// Whether an account is a citizen's or a staff member's, for modules that must not write to the wrong kind.
import type { Executor } from "../../platform/db/index.ts";
import type { AccountKind } from "./tables.ts";

export async function accountKind(db: Executor, accountId: string): Promise<AccountKind | undefined> {
  const row = await db.selectFrom("identity.account").select("kind").where("id", "=", accountId).executeTakeFirst();
  return row?.kind;
}
