// The calendar day in München for a moment: usage is counted per local day, not per UTC day.
const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });

/** "YYYY-MM-DD" in Europe/Berlin. */
export function berlinDay(date: Date): string {
  return dayFormat.format(date);
}

/** The Berlin day `days` before the day of `date`. */
export function berlinDayBefore(date: Date, days: number): string {
  const [y, m, d] = berlinDay(date).split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}
