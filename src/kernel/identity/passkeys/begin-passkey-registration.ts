// First step of adding a passkey: after the person confirmed it is them (confirm-before-adding.ts), the options
// the browser hands to the authenticator, with a fresh challenge stored for this account. Only a confirmed
// person gets a challenge, and registerPasskey needs one, so the second step is covered by the first's check.
// Passkeys already registered are excluded, so one device is not added twice.
import { generateRegistrationOptions, type PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import type { Tx } from "../../../platform/db/index.ts";
import type { CitizenActor } from "../actor.ts";
import { storeChallenge } from "./challenges.ts";
import { confirmBeforeAddingPasskey, type ConfirmationResult, type PasskeyConfirmationInput } from "./confirm-before-adding.ts";
import type { RelyingParty } from "./relying-party.ts";

type Transport = NonNullable<NonNullable<Parameters<typeof generateRegistrationOptions>[0]["excludeCredentials"]>[number]["transports"]>[number];

export type BeginRegistrationResult = { ok: true; options: PublicKeyCredentialCreationOptionsJSON } | Extract<ConfirmationResult, { ok: false }>;

/** `loggedInAt`: when the request's session began. */
export async function beginPasskeyRegistration(
  actor: CitizenActor,
  input: PasskeyConfirmationInput,
  tx: Tx,
  rp: RelyingParty,
  loggedInAt: Date,
): Promise<BeginRegistrationResult> {
  const confirmed = await confirmBeforeAddingPasskey(actor, input, tx, loggedInAt);
  if (!confirmed.ok) return confirmed;
  const account = await tx.selectFrom("identity.account").select(["email", "display_name"]).where("id", "=", actor.id).executeTakeFirstOrThrow();
  const existing = await tx.selectFrom("identity.passkey").select(["credential_id", "transports"]).where("account_id", "=", actor.id).execute();
  const options = await generateRegistrationOptions({
    rpName: rp.rpName,
    rpID: rp.rpID,
    userName: account.email,
    userDisplayName: account.display_name,
    userID: new TextEncoder().encode(actor.id),
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.credential_id, transports: p.transports as Transport[] })),
    // Discoverable credentials: the login page can then ask "any passkey for this site" without an e-mail address.
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  await storeChallenge(tx, options.challenge, "register", actor.id);
  return { ok: true, options };
}
