// Growing staff lockouts on the real database, with explicit clocks: 15 min, 1 h, 4 h, then 24 h. Wrong passwords
// lock an address from one network only (a stranger can't lock the real person out) and a network that sprays
// many addresses; wrong codes lock the account. A success of the same kind starts again; a day forgets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app.ts";
import { inTransaction, type Tx } from "../../../platform/db/index.ts";
import {
  codeLockedUntil,
  forgetLoginFailures,
  lockoutMinutes,
  networkOf,
  passwordLockedUntil,
  recordCodeAttempt,
  recordPasswordAttempt,
  STAFF_LOGIN_MAX_FAILURES,
  staffLoginLockedUntil,
} from "./login-attempts.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const MIN = 60_000;
const at = (start: Date, minutes: number) => new Date(start.getTime() + minutes * MIN);
const attacker = "198.51.100.7";
const office = "203.0.113.20";

/** Five wrong passwords one minute apart from `start`; returns the lockout the fifth one started. */
async function failRound(tx: Tx, email: string, start: Date, ip = attacker): Promise<Date | undefined> {
  let until: Date | undefined;
  for (let i = 0; i < STAFF_LOGIN_MAX_FAILURES; i++) until = await recordPasswordAttempt(tx, email, ip, false, at(start, i));
  return until;
}

/** Five wrong codes one minute apart from `start`. */
async function failCodes(tx: Tx, email: string, start: Date): Promise<Date | undefined> {
  let until: Date | undefined;
  for (let i = 0; i < STAFF_LOGIN_MAX_FAILURES; i++) until = await recordCodeAttempt(tx, email, false, at(start, i));
  return until;
}

