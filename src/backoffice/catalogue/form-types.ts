// Shapes every kind's form shares: what reading a form is checked against, and what the fields are drawn from.
import type { EditableKind, EntryContent } from "../../kernel/catalogue/index.ts";
import type { FieldErrors } from "../../platform/html/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";
import type { FormValues } from "./form-values.ts";

export interface FormContext<K extends EditableKind> {
  locale: Locale;
  /** The stored entry (working copy or live); null for a new one. */
  base: EntryContent[K] | null;
  departments: ReadonlySet<string>;
  locations: ReadonlySet<string>;
  services: ReadonlySet<string>;
}

/** Choices for selects and checkboxes: [id, label]. */
export interface EditorOptions {
  departments: ReadonlyArray<readonly [string, string]>;
  locations: ReadonlyArray<readonly [string, string]>;
  services: ReadonlyArray<readonly [string, string]>;
}

export interface FieldsProps {
  values: FormValues;
  errors: FieldErrors;
  options: EditorOptions;
  isNew: boolean;
  id: string;
}
