// A case's due date in working days, with "waiting for citizen" pauses that stop the clock, and overdue flags.
import type { CalendarOptions } from "./bavarian-holidays.ts";
import { addDays, berlinDate, compareDates, startOfBerlinDay, type CalendarDate } from "./calendar-date.ts";
import { isWorkingDay, nthCountedDay, workingDaysBetween } from "./working-days.ts";

export type Pause = { from: Date; to: Date | null };

export type DueDateInput = {
  openedAt: Date;
  workingDays: number;
  pauses: readonly Pause[];
  /** Where an open pause (to: null) ends for now; defaults to the current time. */
  now?: Date;
  options?: CalendarOptions;
};

/**
 * The Berlin days a pause swallows: a day is paused when the pause was running at its first instant
 * (Berlin midnight). So a pause within one day costs nothing, Monday 14:00 → Wednesday 11:00 costs
 * Tuesday and Wednesday, and overlapping pauses are not double-counted because days form a set.
 */
function pausedDays(pauses: readonly Pause[], now: Date): Set<CalendarDate> {
  const days = new Set<CalendarDate>();
  for (const pause of pauses) {
    const to = pause.to ?? now;
    if (to.getTime() < pause.from.getTime()) {
      if (pause.to) throw new RangeError("a pause cannot end before it starts");
      continue; // an open pause that starts after "now" has cost nothing yet
    }
    const last = berlinDate(to);
    for (let day = berlinDate(pause.from); compareDates(day, last) <= 0; day = addDays(day, 1)) {
      const start = startOfBerlinDay(day).getTime();
      if (pause.from.getTime() <= start && start < to.getTime()) days.add(day);
    }
  }
  return days;
}

/**
 * The last day to decide the case: the `workingDays`-th working day after the Berlin day it was
 * opened on (which is not counted), skipping working days swallowed by pauses. A pause only moves the
 * date while the clock is still running: a pause that starts after the due date has passed does not
 * make an overdue case current again.
 */
export function dueDate(input: DueDateInput): CalendarDate {
  const paused = pausedDays(input.pauses, input.now ?? new Date());
  return nthCountedDay(
    berlinDate(input.openedAt),
    input.workingDays,
    (day) => isWorkingDay(day, input.options) && !paused.has(day),
  );
}

/** Overdue from the first instant of the Berlin day after the due date. */
export function isOverdue(due: CalendarDate, now: Date): boolean {
  return compareDates(berlinDate(now), due) > 0;
}

/**
 * Working days left until the due date, for "noch 3 Arbeitstage": 0 on the due date itself.
 * Negative exactly when isOverdue: minus the working days that passed after the due date, but at
 * least -1, so a case due on Friday reads "1 Arbeitstag überfällig" on Saturday already.
 */
export function remainingWorkingDays(due: CalendarDate, now: Date, options?: CalendarOptions): number {
  const today = berlinDate(now);
  if (!isOverdue(due, now)) return workingDaysBetween(today, due, options);
  return Math.min(-1, -workingDaysBetween(due, today, options));
}
