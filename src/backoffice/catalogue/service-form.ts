// The service form: an entry (the catalogue file's shape) shown as form values, and submitted values read
// back into an entry with German (or English) messages next to each field. Texts the form does not show
// (Leichte Sprache, English list items, popularity, appointments) are kept from the stored entry; a
// translated list is kept only while its German list is unchanged, because the import translates item by item.
import type { EntryContent } from "../../kernel/catalogue/index.ts";
import { formReader } from "./form-reader.ts";
import type { FormContext } from "./form-types.ts";
import { euroText, joinLines, lines, many, one, parseEuro, type FormValues } from "./form-values.ts";
import { serviceFormMessages } from "./service-form-messages.ts";

type Service = EntryContent["service"];
type Translation = NonNullable<Service["en"]>;

export const RELATED_ROWS = 6;
export const onlineKinds = ["none", "form", "appointment", "report", "external"] as const;
export const trustLevels = ["none", "level1", "level3", "level4"] as const;

export function serviceValues(s: Service): FormValues {
  const values: FormValues = {
    nameDe: s.name, nameEn: s.en?.name ?? "", summaryDe: s.summary, summaryEn: s.en?.summary ?? "",
    descriptionDe: s.description ?? "", descriptionEn: s.en?.description ?? "", leikaKey: s.leikaKey ?? "",
    synonyms: joinLines(s.synonyms), requiredDocuments: joinLines(s.requiredDocuments), prerequisites: joinLines(s.prerequisites),
    procedure: joinLines(s.procedure), legalBasis: joinLines(s.legalBasis),
    processingTimeDe: s.processingTime ?? "", processingTimeEn: s.en?.processingTime ?? "",
    departmentId: s.departmentId, locationIds: [...s.locationIds],
    onlineKind: s.online?.available && s.online.kind ? s.online.kind : "none", onlineUrl: s.online?.url ?? "", onlineTarget: s.online?.target ?? "",
    trustLevel: s.trustLevel,
  };
  s.costs.forEach((c, i) => {
    values[`cost-label-${i}`] = c.label;
    values[`cost-amount-${i}`] = euroText(c.amountCents);
  });
  s.relatedServiceIds.forEach((id, i) => (values[`related-${i}`] = id));
  return values;
}

/** Cost rows to show: every row typed into so far plus two empty ones. */
export function costRows(values: FormValues): number {
  let last = -1;
  for (const key of Object.keys(values)) {
    const m = /^cost-(?:label|amount)-(\d+)$/.exec(key);
    if (m && one(values, key) !== "") last = Math.max(last, Number(m[1]));
  }
  return Math.min(last + 3, 52);
}

const same = (a: readonly string[] | undefined, b: readonly string[]) => a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

