// Recovery codes: how many are left and a button for a new set; after the button, the new codes, shown once.
import type { StaffActor } from "../kernel/identity/index.ts";
import { CsrfField, NotificationBanner, usePage } from "../platform/html/index.ts";
import { BackofficeLayout } from "./backoffice-layout.tsx";
import { loginMessages } from "./login-messages.ts";

export function RecoveryCodesPage({ actor, unused, codes }: { actor: StaffActor; unused: number; codes?: string[] | undefined }) {
  const m = loginMessages.in(usePage().locale);
  return (
    <BackofficeLayout actor={actor} title={m.recoveryTitle} narrow>
      <h1 class="kern-heading-x-large">{m.recoveryTitle}</h1>
      <p class="kern-body">{m.recoveryLead}</p>
      {codes ? (
        <>
          <NotificationBanner title={m.recoveryShown} tone="warning">
            <p class="kern-body">{m.recoveryKeep}</p>
          </NotificationBanner>
          <ol class="kern-list st-recovery-codes" aria-label={m.recoveryShown}>
            {codes.map((c) => (
              <li>
                <code data-recovery-code>{c}</code>
              </li>
            ))}
          </ol>
          <p>
            <a class="kern-btn kern-btn--primary" href="/verwaltung">
              <span class="kern-label">{m.recoveryDone}</span>
            </a>
          </p>
        </>
      ) : (
        <>
          <p class="kern-body">{m.recoveryLeft(unused)}</p>
          <form method="post" action="/verwaltung/wiederherstellungscodes">
            <CsrfField />
            <p class="kern-body st-muted">{m.recoveryCreateHint}</p>
            <button class="kern-btn kern-btn--secondary" type="submit">
              <span class="kern-label">{m.recoveryCreate}</span>
            </button>
          </form>
        </>
      )}
    </BackofficeLayout>
  );
}
