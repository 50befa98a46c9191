// The Impressum: who runs this site and who answers for it (§ 5 DDG, § 18 MStV).
import { usePage } from "../../platform/html/index.ts";
import { ContactBlock, DemoNotice, Section, SitePageLayout } from "./page-parts.tsx";
import { legalNoticeMessages } from "./legal-notice-messages.ts";
import type { SiteOperator } from "./site-operator.ts";

export function LegalNoticePage({ operator }: { operator: SiteOperator }) {
  const { locale } = usePage();
  const m = legalNoticeMessages.in(locale);
  return (
    <SitePageLayout title={m.title}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <DemoNotice demo={operator.demo} />

      <Section id="anbieterin" heading={m.providerHeading}>
        <p class="kern-body">{m.providerText}</p>
        <ContactBlock body={operator.operator} />
      </Section>

      <Section id="rechtsform" heading={m.legalFormHeading}>
        <p class="kern-body">
          {m.legalForm(operator.operator.name)} {m.representedBy(operator.representativeName)}
        </p>
      </Section>

      <Section id="aufsicht" heading={m.supervisionHeading}>
        <ContactBlock body={operator.supervisoryAuthority} />
      </Section>

      {operator.vatId ? (
        <Section id="ust-id" heading={m.vatHeading}>
          <p class="kern-body">{m.vatText(operator.vatId)}</p>
        </Section>
      ) : null}

      <Section id="verantwortlich" heading={m.editorialHeading}>
        <p class="kern-body">{m.editorialText}</p>
        <ContactBlock body={operator.editorialContact} />
      </Section>

      <Section id="software" heading={m.softwareHeading}>
        <p class="kern-body">{m.softwareText}</p>
      </Section>

      <Section id="links" heading={m.linksHeading}>
        <p class="kern-body">{m.linksText}</p>
      </Section>

      <Section id="mehr" heading={m.moreHeading}>
        <ul class="kern-list">
          <li>
            <a class="kern-link" href="/datenschutz">
              {m.privacyLink}
            </a>
          </li>
          <li>
            <a class="kern-link" href="/barrierefreiheit">
              {m.accessibilityLink}
            </a>
          </li>
        </ul>
      </Section>
    </SitePageLayout>
  );
}
