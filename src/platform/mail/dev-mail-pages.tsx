// The dev mail viewer's pages: the outbox as a list, and one mail. Bodies are shown as text only: an
// HTML body is untrusted markup, so it appears as escaped source and the strict CSP stays untouched.
import { Breadcrumbs, Layout, StatusTag, SummaryList, usePage, type Tone } from "../html/index.ts";
import { formatDate } from "../i18n/index.ts";
import { mailMessages } from "./messages.ts";
import type { OutboxListItem, OutboxMail } from "./outbox-queries.ts";
import type { OutboxState } from "./tables.ts";

const tones: Record<OutboxState, Tone> = { queued: "info", sent: "success", failed: "danger", captured: "warning" };
const dateTime: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "medium" };

function MailState({ state }: { state: OutboxState }) {
  const m = mailMessages.in(usePage().locale);
  return <StatusTag label={m.state[state] ?? state} tone={tones[state]} />;
}

export function OutboxPage({ mails, limit }: { mails: OutboxListItem[]; limit: number }) {
  const { locale } = usePage();
  const m = mailMessages.in(locale);
  return (
    <Layout title={m.listTitle}>
      <h1 class="kern-heading-x-large">{m.listTitle}</h1>
      <p class="kern-body">{m.listLead}</p>
      {mails.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <thead>
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">{m.columnCreated}</th>
                <th class="kern-table__header" scope="col">{m.columnRecipient}</th>
                <th class="kern-table__header" scope="col">{m.columnSubject}</th>
                <th class="kern-table__header" scope="col">{m.columnState}</th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {mails.map((mail) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">{formatDate(mail.createdAt, locale, dateTime)}</td>
                  <td class="kern-table__cell">{mail.recipient}</td>
                  <td class="kern-table__cell">
                    <a class="kern-link" href={`/dev/mail/${mail.id}`}>
                      {mail.subject}
                    </a>
                  </td>
                  <td class="kern-table__cell">
                    <MailState state={mail.state} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mails.length >= limit ? <p class="kern-body st-muted">{m.listLimited(limit)}</p> : null}
    </Layout>
  );
}

export function OutboxMailPage({ mail }: { mail: OutboxMail }) {
  const { locale } = usePage();
  const m = mailMessages.in(locale);
  const rows = [
    { key: m.recipient, value: mail.recipient },
    { key: m.subject, value: mail.subject },
    { key: m.stateLabel, value: <MailState state={mail.state} /> },
    { key: m.created, value: formatDate(mail.createdAt, locale, dateTime) },
    ...(mail.sentAt ? [{ key: m.sentAt, value: formatDate(mail.sentAt, locale, dateTime) }] : []),
    { key: m.attempts, value: String(mail.attempts) },
    ...(mail.lastError ? [{ key: m.lastError, value: mail.lastError }] : []),
  ];
  return (
    <Layout title={m.mailTitle(mail.subject)} beforeContent={<Breadcrumbs items={[{ href: "/dev/mail", label: m.listTitle }, { label: mail.subject }]} />}>
      <h1 class="kern-heading-x-large">{mail.subject}</h1>
      <SummaryList rows={rows} />
      <h2 class="kern-heading-medium">{m.textHeading}</h2>
      <pre class="st-mail-body" data-part="text">
        {mail.textBody}
      </pre>
      {mail.htmlBody !== null ? (
        <details>
          <summary>{m.htmlHeading}</summary>
          <p class="kern-body st-muted">{m.htmlHint}</p>
          <pre class="st-mail-body" data-part="html">
            {mail.htmlBody}
          </pre>
        </details>
      ) : null}
      <p>
        <a class="kern-link" href="/dev/mail">
          {m.backToList}
        </a>
      </p>
    </Layout>
  );
}
