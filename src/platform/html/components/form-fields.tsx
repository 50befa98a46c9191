// KERN form fields with label, hint and inline error, wired with aria-describedby so a screen
// reader reads the error together with the field. The element id is the field name, so the error
// summary's links land on the field.
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

function FieldFrame({ name, label, hint, error, optional, children }: FieldProps & { children: JSX.Element }) {
  const m = htmlMessages.in(usePage().locale);
  return (
    <div class="kern-form-input st-field">
      <label class="kern-label" for={name}>
        {label}
        {optional ? <span class="kern-label__optional"> – {m.optional}</span> : null}
      </label>
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

/** The hidden CSRF field every POST form carries. */
export function CsrfField() {
  return <input type="hidden" name="_csrf" value={usePage().csrfToken()} />;
}
