import { describe, expect, it } from "vitest";
import { bavarianHolidays, easterSunday, holidayOn, isPublicHoliday } from "./bavarian-holidays.ts";

const expected: Record<number, string[]> = {
  2025: ["2025-01-01", "2025-01-06", "2025-04-18", "2025-04-21", "2025-05-01", "2025-05-29", "2025-06-09", "2025-06-19", "2025-08-15", "2025-10-03", "2025-11-01", "2025-12-25", "2025-12-26"],
  2026: ["2026-01-01", "2026-01-06", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25", "2026-06-04", "2026-08-15", "2026-10-03", "2026-11-01", "2026-12-25", "2026-12-26"],
  2027: ["2027-01-01", "2027-01-06", "2027-03-26", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-17", "2027-05-27", "2027-08-15", "2027-10-03", "2027-11-01", "2027-12-25", "2027-12-26"],
};

describe("easterSunday", () => {
  it("matches the published dates", () => {
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2027)).toBe("2027-03-28");
    expect(easterSunday(2000)).toBe("2000-04-23");
    expect(easterSunday(2008)).toBe("2008-03-23");
    expect(easterSunday(2038)).toBe("2038-04-25");
    expect(easterSunday(2285)).toBe("2285-03-22");
  });

  it("refuses years outside the Gregorian calendar", () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe("bavarianHolidays", () => {
  it.each([2025, 2026, 2027])("lists the 13 Munich public holidays of %i in order", (year) => {
    expect(bavarianHolidays(year).map((h) => h.date)).toEqual(expected[year]);
    expect(bavarianHolidays(year).every((h) => h.kind === "public-holiday")).toBe(true);
  });

  it("names the movable feasts in German and English", () => {
    expect(holidayOn("2026-06-04")?.name).toEqual({ de: "Fronleichnam", en: "Corpus Christi" });
    expect(holidayOn("2026-04-03")?.name.de).toBe("Karfreitag");
    expect(holidayOn("2027-05-17")?.name.de).toBe("Pfingstmontag");
    expect(holidayOn("2026-06-05")).toBeUndefined();
  });

  it("leaves out Buß- und Bettag, the Augsburg peace festival, Christmas Eve and New Year's Eve", () => {
    expect(isPublicHoliday("2026-11-18")).toBe(false);
    expect(isPublicHoliday("2026-08-08")).toBe(false);
    expect(isPublicHoliday("2026-12-24")).toBe(false);
    expect(isPublicHoliday("2026-12-31")).toBe(false);
    expect(isPublicHoliday("2026-08-15")).toBe(true);
  });

  it("adds 24.12. and 31.12. as office closures only when asked", () => {
    const closed = bavarianHolidays(2026, { closedOnChristmasEveAndNewYearsEve: true });
    expect(closed).toHaveLength(15);
    expect(closed.filter((h) => h.kind === "office-closed").map((h) => [h.date, h.name.de])).toEqual([
      ["2026-12-24", "Heiligabend"],
      ["2026-12-31", "Silvester"],
    ]);
    expect(closed.map((h) => h.date).slice(-4)).toEqual(["2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31"]);
    expect(bavarianHolidays(2026)).toHaveLength(13);
  });

  it("caches each year and protects the cached list", () => {
    const list = bavarianHolidays(2026);
    expect(bavarianHolidays(2026)).toBe(list);
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
  });
});
