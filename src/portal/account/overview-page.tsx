// "Mein Konto": greeting, the banner for an unconfirmed address, links to every setting and to the Postkorb,
// and "überall abmelden".
import type { CitizenProfile } from "../../kernel/identity/index.ts";
import { CsrfField, Layout, NotificationBanner, usePage } from "../../platform/html/index.ts";
import { AccountBreadcrumbs } from "./account-form.tsx";
import { settingsMessages } from "./settings-messages.ts";
import { caseMessages } from "../cases/messages.ts";

export type OverviewNotice = "saved" | "passwordChanged" | "emailChangeSent" | "emailChanged" | "resent";

function LinkList({ links }: { links: Array<[string, string]> }) {
  return (
    <ul class="kern-list">
      {links.map(([href, label]) => (
        <li>
          <a class="kern-link" href={href}>
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function OverviewPage({ profile, notice }: { profile: CitizenProfile; notice: OverviewNotice | undefined }) {
  const m = settingsMessages.in(usePage().locale);
  return (
    <Layout title={m.overviewTitle} narrow beforeContent={<AccountBreadcrumbs title={m.overviewTitle} />}>
      {notice ? <NotificationBanner title={m[notice]} tone="success" /> : null}
      <h1 class="kern-heading-x-large">{m.greeting(profile.displayName)}</h1>
      {profile.emailConfirmed ? null : (
        <NotificationBanner title={m.unconfirmedTitle} tone="warning">
          <p>{m.unconfirmedText(profile.email)}</p>
          <form method="post" action="/konto/bestaetigung-senden">
            <CsrfField />
            <button class="kern-btn kern-btn--secondary" type="submit">
              <span class="kern-label">{m.resend}</span>
            </button>
          </form>
        </NotificationBanner>
      )}
      <h2 class="kern-heading-medium">{m.sectionServices}</h2>
      <LinkList links={[["/konto/vorgaenge", caseMessages.in(usePage().locale).listTitle], ["/konto/postkorb", m.postkorbLink]]} />
      <h2 class="kern-heading-medium">{m.sectionSettings}</h2>
      <LinkList
        links={[
          ["/konto/profil", m.profileLink],
          ["/konto/passwort", m.passwordLink],
          ["/konto/e-mail", m.emailLink],
          ["/konto/meine-daten", m.dataLink],
          ["/konto/loeschen", m.deleteLink],
        ]}
      />
      <h2 class="kern-heading-medium">{m.sectionSecurity}</h2>
      <p class="kern-body">{m.everywhereText}</p>
      <form method="post" action="/konto/ueberall-abmelden">
        <CsrfField />
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{m.everywhereSubmit}</span>
        </button>
      </form>
    </Layout>
  );
}
