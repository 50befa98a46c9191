// Working days in Munich: Monday to Friday except Bavarian public holidays (and optionally 24.12./31.12.).
import { holidayOn, type CalendarOptions } from "./bavarian-holidays.ts";
import { addDays, compareDates, isoWeekday, parseCalendarDate, type CalendarDate } from "./calendar-date.ts";

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

/**
 * The number of working days in (from, to]: Friday → Monday is 1, a day to itself is 0.
 * With to before from the result is negative: workingDaysBetween(a, b) = -workingDaysBetween(b, a).
 */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate, options?: CalendarOptions): number {
  const order = compareDates(from, to);
  if (order > 0) return -workingDaysBetween(to, from, options);
  let count = 0;
  for (let day = addDays(from, 1); compareDates(day, to) <= 0; day = addDays(day, 1)) {
    if (isWorkingDay(day, options)) count += 1;
  }
  return count;
}
