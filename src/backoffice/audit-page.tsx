// The audit log page: a GET filter form, the result count, a table of entries and page links.
import type { AuditEntry } from "../kernel/audit/index.ts";
import type { StaffActor } from "../kernel/identity/index.ts";
import { formatDate } from "../platform/i18n/index.ts";
import { ErrorSummary, Pagination, TextField, usePage, type FieldErrors } from "../platform/html/index.ts";
import { auditMessages } from "./audit-messages.ts";
import { BackofficeLayout } from "./backoffice-layout.tsx";

export interface AuditFilters {
  aktion: string;
  person: string;
  gegenstand: string;
  von: string;
  bis: string;
}

interface AuditPageProps {
  actor: StaffActor;
  filters: AuditFilters;
  errors: FieldErrors;
  entries: AuditEntry[];
  total: number;
  page: number;
  pages: number;
  labels: Map<string, { displayName: string; email: string }>;
}

function hrefFor(filters: AuditFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (typeof v === "string" && v !== "" && k !== "seite") params.set(k, v);
  params.set("seite", String(page));
  return `/verwaltung/protokoll?${params.toString()}`;
}

export function AuditPage({ actor, filters, errors, entries, total, page, pages, labels }: AuditPageProps) {
  const { locale } = usePage();
  const m = auditMessages.in(locale);
  const who = (e: AuditEntry) => {
    const label = e.actorId ? labels.get(e.actorId) : undefined;
    const kind = m.kind[e.actorKind] ?? e.actorKind;
    return label ? `${label.displayName} (${label.email})` : e.actorId ? `${kind}: ${e.actorId}` : kind;
  };
  const subject = (e: AuditEntry) => {
    if (!e.subjectType) return "–";
    const label = e.subjectType === "account" && e.subjectId ? labels.get(e.subjectId) : undefined;
    return label ? `${label.displayName} (${label.email})` : `${e.subjectType}: ${e.subjectId ?? ""}`;
  };
  return (
    <BackofficeLayout actor={actor} title={m.title}>
      <ErrorSummary errors={errors} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <form method="get" action="/verwaltung/protokoll" class="st-filter-form" role="search" aria-label={m.filters}>
        <TextField name="aktion" label={m.action} hint={m.actionHint} value={filters.aktion} error={errors.aktion} optional maxLength={100} />
        <TextField name="person" label={m.actor} hint={m.actorHint} value={filters.person} error={errors.person} optional maxLength={320} />
        <TextField name="gegenstand" label={m.subject} value={filters.gegenstand} error={errors.gegenstand} optional maxLength={200} />
        <TextField name="von" label={m.from} type="date" value={filters.von} error={errors.von} optional />
        <TextField name="bis" label={m.to} type="date" value={filters.bis} error={errors.bis} optional />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{m.search}</span>
        </button>{" "}
        <a class="kern-link" href="/verwaltung/protokoll">
          {m.reset}
        </a>
      </form>
      <h2 class="kern-heading-medium" id="ergebnisse">
        {m.results(total)}
      </h2>
      {entries.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--small" aria-labelledby="ergebnisse">
            <thead class="kern-table__header">
              <tr>
                <th scope="col">{m.at}</th>
                <th scope="col">{m.who}</th>
                <th scope="col">{m.what}</th>
                <th scope="col">{m.onWhat}</th>
                <th scope="col">{m.details}</th>
                <th scope="col">{m.request}</th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {entries.map((e) => (
                <tr>
                  <td>{formatDate(e.at, locale, { dateStyle: "medium", timeStyle: "medium" })}</td>
                  <td>{who(e)}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>{subject(e)}</td>
                  <td>{Object.keys(e.detail).length > 0 ? <code>{JSON.stringify(e.detail)}</code> : "–"}</td>
                  <td>{e.requestId ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pages={pages} hrefFor={(p) => hrefFor(filters, p)} />
    </BackofficeLayout>
  );
}
