import { describe, expect, it } from "vitest";
import {
  addDays,
  berlinDate,
  compareDates,
  endOfBerlinDay,
  isCalendarDate,
  isoWeekday,
  parseCalendarDate,
  startOfBerlinDay,
} from "./calendar-date.ts";

describe("berlinDate", () => {
  it("follows the spring clock change", () => {
    expect(berlinDate(new Date("2026-03-28T22:59:59Z"))).toBe("2026-03-28");
    expect(berlinDate(new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-29");
    expect(berlinDate(new Date("2026-03-29T21:59:59Z"))).toBe("2026-03-29");
    expect(berlinDate(new Date("2026-03-29T22:00:00Z"))).toBe("2026-03-30");
  });

  it("follows the autumn clock change", () => {
    expect(berlinDate(new Date("2026-10-24T21:59:59Z"))).toBe("2026-10-24");
    expect(berlinDate(new Date("2026-10-24T22:30:00Z"))).toBe("2026-10-25");
    expect(berlinDate(new Date("2026-10-25T22:59:59Z"))).toBe("2026-10-25");
    expect(berlinDate(new Date("2026-10-25T23:00:00Z"))).toBe("2026-10-26");
  });

  it("crosses the year in Berlin before it does in UTC", () => {
    expect(berlinDate(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
  });

  it("rejects an invalid Date", () => {
    expect(() => berlinDate(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("Berlin day boundaries", () => {
  it("are 23 hours apart on the spring change and 25 on the autumn change", () => {
    expect(startOfBerlinDay("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(endOfBerlinDay("2026-03-29").toISOString()).toBe("2026-03-29T21:59:59.999Z");
    expect(startOfBerlinDay("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(endOfBerlinDay("2026-10-25").toISOString()).toBe("2026-10-25T22:59:59.999Z");
    expect(startOfBerlinDay("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });

  it("map back to the same day", () => {
    for (const day of ["2026-03-29", "2026-10-25", "2026-12-31", "2027-01-01"]) {
      expect(berlinDate(startOfBerlinDay(day))).toBe(day);
      expect(berlinDate(endOfBerlinDay(day))).toBe(day);
      expect(berlinDate(new Date(startOfBerlinDay(day).getTime() - 1))).toBe(addDays(day, -1));
    }
  });
});

describe("calendar dates", () => {
  it("are validated as real days", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("2026-1-01")).toBe(false);
    expect(isCalendarDate("0099-01-01")).toBe(false);
    expect(isCalendarDate(20260101)).toBe(false);
    expect(parseCalendarDate("2026-06-04")).toBe("2026-06-04");
    expect(() => parseCalendarDate("2026-06-31")).toThrow(RangeError);
  });

  it("add days across months, leap days and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(() => addDays("2026-01-01", 0.5)).toThrow(RangeError);
  });

  it("compare and know their weekday", () => {
    expect(compareDates("2026-12-31", "2027-01-01")).toBe(-1);
    expect(compareDates("2027-01-01", "2027-01-01")).toBe(0);
    expect(compareDates("2027-01-02", "2027-01-01")).toBe(1);
    expect(isoWeekday("2026-12-28")).toBe(1);
    expect(isoWeekday("2027-01-03")).toBe(7);
  });
});
