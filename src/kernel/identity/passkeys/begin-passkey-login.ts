// First step of a passkey login: a challenge for any passkey of this site (discoverable credentials), so the
// person picks their passkey without typing an e-mail address, and nobody learns which addresses have one.
import { generateAuthenticationOptions, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import type { Tx } from "../../../platform/db/index.ts";
import type { Actor } from "../actor.ts";
import { storeChallenge } from "./challenges.ts";
import type { RelyingParty } from "./relying-party.ts";

export async function beginPasskeyLogin(_actor: Actor, tx: Tx, rp: RelyingParty): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await generateAuthenticationOptions({ rpID: rp.rpID, userVerification: "preferred" });
  await storeChallenge(tx, options.challenge, "login", null);
  return options;
}
