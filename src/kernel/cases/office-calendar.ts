// The calendar case deadlines count in: Munich's offices are closed on 24 and 31 December as well as on
// Bavarian public holidays (the city grants the days off), so those days don't count as working days.
import type { CalendarOptions } from "./calendar/index.ts";

export const officeCalendar: CalendarOptions = { closedOnChristmasEveAndNewYearsEve: true };
