// GOV.UK error summary: one box at the top of the form listing every problem, each a link to its field.
// app.js moves focus here on load so screen readers announce it; without JavaScript it still leads the page.
import { htmlMessages } from "../messages.ts";
import { usePage } from "../page-context.ts";

export type FieldErrors = Readonly<Record<string, string>>;

export function ErrorSummary({ errors, title }: { errors: FieldErrors; title?: string }) {
  const m = htmlMessages.in(usePage().locale);
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="kern-alert kern-alert--danger st-error-summary" role="alert" tabindex={-1} data-autofocus aria-labelledby="fehler-titel">
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 class="kern-title" id="fehler-titel">
          {title ?? m.errorSummaryTitle}
        </h2>
      </div>
      <div class="kern-alert__body">
        <ul class="kern-list">
          {entries.map(([field, message]) => (
            <li>
              <a class="kern-link" href={`#${field}`}>
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
