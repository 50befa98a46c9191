// What every kind's form reads the same way: texts with their limits, and a new entry's id (typed, or made
// from the German name) checked as the import checks it, so an id the editor's addresses use is refused here.
import { entryIdProblem } from "../../kernel/catalogue/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";
import { catalogueMessages } from "./catalogue-messages.ts";
import { one, Problems, slugOf, type FormValues } from "./form-values.ts";

export function formReader(values: FormValues, locale: Locale) {
  const c = catalogueMessages.in(locale);
  const problems = new Problems();

  /** One trimmed text field; an error when it is required and empty, or too long. */
  const text = (name: string, max: number, required = false): string => {
    const v = one(values, name);
    if (required && v === "") problems.add(name, c.errors.required);
    if (v.length > max) problems.add(name, c.tooLong(max));
    return v;
  };

  /** The stored id when editing (it never changes); for a new entry the typed one, else the name's slug. */
  const entryId = (base: { id: string } | null, nameDe: string): string => {
    if (base) return base.id;
    const typed = one(values, "id");
    const id = typed || slugOf(nameDe);
    // Without id and name, the name's own "required" error says what to do.
    if (id === "" && nameDe === "") return id;
    const why = entryIdProblem(id);
    if (why === "format") problems.add("id", typed ? c.errors.idFormat : c.errors.idFromName);
    return id;
  };

  return { c, problems, text, entryId };
}
