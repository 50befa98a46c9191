// Rules inside one catalogue entry that a schema cannot say: opening hours that close before they open
// or overlap, an online offer that says "available" without a kind, translations that miss a list item.
import type { LifeSituationInput, LocationInput, ServiceInput } from "./import-schema.ts";
import { problem, type ImportProblem, type JsonPath } from "./import-problems.ts";

const weekdayNames = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function duplicatesIn(ids: readonly string[], at: JsonPath, what: string): ImportProblem[] {
  const seen = new Set<string>();
  const out: ImportProblem[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push(problem([...at, i], `${what} "${id}" is listed twice`));
    seen.add(id);
  });
  return out;
}

export function checkLocation(l: LocationInput, at: JsonPath, bbox: readonly number[] | undefined): ImportProblem[] {
  const out: ImportProblem[] = [];
  const byDay = new Map<number, Array<{ opens: string; closes: string; rule: number }>>();
  l.openingHours.forEach((rule, i) => {
    const here = [...at, "openingHours", i];
    if (rule.opens === "24:00") out.push(problem([...here, "opens"], "must be before 24:00"));
    if (rule.closes <= rule.opens) out.push(problem([...here, "closes"], `must be later than opens (${rule.opens})`));
    out.push(...duplicatesIn(rule.weekdays.map(String), [...here, "weekdays"], "day"));
    for (const day of new Set(rule.weekdays)) byDay.set(day, [...(byDay.get(day) ?? []), { ...rule, rule: i }]);
  });
  for (const [day, spans] of byDay) {
    spans.sort((a, b) => a.opens.localeCompare(b.opens));
    for (let k = 1; k < spans.length; k++) {
      const before = spans[k - 1]!;
      const span = spans[k]!;
      if (span.opens < before.closes) {
        out.push(problem([...at, "openingHours", span.rule], `overlaps openingHours[${before.rule}] on ${weekdayNames[day]}`));
      }
    }
  }
  if (l.geo && bbox) {
    const [lon, lat] = l.geo;
    const inside = (x: number, y: number) => x >= bbox[0]! && x <= bbox[2]! && y >= bbox[1]! && y <= bbox[3]!;
    // Offices may lie outside the city, but a point that fits only when swapped is a [lat, lon] mix-up.
    if (!inside(lon, lat) && inside(lat, lon)) out.push(problem([...at, "geo"], "looks like [latitude, longitude]; write [longitude, latitude]"));
  }
  return out;
}

const translatedLists = ["requiredDocuments", "prerequisites", "procedure"] as const;

export function checkService(s: ServiceInput, at: JsonPath): ImportProblem[] {
  const out: ImportProblem[] = [];
  if (s.online) {
    const { available, kind, url, target } = s.online;
    if (available && kind === null) out.push(problem([...at, "online", "kind"], "is required when the offer is available"));
    if (!available && kind !== null) out.push(problem([...at, "online", "kind"], "must be null when the offer is not available"));
    if (!available && (url != null || target != null)) out.push(problem([...at, "online"], "url and target belong to an available offer only"));
  }
  if (s.appointment) {
    const { bookable, durationMinutes } = s.appointment;
    if (bookable && durationMinutes == null) out.push(problem([...at, "appointment", "durationMinutes"], "is required when bookable"));
    if (!bookable && durationMinutes != null) out.push(problem([...at, "appointment", "durationMinutes"], "must be null when not bookable"));
  }
  out.push(...duplicatesIn(s.locationIds, [...at, "locationIds"], "location"));
  out.push(...duplicatesIn(s.relatedServiceIds, [...at, "relatedServiceIds"], "service"));
  s.relatedServiceIds.forEach((id, i) => {
    if (id === s.id) out.push(problem([...at, "relatedServiceIds", i], "a service cannot be related to itself"));
  });
  for (const language of ["en", "de-simple"] as const) {
    const translation = s[language];
    if (!translation) continue;
    for (const list of translatedLists) {
      const items = translation[list];
      if (items && items.length !== s[list].length) {
        out.push(problem([...at, language, list], `has ${items.length} entries, ${list} has ${s[list].length} (translate item by item)`));
      }
    }
  }
  return out;
}

export function checkLifeSituation(ls: LifeSituationInput, at: JsonPath): ImportProblem[] {
  const out = [
    ...duplicatesIn(ls.serviceIds, [...at, "serviceIds"], "service"),
    ...duplicatesIn(ls.secondaryServiceIds, [...at, "secondaryServiceIds"], "service"),
  ];
  const primary = new Set(ls.serviceIds);
  ls.secondaryServiceIds.forEach((id, i) => {
    if (primary.has(id)) out.push(problem([...at, "secondaryServiceIds", i], `"${id}" is already a primary service (serviceIds)`));
  });
  ls.steps.forEach((step, i) => out.push(...duplicatesIn(step.serviceIds, [...at, "steps", i, "serviceIds"], "service")));
  return out;
}
