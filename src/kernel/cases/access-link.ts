// The secret link with which someone without an account reaches their case. It is an HMAC of the case and
// a per-case salt under the app secret: nothing secret is stored, every mail can carry the link again, and
// a new salt revokes all links sent before. Compared in constant time.
import { createHmac, timingSafeEqual } from "node:crypto";

export interface AccessLinkCase {
  id: string;
  reference: string;
  access_salt: Buffer;
}

export function accessToken(secret: string, c: AccessLinkCase): string {
  return createHmac("sha256", secret).update(`case-access\0${c.id}\0`).update(c.access_salt).digest("base64url");
}

export function accessPath(secret: string, c: AccessLinkCase): string {
  return `/vorgaenge/${c.reference}/zugang/${accessToken(secret, c)}`;
}

export const accessTokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function verifyAccessToken(secret: string, c: AccessLinkCase, token: string): boolean {
  if (!accessTokenPattern.test(token)) return false;
  const expected = Buffer.from(accessToken(secret, c));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
