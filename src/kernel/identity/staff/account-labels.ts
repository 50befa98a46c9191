// Names for account ids and ids for e-mail addresses, for pages that show who did something (the audit log).
import type { Executor } from "../../../platform/db/index.ts";

export async function accountLabels(db: Executor, ids: readonly string[]): Promise<Map<string, { displayName: string; email: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom("identity.account").select(["id", "display_name", "email"]).where("id", "in", unique).execute();
  return new Map(rows.map((r) => [r.id, { displayName: r.display_name, email: r.email }]));
}

export async function accountIdByEmail(db: Executor, email: string): Promise<string | undefined> {
  return (await db.selectFrom("identity.account").select("id").where("email", "=", email).executeTakeFirst())?.id;
}
