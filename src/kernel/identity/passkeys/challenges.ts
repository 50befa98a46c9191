// WebAuthn challenges live on the server for five minutes and are deleted when used: any app node can check
// an answer, and an answer captured once cannot be played again. The answer names its challenge itself (in
// clientDataJSON), so the browser needs no cookie for it; the signature over it is what WebAuthn verifies.
import { sql } from "kysely";
import type { Tx } from "../../../platform/db/index.ts";

export const CHALLENGE_MINUTES = 5;

export async function storeChallenge(tx: Tx, challenge: string, purpose: "register" | "login", accountId: string | null): Promise<void> {
  await tx.deleteFrom("identity.webauthn_challenge").where("expires_at", "<", sql<Date>`now()`).execute();
  await tx
    .insertInto("identity.webauthn_challenge")
    .values({ challenge, purpose, account_id: accountId, expires_at: new Date(Date.now() + CHALLENGE_MINUTES * 60_000) })
    .execute();
}

function challengeOf(clientDataJSON: unknown): string | undefined {
  if (typeof clientDataJSON !== "string" || clientDataJSON.length > 4096) return undefined;
  try {
    const data = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8")) as { challenge?: unknown };
    return typeof data.challenge === "string" ? data.challenge : undefined;
  } catch {
    return undefined;
  }
}

/** The stored challenge the answer refers to, deleted on the way; undefined when unknown, used, expired or not the caller's. */
export async function takeChallenge(tx: Tx, clientDataJSON: unknown, purpose: "register" | "login", accountId: string | null): Promise<string | undefined> {
  const challenge = challengeOf(clientDataJSON);
  if (!challenge) return undefined;
  const row = await tx
    .deleteFrom("identity.webauthn_challenge")
    .where("challenge", "=", challenge)
    .where("purpose", "=", purpose)
    .returning(["challenge", "account_id", "expires_at"])
    .executeTakeFirst();
  if (!row || row.account_id !== accountId || row.expires_at.getTime() <= Date.now()) return undefined;
  return row.challenge;
}
