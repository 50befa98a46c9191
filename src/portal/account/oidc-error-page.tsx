// The page a failed login through an external provider ends on: what happened, in plain words, and the way back.
import type { OidcAudience, OidcFlowFailure, OidcLoginFailure } from "../../kernel/identity/index.ts";
import { Layout, usePage } from "../../platform/html/index.ts";
import { AccountBreadcrumbs } from "./account-form.tsx";
import { oidcMessages } from "./oidc-messages.ts";

export type OidcErrorReason = OidcFlowFailure | OidcLoginFailure;

export function OidcErrorPage({ reason, loginHref, audience }: { reason: OidcErrorReason; loginHref: string; audience: OidcAudience }) {
  const m = oidcMessages.in(usePage().locale);
  const text: Record<OidcErrorReason, string> = {
    unavailable: m.unavailable,
    "invalid-response": m.invalidResponse,
    "state-mismatch": m.stateMismatch,
    expired: m.expired,
    denied: m.denied,
    "no-email": m.noEmail,
    "email-taken": m.emailTaken,
    "no-staff-account": m.noStaffAccount,
    "wrong-account-kind": m.wrongAccountKind,
  };
  return (
    <Layout title={m.errorTitle} narrow beforeContent={audience === "citizen" ? <AccountBreadcrumbs title={m.errorTitle} /> : undefined}>
      <h1 class="kern-heading-x-large">{m.errorTitle}</h1>
      <p class="kern-body">{text[reason]}</p>
      <p class="kern-body">
        <a class="kern-link" href={loginHref}>
          {m.backToLogin}
        </a>
      </p>
    </Layout>
  );
}
