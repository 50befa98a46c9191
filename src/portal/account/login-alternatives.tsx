// Other ways to log in, below the password form: the external provider (BundID; only when configured) as a
// plain link that works without JavaScript, and the passkey button, hidden until passkeys.js finds WebAuthn.
import { usePage } from "../../platform/html/index.ts";
import { citizenOidcLabel } from "./oidc-login-label.ts";
import { oidcMessages } from "./oidc-messages.ts";
import { passkeyMessages } from "./passkey-messages.ts";
import { PasskeyScripts } from "./passkey-page.tsx";

export function LoginAlternatives({ returnTo }: { returnTo: string }) {
  const page = usePage();
  const m = oidcMessages.in(page.locale);
  const p = passkeyMessages.in(page.locale);
  const oidcLabel = citizenOidcLabel();
  const query = returnTo === "/konto" ? "" : `?zurueck=${encodeURIComponent(returnTo)}`;
  return (
    // Without a provider the section holds only the passkey button: then it stays hidden until the script shows it.
    <section class="st-login-alternatives" aria-labelledby="andere-wege" hidden={!oidcLabel} data-passkey-reveal>
      <h2 class="kern-heading-medium" id="andere-wege">
        {m.alternativesHeading}
      </h2>
      {oidcLabel ? (
        <p class="kern-body">
          <a class="kern-btn kern-btn--secondary" href={`/konto/anmelden/oidc${query}`}>
            <span class="kern-label">{oidcLabel}</span>
          </a>
        </p>
      ) : null}
      <div hidden data-passkey-login data-options-url="/konto/anmelden/passkey/optionen" data-verify-url="/konto/anmelden/passkey" data-return-to={returnTo} data-csrf={page.csrfToken()} data-failed={p.failed} data-cancelled={p.cancelled}>
        <p class="kern-body">
          <button class="kern-btn kern-btn--secondary" type="button">
            <span class="kern-label">{p.loginButton}</span>
          </button>
        </p>
        <p class="kern-body" role="alert" data-passkey-error hidden />
      </div>
      <PasskeyScripts />
    </section>
  );
}
