// Validates a submitted form with its zod schema and turns problems into plain-language messages per
// field, ready for <ErrorSummary> and the fields. Zod's own messages name types ("expected string"),
// which means nothing to a citizen; this map says what to do instead. A message given in the schema wins.
import { z } from "zod";
import type { Locale } from "../i18n/index.ts";
import type { FieldErrors } from "./components/error-summary.tsx";
import { CSRF_FIELD } from "./components/form-fields.tsx";

type Issue = Parameters<z.core.$ZodErrorMap>[0];

function isEmpty(issue: Issue): boolean {
  return issue.input === undefined || issue.input === null || issue.input === "";
}

const friendly: Record<Locale, (issue: Issue) => string> = {
  de(issue) {
    if (isEmpty(issue)) return "Bitte füllen Sie dieses Feld aus.";
    switch (issue.code) {
      case "too_small":
        return issue.origin === "string" ? `Bitte geben Sie mindestens ${issue.minimum} Zeichen ein.` : `Der Wert muss mindestens ${issue.minimum} sein.`;
      case "too_big":
        return issue.origin === "string" ? `Bitte geben Sie höchstens ${issue.maximum} Zeichen ein.` : `Der Wert darf höchstens ${issue.maximum} sein.`;
      case "invalid_format":
        return issue.format === "email" ? "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de." : "Bitte prüfen Sie das Format Ihrer Eingabe.";
      case "invalid_value":
        return "Bitte wählen Sie eine der angebotenen Möglichkeiten.";
      case "invalid_type":
        return issue.expected === "number" ? "Bitte geben Sie eine Zahl ein." : "Bitte prüfen Sie Ihre Eingabe.";
      default:
        return "Bitte prüfen Sie Ihre Eingabe.";
    }
  },
  en(issue) {
    if (isEmpty(issue)) return "Please fill in this field.";
    switch (issue.code) {
      case "too_small":
        return issue.origin === "string" ? `Please enter at least ${issue.minimum} characters.` : `The value must be at least ${issue.minimum}.`;
      case "too_big":
        return issue.origin === "string" ? `Please enter no more than ${issue.maximum} characters.` : `The value must be at most ${issue.maximum}.`;
      case "invalid_format":
        return issue.format === "email" ? "Please enter a valid e-mail address, for example name@example.com." : "Please check the format of your entry.";
      case "invalid_value":
        return "Please choose one of the options offered.";
      case "invalid_type":
        return issue.expected === "number" ? "Please enter a number." : "Please check your entry.";
      default:
        return "Please check your entry.";
    }
  },
};

export function errorMapFor(locale: Locale): z.core.$ZodErrorMap {
  return (issue) => friendly[locale](issue);
}

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** Keeps what the person typed, as strings, so the form can be shown again with nothing lost. */
function echoValues(body: unknown): Record<string, string> {
  if (!body || typeof body !== "object") return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (k !== CSRF_FIELD && typeof v === "string") out[k] = v;
  return out;
}

export function parseFormInput<S extends z.ZodType>(schema: S, body: unknown, locale: Locale): FormResult<z.output<S>> {
  const result = schema.safeParse(body ?? {}, { error: errorMapFor(locale) });
  if (result.success) return { ok: true, data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.join(".") : "_form";
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values: echoValues(body) };
}
