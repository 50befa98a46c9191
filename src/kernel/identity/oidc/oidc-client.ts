// Talks to the OpenID Connect provider with openid-client: discovery (cached), the authorization URL with
// PKCE, state and nonce, and the code exchange that validates the ID token. Knows nothing about accounts.
import * as client from "openid-client";
import type { OidcConfig } from "../../../platform/config/index.ts";

/** What the provider vouched for after a successful exchange. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
  acr: string | undefined;
  amr: readonly string[];
}

export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export type OidcFailure = "unavailable" | "invalid-response";

export class OidcError extends Error {
  constructor(
    readonly reason: OidcFailure,
    options?: { cause?: unknown },
  ) {
    super(`OIDC ${reason}`, options);
  }
}

const DISCOVERY_TTL_MS = 3600_000;
const cache = new Map<string, { config: client.Configuration; at: number }>();

function isLoopback(url: URL): boolean {
  return ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

async function configurationFor(settings: OidcConfig): Promise<client.Configuration> {
  const key = `${settings.issuer} ${settings.clientId}`;
  const cached = cache.get(key);
  if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
  const issuer = new URL(settings.issuer);
  try {
    // Plain http only to a provider on this machine (development and tests); real providers speak https.
    const config = await client.discovery(issuer, settings.clientId, settings.clientSecret, undefined, {
      timeout: 5,
      ...(isLoopback(issuer) && issuer.protocol === "http:" ? { execute: [client.allowInsecureRequests] } : {}),
    });
    cache.set(key, { config, at: Date.now() });
    return config;
  } catch (error) {
    throw new OidcError("unavailable", { cause: error });
  }
}

/** Where to send the browser, with fresh secrets the caller keeps until the provider sends it back. */
export async function oidcAuthorization(settings: OidcConfig, redirectUri: string): Promise<{ url: URL; checks: OidcChecks }> {
  const config = await configurationFor(settings);
  const checks: OidcChecks = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
  const parameters: Record<string, string> = {
    redirect_uri: redirectUri,
    scope: settings.scopes,
    state: checks.state,
    nonce: checks.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
    code_challenge_method: "S256",
  };
  if (settings.acrValues) parameters.acr_values = settings.acrValues;
  return { url: client.buildAuthorizationUrl(config, parameters), checks };
}

function stringClaim(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** Exchanges the code from the callback URL and validates the ID token (signature, issuer, audience, nonce, expiry). */
export async function exchangeOidcCode(settings: OidcConfig, callbackUrl: URL, checks: OidcChecks): Promise<OidcIdentity> {
  const config = await configurationFor(settings);
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    const network = error instanceof TypeError || (error as { name?: string }).name === "TimeoutError";
    throw new OidcError(network ? "unavailable" : "invalid-response", { cause: error });
  }
  const idToken = tokens.claims();
  if (!idToken) throw new OidcError("invalid-response");
  let claims: Record<string, unknown> = { ...idToken };
  // Many providers keep e-mail and name out of the ID token and hand them out at the userinfo endpoint.
  if ((claims.email === undefined || claims.name === undefined) && config.serverMetadata().userinfo_endpoint) {
    try {
      const info = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
      claims = { ...info, ...claims, email: claims.email ?? info.email, email_verified: claims.email_verified ?? info.email_verified, name: claims.name ?? info.name };
    } catch (error) {
      throw new OidcError("invalid-response", { cause: error });
    }
  }
  const composedName = [stringClaim(claims.given_name), stringClaim(claims.family_name)].filter(Boolean).join(" ");
  return {
    issuer: idToken.iss,
    subject: idToken.sub,
    email: stringClaim(claims.email)?.toLowerCase(),
    emailVerified: claims.email_verified === true,
    name: stringClaim(claims.name) ?? (composedName || undefined),
    acr: stringClaim(idToken.acr),
    amr: Array.isArray(idToken.amr) ? idToken.amr.filter((v): v is string => typeof v === "string") : [],
  };
}
