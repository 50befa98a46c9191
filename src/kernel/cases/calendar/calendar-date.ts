// Calendar days as plain "YYYY-MM-DD" strings, and the Berlin day an instant falls on (DST-correct via Intl).
export type CalendarDate = string;

const DAY_MS = 24 * 60 * 60 * 1000;
// Four-digit years only: Date.UTC maps years 0–99 to 1900–1999, and ISO strings change shape above 9999.
const SHAPE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;

const berlinDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const berlinClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "string") return false;
  const match = SHAPE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const utc = new Date(Date.UTC(y, m - 1, d));
  return utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d;
}

/** Returns the value unchanged if it is a real calendar day, throws a RangeError otherwise. */
export function parseCalendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return value;
}

function toUtcMs(date: CalendarDate): number {
  const [y, m, d] = parseCalendarDate(date).split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): CalendarDate {
  return parseCalendarDate(new Date(ms).toISOString().slice(0, 10));
}

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return parseCalendarDate(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

export function yearOf(date: CalendarDate): number {
  return Number(parseCalendarDate(date).slice(0, 4));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer: ${days}`);
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Negative, zero or positive like Array.prototype.sort expects; fixed-width strings sort by day. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  parseCalendarDate(a);
  parseCalendarDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  return new Date(toUtcMs(date)).getUTCDay() || 7;
}

function parts(format: Intl.DateTimeFormat, instant: Date): Record<string, number> {
  if (Number.isNaN(instant.getTime())) throw new RangeError("invalid Date");
  const result: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== "literal") result[part.type] = Number(part.value);
  return result;
}

/** The day on the wall calendar in Munich at this instant. */
export function berlinDate(instant: Date): CalendarDate {
  const p = parts(berlinDay, instant);
  return calendarDate(p.year!, p.month!, p.day!);
}

function berlinOffsetMs(instant: Date): number {
  const p = parts(berlinClock, instant);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The first instant of this day in Berlin. */
export function startOfBerlinDay(date: CalendarDate): Date {
  const utcMidnight = toUtcMs(date);
  // Berlin switches clocks at 01:00 UTC, so UTC midnight and Berlin midnight always share one offset.
  return new Date(utcMidnight - berlinOffsetMs(new Date(utcMidnight)));
}

/** The last millisecond of this day in Berlin (days are 23 or 25 hours long when the clocks change). */
export function endOfBerlinDay(date: CalendarDate): Date {
  return new Date(startOfBerlinDay(addDays(date, 1)).getTime() - 1);
}
