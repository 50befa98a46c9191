// How citizen passwords are judged and stored: length 12–256 and not one of the most common passwords
// (NIST SP 800-63B: no composition rules, a blocklist instead), hashed with argon2id.
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

// OWASP's argon2id profile "m=19 MiB, t=2, p=1": about 25 ms per hash on one core of the bench machine
// (docs/performance.md). An offline guesser pays the memory per guess; the login rate limits stop online
// guessing long before the cost matters. See bench/scenarios/login.ts for the throughput this allows.
export const argon2Options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

// Only entries that pass the length rule can matter; lower-cased so "Qwerty123456" is refused too.
const blocklist = new Set(dictionary["passwords-common"].filter((p) => p.length >= PASSWORD_MIN).map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return blocklist.has(password.toLowerCase());
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password. Without a stored hash (unknown e-mail, account without password) it still verifies
 * against a dummy hash, so the answer takes as long as for a real account and timing tells nothing.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hash("stadttor-dummy-password-for-timing", argon2Options);
    await verify(await dummyHash, password);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

export type PasswordProblem = "too-short" | "too-long" | "common";

/** Why a new password is refused, or undefined when it is fine. Counted in code points, so "ä" is one. */
export function passwordProblem(password: string): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return "too-short";
  if (length > PASSWORD_MAX) return "too-long";
  if (isCommonPassword(password)) return "common";
  return undefined;
}
