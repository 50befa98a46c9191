// The label of each editor field by its name, so the error summary can say which field a message belongs
// to (WCAG 3.3.1): "Postleitzahl: Bitte geben Sie eine Postleitzahl mit fünf Ziffern ein." The fields keep
// the bare message, since their label stands right above it.
import type { EditableKind } from "../../kernel/catalogue/index.ts";
import type { FieldErrors } from "../../platform/html/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";
import { lifeSituationFormMessages } from "./life-situation-form-messages.ts";
import { locationFormMessages } from "./location-form-messages.ts";
import { serviceFormMessages } from "./service-form-messages.ts";

/** A plain label from a message catalogue: only strings count (not hints' functions or choice maps). */
const plain = (messages: object, name: string): string | undefined => {
  const v = (messages as Record<string, unknown>)[name];
  return typeof v === "string" ? v : undefined;
};

export function fieldLabel(kind: EditableKind, field: string, locale: Locale): string | undefined {
  const s = serviceFormMessages.in(locale);
  if (field === "id") return s.id;
  let n: RegExpExecArray | null;
  if (kind === "service") {
    if ((n = /^cost-(label|amount)-(\d+)$/.exec(field))) return (n[1] === "label" ? s.costLabel : s.costAmount)(Number(n[2]) + 1);
    if ((n = /^related-(\d+)$/.exec(field))) return s.relatedField(Number(n[1]) + 1);
    return field === "related" ? s.related : plain(s, field);
  }
  if (kind === "location") {
    const m = locationFormMessages.in(locale);
    if ((n = /^hours-(\d)-(\d+)-(opens|closes)$/.exec(field))) {
      const day = m.weekdays[n[1] as keyof typeof m.weekdays];
      return (n[3] === "opens" ? m.opens : m.closes)(day, Number(n[2]) + 1);
    }
    return plain(m, field);
  }
  const m = lifeSituationFormMessages.in(locale);
  if ((n = /^step-(\d+)-(title|text|services)$/.exec(field))) {
    const step = Number(n[1]) + 1;
    return n[2] === "title" ? m.stepTitle(step) : n[2] === "text" ? m.stepText(step) : m.stepServices(step);
  }
  if ((n = /^(primary|secondary)-(\d+)$/.exec(field))) return (n[1] === "primary" ? m.primaryField : m.secondaryField)(Number(n[2]) + 1);
  return plain(m, field);
}

/** The errors as the summary lists them: each message after its field's label. */
export function labelledErrors(kind: EditableKind, errors: FieldErrors, locale: Locale): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => {
      const label = fieldLabel(kind, field, locale);
      // "Gebühr 2: Betrag in Euro" has a colon already; a dash then keeps label and message apart.
      return [field, label ? `${label}${label.includes(":") ? " –" : ":"} ${message}` : message];
    }),
  );
}
