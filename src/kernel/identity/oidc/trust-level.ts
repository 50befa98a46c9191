// What an identity provider's `acr` claim says about how sure it is who logged in, in our three levels.
// BundID names its levels after STORK ("STORK-QAA-Level-1/3/4"); eIDAS-notified schemes use the eIDAS LoA URIs.
import type { TrustLevel } from "../actor.ts";

const levels: Record<string, TrustLevel> = {
  "stork-qaa-level-1": "level1",
  // STORK level 2 sits below "substantiell": BundID treats it like a basic registration.
  "stork-qaa-level-2": "level1",
  "stork-qaa-level-3": "level3",
  "stork-qaa-level-4": "level4",
  "http://eidas.europa.eu/loa/low": "level1",
  "http://eidas.europa.eu/loa/substantial": "level3",
  "http://eidas.europa.eu/loa/high": "level4",
};

/** The trust level an acr value stands for; unknown or missing values vouch for nothing (no level). */
export function trustLevelFromAcr(acr: unknown): TrustLevel | undefined {
  if (typeof acr !== "string") return undefined;
  return levels[acr.trim().toLowerCase()];
}
