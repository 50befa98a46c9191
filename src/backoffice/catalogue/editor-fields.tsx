// Form fields the catalogue editor needs besides platform/html's text and select fields: a checkbox group,
// a single checkbox and a fieldset frame — KERN classes, label, hint and inline error wired with aria.
import type { ComponentChildren } from "preact";
import { htmlMessages, usePage } from "../../platform/html/index.ts";

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  const m = htmlMessages.in(usePage().locale);
  if (!error) return null;
  return (
    <p class="kern-error" id={`${id}-fehler`}>
      <span class="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
      <span class="kern-body">
        <span class="kern-sr-only">{m.errorPrefix} </span>
        {error}
      </span>
    </p>
  );
}

const describedBy = (id: string, hint?: string, error?: string) => [hint ? `${id}-hinweis` : "", error ? `${id}-fehler` : ""].filter(Boolean).join(" ") || undefined;

/** [id, label] pairs, as the editor's choices come, in the shape platform/html's SelectField takes. */
export const choicesOf = (pairs: ReadonlyArray<readonly [string, string]>) => pairs.map(([value, label]) => ({ value, label }));

/** A group of fields under one legend; `id` is where the error summary's link lands. */
export function Fieldset({ id, legend, hint, error, children }: { id: string; legend: string; hint?: string; error?: string | undefined; children: ComponentChildren }) {
  return (
    <fieldset class={`kern-fieldset st-field${error ? " kern-fieldset--error" : ""}`} id={id} tabindex={-1} aria-describedby={describedBy(id, hint, error)}>
      <legend class="kern-label">{legend}</legend>
      {hint ? (
        <div class="kern-hint" id={`${id}-hinweis`}>
          {hint}
        </div>
      ) : null}
      <FieldError id={id} error={error} />
      <div class="kern-fieldset__body">{children}</div>
    </fieldset>
  );
}

export function Checkbox({ id, name, value, label, checked }: { id: string; name: string; value: string; label: string; checked: boolean }) {
  return (
    <div class="kern-form-check">
      <input class="kern-form-check__checkbox" type="checkbox" id={id} name={name} value={value} checked={checked} />
      <label class="kern-label" for={id}>
        {label}
      </label>
    </div>
  );
}

export function CheckboxGroup(props: { name: string; legend: string; hint?: string; error?: string | undefined; values: readonly string[]; options: ReadonlyArray<readonly [string, string]> }) {
  const { name, legend, hint, error, values, options } = props;
  const chosen = new Set(values);
  return (
    <Fieldset id={name} legend={legend} hint={hint} error={error}>
      {options.map(([v, l]) => (
        <Checkbox id={`${name}-${v}`} name={name} value={v} label={l} checked={chosen.has(v)} />
      ))}
    </Fieldset>
  );
}
