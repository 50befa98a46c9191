// Public holidays in Munich (Bavaria, predominantly Catholic municipality), computed per year and cached.
import { addDays, calendarDate, compareDates, yearOf, type CalendarDate } from "./calendar-date.ts";

export type CalendarOptions = {
  /**
   * Treat Heiligabend (24.12.) and Silvester (31.12.) as non-working days. They are not public
   * holidays, but Munich's offices close on them. Default: false.
   */
  closedOnChristmasEveAndNewYearsEve?: boolean;
};

export type Holiday = {
  date: CalendarDate;
  name: { de: string; en: string };
  /** "office-closed" marks the optional 24.12./31.12., which are not public holidays by law. */
  kind: "public-holiday" | "office-closed";
};

/** Easter Sunday by the Gregorian computus of Meeus/Jones/Butcher. */
export function easterSunday(year: number): CalendarDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`year out of range: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDate(year, month, day);
}

function compute(year: number, options: CalendarOptions): Holiday[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => calendarDate(year, month, day);
  const entries: Array<[CalendarDate, string, string]> = [
    [fixed(1, 1), "Neujahr", "New Year's Day"],
    [fixed(1, 6), "Heilige Drei Könige", "Epiphany"],
    [addDays(easter, -2), "Karfreitag", "Good Friday"],
    [addDays(easter, 1), "Ostermontag", "Easter Monday"],
    [fixed(5, 1), "Tag der Arbeit", "Labour Day"],
    [addDays(easter, 39), "Christi Himmelfahrt", "Ascension Day"],
    [addDays(easter, 50), "Pfingstmontag", "Whit Monday"],
    [addDays(easter, 60), "Fronleichnam", "Corpus Christi"],
    // A holiday only in municipalities with a Catholic majority; Munich is one of them.
    [fixed(8, 15), "Mariä Himmelfahrt", "Assumption Day"],
    [fixed(10, 3), "Tag der Deutschen Einheit", "German Unity Day"],
    [fixed(11, 1), "Allerheiligen", "All Saints' Day"],
    [fixed(12, 25), "1. Weihnachtstag", "Christmas Day"],
    [fixed(12, 26), "2. Weihnachtstag", "Boxing Day"],
  ];
  const holidays: Holiday[] = entries.map(([date, de, en]) => ({ date, name: { de, en }, kind: "public-holiday" }));
  if (options.closedOnChristmasEveAndNewYearsEve) {
    holidays.push(
      { date: fixed(12, 24), name: { de: "Heiligabend", en: "Christmas Eve" }, kind: "office-closed" },
      { date: fixed(12, 31), name: { de: "Silvester", en: "New Year's Eve" }, kind: "office-closed" },
    );
  }
  return holidays.sort((x, y) => compareDates(x.date, y.date)).map((h) => Object.freeze({ ...h, name: Object.freeze(h.name) }));
}

const cache = new Map<string, { list: readonly Holiday[]; byDate: ReadonlyMap<CalendarDate, Holiday> }>();

function holidaysOf(year: number, options: CalendarOptions = {}) {
  const key = `${year}:${options.closedOnChristmasEveAndNewYearsEve ? "closed" : "open"}`;
  let entry = cache.get(key);
  if (!entry) {
    const list = Object.freeze(compute(year, options));
    entry = { list, byDate: new Map(list.map((h) => [h.date, h])) };
    cache.set(key, entry);
  }
  return entry;
}

/** The year's holidays in date order (frozen, shared between callers). */
export function bavarianHolidays(year: number, options?: CalendarOptions): readonly Holiday[] {
  return holidaysOf(year, options).list;
}

/** The holiday (or, with the option, office closure) on this day, if any — for labels like "Feiertag: Fronleichnam". */
export function holidayOn(date: CalendarDate, options?: CalendarOptions): Holiday | undefined {
  return holidaysOf(yearOf(date), options).byDate.get(date);
}

/** A public holiday by law in Munich; 24.12. and 31.12. never are. */
export function isPublicHoliday(date: CalendarDate): boolean {
  return holidayOn(date) !== undefined;
}
