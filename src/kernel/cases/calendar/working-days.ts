// Working days in Munich: Monday to Friday except Bavarian public holidays (and optionally 24.12./31.12.).
import { bavarianHolidays, holidayOn, type CalendarOptions } from "./bavarian-holidays.ts";
import { addDays, compareDates, isoWeekday, parseCalendarDate, yearOf, type CalendarDate } from "./calendar-date.ts";

export function isWorkingDay(date: CalendarDate, options?: CalendarOptions): boolean {
  return isoWeekday(date) <= 5 && holidayOn(date, options) === undefined;
}

/**
 * The n-th day after start that `counts` (start itself is never counted, like a legal period that
 * begins the day after the event). For n = 0 it is start itself if it counts, else the next day that does.
 */
export function nthCountedDay(start: CalendarDate, n: number, counts: (date: CalendarDate) => boolean): CalendarDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a non-negative integer: ${n}`);
  let day = parseCalendarDate(start);
  if (n === 0) {
    while (!counts(day)) day = addDays(day, 1);
    return day;
  }
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (counts(day)) left -= 1;
  }
  return day;
}

/**
 * The n-th working day after start; start is not counted. n = 0 gives start if it is a working day,
 * otherwise the next working day (so "due the same day" never lands on a weekend or holiday).
 */
export function addWorkingDays(start: CalendarDate, n: number, options?: CalendarOptions): CalendarDate {
  return nthCountedDay(start, n, (day) => isWorkingDay(day, options));
}

const DAY_MS = 86_400_000;
// 1970-01-05 was a Monday: day numbers count from 1970-01-01 (day 0).
const MONDAY = 4;

const dayNumber = (d: CalendarDate) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / DAY_MS;

/** Monday-to-Friday days from the anchor Monday up to day n (negative before it): differences count ranges. */
function weekdaysUpTo(n: number): number {
  const days = n - MONDAY + 1;
  const weeks = Math.floor(days / 7);
  return weeks * 5 + Math.min(days - weeks * 7, 5);
}

/**
 * The number of working days in (from, to]: Friday → Monday is 1, a day to itself is 0.
 * With to before from the result is negative: workingDaysBetween(a, b) = -workingDaysBetween(b, a).
 * Counted arithmetically (weekdays minus the holidays on weekdays), not day by day: the inbox shows
 * "N Arbeitstage überfällig" for every row, some due years ago.
 */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate, options?: CalendarOptions): number {
  const order = compareDates(from, to);
  // 0 - n, not -n: no -0 for an empty range.
  if (order > 0) return 0 - workingDaysBetween(to, from, options);
  let count = weekdaysUpTo(dayNumber(to)) - weekdaysUpTo(dayNumber(from));
  for (let year = yearOf(from); year <= yearOf(to); year += 1) {
    for (const holiday of bavarianHolidays(year, options)) {
      if (compareDates(holiday.date, from) > 0 && compareDates(holiday.date, to) <= 0 && isoWeekday(holiday.date) <= 5) count -= 1;
    }
  }
  return count;
}
