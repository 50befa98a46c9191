// The confirmation step before an administrator resets a staff member's second factor: what the reset does,
// a warning to make sure the request is genuine, and the button that does it (a plain form, no JavaScript).
import type { StaffActor, StaffMember } from "../kernel/identity/index.ts";
import { CsrfField, NotificationBanner, usePage } from "../platform/html/index.ts";
import { BackofficeLayout } from "./backoffice-layout.tsx";
import { staffMessages } from "./staff-messages.ts";

export const secondFactorPath = (accountId: string) => `/verwaltung/mitarbeitende/${accountId}/zweiter-faktor`;

export function ResetSecondFactorPage({ actor, member }: { actor: StaffActor; member: StaffMember }) {
  const m = staffMessages.in(usePage().locale);
  const name = member.displayName;
  return (
    <BackofficeLayout actor={actor} title={`${m.resetTitle}: ${name}`} narrow>
      <h1 class="kern-heading-x-large">{m.resetTitle}</h1>
      <p class="kern-body">
        <strong>{name}</strong> ({member.email})
      </p>
      <p class="kern-body">{m.resetLead(name)}</p>
      <ul class="kern-list">
        <li>{m.resetEffectCodes(name)}</li>
        <li>{m.resetEffectLogout(name)}</li>
        <li>{m.resetEffectEnrol(name)}</li>
        <li>{m.resetEffectMail(name)}</li>
      </ul>
      <NotificationBanner title={m.resetWarning} tone="warning" />
      <form method="post" action={secondFactorPath(member.id)} class="st-secondary-action">
        <CsrfField />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{m.resetSubmit}</span>
        </button>
      </form>
      <p class="st-secondary-action">
        <a class="kern-link" href={`/verwaltung/mitarbeitende/${member.id}`}>
          {m.resetCancel}
        </a>
      </p>
    </BackofficeLayout>
  );
}
