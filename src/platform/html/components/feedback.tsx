// Status tag, notification banner and confirmation panel: how a page tells people where things stand.
import type { ComponentChildren } from "preact";

export type Tone = "info" | "success" | "warning" | "danger";

/** A short state label ("In Bearbeitung"); colour is never the only carrier of meaning, the text is. */
export function StatusTag({ label, tone = "info" }: { label: string; tone?: Tone }) {
  return <span class={`kern-badge kern-badge--${tone}`}>{label}</span>;
}

export function NotificationBanner({ title, tone = "info", children }: { title: string; tone?: Tone; children?: ComponentChildren }) {
  const icon = tone === "danger" ? "danger" : tone;
  return (
    <div class={`kern-alert kern-alert--${tone}`} role={tone === "success" || tone === "danger" ? "alert" : "region"} aria-label={title}>
      <div class="kern-alert__header">
        <span class={`kern-icon kern-icon--${icon}`} aria-hidden="true" />
        <p class="kern-title">{title}</p>
      </div>
      {children ? <div class="kern-alert__body">{children}</div> : null}
    </div>
  );
}

/** The green box at the end of a journey: what was done and the reference to keep. */
export function ConfirmationPanel({ title, reference, children }: { title: string; reference?: string; children?: ComponentChildren }) {
  return (
    <div class="st-confirmation" role="status" tabindex={-1} data-autofocus>
      <h1 class="kern-heading-large">{title}</h1>
      {reference ? <p class="st-confirmation__reference">{reference}</p> : null}
      {children}
    </div>
  );
}

export interface SummaryRow {
  key: string;
  value: ComponentChildren;
  /** Optional "Ändern" link. */
  action?: { href: string; label: string };
}

/** Key–value list to check entries before sending or to show a record. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl class="kern-description-list st-summary-list">
      {rows.map((r) => (
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{r.key}</dt>
          <dd class="kern-description-list-item__value">
            {r.value}
            {r.action ? (
              <>
                {" "}
                <a class="kern-link" href={r.action.href}>
                  {r.action.label}
                  <span class="kern-sr-only"> {r.key}</span>
                </a>
              </>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
