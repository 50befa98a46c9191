// Which department gets an enquiry: the one the citizen chose from the catalogue, or — for "Ich weiß es
// nicht" — the configured default (ENQUIRY_DEFAULT_DEPARTMENT), else the catalogue's first department by name.
import { localized, type CatalogueSnapshot } from "../../kernel/catalogue/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";

/** The form's value for "Ich weiß es nicht". */
export const UNKNOWN_DEPARTMENT = "unbekannt";

export interface DepartmentChoice {
  id: string;
  name: string;
}

/** The departments a citizen may pick, by name in the page's language. */
export function departmentChoices(snapshot: CatalogueSnapshot, locale: Locale): DepartmentChoice[] {
  const collator = new Intl.Collator(locale);
  return [...snapshot.departments.values()]
    .map((d) => ({ id: d.id, name: localized(d.name, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

export interface EnquiryRouting {
  /** Departments of the catalogue (ids): a choice outside them is refused. */
  departmentIds: ReadonlySet<string>;
  /** Where "Ich weiß es nicht" goes. */
  defaultDepartmentId: string;
}

/**
 * The routing for one snapshot. A configured default that is not (or no longer) in the catalogue falls back
 * to the first department, so a catalogue import never makes the form fail; `misconfigured` says so for a log.
 */
export function enquiryRouting(snapshot: CatalogueSnapshot, configuredDefault: string | undefined): EnquiryRouting & { misconfigured: boolean } {
  const departmentIds = new Set(snapshot.departments.keys());
  const first = departmentChoices(snapshot, "de")[0]?.id;
  if (!first) throw new Error("enquiries need at least one department in the catalogue");
  const configured = configuredDefault && departmentIds.has(configuredDefault) ? configuredDefault : undefined;
  return { departmentIds, defaultDepartmentId: configured ?? first, misconfigured: Boolean(configuredDefault) && !configured };
}
