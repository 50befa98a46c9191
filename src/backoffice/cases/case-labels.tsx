// How case facts read on back-office pages: state and kind names from the kind's declaration, department
// names from the catalogue, and the due date in working days ("noch 3 Arbeitstage").
import { caseKind, officeCalendar, registeredCaseKinds, remainingWorkingDays, stateOf, type CaseText } from "../../kernel/cases/index.ts";
import { localized, type CatalogueSnapshot } from "../../kernel/catalogue/index.ts";
import { departmentScope, type Actor } from "../../kernel/identity/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";
import { StatusTag, type Tone } from "../../platform/html/index.ts";
import { caseMessages } from "./case-messages.ts";

export const text = (t: CaseText, locale: Locale) => t[locale] ?? t.de;

export function kindLabel(kindId: string, locale: Locale): string {
  const kind = caseKind(kindId);
  return kind ? text(kind.label, locale) : kindId;
}

export function stateLabel(kindId: string, state: string, locale: Locale): string {
  const kind = caseKind(kindId);
  return kind ? text(stateOf(kind, state).label, locale) : state;
}

export function StateTag({ kind, state, locale }: { kind: string; state: string; locale: Locale }) {
  const def = caseKind(kind);
  const tone = def ? stateOf(def, state).tone : undefined;
  return <StatusTag label={stateLabel(kind, state, locale)} tone={(tone === "neutral" || !tone ? "info" : tone) as Tone} />;
}

export function categoryLabel(kindId: string, category: string | null, locale: Locale): string {
  if (!category) return "–";
  const found = caseKind(kindId)?.categories?.find((c) => c.id === category);
  return found ? text(found.label, locale) : category;
}

export function departmentName(catalogue: CatalogueSnapshot, id: string, locale: Locale): string {
  const d = catalogue.departments.get(id);
  return d ? d.shortName || localized(d.name, locale) : id;
}

/** The departments whose cases the actor may read, in catalogue order (all for platform admins). */
export function readableDepartments(actor: Actor, catalogue: CatalogueSnapshot, action = "case.read"): string[] {
  const scope = departmentScope(actor, action);
  const all = [...catalogue.departments.keys()];
  return scope.all ? all : all.filter((id) => scope.departmentIds.includes(id));
}

/** Every state any registered kind declares (or those of one kind), for the state filter. */
export function stateChoices(kindId: string | undefined, locale: Locale): Array<{ value: string; label: string }> {
  const kinds = kindId && caseKind(kindId) ? [caseKind(kindId)!] : registeredCaseKinds();
  const seen = new Map<string, string>();
  for (const k of kinds) for (const [id, s] of Object.entries(k.states)) if (!seen.has(id)) seen.set(id, text(s.label, locale));
  return [...seen].map(([value, label]) => ({ value, label }));
}

export function categoryChoices(kindId: string | undefined, locale: Locale): Array<{ value: string; label: string }> {
  const kinds = kindId && caseKind(kindId) ? [caseKind(kindId)!] : registeredCaseKinds();
  const seen = new Map<string, string>();
  for (const k of kinds) for (const c of k.categories ?? []) if (!seen.has(c.id)) seen.set(c.id, text(c.label, locale));
  return [...seen].map(([value, label]) => ({ value, label }));
}

/** "noch 3 Arbeitstage" / "2 Arbeitstage überfällig" / "pausiert"; null without a due date or when closed. */
export function dueText(dueDate: string | null, isOpen: boolean, paused: boolean, locale: Locale, now = new Date()): { text: string; overdue: boolean } | null {
  if (!dueDate || !isOpen) return null;
  const m = caseMessages.in(locale);
  if (paused) return { text: m.paused, overdue: false };
  const left = remainingWorkingDays(dueDate, now, officeCalendar);
  return left < 0 ? { text: m.daysOverdue(-left), overdue: true } : { text: m.daysLeft(left), overdue: false };
}

export function formatDay(iso: string, locale: Locale): string {
  const [y, mo, d] = iso.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(Date.UTC(y, mo - 1, d)));
}

/** The platform's select, under the name the case pages import it by. */
export { SelectField } from "../../platform/html/index.ts";

/** A single checkbox in KERN's markup. */
export function CheckboxField({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div class="kern-form-check st-field">
      <input class="kern-form-check__checkbox" type="checkbox" id={name} name={name} value="1" checked={checked} />
      <label class="kern-label" for={name}>
        {label}
      </label>
    </div>
  );
}
