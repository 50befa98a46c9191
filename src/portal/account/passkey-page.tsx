// "Passkeys" in "Mein Konto": the list with a remove button each, and the form to add one (needs JavaScript;
// shown by passkeys.js only where the browser can do WebAuthn, with a note for everyone else). Adding asks for
// the password, or for accounts without one a recent login: else the page offers to log in again first.
import { RECENT_LOGIN_MINUTES, type PasskeyConfirmation, type PasskeySummary } from "../../kernel/identity/index.ts";
import { CsrfField, Layout, NotificationBanner, TextField, assetVersion, usePage } from "../../platform/html/index.ts";
import { formatDate } from "../../platform/i18n/index.ts";
import { AccountBreadcrumbs } from "./account-form.tsx";
import { passkeyMessages } from "./passkey-messages.ts";

export type PasskeyNotice = "added" | "removed" | "not-found" | undefined;

export function PasskeyScripts() {
  return (
    <>
      <script src={`/assets/vendor/simplewebauthn-browser.js?v=${assetVersion}`} defer />
      <script src={`/assets/passkeys.js?v=${assetVersion}`} defer />
    </>
  );
}

const loginAgainHref = `/konto/anmelden?erneut&zurueck=${encodeURIComponent("/konto/passkeys")}`;

export function PasskeyPage({ passkeys, confirmation, notice }: { passkeys: PasskeySummary[]; confirmation: PasskeyConfirmation; notice: PasskeyNotice }) {
  const page = usePage();
  const m = passkeyMessages.in(page.locale);
  const when = (d: Date) => formatDate(d, page.locale, { dateStyle: "long", timeStyle: "short" });
  return (
    <Layout title={m.title} narrow beforeContent={<AccountBreadcrumbs title={m.title} inAccount />}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      {notice === "added" ? <NotificationBanner title={m.added} tone="success" /> : null}
      {notice === "removed" ? <NotificationBanner title={m.removed} tone="success" /> : null}
      {notice === "not-found" ? <NotificationBanner title={m.notFound} tone="warning" /> : null}
      <p class="kern-body">{m.intro}</p>
      <h2 class="kern-heading-medium">{m.listHeading}</h2>
      {passkeys.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <ul class="st-passkeys">
          {passkeys.map((p) => (
            <li class="st-passkeys__item">
              <p class="kern-body kern-body--bold">{p.name}</p>
              <p class="kern-body kern-body--small">
                {m.created(when(p.createdAt))} · {p.lastUsedAt ? m.lastUsed(when(p.lastUsedAt)) : m.neverUsed}
              </p>
              <form method="post" action={`/konto/passkeys/${p.id}/entfernen`}>
                <CsrfField />
                <button class="kern-btn kern-btn--secondary kern-btn--small" type="submit" aria-label={m.removeLabel(p.name)}>
                  <span class="kern-label">{m.remove}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <h2 class="kern-heading-medium">{m.addHeading}</h2>
      <p class="kern-body" data-passkey-unsupported>
        {m.needsScript}
      </p>
      {confirmation === "login-again" ? (
        <p class="kern-body" data-passkey-login-again>
          {m.loginAgain(RECENT_LOGIN_MINUTES)}{" "}
          <a class="kern-link" href={loginAgainHref}>
            {m.loginAgainLink}
          </a>
        </p>
      ) : (
        <form
          hidden
          data-passkey-register
          data-options-url="/konto/passkeys/optionen"
          data-verify-url="/konto/passkeys"
          data-csrf={page.csrfToken()}
          data-failed={m.failed}
          data-cancelled={m.cancelled}
          data-error-wrong-password={m.wrongPassword}
          data-error-login-again={m.loginAgain(RECENT_LOGIN_MINUTES)}
          data-error-session-ended={m.sessionEnded}
          data-login-again-href={loginAgainHref}
          data-login-again-label={m.loginAgainLink}
        >
          <TextField name="passkey-name" label={m.nameLabel} hint={m.nameHint} maxLength={100} optional autocomplete="off" />
          {confirmation === "password" ? (
            <TextField name="passkey-password" type="password" label={m.passwordLabel} hint={m.passwordHint} maxLength={1024} autocomplete="current-password" />
          ) : null}
          <p class="kern-body" role="alert" data-passkey-error hidden />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{m.add}</span>
          </button>
        </form>
      )}
      <p class="kern-body">
        <a class="kern-link" href="/konto">
          {m.backToAccount}
        </a>
      </p>
      <PasskeyScripts />
    </Layout>
  );
}
