// Growing staff lockouts on the real database, with explicit clocks: 15 min, 1 h, 4 h, then 24 h; a full login
// starts again, a correct password alone does not; lockouts older than a day no longer count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app.ts";
import { inTransaction, type Tx } from "../../../platform/db/index.ts";
import { lockedUntil, lockoutMinutes, recordAttempt, STAFF_LOGIN_MAX_FAILURES } from "./login-attempts.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const MIN = 60_000;
const at = (start: Date, minutes: number) => new Date(start.getTime() + minutes * MIN);

/** Five wrong passwords one minute apart from `start`; returns the lockout the fifth one started. */
async function failRound(tx: Tx, email: string, start: Date): Promise<Date | undefined> {
  let until: Date | undefined;
  for (let i = 0; i < STAFF_LOGIN_MAX_FAILURES; i++) until = await recordAttempt(tx, email, "password", false, at(start, i));
  return until;
}

describe("staff lockouts", () => {
  it("last 15 minutes, 1 hour, 4 hours, then at most 24 hours", () => {
    expect([1, 2, 3, 4, 5, 9].map(lockoutMinutes)).toEqual([15, 60, 240, 1440, 1440, 1440]);
  });

  it("start at the 5th failure within 15 minutes and grow with each repeated lockout", async () => {
    const email = "wachsend@stadttor.example";
    const start = new Date("2026-11-20T08:00:00Z");
    await inTransaction(t.database.db, async (tx) => {
      // Four failures lock nothing; failures spread wider than the window don't either.
      for (let i = 0; i < 4; i++) expect(await recordAttempt(tx, email, "password", false, at(start, i * 5))).toBeUndefined();
      expect(await lockedUntil(tx, email, at(start, 16))).toBeUndefined();
      expect(await recordAttempt(tx, email, "totp", false, at(start, 16))).toBeUndefined();

      const first = at(start, 60);
      expect(await failRound(tx, email, first)).toEqual(at(first, 4 + 15));
      expect(await lockedUntil(tx, email, at(first, 5))).toEqual(at(first, 19));
      expect(await lockedUntil(tx, email, at(first, 19))).toBeUndefined();

      // Each lockout needs five new failures, and lasts longer than the one before.
      const second = at(first, 20);
      for (let i = 0; i < 4; i++) expect(await recordAttempt(tx, email, "totp", false, at(second, i))).toBeUndefined();
      expect(await recordAttempt(tx, email, "password", false, at(second, 4))).toEqual(at(second, 4 + 60));
      const third = at(second, 70);
      expect(await failRound(tx, email, third)).toEqual(at(third, 4 + 240));
      const fourth = at(third, 250);
      expect(await failRound(tx, email, fourth)).toEqual(at(fourth, 4 + 1440));
      expect(await lockedUntil(tx, email, at(fourth, 23 * 60))).toEqual(at(fourth, 4 + 1440));
    });
  });

  it("start again after a full login, but not after a correct password alone", async () => {
    const email = "zurueck@stadttor.example";
    const start = new Date("2026-11-21T08:00:00Z");
    await inTransaction(t.database.db, async (tx) => {
      await failRound(tx, email, start);
      // Knowing the password does not wipe the count of wrong codes.
      await recordAttempt(tx, email, "password", true, at(start, 20));
      expect(await failRound(tx, email, at(start, 21))).toEqual(at(start, 25 + 60));
      // The code step passed: the next lockout is a first one again.
      await recordAttempt(tx, email, "password", true, at(start, 90));
      await recordAttempt(tx, email, "totp", true, at(start, 91));
      expect(await failRound(tx, email, at(start, 100))).toEqual(at(start, 104 + 15));
    });
  });

  // Attempts are kept for 24 hours (identity retention), so a lockout older than that is forgotten.
  it("count lockouts of the last 24 hours only, per address whatever its case", async () => {
    const start = new Date("2026-11-22T08:00:00Z");
    await inTransaction(t.database.db, async (tx) => {
      expect(await failRound(tx, "Vergessen@Stadttor.example ", start)).toEqual(at(start, 19));
      expect(await lockedUntil(tx, "vergessen@stadttor.example", at(start, 10))).toEqual(at(start, 19));
      expect(await lockedUntil(tx, "jemand-anderes@stadttor.example", at(start, 10))).toBeUndefined();
      const nextDay = at(start, 25 * 60);
      expect(await failRound(tx, "vergessen@stadttor.example", nextDay)).toEqual(at(nextDay, 19));
    });
  });
});
