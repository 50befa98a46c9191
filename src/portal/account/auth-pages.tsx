// Pages of registration, login, confirmation links and password reset, built from the account form shape.
import { PASSWORD_MAX, PASSWORD_MIN } from "../../kernel/identity/index.ts";
import { usePage } from "../../platform/html/index.ts";
import { AccountFormPage, MessagePage, type FormState } from "./account-form.tsx";
import { authMessages } from "./auth-messages.ts";
import { LoginAlternatives } from "./login-alternatives.tsx";

export function LoginPage({ state, returnTo }: { state: FormState; returnTo: string }) {
  const m = authMessages.in(usePage().locale);
  const hidden: Record<string, string> = returnTo === "/konto" ? {} : { zurueck: returnTo };
  return (
    <AccountFormPage
      title={m.loginTitle}
      action="/konto/anmelden"
      state={state}
      hidden={hidden}
      submit={m.loginSubmit}
      fields={[
        { name: "email", label: m.emailLabel, type: "email", autocomplete: "username", maxLength: 320 },
        { name: "password", label: m.passwordLabel, type: "password", autocomplete: "current-password" },
      ]}
      after={
        <>
          <p class="kern-body">
            <a class="kern-link" href="/konto/passwort-vergessen">
              {m.forgotLink}
            </a>
          </p>
          <p class="kern-body">
            {m.noAccount}{" "}
            <a class="kern-link" href="/konto/registrieren">
              {m.registerLink}
            </a>
          </p>
          <LoginAlternatives returnTo={returnTo} />
        </>
      }
    />
  );
}

export function RegisterPage({ state }: { state: FormState }) {
  const m = authMessages.in(usePage().locale);
  return (
    <AccountFormPage
      title={m.registerTitle}
      intro={m.registerIntro}
      action="/konto/registrieren"
      state={state}
      submit={m.registerSubmit}
      fields={[
        { name: "email", label: m.emailLabel, type: "email", autocomplete: "email", maxLength: 320 },
        { name: "password", label: m.passwordLabel, type: "password", autocomplete: "new-password", hint: m.passwordHint(PASSWORD_MIN), maxLength: PASSWORD_MAX },
        { name: "displayName", label: m.displayNameLabel, hint: m.displayNameHint, autocomplete: "name", optional: true, maxLength: 200 },
      ]}
      after={
        <p class="kern-body">
          {m.haveAccount}{" "}
          <a class="kern-link" href="/konto/anmelden">
            {m.loginTitle}
          </a>
        </p>
      }
    />
  );
}

export function ForgotPasswordPage({ state }: { state: FormState }) {
  const m = authMessages.in(usePage().locale);
  return (
    <AccountFormPage
      title={m.forgotTitle}
      intro={m.forgotIntro}
      action="/konto/passwort-vergessen"
      state={state}
      submit={m.forgotSubmit}
      fields={[{ name: "email", label: m.emailLabel, type: "email", autocomplete: "email", maxLength: 320 }]}
    />
  );
}

export function ResetPasswordPage({ state, token }: { state: FormState; token: string }) {
  const m = authMessages.in(usePage().locale);
  return (
    <AccountFormPage
      title={m.resetTitle}
      intro={m.resetIntro}
      action={`/konto/passwort-neu/${token}`}
      state={state}
      submit={m.resetSubmit}
      fields={[{ name: "password", label: m.newPasswordLabel, type: "password", autocomplete: "new-password", hint: m.passwordHint(PASSWORD_MIN), maxLength: PASSWORD_MAX }]}
    />
  );
}

/** The button behind a confirmation link: mail scanners that open links must not use them up. */
export function ConfirmLinkPage({ action }: { action: string }) {
  const m = authMessages.in(usePage().locale);
  return <AccountFormPage title={m.confirmTitle} intro={m.confirmIntro} action={action} state={{ errors: {}, values: {} }} submit={m.confirmSubmit} fields={[]} />;
}

export type LinkProblem = "invalid" | "expired" | "used" | "taken";

export function LinkProblemPage({ problem, purpose }: { problem: LinkProblem; purpose: "reset" | "confirm" }) {
  const m = authMessages.in(usePage().locale);
  const text = { invalid: m.linkInvalid, expired: m.linkExpired, used: m.linkUsed, taken: m.linkTaken }[problem];
  const link = purpose === "reset" ? { href: "/konto/passwort-vergessen", label: m.newLinkReset } : { href: "/konto", label: m.newLinkConfirm };
  return <MessagePage title={m.linkProblemTitle} text={text} links={[link]} />;
}