export function readServiceForm(values: FormValues, ctx: FormContext<"service">): { ok: true; entry: Service } | { ok: false; errors: Record<string, string> } {
  const m = serviceFormMessages.in(ctx.locale);
  const { c, problems: p, text, entryId } = formReader(values, ctx.locale);
  const list = (name: string, maxItems: number, maxLength: number) => {
    const items = lines(one(values, name));
    if (items.length > maxItems) p.add(name, c.tooMany(maxItems));
    if (items.some((i) => i.length > maxLength)) p.add(name, c.tooLong(maxLength));
    return items;
  };
  const translation = (de: string, name: string, max: number) => {
    const v = text(name, max);
    // An empty required German field has its own message already.
    if (v !== "" && de === "" && !p.errors[name.replace(/En$/, "De")]) p.add(name, c.errors.germanFirst);
    return v;
  };

  const base = ctx.base;
  const nameDe = text("nameDe", 500, true);
  const id = entryId(base, nameDe);
  const nameEn = translation(nameDe, "nameEn", 500);
  const summaryDe = text("summaryDe", 20_000, true);
  const summaryEn = translation(summaryDe, "summaryEn", 20_000);
  const descriptionDe = text("descriptionDe", 20_000);
  const descriptionEn = translation(descriptionDe, "descriptionEn", 20_000);
  const leikaKey = one(values, "leikaKey").replace(/\s/g, "");
  if (leikaKey !== "" && !/^99\d{12}$/.test(leikaKey)) p.add("leikaKey", m.leikaFormat);
  const synonyms = list("synonyms", 200, 500);

  const costs: Service["costs"] = [];
  for (let i = 0; i < costRows(values); i++) {
    const label = text(`cost-label-${i}`, 500);
    const amount = one(values, `cost-amount-${i}`);
    if (label === "" && amount === "") continue;
    if (label === "") p.add(`cost-label-${i}`, m.costLabelMissing);
    const cents = amount === "" ? null : parseEuro(amount);
    if (amount === "") p.add(`cost-amount-${i}`, m.costAmountMissing);
    else if (cents === null) p.add(`cost-amount-${i}`, m.euro);
    const before = base?.costs[costs.length];
    // A label's translations stay while the German label stays.
    const kept = before && before.label === label ? { ...(before.en ? { en: before.en } : {}), ...(before["de-simple"] ? { "de-simple": before["de-simple"] } : {}) } : {};
    costs.push({ label, amountCents: cents ?? 0, ...kept });
  }
  if (costs.length > 50) p.add("cost-label-0", c.tooMany(50));

  const requiredDocuments = list("requiredDocuments", 200, 20_000);
  const prerequisites = list("prerequisites", 200, 20_000);
  const procedure = list("procedure", 200, 20_000);
  const legalBasis = list("legalBasis", 100, 500);
  const processingTimeDe = text("processingTimeDe", 500);
  const processingTimeEn = translation(processingTimeDe, "processingTimeEn", 500);

  const departmentId = one(values, "departmentId");
  if (!ctx.departments.has(departmentId)) p.add("departmentId", c.errors.choose);
  const locationIds = [...new Set(many(values, "locationIds"))];
  if (locationIds.some((l) => !ctx.locations.has(l))) p.add("locationIds", c.errors.choose);

  const onlineKind = one(values, "onlineKind") as (typeof onlineKinds)[number];
  if (!onlineKinds.includes(onlineKind)) p.add("onlineKind", c.errors.choose);
  const onlineUrl = text("onlineUrl", 2_000);
  const onlineTarget = text("onlineTarget", 500);
  if (onlineUrl !== "" && !isWebAddress(onlineUrl)) p.add("onlineUrl", c.errors.url);
  if (onlineKind === "external" && onlineUrl === "") p.add("onlineUrl", m.onlineUrlRequired);
  if (onlineKind === "none" && onlineUrl !== "") p.add("onlineUrl", m.onlineOnly);
  if (onlineKind === "none" && onlineTarget !== "") p.add("onlineTarget", m.onlineOnly);
  const trustLevel = one(values, "trustLevel") as (typeof trustLevels)[number];
  if (!trustLevels.includes(trustLevel)) p.add("trustLevel", c.errors.choose);

  const related: string[] = [];
  for (let i = 0; i < RELATED_ROWS; i++) {
    const r = one(values, `related-${i}`);
    if (r === "") continue;
    if (!ctx.services.has(r) || r === id) p.add(`related-${i}`, c.errors.choose);
    else if (related.includes(r)) p.add(`related-${i}`, c.errors.twice);
    else related.push(r);
  }
  if (p.any) return { ok: false, errors: p.errors };

  const keepLists = (t: Translation | undefined): Translation => {
    const out: Translation = { ...t };
    if (!same(base?.requiredDocuments, requiredDocuments)) delete out.requiredDocuments;
    if (!same(base?.prerequisites, prerequisites)) delete out.prerequisites;
    if (!same(base?.procedure, procedure)) delete out.procedure;
    return out;
  };
  const en = keepLists(base?.en);
  const set = (key: "name" | "summary" | "description" | "processingTime", v: string) => (v === "" ? delete en[key] : (en[key] = v));
  set("name", nameEn);
  set("summary", summaryEn);
  set("description", descriptionEn);
  set("processingTime", processingTimeEn);
  const simple = keepLists(base?.["de-simple"]);
  const entry: Service = {
    ...(base ?? { appointment: { bookable: false, durationMinutes: null }, popularity: 50 }),
    id, leikaKey: leikaKey || null, name: nameDe, summary: summaryDe, description: descriptionDe || null, synonyms, departmentId, locationIds,
    costs, requiredDocuments, prerequisites, procedure, legalBasis, processingTime: processingTimeDe || null,
    online: onlineKind === "none" ? { available: false, kind: null } : { available: true, kind: onlineKind, url: onlineUrl || null, target: onlineTarget || null },
    trustLevel, relatedServiceIds: related,
  };
  delete entry.en;
  delete entry["de-simple"];
  if (Object.keys(en).length > 0) entry.en = en;
  if (Object.keys(simple).length > 0) entry["de-simple"] = simple;
  return { ok: true, entry };
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
