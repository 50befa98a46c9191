// /konto/postkorb/<id>: one message with sender, date, case link and attachments, and the form that moves
// it into the archive or back (a POST with the CSRF token, so it works without JavaScript).
import type { AttachmentInfo, MailboxMessage } from "../../kernel/mailbox/index.ts";
import { Breadcrumbs, CsrfField, Layout, NotificationBanner, SummaryList, usePage, type SummaryRow } from "../../platform/html/index.ts";
import { formatDate, type Locale } from "../../platform/i18n/index.ts";
import { MessageBody } from "./postkorb-body.tsx";
import { listHref, senderName } from "./postkorb-list-page.tsx";
import { postkorbMessages } from "./postkorb-messages.ts";

export type PostkorbNotice = "archived" | "unarchived";

const dateTime: Intl.DateTimeFormatOptions = { dateStyle: "long", timeStyle: "short" };

function fileSize(bytes: number, locale: Locale): string {
  const number = (n: number) => new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} KB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}

/** "application/pdf" reads as "PDF": people know file types by their short name. */
function fileType(contentType: string): string {
  const sub = contentType.split(";")[0]!.split("/")[1] ?? contentType;
  return sub.replace(/^vnd\.[^.]+\./, "").toUpperCase();
}

function Attachments({ attachments }: { attachments: AttachmentInfo[] }) {
  const { locale } = usePage();
  const m = postkorbMessages.in(locale);
  return (
    <section aria-labelledby="anhaenge">
      <h2 class="kern-heading-medium" id="anhaenge">
        {m.attachments}
      </h2>
      <ul class="kern-list">
        {attachments.map((a) => (
          <li>{m.attachment(a.fileName, fileType(a.contentType), fileSize(a.sizeBytes, locale))}</li>
        ))}
      </ul>
      <p class="kern-body st-muted">{m.attachmentsLater}</p>
    </section>
  );
}

export function PostkorbMessagePage({ message, notice }: { message: MailboxMessage; notice: PostkorbNotice | undefined }) {
  const { locale } = usePage();
  const m = postkorbMessages.in(locale);
  const archived = message.state === "archived";
  const box = archived ? "archive" : "inbox";
  const rows: SummaryRow[] = [
    { key: m.sender, value: senderName(message.sender, locale) },
    { key: m.received, value: formatDate(message.createdAt, locale, dateTime) },
    ...(message.caseRef && message.caseUrl
      ? [
          {
            key: m.caseRef,
            value: (
              <a class="kern-link" href={message.caseUrl}>
                {message.caseRef}
              </a>
            ),
          },
        ]
      : []),
    { key: m.state, value: archived ? m.stateArchived : m.stateRead },
  ];
  return (
    <Layout
      title={message.subject}
      narrow
      beforeContent={
        <Breadcrumbs
          items={[{ href: "/", label: m.home }, { href: "/konto", label: m.account }, { href: listHref(box), label: m.title }, { label: message.subject }]}
        />
      }
    >
      {notice ? <NotificationBanner title={notice === "archived" ? m.archived : m.unarchived} tone="success" /> : null}
      <h1 class="kern-heading-x-large">{message.subject}</h1>
      <SummaryList rows={rows} />
      <section aria-labelledby="nachricht">
        <h2 class="kern-heading-medium" id="nachricht">
          {m.messageHeading}
        </h2>
        <MessageBody body={message.body} />
      </section>
      {message.attachments.length > 0 ? <Attachments attachments={message.attachments} /> : null}
      <form method="post" action={`/konto/postkorb/${message.id}/${archived ? "zurueckholen" : "archivieren"}`} class="st-message-actions">
        <CsrfField />
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{archived ? m.unarchive : m.archive}</span>
        </button>
      </form>
      <p class="kern-body">
        <a class="kern-link" href={listHref(box)}>
          {archived ? m.backToArchive : m.backToInbox}
        </a>
      </p>
    </Layout>
  );
}
