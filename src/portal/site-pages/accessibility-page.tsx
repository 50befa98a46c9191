// The accessibility statement (Erklärung zur Barrierefreiheit) with its feedback form and enforcement procedure.
import { ErrorSummary, usePage } from "../../platform/html/index.ts";
import { formatDate } from "../../platform/i18n/index.ts";
import { accessibilityMessages } from "./accessibility-messages.ts";
import { feedbackMessages } from "./feedback-messages.ts";
import { FeedbackForm, type FeedbackFormState } from "./feedback-form.tsx";
import { accessibilityStatementDates } from "./legal-text-dates.ts";
import { ContactBlock, DemoNotice, Section, SitePageLayout } from "./page-parts.tsx";
import { bavarianAuthorities, type SiteOperator } from "./site-operator.ts";
import { ANSWER_PERIOD_WEEKS } from "./submit-accessibility-feedback.ts";

export function AccessibilityPage({ operator, form }: { operator: SiteOperator; form: FeedbackFormState }) {
  const { locale } = usePage();
  const m = accessibilityMessages.in(locale);
  const f = feedbackMessages.in(locale);
  const hasErrors = Object.keys(form.errors).length > 0;
  return (
    <SitePageLayout title={m.title} documentTitle={hasErrors ? f.errorTitle(m.title) : m.title}>
      <ErrorSummary errors={form.errors} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.intro(operator.operator.name)}</p>
      <DemoNotice demo={operator.demo} />

      <Section id="geltungsbereich" heading={m.scopeHeading}>
        <p class="kern-body">{m.scopeText}</p>
      </Section>

      <Section id="stand" heading={m.statusHeading}>
        <p class="kern-body">{m.statusText}</p>
      </Section>

      <Section id="nicht-barrierefrei" heading={m.gapsHeading}>
        <p class="kern-body">{m.gapsText}</p>
        <ul class="kern-list kern-list--bullet">
          {Object.values(m.gaps).map((gap) => (
            <li>{gap}</li>
          ))}
        </ul>
      </Section>

      <Section id="erstellung" heading={m.methodHeading}>
        <p class="kern-body">
          {m.created(formatDate(accessibilityStatementDates.created, locale))} {m.reviewed(formatDate(accessibilityStatementDates.lastReviewed, locale))}
        </p>
        <p class="kern-body">{m.methodText}</p>
        <ul class="kern-list kern-list--bullet">
          {Object.values(m.methods).map((method) => (
            <li>{method}</li>
          ))}
        </ul>
      </Section>

      <Section id="feedback" heading={m.feedbackHeading}>
        <p class="kern-body">{m.feedbackText}</p>
        <ContactBlock body={operator.accessibilityContact} />
        <p class="kern-body">{m.answerPeriod(ANSWER_PERIOD_WEEKS)}</p>
        <h3 class="kern-heading-small" id="rueckmeldung">
          {f.formHeading}
        </h3>
        <p class="kern-body">{f.formIntro}</p>
        <FeedbackForm state={form} />
      </Section>

      <Section id="durchsetzung" heading={m.enforcementHeading}>
        <p class="kern-body">{m.enforcementText(ANSWER_PERIOD_WEEKS)}</p>
        <ContactBlock body={bavarianAuthorities.accessibilityEnforcement} />
      </Section>
    </SitePageLayout>
  );
}
