// A login through the provider that broke before we knew who it was (provider down, state mismatch, consent
// refused): a security event worth a record, without personal data.
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import type { AnonymousActor, Actor } from "../actor.ts";
import type { OidcAudience } from "./tables.ts";

export type OidcFlowFailure = "unavailable" | "invalid-response" | "state-mismatch" | "expired" | "denied";

export async function recordOidcFailure(actor: AnonymousActor | Actor, input: { audience: OidcAudience; reason: OidcFlowFailure; providerError?: string | undefined }, tx: Tx): Promise<void> {
  const detail: Record<string, unknown> = { audience: input.audience, reason: input.reason };
  // The provider's error code is a short token like "access_denied"; its free-text description is not kept.
  if (input.providerError && /^[a-z_]{1,64}$/.test(input.providerError)) detail.providerError = input.providerError;
  await recordAudit(tx, actor, "login.oidc.failed", undefined, detail);
}
