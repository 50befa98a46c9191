// /konto/postkorb: the account's messages, newest first, in the inbox or the archive, a page at a time.
import type { MailboxBox, MessageListItem, MessagePage, SenderName } from "../../kernel/mailbox/index.ts";
import { Breadcrumbs, Layout, Pagination, StatusTag, usePage } from "../../platform/html/index.ts";
import { formatDate, type Locale } from "../../platform/i18n/index.ts";
import { postkorbMessages } from "./postkorb-messages.ts";

const boxes: MailboxBox[] = ["inbox", "archive"];
const dateTime: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };

export function senderName(sender: SenderName, locale: Locale): string {
  return (locale === "en" ? sender.en : undefined) ?? sender.de;
}

/** The list's address; the inbox's first page is plain /konto/postkorb. */
export function listHref(box: MailboxBox, page = 1): string {
  const query = new URLSearchParams();
  if (box === "archive") query.set("ansicht", "archiv");
  if (page > 1) query.set("seite", String(page));
  const q = query.toString();
  return q ? `/konto/postkorb?${q}` : "/konto/postkorb";
}

function MessageState({ item }: { item: MessageListItem }) {
  const m = postkorbMessages.in(usePage().locale);
  if (item.state === "unread") return <StatusTag label={m.stateNew} tone="info" />;
  return <span class="st-muted">{item.state === "archived" ? m.stateArchived : m.stateRead}</span>;
}

export function PostkorbListPage({ box, list }: { box: MailboxBox; list: MessagePage }) {
  const { locale } = usePage();
  const m = postkorbMessages.in(locale);
  const boxName = m.box[box]!;
  return (
    <Layout
      title={list.page > 1 ? `${m.title}: ${boxName} – ${list.page}` : `${m.title}: ${boxName}`}
      beforeContent={<Breadcrumbs items={[{ href: "/", label: m.home }, { href: "/konto", label: m.account }, { label: m.title }]} />}
    >
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <nav class="st-box-switch" aria-label={m.boxNav}>
        <ul>
          {boxes.map((b) => (
            <li>
              <a class="kern-link" href={listHref(b)} aria-current={b === box ? "page" : undefined}>
                {m.box[b]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {list.items.length === 0 ? (
        <p class="kern-body">{box === "archive" ? m.emptyArchive : m.emptyInbox}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <caption class="kern-title">{m.caption(boxName, list.total)}</caption>
            <thead>
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">{m.columnState}</th>
                <th class="kern-table__header" scope="col">{m.columnSubject}</th>
                <th class="kern-table__header" scope="col">{m.columnSender}</th>
                <th class="kern-table__header" scope="col">{m.columnReceived}</th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {list.items.map((item) => (
                <tr class="kern-table__row" data-message={item.id}>
                  <td class="kern-table__cell">
                    <MessageState item={item} />
                  </td>
                  <td class="kern-table__cell">
                    <a class="kern-link" href={`/konto/postkorb/${item.id}`}>
                      {item.state === "unread" ? <strong>{item.subject}</strong> : item.subject}
                    </a>
                  </td>
                  <td class="kern-table__cell">{senderName(item.sender, locale)}</td>
                  <td class="kern-table__cell">{formatDate(item.createdAt, locale, dateTime)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={list.page} pages={list.pages} hrefFor={(p) => listHref(box, p)} />
    </Layout>
  );
}
