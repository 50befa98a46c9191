// Pages of the settings that need the password: change password, change e-mail, "Meine Daten", "Konto löschen".
import { PASSWORD_MAX, PASSWORD_MIN } from "../../kernel/identity/index.ts";
import { Layout, usePage } from "../../platform/html/index.ts";
import { AccountBreadcrumbs, AccountFormPage, type FormState } from "./account-form.tsx";
import { authMessages } from "./auth-messages.ts";
import { settingsMessages } from "./settings-messages.ts";

function BackLink() {
  const m = settingsMessages.in(usePage().locale);
  return (
    <p class="kern-body">
      <a class="kern-link" href="/konto">
        {m.back}
      </a>
    </p>
  );
}

export function ChangePasswordPage({ state }: { state: FormState }) {
  const { locale } = usePage();
  const m = settingsMessages.in(locale);
  const a = authMessages.in(locale);
  return (
    <AccountFormPage
      inAccount
      title={m.passwordTitle}
      intro={m.passwordIntro}
      action="/konto/passwort"
      state={state}
      submit={m.save}
      fields={[
        { name: "currentPassword", label: m.currentPassword, type: "password", autocomplete: "current-password" },
        { name: "newPassword", label: a.newPasswordLabel, type: "password", autocomplete: "new-password", hint: a.passwordHint(PASSWORD_MIN), maxLength: PASSWORD_MAX },
      ]}
      after={<BackLink />}
    />
  );
}

export function ChangeEmailPage({ state, email }: { state: FormState; email: string }) {
  const m = settingsMessages.in(usePage().locale);
  return (
    <AccountFormPage
      inAccount
      title={m.emailTitle}
      intro={m.emailIntro(email)}
      action="/konto/e-mail"
      state={state}
      submit={m.send}
      fields={[
        { name: "newEmail", label: m.newEmail, type: "email", autocomplete: "email", maxLength: 320 },
        { name: "currentPassword", label: m.currentPassword, type: "password", autocomplete: "current-password" },
      ]}
      after={<BackLink />}
    />
  );
}

export function MyDataPage() {
  const m = settingsMessages.in(usePage().locale);
  return (
    <Layout title={m.dataTitle} narrow beforeContent={<AccountBreadcrumbs title={m.dataTitle} inAccount />}>
      <h1 class="kern-heading-x-large">{m.dataTitle}</h1>
      <p class="kern-body">{m.dataIntro}</p>
      <p class="kern-body">
        <a class="kern-link" href="/konto/meine-daten/export.json" download="meine-daten.json">
          {m.dataDownload}
        </a>
      </p>
      <BackLink />
    </Layout>
  );
}

function KeptList() {
  const m = settingsMessages.in(usePage().locale);
  return (
    <>
      <h2 class="kern-heading-medium">{m.keptHeading}</h2>
      <ul class="kern-list">
        <li>{m.kept1}</li>
        <li>{m.kept2}</li>
        <li>{m.kept3}</li>
        <li>{m.kept4}</li>
      </ul>
      <p class="kern-body">
        <a class="kern-link" href="/datenschutz">
          {m.privacyLink}
        </a>
      </p>
    </>
  );
}

export function DeleteAccountPage({ state }: { state: FormState }) {
  const m = settingsMessages.in(usePage().locale);
  return (
    <AccountFormPage
      inAccount
      title={m.deleteTitle}
      intro={
        <>
          <p class="kern-body">{m.deleteIntro}</p>
          <KeptList />
        </>
      }
      action="/konto/loeschen"
      state={state}
      submit={m.deleteSubmit}
      fields={[{ name: "password", label: m.deleteConfirm, type: "password", autocomplete: "current-password" }]}
      after={<BackLink />}
    />
  );
}

export function AccountDeletedPage() {
  const m = settingsMessages.in(usePage().locale);
  return (
    <Layout title={m.deletedTitle} narrow>
      <h1 class="kern-heading-x-large">{m.deletedTitle}</h1>
      <p class="kern-body">{m.deletedText}</p>
      <KeptList />
    </Layout>
  );
}
