// A real OpenID Connect provider (npm oidc-provider) on loopback for tests: one confidential client, and an
// interaction handler that logs in whoever the test named next (with an acr/amr) and grants consent at once.
import { generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export interface TestOidcUser {
  sub: string;
  email?: string;
  emailVerified?: boolean;
  name?: string;
}

export interface NextLogin {
  user: TestOidcUser;
  /** What the provider says about the login's strength, e.g. "STORK-QAA-Level-3". */
  acr?: string;
  amr?: string[];
  /** The person refuses consent: the provider answers with error=access_denied. */
  deny?: boolean;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who logs in at the provider on the next authorization request. */
  setNextLogin(login: NextLogin): void;
  close(): Promise<void>;
}

export interface TestOidcProviderOptions {
  /** The app's callback URLs the client may use. */
  redirectUris: string[];
  clientId?: string;
}

export async function startTestOidcProvider(options: TestOidcProviderOptions): Promise<TestOidcProvider> {
  const clientId = options.clientId ?? "stadttor-test";
  const clientSecret = "test-secret-that-is-long-enough-for-hs256-0123456789";
  const users = new Map<string, TestOidcUser>();
  let next: NextLogin = { user: { sub: "user-1", email: "erika@example.org", emailVerified: true, name: "Erika Mustermann" }, acr: "STORK-QAA-Level-3" };

  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    pkce: { required: () => true },
    // acr/amr/auth_time/sid must stay listed, or the ID token leaves them out.
    claims: { acr: null, amr: null, auth_time: null, sid: null, openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    acrValues: ["STORK-QAA-Level-1", "STORK-QAA-Level-3", "STORK-QAA-Level-4", "http://eidas.europa.eu/LoA/substantial", "urn:city:mfa"],
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ["test-cookie-key-0123456789abcdef"] },
    // Own signing key and lifetimes, so the provider does not fall back to (and warn about) its development defaults.
    jwks: { keys: [{ ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }), kid: "test", use: "sig", alg: "RS256" }] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    findAccount: async (_ctx, sub) => {
      const user = users.get(sub);
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          ...(user.email !== undefined ? { email: user.email, email_verified: user.emailVerified ?? false } : {}),
          ...(user.name !== undefined ? { name: user.name } : {}),
        }),
      };
    },
  });

  // The person at the provider: logs in as `next` and consents to what the client asked for.
  async function interaction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (next.deny) {
      await provider.interactionFinished(req, res, { error: "access_denied", error_description: "consent refused" }, { mergeWithLastSubmission: false });
      return;
    }
    if (details.prompt.name === "login") {
      users.set(next.user.sub, next.user);
      const login: { accountId: string; acr?: string; amr?: string[] } = { accountId: next.user.sub };
      if (next.acr) login.acr = next.acr;
      if (next.amr) login.amr = next.amr;
      await provider.interactionFinished(req, res, { login }, { mergeWithLastSubmission: false });
      return;
    }
    const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: details.params.client_id as string });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  const callback = provider.callback();
  server.on("request", (req, res) => {
    if (req.url?.startsWith("/interaction/")) {
      interaction(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    void callback(req, res);
  });

  return {
    issuer,
    clientId,
    clientSecret,
    setNextLogin(login) {
      next = login;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
