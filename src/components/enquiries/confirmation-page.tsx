// The page after sending an enquiry: the reference number to keep, who has it now and what happens next.
// People without an account also see their secret link here (it is in their e-mail as well).
import { Breadcrumbs, ConfirmationPanel, Layout, usePage } from "../../platform/html/index.ts";
import { enquiryMessages } from "./messages.ts";

export interface EnquiryConfirmation {
  reference: string;
  departmentName: string;
  /** Absolute secret link for a case without account; undefined for a citizen's own case. */
  accessUrl?: string | undefined;
}

export function EnquiryConfirmationPage({ confirmation }: { confirmation: EnquiryConfirmation }) {
  const m = enquiryMessages.in(usePage().locale);
  const { reference, departmentName, accessUrl } = confirmation;
  return (
    <Layout title={m.confirmationTitle} narrow beforeContent={<Breadcrumbs items={[{ href: "/", label: m.home }, { href: "/anfrage/neu", label: m.title }, { label: m.confirmationTitle }]} />}>
      <ConfirmationPanel title={m.confirmationTitle} reference={m.referenceLabel(reference)}>
        {/* No kern-body here: it would paint dark text on the panel's green. */}
        <p>{m.keepReference}</p>
      </ConfirmationPanel>
      <h2 class="kern-heading-medium">{m.nextHeading}</h2>
      <p class="kern-body">{m.nextText(departmentName)}</p>
      {accessUrl ? (
        <section aria-labelledby="persoenlicher-link">
          <h2 class="kern-heading-medium" id="persoenlicher-link">
            {m.linkHeading}
          </h2>
          <p class="kern-body">{m.linkText}</p>
          <p class="kern-body st-message-body">
            <a class="kern-link" href={accessUrl} data-access-link>
              {accessUrl}
            </a>
          </p>
          <p class="kern-body">{m.linkWarning}</p>
        </section>
      ) : (
        <>
          <p class="kern-body">{m.accountNext}</p>
          <p class="kern-body">
            <a class="kern-link" href={`/konto/vorgaenge/${reference}`}>
              {m.accountLink}
            </a>
          </p>
        </>
      )}
      <p class="kern-body">
        <a class="kern-link" href="/anfrage/neu">
          {m.another}
        </a>
      </p>
    </Layout>
  );
}
