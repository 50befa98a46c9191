// Second step of adding a passkey: verify the authenticator's answer against the stored challenge and keep
// the public key. A missing name becomes "Passkey" and the date, so the list stays tellable apart. The owner
// is told by e-mail, in the same transaction.
import { verifyRegistrationResponse, type RegistrationResponseJSON } from "@simplewebauthn/server";
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import type { CitizenActor } from "../actor.ts";
import type { AccountMailContext } from "../citizen/account-mails.ts";
import { takeChallenge } from "./challenges.ts";
import type { PasskeyRegistrationInput } from "./passkey-inputs.ts";
import { sendPasskeyMail } from "./passkey-mails.ts";
import type { RelyingParty } from "./relying-party.ts";

export type RegisterPasskeyResult = { ok: true; passkeyId: string } | { ok: false; reason: "challenge" | "not-verified" | "already-registered" };

export async function registerPasskey(
  actor: CitizenActor,
  input: PasskeyRegistrationInput,
  tx: Tx,
  deps: { rp: RelyingParty; mail: AccountMailContext; defaultName: string },
): Promise<RegisterPasskeyResult> {
  const { rp } = deps;
  const expectedChallenge = await takeChallenge(tx, input.response.response.clientDataJSON, "register", actor.id);
  if (!expectedChallenge) return { ok: false, reason: "challenge" };
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verification = await verifyRegistrationResponse({
      response: input.response as RegistrationResponseJSON,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: false,
    });
  } catch {
    return { ok: false, reason: "not-verified" };
  }
  if (!verification.verified || !verification.registrationInfo) return { ok: false, reason: "not-verified" };
  const { credential } = verification.registrationInfo;
  const taken = await tx.selectFrom("identity.passkey").select("id").where("credential_id", "=", credential.id).executeTakeFirst();
  if (taken) return { ok: false, reason: "already-registered" };
  const row = await tx
    .insertInto("identity.passkey")
    .values({
      account_id: actor.id,
      credential_id: credential.id,
      public_key: Buffer.from(credential.publicKey),
      counter: credential.counter,
      transports: credential.transports ?? [],
      name: input.name || deps.defaultName,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit(tx, actor, "passkey.registered", { type: "passkey", id: row.id }, { accountId: actor.id });
  await sendPasskeyMail(tx, deps.mail, actor.id, "added");
  return { ok: true, passkeyId: row.id };
}
