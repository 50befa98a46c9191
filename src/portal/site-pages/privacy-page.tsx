// The privacy notice (Art. 13 GDPR): controller, data protection officer, cookies, logs, purposes, rights.
import { sessionPolicies } from "../../kernel/identity/index.ts";
import { usePage } from "../../platform/html/index.ts";
import { formatDate } from "../../platform/i18n/index.ts";
import { ContactBlock, DemoNotice, Section, SitePageLayout } from "./page-parts.tsx";
import { privacyNoticeUpdated } from "./legal-text-dates.ts";
import { privacyMessages } from "./privacy-messages.ts";
import { RetentionSection } from "./privacy-retention-section.tsx";
import { privacyRightsMessages } from "./privacy-rights-messages.ts";
import { bavarianAuthorities, type SiteOperator } from "./site-operator.ts";
import { USAGE_RETENTION_DAYS } from "../usage/index.ts";

export function PrivacyPage({ operator }: { operator: SiteOperator }) {
  const { locale } = usePage();
  const m = privacyMessages.in(locale);
  const r = privacyRightsMessages.in(locale);
  return (
    <SitePageLayout title={m.title}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <DemoNotice demo={operator.demo} />

      <Section id="kurz" heading={m.summaryHeading}>
        <ul class="kern-list kern-list--bullet">
          {Object.values(m.summary).map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      </Section>

      <Section id="verantwortlich" heading={m.controllerHeading}>
        <p class="kern-body">{m.controllerText}</p>
        <ContactBlock body={operator.operator} />
      </Section>

      <Section id="datenschutzbeauftragter" heading={m.dpoHeading}>
        <p class="kern-body">{m.dpoText}</p>
        <ContactBlock body={operator.dataProtectionOfficer} />
      </Section>

      <Section id="cookies" heading={m.cookiesHeading}>
        <p class="kern-body">{m.cookiesText}</p>
        <div class="kern-table-responsive">
          <table class="kern-table">
            <caption class="kern-title">{m.cookieTableCaption}</caption>
            <thead class="kern-table__head">
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  {m.cookieName}
                </th>
                <th class="kern-table__header" scope="col">
                  {m.cookiePurpose}
                </th>
                <th class="kern-table__header" scope="col">
                  {m.cookieLifetime}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {[
                ["lang", m.langPurpose, m.langLifetime],
                ["csrf", m.csrfPurpose, m.csrfLifetime],
              ].map(([name, purpose, lifetime]) => (
                <tr class="kern-table__row">
                  <th class="kern-table__header" scope="row">
                    <code>{name}</code>
                  </th>
                  <td class="kern-table__cell">{purpose}</td>
                  <td class="kern-table__cell">{lifetime}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="kern-body">
          {m.sessionCookieNote({ idleMinutes: sessionPolicies.citizen.idleMinutes, citizenHours: sessionPolicies.citizen.absoluteHours, staffHours: sessionPolicies.staff.absoluteHours })}
        </p>
      </Section>

      <Section id="protokolle" heading={m.logsHeading}>
        <p class="kern-body">{m.logsText}</p>
        <p class="kern-body">{m.logsPurpose}</p>
        <p class="kern-body">{m.logsRetention(operator.retention.serverLogDays)}</p>
        <p class="kern-body">{m.rateLimitText}</p>
      </Section>

      <Section id="zaehlung" heading={m.usageHeading}>
        <p class="kern-body">{m.usageText(USAGE_RETENTION_DAYS)}</p>
      </Section>

      <Section id="vorgaenge" heading={m.casesHeading}>
        <p class="kern-body">{m.casesText}</p>
        <p class="kern-body">{m.casesRetention}</p>
      </Section>

      <Section id="rueckmeldungen" heading={m.feedbackHeading}>
        <p class="kern-body">{m.feedbackText}</p>
        <p class="kern-body">{m.feedbackRetention(operator.retention.accessibilityFeedbackYears)}</p>
      </Section>

      <Section id="keine-dritten" heading={m.noThirdPartyHeading}>
        <p class="kern-body">{m.noThirdPartyText}</p>
      </Section>

      <RetentionSection operator={operator} />

      <Section id="rechtsgrundlagen" heading={r.basisHeading}>
        <p class="kern-body">{r.basisText}</p>
      </Section>

      <Section id="empfaenger" heading={r.recipientsHeading}>
        <p class="kern-body">{r.recipientsText}</p>
      </Section>

      <Section id="freiwillig" heading={r.voluntaryHeading}>
        <p class="kern-body">{r.voluntaryText}</p>
      </Section>

      <Section id="automatisiert" heading={r.automatedHeading}>
        <p class="kern-body">{r.automatedText}</p>
      </Section>

      <Section id="rechte" heading={r.rightsHeading}>
        <p class="kern-body">{r.rightsText}</p>
        <ul class="kern-list kern-list--bullet">
          {Object.values(r.rights).map((right) => (
            <li>{right}</li>
          ))}
        </ul>
        <p class="kern-body">{r.rightsContact}</p>
      </Section>

      <Section id="beschwerde" heading={r.complaintHeading}>
        <p class="kern-body">{r.complaintText}</p>
        <ContactBlock body={bavarianAuthorities.dataProtectionPublic} />
        <p class="kern-body">{r.complaintPrivateText}</p>
        <ContactBlock body={bavarianAuthorities.dataProtectionPrivate} />
      </Section>

      <Section id="stand" heading={r.updatedHeading}>
        <p class="kern-body">{r.updated(formatDate(privacyNoticeUpdated, locale))}</p>
      </Section>
    </SitePageLayout>
  );
}
