// Recovery codes: how many are left and a form for a new set (with the current TOTP code); after the form,
// the new codes, shown once.
import type { StaffActor } from "../kernel/identity/index.ts";
import { CsrfField, ErrorSummary, NotificationBanner, TextField, usePage, type FieldErrors } from "../platform/html/index.ts";
import { BackofficeLayout } from "./backoffice-layout.tsx";
import { loginMessages } from "./login-messages.ts";
import { recoveryMessages } from "./recovery-messages.ts";

interface RecoveryCodesPageProps {
  actor: StaffActor;
  unused: number;
  codes?: string[] | undefined;
  errors?: FieldErrors | undefined;
}

export function RecoveryCodesPage({ actor, unused, codes, errors = {} }: RecoveryCodesPageProps) {
  const { locale } = usePage();
  const m = loginMessages.in(locale);
  const r = recoveryMessages.in(locale);
  return (
    <BackofficeLayout actor={actor} title={m.recoveryTitle} narrow>
      <ErrorSummary errors={errors} />
      <h1 class="kern-heading-x-large">{m.recoveryTitle}</h1>
      <p class="kern-body">{m.recoveryLead}</p>
      {codes ? (
        <>
          <NotificationBanner title={m.recoveryShown} tone="warning">
            <p class="kern-body">{m.recoveryKeep}</p>
            <p class="kern-body">{r.mailSent}</p>
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
          <form method="post" action="/verwaltung/wiederherstellungscodes" novalidate>
            <CsrfField />
            <TextField name="code" label={r.codeLabel} hint={r.codeHint} inputMode="numeric" autocomplete="one-time-code" maxLength={12} error={errors.code} />
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
