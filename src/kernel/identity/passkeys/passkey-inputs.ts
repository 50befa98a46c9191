// What the browser sends after a WebAuthn ceremony: the authenticator's answer as @simplewebauthn/browser
// serialises it. Only its outline is checked here; @simplewebauthn/server verifies the content.
import { z } from "zod";

const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/).max(16_384);

const answerOutline = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal("public-key"),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});

export const PasskeyRegistrationInput = z.object({
  name: z.string().trim().max(100).default(""),
  response: answerOutline.extend({
    response: z.object({
      clientDataJSON: base64url,
      attestationObject: base64url,
      transports: z.array(z.string().max(32)).max(10).optional(),
      authenticatorData: base64url.optional(),
      publicKey: base64url.optional(),
      publicKeyAlgorithm: z.number().optional(),
    }),
  }),
});
export type PasskeyRegistrationInput = z.output<typeof PasskeyRegistrationInput>;

export const PasskeyLoginInput = z.object({
  response: answerOutline.extend({
    response: z.object({
      clientDataJSON: base64url,
      authenticatorData: base64url,
      signature: base64url,
      userHandle: base64url.optional(),
    }),
  }),
});
export type PasskeyLoginInput = z.output<typeof PasskeyLoginInput>;
