// The lockout's arithmetic and its bookkeeping on the real database, and the password rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app.ts";
import { inTransaction } from "../../../platform/db/index.ts";
import { delayMinutes, emailKey, IP_FAILURES_PER_WINDOW, lockedUntil, recordAttempt } from "./login-throttle.ts";
import { passwordProblem, verifyPassword } from "./password-policy.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe("login delays", () => {
  it("grow 1, 2, 4 … minutes from the 5th failure in a row, up to an hour", () => {
    expect([1, 4, 5, 6, 7, 8, 11, 20].map(delayMinutes)).toEqual([0, 0, 1, 2, 4, 8, 60, 60]);
  });

  it("count per address, whatever its case, and start again after a success", async () => {
    const key = emailKey(" Zoe@Beispiel.de ");
    expect(key.equals(emailKey("zoe@beispiel.de"))).toBe(true);
    const at = new Date("2026-11-27T10:00:00Z");
    await inTransaction(t.database.db, async (tx) => {
      for (let i = 0; i < 5; i++) await recordAttempt(tx, key, "192.0.2.1", false, at);
      expect(await lockedUntil(tx, key, "192.0.2.1", new Date(at.getTime() + 30_000))).toEqual(new Date(at.getTime() + 60_000));
      expect(await lockedUntil(tx, key, "192.0.2.1", new Date(at.getTime() + 61_000))).toBeUndefined();
      await recordAttempt(tx, key, "192.0.2.1", true, new Date(at.getTime() + 70_000));
      await recordAttempt(tx, key, "192.0.2.1", false, new Date(at.getTime() + 80_000));
      expect(await lockedUntil(tx, key, "192.0.2.1", new Date(at.getTime() + 81_000))).toBeUndefined();
    });
  });

  it("stop one IP address that tries many accounts", async () => {
    const at = new Date("2026-11-27T11:00:00Z");
    await inTransaction(t.database.db, async (tx) => {
      for (let i = 0; i < IP_FAILURES_PER_WINDOW; i++) await recordAttempt(tx, emailKey(`opfer${i}@beispiel.de`), "198.51.100.7", false, at);
      const fresh = emailKey("noch-nie@beispiel.de");
      expect(await lockedUntil(tx, fresh, "198.51.100.7", new Date(at.getTime() + 1000))).toEqual(new Date(at.getTime() + 15 * 60_000));
      expect(await lockedUntil(tx, fresh, "198.51.100.8", new Date(at.getTime() + 1000))).toBeUndefined();
    });
  });
});

describe("password rules", () => {
  it("ask for 12 to 256 characters and refuse common passwords, with no composition rules", () => {
    expect(passwordProblem("a".repeat(11))).toBe("too-short");
    expect(passwordProblem("ä".repeat(12))).toBeUndefined();
    expect(passwordProblem("a".repeat(257))).toBe("too-long");
    expect(passwordProblem("1q2w3e4r5t6y")).toBe("common");
    expect(passwordProblem("QWERTY123456")).toBe("common");
    expect(passwordProblem("lauter kleine wörter")).toBeUndefined();
  });

  it("verify against a dummy hash when there is no account, and say no", async () => {
    expect(await verifyPassword(undefined, "irgendein Passwort")).toBe(false);
    expect(await verifyPassword("kein-hash", "irgendein Passwort")).toBe(false);
  });
});
