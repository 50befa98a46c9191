// The key that signs CSRF tokens (and later sessions). Production must configure SECRET_KEY; a
// development installation makes one on first start and keeps it in the database, so every node and
// every restart agrees on it and forms stay valid across restarts.
import { randomBytes } from "node:crypto";
import type { Db } from "../db/index.ts";

export async function resolveSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db
    .insertInto("platform.secret")
    .values({ name: "app", value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db.selectFrom("platform.secret").select("value").where("name", "=", "app").executeTakeFirstOrThrow();
  return row.value;
}
