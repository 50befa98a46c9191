import { describe, expect, it } from "vitest";
import { dueDate, isOverdue, remainingWorkingDays } from "./deadline.ts";

// Wall-clock times in Munich: summer time in June, standard time in December/January.
const june = (local: string) => new Date(`2026-06-${local}+02:00`);
const winter = (isoLocal: string) => new Date(`${isoLocal}+01:00`);

// Opened Monday 8 June 2026 with five working days: due Monday 15 June.
const base = { openedAt: june("08T10:00:00"), workingDays: 5 };

describe("dueDate", () => {
  it("counts working days from the day after opening", () => {
    expect(dueDate({ ...base, pauses: [] })).toBe("2026-06-15");
  });

  it("uses the Berlin day of opening, not the UTC day", () => {
    // 23:30 UTC on Sunday 7 June is already Monday in Munich.
    expect(dueDate({ openedAt: new Date("2026-06-07T23:30:00Z"), workingDays: 5, pauses: [] })).toBe("2026-06-15");
  });

  it("spans Christmas and New Year", () => {
    expect(dueDate({ openedAt: winter("2026-12-18T09:00:00"), workingDays: 10, pauses: [] })).toBe("2027-01-05");
    expect(
      dueDate({ openedAt: winter("2026-12-18T09:00:00"), workingDays: 10, pauses: [], options: { closedOnChristmasEveAndNewYearsEve: true } }),
    ).toBe("2027-01-08");
  });

  it("moves later by the working days of a closed pause", () => {
    // Tuesday 14:00 → Thursday 11:00 swallows Wednesday and Thursday.
    const pauses = [{ from: june("09T14:00:00"), to: june("11T11:00:00") }];
    expect(dueDate({ ...base, pauses })).toBe("2026-06-17");
  });

  it("ignores a pause that starts and ends on the same day", () => {
    const pauses = [{ from: june("09T10:00:00"), to: june("09T15:00:00") }];
    expect(dueDate({ ...base, pauses })).toBe("2026-06-15");
  });

  it("charges nothing for a pause over the weekend, but the Monday it runs into", () => {
    expect(dueDate({ ...base, pauses: [{ from: june("12T15:00:00"), to: june("14T20:00:00") }] })).toBe("2026-06-15");
    expect(dueDate({ ...base, pauses: [{ from: june("12T15:00:00"), to: june("15T09:00:00") }] })).toBe("2026-06-16");
  });

  it("does not count overlapping pauses twice", () => {
    const pauses = [
      { from: june("09T14:00:00"), to: june("11T11:00:00") },
      { from: june("10T09:00:00"), to: june("12T09:00:00") },
    ];
    // Paused: Wednesday, Thursday, Friday — three days, not four.
    expect(dueDate({ ...base, pauses })).toBe("2026-06-18");
  });

  it("counts an open pause up to now", () => {
    const pauses = [{ from: june("09T14:00:00"), to: null }];
    expect(dueDate({ ...base, pauses, now: june("09T16:00:00") })).toBe("2026-06-15");
    expect(dueDate({ ...base, pauses, now: june("11T12:00:00") })).toBe("2026-06-17");
    expect(dueDate({ ...base, pauses, now: june("15T12:00:00") })).toBe("2026-06-19");
    expect(dueDate({ ...base, pauses: [{ from: june("20T09:00:00"), to: null }], now: june("10T12:00:00") })).toBe("2026-06-15");
  });

  it("charges nothing for public holidays inside a pause", () => {
    // Wednesday 23 Dec 12:00 → Monday 28 Dec 09:00: the pause swallows 24 and 28 December,
    // the only working days in it, so the due date moves two working days: 24 → 29 December.
    const openedAt = winter("2026-12-21T09:00:00");
    expect(dueDate({ openedAt, workingDays: 3, pauses: [] })).toBe("2026-12-24");
    const pauses = [{ from: winter("2026-12-23T12:00:00"), to: winter("2026-12-28T09:00:00") }];
    expect(dueDate({ openedAt, workingDays: 3, pauses })).toBe("2026-12-29");
  });

  it("does not revive an overdue case by pausing it later", () => {
    const pauses = [{ from: june("16T10:00:00"), to: null }];
    const now = june("18T10:00:00");
    expect(dueDate({ ...base, pauses, now })).toBe("2026-06-15");
    expect(isOverdue("2026-06-15", now)).toBe(true);
  });

  it("refuses a pause that ends before it starts", () => {
    expect(() => dueDate({ ...base, pauses: [{ from: june("11T10:00:00"), to: june("10T10:00:00") }] })).toThrow(RangeError);
  });
});

describe("isOverdue", () => {
  it("turns true at Berlin midnight after the due date", () => {
    expect(isOverdue("2026-06-15", new Date("2026-06-15T21:59:59Z"))).toBe(false);
    expect(isOverdue("2026-06-15", new Date("2026-06-15T22:00:00Z"))).toBe(true);
    expect(isOverdue("2026-12-31", new Date("2026-12-31T22:59:59Z"))).toBe(false);
    expect(isOverdue("2026-12-31", new Date("2026-12-31T23:00:00Z"))).toBe(true);
  });
});

describe("remainingWorkingDays", () => {
  it("counts down to zero on the due date", () => {
    expect(remainingWorkingDays("2026-06-18", june("15T10:00:00"))).toBe(3);
    expect(remainingWorkingDays("2026-06-15", june("13T10:00:00"))).toBe(1);
    expect(remainingWorkingDays("2026-06-18", june("18T23:59:00"))).toBe(0);
  });

  it("is negative exactly when overdue", () => {
    expect(remainingWorkingDays("2026-06-12", june("13T00:00:00"))).toBe(-1); // Saturday after a Friday deadline
    expect(remainingWorkingDays("2026-06-12", june("15T10:00:00"))).toBe(-1);
    expect(remainingWorkingDays("2026-06-12", june("16T10:00:00"))).toBe(-2);
    expect(remainingWorkingDays("2026-06-11", june("13T10:00:00"))).toBe(-1); // only Friday lost
    expect(remainingWorkingDays("2026-06-11", june("15T10:00:00"))).toBe(-2);
  });

  it("skips holidays across the year boundary", () => {
    expect(remainingWorkingDays("2027-01-07", winter("2026-12-23T10:00:00"))).toBe(8);
    expect(remainingWorkingDays("2027-01-07", winter("2026-12-23T10:00:00"), { closedOnChristmasEveAndNewYearsEve: true })).toBe(6);
    expect(remainingWorkingDays("2026-12-23", winter("2027-01-04T10:00:00"))).toBe(-6);
  });
});
