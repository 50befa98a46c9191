// A login that went to the provider and must come back to the same browser: state, nonce and PKCE verifier
// wait in the database under a random handle that only that browser holds (cookie). Used once, ten minutes.
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Tx } from "../../../platform/db/index.ts";
import { hashToken } from "../sessions.ts";
import type { OidcChecks } from "./oidc-client.ts";
import type { OidcAudience } from "./tables.ts";

export const OIDC_FLOW_MINUTES = 10;

export interface OidcFlow extends OidcChecks {
  audience: OidcAudience;
  returnTo: string;
}

/** Stores the flow and returns the handle for the browser's cookie. Old, unfinished flows are swept on the way. */
export async function startOidcFlow(tx: Tx, flow: OidcFlow): Promise<string> {
  await tx.deleteFrom("identity.oidc_flow").where("expires_at", "<", sql<Date>`now()`).execute();
  const handle = randomBytes(32).toString("base64url");
  await tx
    .insertInto("identity.oidc_flow")
    .values({
      handle_hash: hashToken(handle),
      audience: flow.audience,
      state: flow.state,
      nonce: flow.nonce,
      code_verifier: flow.codeVerifier,
      return_to: flow.returnTo,
      expires_at: new Date(Date.now() + OIDC_FLOW_MINUTES * 60_000),
    })
    .execute();
  return handle;
}

/**
 * Takes the flow behind a handle, deleting it: a second callback with the same cookie finds nothing.
 * "expired" when the person took longer than the flow lives; undefined when the handle is unknown.
 */
export async function takeOidcFlow(tx: Tx, handle: string | undefined, audience: OidcAudience): Promise<OidcFlow | "expired" | undefined> {
  if (!handle || !/^[A-Za-z0-9_-]{43}$/.test(handle)) return undefined;
  const row = await tx.deleteFrom("identity.oidc_flow").where("handle_hash", "=", hashToken(handle)).returningAll().executeTakeFirst();
  if (!row || row.audience !== audience) return undefined;
  if (row.expires_at.getTime() <= Date.now()) return "expired";
  return { audience: row.audience, state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to };
}
