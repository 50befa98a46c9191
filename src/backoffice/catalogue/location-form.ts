// The location form: address, coordinates, accessibility and opening hours per weekday (several periods a
// day, each closing after it opens, none overlapping), read back into the catalogue file's location shape.
import type { EntryContent } from "../../kernel/catalogue/index.ts";
import { formReader } from "./form-reader.ts";
import { decimal, one, type FormValues } from "./form-values.ts";
import type { FormContext } from "./form-types.ts";
import { locationFormMessages } from "./location-form-messages.ts";

type Location = EntryContent["location"];

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
const hoursField = (day: number, i: number, end: "opens" | "closes") => `hours-${day}-${i}-${end}`;
export { hoursField };

export function locationValues(l: Location): FormValues {
  const values: FormValues = {
    nameDe: l.name, nameEn: l.en?.name ?? "", departmentId: l.departmentId, street: l.address.street, postalCode: l.address.postalCode,
    city: l.address.city, longitude: l.geo ? String(l.geo[0]).replace(".", ",") : "", latitude: l.geo ? String(l.geo[1]).replace(".", ",") : "",
    accessible: l.accessible ? "ja" : "", accessibilityNoteDe: l.accessibilityNote ?? "", accessibilityNoteEn: l.en?.accessibilityNote ?? "",
  };
  for (const day of weekdays) {
    const spans = l.openingHours.filter((r) => r.weekdays.includes(day)).sort((a, b) => a.opens.localeCompare(b.opens));
    spans.forEach((s, i) => {
      values[hoursField(day, i, "opens")] = s.opens;
      values[hoursField(day, i, "closes")] = s.closes;
    });
  }
  return values;
}

/** Periods to show for a day: every one typed into plus one empty, at least two. */
export function hourRows(values: FormValues, day: number): number {
  let last = -1;
  for (const key of Object.keys(values)) {
    const m = /^hours-(\d)-(\d+)-(?:opens|closes)$/.exec(key);
    if (m && Number(m[1]) === day && one(values, key) !== "") last = Math.max(last, Number(m[2]));
  }
  return Math.min(Math.max(last + 2, 2), 10);
}

/** "8", "8:00", "08.30", "24:00" → "HH:MM"; null when it is not a time. */
function time(text: string, end: "opens" | "closes"): string | null {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? "0");
  if (min > 59 || h > 24 || (h === 24 && (min > 0 || end === "opens"))) return null;
  return `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
}

export function readLocationForm(values: FormValues, ctx: FormContext<"location">): { ok: true; entry: Location } | { ok: false; errors: Record<string, string> } {
  const m = locationFormMessages.in(ctx.locale);
  const { c, problems: p, text, entryId } = formReader(values, ctx.locale);
  const base = ctx.base;
  const nameDe = text("nameDe", 500, true);
  const id = entryId(base, nameDe);
  const nameEn = text("nameEn", 500);
  if (nameEn !== "" && nameDe === "") p.add("nameEn", c.errors.germanFirst);
  const departmentId = one(values, "departmentId");
  if (!ctx.departments.has(departmentId)) p.add("departmentId", c.errors.choose);
  const street = text("street", 500, true);
  const postalCode = one(values, "postalCode");
  if (postalCode === "") p.add("postalCode", c.errors.required);
  else if (!/^\d{5}$/.test(postalCode)) p.add("postalCode", m.postalCodeFormat);
  const city = text("city", 500, true);
  const lon = decimal(one(values, "longitude"));
  const lat = decimal(one(values, "latitude"));
  if (Number.isNaN(lon) || (lon !== null && (lon < -180 || lon > 180))) p.add("longitude", Number.isNaN(lon) ? c.errors.number : m.range(-180, 180));
  if (Number.isNaN(lat) || (lat !== null && (lat < -90 || lat > 90))) p.add("latitude", Number.isNaN(lat) ? c.errors.number : m.range(-90, 90));
  if ((lon === null) !== (lat === null)) p.add(lon === null ? "longitude" : "latitude", m.coordinatesPair);
  const accessible = one(values, "accessible") === "ja";
  const noteDe = text("accessibilityNoteDe", 20_000);
  const noteEn = text("accessibilityNoteEn", 20_000);
  if (noteEn !== "" && noteDe === "") p.add("accessibilityNoteEn", c.errors.germanFirst);

  const openingHours: Location["openingHours"] = [];
  for (const day of weekdays) {
    const spans: Array<{ opens: string; closes: string; i: number }> = [];
    for (let i = 0; i < hourRows(values, day); i++) {
      const o = one(values, hoursField(day, i, "opens"));
      const cl = one(values, hoursField(day, i, "closes"));
      if (o === "" && cl === "") continue;
      const opens = o === "" ? null : time(o, "opens");
      const closes = cl === "" ? null : time(cl, "closes");
      if (o === "") p.add(hoursField(day, i, "opens"), m.opensMissing);
      else if (opens === null) p.add(hoursField(day, i, "opens"), m.timeFormat);
      if (cl === "") p.add(hoursField(day, i, "closes"), m.closesMissing);
      else if (closes === null) p.add(hoursField(day, i, "closes"), m.timeFormat);
      if (opens && closes && closes <= opens) p.add(hoursField(day, i, "closes"), m.closesAfter(opens));
      else if (opens && closes) spans.push({ opens, closes, i });
    }
    spans.sort((a, b) => a.opens.localeCompare(b.opens));
    spans.forEach((s, k) => {
      if (k > 0 && s.opens < spans[k - 1]!.closes) p.add(hoursField(day, s.i, "opens"), m.overlap);
      openingHours.push({ weekdays: [day], opens: s.opens, closes: s.closes });
    });
  }
  if (p.any) return { ok: false, errors: p.errors };

  const en: NonNullable<Location["en"]> = { ...base?.en };
  if (nameEn) en.name = nameEn;
  else delete en.name;
  if (noteEn) en.accessibilityNote = noteEn;
  else delete en.accessibilityNote;
  const entry: Location = {
    ...(base ?? {}),
    id, name: nameDe, departmentId, address: { street, postalCode, city },
    geo: lon !== null && lat !== null ? [lon, lat] : null,
    openingHours, accessible, accessibilityNote: noteDe || null,
  };
  delete entry.en;
  if (Object.keys(en).length > 0) entry.en = en;
  return { ok: true, entry };
}

const locationFields: Record<string, string> = { name: "nameDe", departmentId: "departmentId", accessibilityNote: "accessibilityNoteDe", id: "nameDe" };

export function locationField(path: string): string {
  const [head, index] = path.split(/[[\].]+/).filter(Boolean);
  if (head === "address") return index ?? "street";
  if (head === "geo") return "longitude";
  if (head === "openingHours") return "openingHours";
  if (head === "en") return index === "accessibilityNote" ? "accessibilityNoteEn" : "nameEn";
  return locationFields[head ?? ""] ?? "nameDe";
}
