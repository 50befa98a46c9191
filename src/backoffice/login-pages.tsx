// Pages of the staff login: e-mail and password, the authenticator code, and the first-time set-up with QR code.
import { CsrfField, ErrorSummary, Layout, NotificationBanner, TextField, usePage, type FieldErrors } from "../platform/html/index.ts";
import { loginMessages } from "./login-messages.ts";
import { StaffOidcLoginButton } from "./oidc-login-button.tsx";

interface LoginPageProps {
  errors?: FieldErrors;
  email?: string;
  notice?: string | undefined;
  /** The city SSO's button label, when one is configured. */
  ssoLabel?: string | undefined;
}

export function LoginPage({ errors = {}, email = "", notice, ssoLabel }: LoginPageProps) {
  const m = loginMessages.in(usePage().locale);
  return (
    <Layout title={m.loginTitle} narrow>
      {notice ? <NotificationBanner title={notice} tone="success" /> : null}
      <ErrorSummary errors={errors} />
      <h1 class="kern-heading-x-large">{m.loginTitle}</h1>
      <p class="kern-body">{m.loginLead}</p>
      <form method="post" action="/verwaltung/anmelden" novalidate>
        <CsrfField />
        <TextField name="email" label={m.email} type="email" autocomplete="username" value={email} error={errors.email} />
        <TextField name="password" label={m.password} type="password" autocomplete="current-password" error={errors.password} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{m.submitLogin}</span>
        </button>
      </form>
      <StaffOidcLoginButton label={ssoLabel} />
      <p class="kern-body st-muted">
        <a class="kern-link" href="/konto">
          {m.citizenHint}
        </a>
      </p>
    </Layout>
  );
}

function CancelForm() {
  const m = loginMessages.in(usePage().locale);
  return (
    <form method="post" action="/verwaltung/abmelden" class="st-secondary-action">
      <CsrfField />
      <button class="kern-btn kern-btn--tertiary" type="submit">
        <span class="kern-label">{m.cancel}</span>
      </button>
    </form>
  );
}

function CodeField({ error }: { error?: string | undefined }) {
  const m = loginMessages.in(usePage().locale);
  return <TextField name="code" label={m.code} hint={m.codeHint} inputMode="numeric" autocomplete="one-time-code" maxLength={12} error={error} />;
}

export function CodePage({ errors = {} }: { errors?: FieldErrors }) {
  const m = loginMessages.in(usePage().locale);
  return (
    <Layout title={m.codeTitle} narrow>
      <ErrorSummary errors={errors} />
      <h1 class="kern-heading-x-large">{m.codeTitle}</h1>
      <p class="kern-body">{m.codeLead}</p>
      <form method="post" action="/verwaltung/anmelden/code" novalidate>
        <CsrfField />
        <CodeField error={errors.code} />
        <p class="kern-body st-muted">{m.recoveryHint}</p>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{m.submitCode}</span>
        </button>
      </form>
      <CancelForm />
    </Layout>
  );
}

export function EnrolPage({ errors = {}, groupedSecret, qrSvg }: { errors?: FieldErrors; groupedSecret: string; qrSvg: string }) {
  const m = loginMessages.in(usePage().locale);
  return (
    <Layout title={m.enrolTitle} narrow>
      <ErrorSummary errors={errors} />
      <h1 class="kern-heading-x-large">{m.enrolTitle}</h1>
      <p class="kern-body">{m.enrolLead}</p>
      <p class="kern-body">{m.enrolStep1}</p>
      <p class="st-qr">
        <img src={`data:image/svg+xml;base64,${Buffer.from(qrSvg).toString("base64")}`} alt={m.enrolQrAlt} width={220} height={220} />
      </p>
      <p class="kern-body">{m.enrolStep2}</p>
      <p class="st-secret">
        <span class="kern-sr-only">{m.secretLabel}: </span>
        <code data-totp-secret>{groupedSecret}</code>
      </p>
      <p class="kern-body st-muted">{m.enrolWarning}</p>
      <p class="kern-body">{m.enrolStep3}</p>
      <form method="post" action="/verwaltung/anmelden/einrichten" novalidate>
        <CsrfField />
        <CodeField error={errors.code} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{m.submitEnrol}</span>
        </button>
      </form>
      <CancelForm />
    </Layout>
  );
}
