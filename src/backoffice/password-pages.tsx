// The page behind the link in a new staff member's e-mail: set the password, or a clear word why the link fails.
import type { PasswordLinkState } from "../kernel/identity/index.ts";
import { CsrfField, ErrorSummary, Layout, TextField, usePage, type FieldErrors } from "../platform/html/index.ts";
import { staffMessages } from "./staff-messages.ts";

export function SetPasswordPage({ token, errors = {} }: { token: string; errors?: FieldErrors }) {
  const m = staffMessages.in(usePage().locale);
  return (
    <Layout title={m.passwordTitle} narrow>
      <ErrorSummary errors={errors} />
      <h1 class="kern-heading-x-large">{m.passwordTitle}</h1>
      <p class="kern-body">{m.passwordLead}</p>
      <form method="post" action={`/verwaltung/passwort/${token}`} novalidate>
        <CsrfField />
        <TextField name="password" label={m.newPassword} hint={m.newPasswordHint} type="password" autocomplete="new-password" error={errors.password} />
        <TextField name="passwordRepeat" label={m.repeatPassword} type="password" autocomplete="new-password" error={errors.passwordRepeat} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{m.passwordSubmit}</span>
        </button>
      </form>
    </Layout>
  );
}

export function PasswordLinkProblemPage({ state }: { state: Exclude<PasswordLinkState, "valid"> }) {
  const m = staffMessages.in(usePage().locale);
  const [title, text] = state === "used" ? [m.linkUsedTitle, m.linkUsedText] : state === "expired" ? [m.linkExpiredTitle, m.linkExpiredText] : [m.linkUnknownTitle, m.linkUnknownText];
  return (
    <Layout title={title} narrow>
      <h1 class="kern-heading-x-large">{title}</h1>
      <p class="kern-body">{text}</p>
      <p>
        <a class="kern-link" href="/verwaltung/anmelden">
          {m.toLogin}
        </a>
      </p>
    </Layout>
  );
}
