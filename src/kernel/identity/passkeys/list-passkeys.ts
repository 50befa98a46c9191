// The passkeys of one account, newest first, for the "Passkeys" page.
import type { Executor } from "../../../platform/db/index.ts";

export interface PasskeySummary {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export async function listPasskeys(db: Executor, accountId: string): Promise<PasskeySummary[]> {
  const rows = await db
    .selectFrom("identity.passkey")
    .select(["id", "name", "created_at", "last_used_at"])
    .where("account_id", "=", accountId)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at }));
}
