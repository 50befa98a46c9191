// /verwaltung: who is logged in, which roles they hold, and the areas they may open.
import type { CatalogueSnapshot } from "../kernel/catalogue/index.ts";
import type { StaffActor } from "../kernel/identity/index.ts";
import { usePage } from "../platform/html/index.ts";
import { BackofficeLayout, staffAreas } from "./backoffice-layout.tsx";
import { roleLabel } from "./role-label.tsx";
import { shellMessages } from "./shell-messages.ts";

export function OverviewPage({ actor, catalogue }: { actor: StaffActor; catalogue: CatalogueSnapshot }) {
  const { locale } = usePage();
  const m = shellMessages.in(locale);
  const areas = staffAreas(actor);
  return (
    <BackofficeLayout actor={actor} title={m.overviewTitle}>
      <h1 class="kern-heading-x-large">{m.overviewTitle}</h1>
      <p class="kern-body kern-body--large">{m.welcome(actor.displayName)}</p>
      <h2 class="kern-heading-medium">{m.yourRoles}</h2>
      {actor.roles.length === 0 ? (
        <p class="kern-body">{m.noRoles}</p>
      ) : (
        <ul class="kern-list">
          {actor.roles.map((g) => (
            <li>{roleLabel(g, locale, catalogue)}</li>
          ))}
        </ul>
      )}
      <h2 class="kern-heading-medium">{m.whatYouCanDo}</h2>
      <ul class="kern-list">
        {areas.staff ? (
          <li>
            <a class="kern-link" href="/verwaltung/mitarbeitende">
              {m.staff}
            </a>
            : {m.staffLead}
          </li>
        ) : null}
        {areas.audit ? (
          <li>
            <a class="kern-link" href="/verwaltung/protokoll">
              {m.auditLog}
            </a>
            : {m.auditLead}
          </li>
        ) : null}
        <li>
          <a class="kern-link" href="/verwaltung/wiederherstellungscodes">
            {m.recoveryCodes}
          </a>
          : {m.recoveryLead}
        </li>
      </ul>
      <p class="kern-body st-muted">{m.casesSoon}</p>
    </BackofficeLayout>
  );
}
