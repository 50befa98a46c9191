import { describe, expect, it } from "vitest";
import { addDays } from "./calendar-date.ts";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./working-days.ts";

const closed = { closedOnChristmasEveAndNewYearsEve: true };

describe("isWorkingDay", () => {
  it("excludes weekends and public holidays", () => {
    expect(isWorkingDay("2026-06-03")).toBe(true);
    expect(isWorkingDay("2026-06-04")).toBe(false); // Fronleichnam
    expect(isWorkingDay("2026-06-06")).toBe(false); // Saturday
    expect(isWorkingDay("2026-06-07")).toBe(false); // Sunday
  });

  it("treats 24.12. and 31.12. as working days unless the offices close", () => {
    expect(isWorkingDay("2026-12-24")).toBe(true);
    expect(isWorkingDay("2026-12-24", closed)).toBe(false);
    expect(isWorkingDay("2026-12-31", closed)).toBe(false);
  });

  it("rejects malformed dates", () => {
    expect(() => isWorkingDay("2026-02-30")).toThrow(RangeError);
  });
});

describe("addWorkingDays", () => {
  it("does not count the start day and skips the weekend", () => {
    expect(addWorkingDays("2026-06-12", 1)).toBe("2026-06-15"); // Friday → Monday
    expect(addWorkingDays("2026-06-13", 1)).toBe("2026-06-15"); // Saturday → Monday
    expect(addWorkingDays("2026-06-08", 5)).toBe("2026-06-15");
  });

  it("gives the start itself or the next working day for n = 0", () => {
    expect(addWorkingDays("2026-06-08", 0)).toBe("2026-06-08");
    expect(addWorkingDays("2026-06-13", 0)).toBe("2026-06-15");
    expect(addWorkingDays("2026-06-04", 0)).toBe("2026-06-05");
  });

  it("skips Christmas, New Year and Epiphany across the year boundary", () => {
    expect(addWorkingDays("2026-12-18", 5)).toBe("2026-12-28");
    expect(addWorkingDays("2026-12-18", 5, closed)).toBe("2026-12-29");
    expect(addWorkingDays("2026-12-28", 5)).toBe("2027-01-05");
    expect(addWorkingDays("2026-12-28", 6)).toBe("2027-01-07");
    expect(addWorkingDays("2026-12-28", 5, closed)).toBe("2027-01-07");
  });

  it("skips Easter", () => {
    expect(addWorkingDays("2026-04-02", 1)).toBe("2026-04-07");
  });

  it("refuses negative and fractional counts", () => {
    expect(() => addWorkingDays("2026-06-08", -1)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-06-08", 1.5)).toThrow(RangeError);
  });
});

describe("workingDaysBetween", () => {
  it("counts the working days in (from, to]", () => {
    expect(workingDaysBetween("2026-06-12", "2026-06-15")).toBe(1);
    expect(workingDaysBetween("2026-06-15", "2026-06-15")).toBe(0);
    expect(workingDaysBetween("2026-06-08", "2026-06-15")).toBe(5);
    expect(workingDaysBetween("2026-12-23", "2026-12-28")).toBe(2);
    expect(workingDaysBetween("2026-12-23", "2026-12-28", closed)).toBe(1);
    expect(workingDaysBetween("2026-12-28", "2027-01-07")).toBe(6);
  });

  it("is negative when to lies before from", () => {
    expect(workingDaysBetween("2026-06-15", "2026-06-12")).toBe(-1);
  });

  it("agrees with addWorkingDays", () => {
    for (const start of ["2026-12-18", "2027-03-25", "2026-05-13"]) {
      for (const n of [1, 3, 10, 40]) expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
    }
  });
});

describe("workingDaysBetween counted arithmetically", () => {
  // The day-by-day definition the arithmetic must agree with.
  function naive(from: string, to: string, options?: { closedOnChristmasEveAndNewYearsEve?: boolean }): number {
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, options)) count += 1;
    return count;
  }

  it("agrees with counting day by day over many ranges, weekdays, holidays and year ends", () => {
    const starts = ["2025-12-19", "2026-01-01", "2026-03-28", "2026-04-03", "2026-05-31", "2026-12-23", "2027-01-06", "1999-12-31"];
    for (const from of starts) {
      for (const length of [0, 1, 2, 3, 6, 7, 8, 13, 30, 64, 200, 400, 800]) {
        const to = addDays(from, length);
        expect(workingDaysBetween(from, to), `${from}..${to}`).toBe(naive(from, to));
        expect(workingDaysBetween(from, to, { closedOnChristmasEveAndNewYearsEve: true }), `${from}..${to} closed`).toBe(naive(from, to, { closedOnChristmasEveAndNewYearsEve: true }));
        expect(workingDaysBetween(to, from)).toBe(0 - naive(from, to));
      }
    }
  });
});
