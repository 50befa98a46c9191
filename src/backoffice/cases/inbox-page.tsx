// /verwaltung/vorgaenge: the department inbox — a GET filter form, counts per state, the table of cases
// with checkboxes for bulk assignment (a POST form around the table), and page links.
import { registeredCaseKinds, type InboxPage as InboxResult } from "../../kernel/cases/index.ts";
import type { CatalogueSnapshot } from "../../kernel/catalogue/index.ts";
import type { DepartmentMember, StaffActor } from "../../kernel/identity/index.ts";
import { formatDate } from "../../platform/i18n/index.ts";
import { CsrfField, ErrorSummary, NotificationBanner, Pagination, TextField, usePage, type FieldErrors } from "../../platform/html/index.ts";
import { BackofficeLayout } from "../backoffice-layout.tsx";
import { CheckboxField, SelectField, StateTag, readableDepartments, categoryChoices, categoryLabel, departmentName, dueText, formatDay, kindLabel, stateChoices, stateLabel, text } from "./case-labels.tsx";
import { caseMessages } from "./case-messages.ts";
import { inboxHref, sortParams, type InboxParams } from "./inbox-params.ts";

export interface InboxPageProps {
  actor: StaffActor;
  catalogue: CatalogueSnapshot;
  params: InboxParams;
  errors: FieldErrors;
  result: InboxResult;
  /** Departments the actor may read; a switcher appears with more than one. */
  departments: string[];
  /** Colleagues for "assign to" (only when one department is in view). */
  members: DepartmentMember[];
  mayAssign: boolean;
  notice?: { text: string; tone: "success" | "warning" } | undefined;
}

