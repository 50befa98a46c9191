// How a case reads for citizens: its kind's name, its state in plain language with what happens next, and
// the department by name — from the kind's declaration (kernel/cases) and the catalogue snapshot.
import { localized, type CatalogueSnapshot } from "../../kernel/catalogue/index.ts";
import { caseKind, stateOf } from "../../kernel/cases/index.ts";
import type { Tone } from "../../platform/html/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";

export interface CitizenState {
  label: string;
  nextStep: string | undefined;
  tone: Tone;
}

export function kindLabel(kind: string, locale: Locale): string {
  return caseKind(kind)?.label[locale] ?? kind;
}

/** The state as the citizen reads it; a kind no longer registered shows its stored state id. */
export function citizenState(kind: string, state: string, locale: Locale): CitizenState {
  const definition = caseKind(kind);
  if (!definition) return { label: state, nextStep: undefined, tone: "info" };
  const s = stateOf(definition, state);
  return { label: (s.citizenLabel ?? s.label)[locale], nextStep: s.nextStep?.[locale], tone: !s.tone || s.tone === "neutral" ? "info" : s.tone };
}

export function departmentName(snapshot: CatalogueSnapshot, id: string, locale: Locale): string {
  const department = snapshot.departments.get(id);
  return department ? localized(department.name, locale) : id;
}
