// The page after sending accessibility feedback: the reference number to keep and what happens next.
import { Breadcrumbs, ConfirmationPanel, Layout, usePage } from "../../platform/html/index.ts";
import { accessibilityMessages } from "./accessibility-messages.ts";
import { feedbackMessages } from "./feedback-messages.ts";
import { sitePageMessages } from "./messages.ts";
import type { FeedbackConfirmation } from "./queries.ts";
import { ANSWER_PERIOD_WEEKS } from "./submit-accessibility-feedback.ts";

export function FeedbackConfirmationPage({ confirmation }: { confirmation: FeedbackConfirmation }) {
  const { locale } = usePage();
  const f = feedbackMessages.in(locale);
  const a = accessibilityMessages.in(locale);
  const common = sitePageMessages.in(locale);
  return (
    <Layout
      title={f.confirmationTitle}
      narrow
      beforeContent={<Breadcrumbs items={[{ href: "/", label: common.home }, { href: "/barrierefreiheit", label: a.title }, { label: f.confirmationTitle }]} />}
    >
      <ConfirmationPanel title={f.confirmationTitle} reference={f.referenceLabel(confirmation.reference)}>
        {/* No kern-body here: it would paint dark text on the panel's green. */}
        <p>{f.keepReference}</p>
      </ConfirmationPanel>
      <h2 class="kern-heading-medium">{f.nextHeading}</h2>
      <p class="kern-body">{confirmation.answerWanted ? f.nextAnswer(ANSWER_PERIOD_WEEKS) : f.nextNoAnswer}</p>
      {confirmation.answerWanted ? (
        <p class="kern-body">
          {f.enforcementHint(ANSWER_PERIOD_WEEKS)}{" "}
          <a class="kern-link" href="/barrierefreiheit#durchsetzung">
            {f.enforcementLink}
          </a>
        </p>
      ) : null}
      <p>
        <a class="kern-link" href="/barrierefreiheit">
          {f.backToStatement}
        </a>
      </p>
    </Layout>
  );
}