describe("staff lockouts", () => {
  it("last 15 minutes, 1 hour, 4 hours, then at most 24 hours", () => {
    expect([1, 2, 3, 4, 5, 9].map(lockoutMinutes)).toEqual([15, 60, 240, 1440, 1440, 1440]);
  });

  it("for wrong passwords hold for the address from that network only: whoever types someone's address locks out only themselves", async () => {
    const email = "admin@stadttor.example";
    const start = new Date("2026-11-19T08:00:00Z");
    await inTransaction(t.database.db, async (tx) => {
      expect(await failRound(tx, email, start)).toEqual(at(start, 4 + 15));
      expect(await passwordLockedUntil(tx, email, attacker, at(start, 5))).toEqual(at(start, 19));
      // The person at their desk logs in as ever; their codes are not locked either.
      expect(await passwordLockedUntil(tx, email, office, at(start, 5))).toBeUndefined();
      expect(await codeLockedUntil(tx, email, at(start, 5))).toBeUndefined();
      // Other addresses from the attacker's network are not locked by it (the network's own limit is higher).
      expect(await passwordLockedUntil(tx, "leitung.kvr@stadttor.example", attacker, at(start, 5))).toBeUndefined();
    });
  });

  it("for wrong passwords start at the 5th failure within 15 minutes and grow with each repeated lockout", async () => {
    const email = "wachsend@stadttor.example";
    const start = new Date("2026-11-20T08:00:00Z");
    await inTransaction(t.database.db, async (tx) => {
      // Four failures lock nothing; failures spread wider than the window don't either.
      for (let i = 0; i < 4; i++) expect(await recordPasswordAttempt(tx, email, attacker, false, at(start, i * 5))).toBeUndefined();
      expect(await passwordLockedUntil(tx, email, attacker, at(start, 16))).toBeUndefined();
      expect(await recordPasswordAttempt(tx, email, attacker, false, at(start, 16))).toBeUndefined();

      const first = at(start, 60);
      expect(await failRound(tx, email, first)).toEqual(at(first, 4 + 15));
      expect(await passwordLockedUntil(tx, email, attacker, at(first, 5))).toEqual(at(first, 19));
      expect(await passwordLockedUntil(tx, email, attacker, at(first, 19))).toBeUndefined();

      // Each lockout needs five new failures, and lasts longer than the one before.
      const second = at(first, 20);
      for (let i = 0; i < 4; i++) expect(await recordPasswordAttempt(tx, email, attacker, false, at(second, i))).toBeUndefined();
      expect(await recordPasswordAttempt(tx, email, attacker, false, at(second, 4))).toEqual(at(second, 4 + 60));
      const third = at(second, 70);
      expect(await failRound(tx, email, third)).toEqual(at(third, 4 + 240));
      const fourth = at(third, 250);
      expect(await failRound(tx, email, fourth)).toEqual(at(fourth, 4 + 1440));
      expect(await passwordLockedUntil(tx, email, attacker, at(fourth, 23 * 60))).toEqual(at(fourth, 4 + 1440));
      // The right password from that network starts again.
      await recordPasswordAttempt(tx, email, attacker, true, at(fourth, 25 * 60));
      expect(await failRound(tx, email, at(fourth, 25 * 60 + 1))).toEqual(at(fourth, 25 * 60 + 5 + 15));
    });
  });

  it("never lock a whole network: many addresses tried from one place lock only those addresses from there", async () => {
    const sprayer = "192.0.2.99";
    const start = new Date("2026-11-23T08:00:00Z");
    await inTransaction(t.database.db, async (tx) => {
      for (let i = 0; i < 60; i++) {
        expect(await recordPasswordAttempt(tx, `opfer-${i}@stadttor.example`, sprayer, false, new Date(start.getTime() + i * 10_000))).toBeUndefined();
      }
      expect(await passwordLockedUntil(tx, "noch-niemand@stadttor.example", sprayer, at(start, 11))).toBeUndefined();
      expect(await staffLoginLockedUntil(tx, "opfer-0@stadttor.example", at(start, 11))).toBeUndefined();
    });
  });

  it("for wrong codes hold for the account wherever it logs in; a correct password alone does not reset them", async () => {
    const email = "zurueck@stadttor.example";
    const start = new Date("2026-11-21T08:00:00Z");
    await inTransaction(t.database.db, async (tx) => {
      expect(await failCodes(tx, email, start)).toEqual(at(start, 19));
      expect(await codeLockedUntil(tx, email, at(start, 10))).toEqual(at(start, 19));
      // Wrong codes are no wrong passwords: the password step itself stays open.
      expect(await passwordLockedUntil(tx, email, office, at(start, 10))).toBeUndefined();
      // Knowing the password does not wipe the count of wrong codes.
      await recordPasswordAttempt(tx, email, office, true, at(start, 20));
      expect(await failCodes(tx, email, at(start, 21))).toEqual(at(start, 25 + 60));
      // The code step passed: the next lockout is a first one again.
      await recordCodeAttempt(tx, email, true, at(start, 91));
      expect(await failCodes(tx, email, at(start, 100))).toEqual(at(start, 104 + 15));
    });
  });

  it("show on the staff page and go with an unlock, which starts the count again", async () => {
    const email = "gesperrt@stadttor.example";
    const start = new Date("2026-11-24T08:00:00Z");
    await inTransaction(t.database.db, async (tx) => {
      await failRound(tx, email, start, office);
      expect(await staffLoginLockedUntil(tx, email, at(start, 5))).toEqual(at(start, 19));
      await failCodes(tx, email, at(start, 1));
      expect(await staffLoginLockedUntil(tx, email, at(start, 6))).toEqual(at(start, 20));
      expect(await staffLoginLockedUntil(tx, "jemand-anderes@stadttor.example", at(start, 6))).toBeUndefined();
      expect(await forgetLoginFailures(tx, email)).toBe(2 * STAFF_LOGIN_MAX_FAILURES);
      expect(await staffLoginLockedUntil(tx, email, at(start, 6))).toBeUndefined();
      expect(await passwordLockedUntil(tx, email, office, at(start, 6))).toBeUndefined();
      expect(await codeLockedUntil(tx, email, at(start, 6))).toBeUndefined();
      expect(await failRound(tx, email, at(start, 7), office)).toEqual(at(start, 11 + 15));
    });
  });

  // Attempts are kept for 24 hours (identity retention), so a lockout older than that is forgotten.
  it("count lockouts of the last 24 hours only, per address whatever its case", async () => {
    const start = new Date("2026-11-22T08:00:00Z");
    await inTransaction(t.database.db, async (tx) => {
      expect(await failRound(tx, "Vergessen@Stadttor.example ", start)).toEqual(at(start, 19));
      expect(await passwordLockedUntil(tx, "vergessen@stadttor.example", attacker, at(start, 10))).toEqual(at(start, 19));
      expect(await passwordLockedUntil(tx, "jemand-anderes@stadttor.example", attacker, at(start, 10))).toBeUndefined();
      const nextDay = at(start, 25 * 60);
      expect(await failRound(tx, "vergessen@stadttor.example", nextDay)).toEqual(at(nextDay, 19));
    });
  });

  it("take IPv6 addresses by their /64, which one line gets whole", () => {
    expect(networkOf("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(networkOf("2001:0db8:0001:0002:ffff::1")).toBe("2001:db8:1:2::/64");
    expect(networkOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(networkOf("::1")).toBe("0:0:0:0::/64");
    expect(networkOf("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(networkOf("::ffff:203.0.113.20")).toBe("203.0.113.20");
    expect(networkOf("203.0.113.20")).toBe("203.0.113.20");
  });
});
