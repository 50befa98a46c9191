// KERN form fields with label, hint and inline error, wired with aria-describedby so a screen
// reader reads the error together with the field. The element id is the field name (for radios: the first
// radio's), so the error summary's links land on the field.
import type { JSX } from "preact";
import { htmlMessages } from "../messages.ts";
import { usePage } from "../page-context.ts";

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  optional?: boolean;
}

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${name}-hinweis` : "", error ? `${name}-fehler` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

/** The hint and the inline error under a field's label, with the ids describedBy() names. */
function HintAndError({ name, hint, error }: { name: string; hint?: string | undefined; error?: string | undefined }) {
  const m = htmlMessages.in(usePage().locale);
  return (
    <>
      {hint ? (
        <div class="kern-hint" id={`${name}-hinweis`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p class="kern-error" id={`${name}-fehler`}>
          <span class="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
          <span class="kern-body">
            <span class="kern-sr-only">{m.errorPrefix} </span>
            {error}
          </span>
        </p>
      ) : null}
    </>
  );
}

function FieldFrame({ name, label, hint, error, optional, children }: FieldProps & { children: JSX.Element }) {
  const m = htmlMessages.in(usePage().locale);
  return (
    <div class="kern-form-input st-field">
      <label class="kern-label" for={name}>
        {label}
        {optional ? <span class="kern-label__optional"> – {m.optional}</span> : null}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      {children}
    </div>
  );
}

interface TextFieldProps extends FieldProps {
  value?: string | undefined;
  type?: "text" | "email" | "tel" | "password" | "number" | "search" | "url" | "date";
  autocomplete?: string;
  inputMode?: "text" | "numeric" | "email" | "tel" | "url" | "search" | "decimal";
  maxLength?: number;
}

export function TextField(props: TextFieldProps) {
  const { name, label, hint, error, optional, value, type, autocomplete, inputMode, maxLength } = props;
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} optional={optional}>
      <input
        autocomplete={autocomplete}
        inputMode={inputMode}
        maxLength={maxLength}
        class={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
        id={name}
        name={name}
        // preact types each input type separately; the union of our few types is safe.
        type={(type ?? "text") as "text"}
        value={value ?? ""}
        required={!optional}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(name, hint, error)}
      />
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { value?: string | undefined; rows?: number; maxLength?: number }) {
  const { name, label, hint, error, optional, value, rows, maxLength } = props;
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        class={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
        id={name}
        name={name}
        rows={rows ?? 5}
        maxLength={maxLength}
        required={!optional}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(name, hint, error)}
      >
        {value ?? ""}
      </textarea>
    </FieldFrame>
  );
}

/** A choice of one from a list, for choices too many for radios (filters, departments, related entries). */
export function SelectField(props: FieldProps & { value?: string | undefined; options: ReadonlyArray<{ value: string; label: string }> }) {
  const { name, label, hint, error, optional, value, options } = props;
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} optional={optional}>
      <div class="kern-form-input__select-wrapper">
        <select class="kern-form-input__select" id={name} name={name} aria-invalid={error ? "true" : undefined} aria-describedby={describedBy(name, hint, error)}>
          {options.map((o) => (
            <option value={o.value} selected={o.value === (value ?? "")}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </FieldFrame>
  );
}

interface RadioGroupProps {
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
}

/** A choice of one as a KERN fieldset (GOV.UK style). The first radio's id is the field name, the others' `name-value`. */
export function RadioGroup({ name, legend, options, value, hint, error, required }: RadioGroupProps) {
  return (
    <fieldset class={`kern-fieldset st-field${error ? " kern-fieldset--error" : ""}`} aria-describedby={describedBy(name, hint, error)}>
      <legend class="kern-label">{legend}</legend>
      <HintAndError name={name} hint={hint} error={error} />
      <div class="kern-fieldset__body">
        {options.map((o, i) => {
          const id = i === 0 ? name : `${name}-${o.value}`;
          return (
            <div class="kern-form-check">
              <input
                class={`kern-form-check__radio${error ? " kern-form-check__radio--error" : ""}`}
                type="radio"
                id={id}
                name={name}
                value={o.value}
                checked={value === o.value}
                required={required}
              />
              <label class="kern-label" for={id}>
                {o.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The name of the CSRF token in every form body; platform/http checks it (csrf.ts). */
export const CSRF_FIELD = "_csrf";

/** The hidden CSRF field every POST form carries. */
export function CsrfField() {
  return <input type="hidden" name={CSRF_FIELD} value={usePage().csrfToken()} />;
}
