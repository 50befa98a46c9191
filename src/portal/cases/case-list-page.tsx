// /konto/vorgaenge: every case of the logged-in citizen across all kinds, newest first, with its state in
// plain language and what happens next, a page at a time.
import type { CaseSummary } from "../../kernel/cases/index.ts";
import { Breadcrumbs, Layout, Pagination, StatusTag, usePage } from "../../platform/html/index.ts";
import { formatDate } from "../../platform/i18n/index.ts";
import { citizenState, kindLabel } from "./case-texts.ts";
import { caseMessages } from "./messages.ts";

export const CASES_PER_PAGE = 20;

export interface CaseListProps {
  items: CaseSummary[];
  total: number;
  page: number;
}

export function listHref(page: number): string {
  return page > 1 ? `/konto/vorgaenge?seite=${page}` : "/konto/vorgaenge";
}

export function CaseListPage({ items, total, page }: CaseListProps) {
  const { locale } = usePage();
  const m = caseMessages.in(locale);
  const pages = Math.max(1, Math.ceil(total / CASES_PER_PAGE));
  return (
    <Layout
      title={page > 1 ? `${m.listTitle} – ${page}` : m.listTitle}
      beforeContent={<Breadcrumbs items={[{ href: "/", label: m.home }, { href: "/konto", label: m.account }, { label: m.listTitle }]} />}
    >
      <h1 class="kern-heading-x-large">{m.listTitle}</h1>
      <p class="kern-body">{m.listLead}</p>
      {items.length === 0 ? (
        <>
          <p class="kern-body">{m.listEmpty}</p>
          <p class="kern-body">
            <a class="kern-link" href="/anfrage/neu">
              {m.listEmptyAction}
            </a>
          </p>
        </>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <caption class="kern-title">{m.caption(total)}</caption>
            <thead>
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">{m.columnCase}</th>
                <th class="kern-table__header" scope="col">{m.columnState}</th>
                <th class="kern-table__header" scope="col">{m.columnNext}</th>
                <th class="kern-table__header" scope="col">{m.columnOpened}</th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {items.map((c) => {
                const state = citizenState(c.kind, c.state, locale);
                return (
                  <tr class="kern-table__row" data-case={c.reference}>
                    <td class="kern-table__cell">
                      <a class="kern-link" href={`/konto/vorgaenge/${c.reference}`}>
                        {c.title}
                      </a>
                      <br />
                      <span class="st-muted">
                        {kindLabel(c.kind, locale)} · {c.reference}
                      </span>
                    </td>
                    <td class="kern-table__cell">
                      <StatusTag label={state.label} tone={state.tone} />
                    </td>
                    <td class="kern-table__cell">{state.nextStep ?? ""}</td>
                    <td class="kern-table__cell">{formatDate(c.openedAt, locale, { dateStyle: "medium" })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pages={pages} hrefFor={listHref} />
    </Layout>
  );
}