export function InboxPage({ actor, catalogue, params, errors, result, departments, members, mayAssign, notice }: InboxPageProps) {
  const { locale } = usePage();
  const m = caseMessages.in(locale);
  const pages = Math.ceil(result.total / result.pageSize);
  const kinds = registeredCaseKinds();
  const back = inboxHref(params).replace("/verwaltung/vorgaenge", "");
  const showDepartment = departments.length > 1;
  return (
    <BackofficeLayout actor={actor} title={m.inboxTitle}>
      {notice ? <NotificationBanner title={notice.text} tone={notice.tone} /> : null}
      <ErrorSummary errors={errors} />
      <h1 class="kern-heading-x-large">{m.inboxTitle}</h1>
      <p class="kern-body">{m.inboxLead}</p>
      <ul class="kern-list st-box-switch">
        {readableDepartments(actor, catalogue, "case.dashboard").length > 0 ? (
          <li>
            <a class="kern-link" href={`/verwaltung/vorgaenge/kennzahlen${params.referat ? `?referat=${encodeURIComponent(params.referat)}` : ""}`}>
              {m.dashboard}
            </a>
          </li>
        ) : null}
        {readableDepartments(actor, catalogue, "case.templates.manage").length > 0 ? (
          <li>
            <a class="kern-link" href={`/verwaltung/vorgaenge/vorlagen${params.referat ? `?referat=${encodeURIComponent(params.referat)}` : ""}`}>
              {m.templates}
            </a>
          </li>
        ) : null}
      </ul>
      <form method="get" action="/verwaltung/vorgaenge" class="st-filter-form" role="search" aria-label={m.filters}>
        {showDepartment ? (
          <SelectField
            name="referat"
            label={m.department}
            value={params.referat}
            error={errors.referat}
            options={[{ value: "", label: m.allDepartments }, ...departments.map((id) => ({ value: id, label: departmentName(catalogue, id, locale) }))]}
          />
        ) : null}
        <TextField name="suche" label={m.search} hint={m.searchHint} type="search" value={params.suche} error={errors.suche} optional maxLength={200} />
        <SelectField
          name="status"
          label={m.status}
          value={params.status}
          error={errors.status}
          options={[
            { value: "offen", label: m.statusOpen },
            { value: "abgeschlossen", label: m.statusClosed },
            { value: "alle", label: m.statusAll },
          ]}
        />
        <SelectField
          name="zustaendig"
          label={m.assignee}
          value={params.zustaendig}
          error={errors.zustaendig}
          options={[
            { value: "", label: m.anyAssignee },
            { value: "mir", label: m.assignedToMe },
            { value: "niemand", label: m.unassigned },
            ...members.filter((p) => p.id !== actor.id).map((p) => ({ value: p.id, label: p.displayName })),
          ]}
        />
        <SelectField name="sortierung" label={m.sort} value={params.sortierung} error={errors.sortierung} options={Object.entries(sortParams).map(([value, sort]) => ({ value, label: m.sorts[sort] ?? sort }))} />
        <details class="st-details st-field" open={Boolean(params.art || params.stand || params.kategorie || params.ueberfaellig || params.neu || params.von || params.bis || Object.keys(errors).length > 0)}>
          <summary>{m.moreFilters}</summary>
          <SelectField name="art" label={m.kind} value={params.art} error={errors.art} options={[{ value: "", label: m.allKinds }, ...kinds.map((k) => ({ value: k.id, label: text(k.label, locale) }))]} />
          <SelectField name="stand" label={m.state} value={params.stand} error={errors.stand} options={[{ value: "", label: m.anyState }, ...stateChoices(params.art || undefined, locale)]} />
          <SelectField name="kategorie" label={m.category} value={params.kategorie} error={errors.kategorie} options={[{ value: "", label: m.anyCategory }, ...categoryChoices(params.art || undefined, locale)]} />
          <CheckboxField name="ueberfaellig" label={m.overdueOnly} checked={params.ueberfaellig === "1"} />
          <CheckboxField name="neu" label={m.newReplyOnly} checked={params.neu === "1"} />
          <TextField name="von" label={m.openedFrom} type="date" value={params.von} error={errors.von} optional />
          <TextField name="bis" label={m.openedTo} type="date" value={params.bis} error={errors.bis} optional />
        </details>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{m.apply}</span>
        </button>{" "}
        <a class="kern-link" href="/verwaltung/vorgaenge">
          {m.reset}
        </a>
      </form>

      {Object.keys(result.countsByState).length > 0 ? (
        <section aria-labelledby="stand-zahlen">
          <h2 class="kern-heading-small" id="stand-zahlen">
            {m.countsTitle}
          </h2>
          <ul class="kern-list st-box-switch">
            {Object.entries(result.countsByState).map(([state, n]) => (
              <li>
                <a class="kern-link" href={inboxHref(params, { stand: state, seite: "" })} aria-current={params.stand === state ? "page" : undefined}>
                  {stateLabel(params.art || kinds.find((k) => state in k.states)?.id || "", state, locale)}: {n}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2 class="kern-heading-medium" id="ergebnisse">
        {m.results(result.total)}
      </h2>
      {result.items.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <form method="post" action="/verwaltung/vorgaenge/zuweisen">
          <CsrfField />
          <input type="hidden" name="zurueck" value={back} />
          <div class="kern-table-responsive">
            <table class="kern-table kern-table--small" aria-labelledby="ergebnisse">
              <thead class="kern-table__header">
                <tr>
                  {mayAssign ? <th scope="col">{m.select}</th> : null}
                  <th scope="col">{m.reference}</th>
                  <th scope="col">{m.title}</th>
                  <th scope="col">{m.state}</th>
                  <th scope="col">{m.category}</th>
                  {showDepartment ? <th scope="col">{m.department}</th> : null}
                  <th scope="col">{m.assignee}</th>
                  <th scope="col">{m.priority}</th>
                  <th scope="col">{m.due}</th>
                  <th scope="col">{m.opened}</th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {result.items.map((c) => {
                  const due = dueText(c.dueDate, c.isOpen, c.pausedAt !== null, locale);
                  return (
                    <tr>
                      {mayAssign ? (
                        <td>
                          <input class="kern-form-check__checkbox" type="checkbox" name="vorgang" value={c.id} id={`vorgang-${c.reference}`} aria-label={m.selectCase(c.reference)} />
                        </td>
                      ) : null}
                      <th scope="row">
                        <a class="kern-link" href={`/verwaltung/vorgaenge/${c.reference}`}>
                          {c.reference}
                        </a>
                      </th>
                      <td>
                        {c.title}
                        <span class="st-muted"> ({kindLabel(c.kind, locale)})</span>
                        {c.awaitingStaffSince ? (
                          <>
                            {" "}
                            <span class="kern-badge kern-badge--warning">{m.newReply}</span>
                          </>
                        ) : null}
                      </td>
                      <td>
                        <StateTag kind={c.kind} state={c.state} locale={locale} />
                      </td>
                      <td>{categoryLabel(c.kind, c.category, locale)}</td>
                      {showDepartment ? <td>{departmentName(catalogue, c.departmentId, locale)}</td> : null}
                      <td>{c.assigneeName ?? m.nobody}</td>
                      <td>{m.priorities[c.priority] ?? c.priority}</td>
                      <td>
                        {c.dueDate ? formatDay(c.dueDate, locale) : "–"}
                        {due ? <span class={due.overdue ? "kern-badge kern-badge--danger" : "st-muted"}> {due.text}</span> : null}
                      </td>
                      <td>{formatDate(c.openedAt, locale, { dateStyle: "medium" })}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {mayAssign ? (
            <fieldset class="kern-fieldset st-field">
              <legend class="kern-label">{m.bulkTitle}</legend>
              <div class="st-form-actions">
                <button class="kern-btn kern-btn--secondary" type="submit" name="an" value="mir">
                  <span class="kern-label">{m.assignToMe}</span>
                </button>
                {members.length > 0 ? (
                  <>
                    <SelectField name="kollegin" label={m.assignTo} options={members.map((p) => ({ value: p.id, label: p.displayName }))} />
                    <button class="kern-btn kern-btn--secondary" type="submit" name="an" value="kollegin">
                      <span class="kern-label">{m.assignToColleague}</span>
                    </button>
                  </>
                ) : null}
              </div>
            </fieldset>
          ) : null}
        </form>
      )}
      <Pagination page={result.page} pages={pages} hrefFor={(p) => inboxHref(params, { seite: String(p) })} />
    </BackofficeLayout>
  );
}
