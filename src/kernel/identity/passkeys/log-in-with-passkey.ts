// Second step of a passkey login: the answer must sign our stored challenge with a registered passkey's key.
// A signature counter that does not grow (while the authenticator counts) betrays a cloned key: refused.
import { verifyAuthenticationResponse, type AuthenticationResponseJSON } from "@simplewebauthn/server";
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import type { Actor } from "../actor.ts";
import { createSession, endSession } from "../sessions.ts";
import { takeChallenge } from "./challenges.ts";
import type { PasskeyLoginInput } from "./passkey-inputs.ts";
import type { RelyingParty } from "./relying-party.ts";

type Transport = NonNullable<Parameters<typeof verifyAuthenticationResponse>[0]["credential"]["transports"]>[number];

export type PasskeyLoginResult = { ok: true; token: string; accountId: string } | { ok: false; reason: "challenge" | "unknown-passkey" | "not-verified" };

export async function logInWithPasskey(actor: Actor, input: PasskeyLoginInput, tx: Tx, rp: RelyingParty, previousToken?: string): Promise<PasskeyLoginResult> {
  const expectedChallenge = await takeChallenge(tx, input.response.response.clientDataJSON, "login", null);
  const passkey = await tx
    .selectFrom("identity.passkey as p")
    .innerJoin("identity.account as a", "a.id", "p.account_id")
    .select(["p.id", "p.account_id", "p.credential_id", "p.public_key", "p.counter", "p.transports", "a.kind"])
    .where("p.credential_id", "=", input.response.id)
    .executeTakeFirst();
  const fail = async (reason: "challenge" | "unknown-passkey" | "not-verified") => {
    await recordAudit(tx, actor, "login.passkey.failed", passkey ? { type: "passkey", id: passkey.id } : undefined, { reason });
    return { ok: false as const, reason };
  };
  if (!expectedChallenge) return fail("challenge");
  // Only citizens register passkeys; a staff account found here would skip the staff second factor.
  if (!passkey || passkey.kind !== "citizen") return fail("unknown-passkey");
  let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verification = await verifyAuthenticationResponse({
      response: input.response as AuthenticationResponseJSON,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      credential: { id: passkey.credential_id, publicKey: new Uint8Array(passkey.public_key), counter: Number(passkey.counter), transports: passkey.transports as Transport[] },
      requireUserVerification: false,
    });
  } catch {
    return fail("not-verified");
  }
  if (!verification.verified) return fail("not-verified");
  await tx.updateTable("identity.passkey").set({ counter: verification.authenticationInfo.newCounter, last_used_at: new Date() }).where("id", "=", passkey.id).execute();
  if (previousToken) await endSession(tx, previousToken);
  const token = await createSession(tx, { accountId: passkey.account_id, method: "passkey" });
  await recordAudit(tx, { kind: "citizen", id: passkey.account_id, requestId: actor.requestId }, "login.passkey.succeeded", { type: "account", id: passkey.account_id }, { passkeyId: passkey.id });
  return { ok: true, token, accountId: passkey.account_id };
}
