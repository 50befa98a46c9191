// A location's opening hours: today's (in München's time zone, whatever the server's) and the whole week.
import type { LocationEntry, OpeningHoursEntry } from "../../kernel/catalogue/index.ts";
import { usePage } from "../../platform/html/index.ts";
import { placeMessages } from "./service-page-messages.ts";

const weekdayFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", weekday: "short" });
const isoWeekday: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** ISO weekday (1 = Monday) of `date` in Europe/Berlin. */
export function berlinWeekday(date: Date): number {
  return isoWeekday[weekdayFormat.format(date)] ?? 1;
}

function hoursOn(location: LocationEntry, weekday: number): OpeningHoursEntry[] {
  return location.openingHours.filter((h) => h.weekday === weekday);
}

function useHoursText(): (hours: readonly OpeningHoursEntry[]) => string {
  const m = placeMessages.in(usePage().locale);
  return (hours) => hours.map((h) => m.time(h.opens, h.closes)).join(", ");
}

export function OpeningHoursToday({ location, now }: { location: LocationEntry; now: Date }) {
  const m = placeMessages.in(usePage().locale);
  const text = useHoursText();
  const today = hoursOn(location, berlinWeekday(now));
  return <p class="kern-body st-hours-today">{today.length > 0 ? m.openToday(text(today)) : m.closedToday}</p>;
}

export function OpeningHoursWeek({ location, now }: { location: LocationEntry; now: Date }) {
  const m = placeMessages.in(usePage().locale);
  const text = useHoursText();
  const today = berlinWeekday(now);
  return (
    <table class="kern-table st-hours">
      <caption class="kern-sr-only">{m.openingHours}</caption>
      <thead>
        <tr>
          <th scope="col">{m.weekday}</th>
          <th scope="col">{m.hours}</th>
        </tr>
      </thead>
      <tbody>
        {[1, 2, 3, 4, 5, 6, 7].map((day) => {
          const hours = hoursOn(location, day);
          return (
            <tr class={day === today ? "st-hours__today" : undefined}>
              <th scope="row">
                {m.weekdays[day]}
                {day === today ? <span class="kern-sr-only"> ({m.today})</span> : null}
              </th>
              <td>{hours.length > 0 ? text(hours) : m.closed}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
