// kernel/cases/calendar: Munich working days, Bavarian public holidays and case due dates (pure, no database).
export {
  addDays,
  berlinDate,
  compareDates,
  endOfBerlinDay,
  isCalendarDate,
  parseCalendarDate,
  startOfBerlinDay,
  type CalendarDate,
} from "./calendar-date.ts";
export {
  bavarianHolidays,
  easterSunday,
  holidayOn,
  isPublicHoliday,
  type CalendarOptions,
  type Holiday,
} from "./bavarian-holidays.ts";
export { addWorkingDays, isWorkingDay, workingDaysBetween } from "./working-days.ts";
export { dueDate, isOverdue, remainingWorkingDays, type DueDateInput, type Pause } from "./deadline.ts";
