// /verwaltung/vorgaenge/kennzahlen: one department's figures — open cases by state, overdue, unassigned,
// and the median times to first response and to closure over the last 30 or 90 days.
import { dashboardWindows, registeredCaseKinds, type DepartmentFigures } from "../../kernel/cases/index.ts";
import type { CatalogueSnapshot } from "../../kernel/catalogue/index.ts";
import type { StaffActor } from "../../kernel/identity/index.ts";
import { usePage } from "../../platform/html/index.ts";
import { BackofficeLayout } from "../backoffice-layout.tsx";
import { SelectField, departmentName, stateLabel } from "./case-labels.tsx";
import { caseAdminMessages } from "./case-admin-messages.ts";
import { caseMessages } from "./case-messages.ts";

export function DashboardPage({ actor, catalogue, figures, departments }: { actor: StaffActor; catalogue: CatalogueSnapshot; figures: DepartmentFigures; departments: string[] }) {
  const { locale } = usePage();
  const m = caseMessages.in(locale);
  const a = caseAdminMessages.in(locale);
  const name = departmentName(catalogue, figures.departmentId, locale);
  const duration = (h: number | null) => (h === null ? a.noData : a.hours(h));
  const kindOf = (state: string) => registeredCaseKinds().find((k) => state in k.states)?.id ?? "";
  const rows: Array<[string, string]> = [
    [a.openCases, String(figures.open)],
    [a.overdue, String(figures.overdue)],
    [a.unassignedCount, String(figures.unassigned)],
    [a.openedCount, String(figures.opened)],
    [a.closedCount, String(figures.closed)],
    [a.medianFirstResponse, duration(figures.medianHoursToFirstResponse)],
    [a.medianClosure, duration(figures.medianHoursToClosure)],
  ];
  return (
    <BackofficeLayout actor={actor} title={`${a.dashboardTitle} – ${name}`}>
      <h1 class="kern-heading-x-large">
        {a.dashboardTitle}: {name}
      </h1>
      <form method="get" action="/verwaltung/vorgaenge/kennzahlen" class="st-filter-form" aria-label={m.switchDepartment}>
        {departments.length > 1 ? (
          <SelectField name="referat" label={m.department} value={figures.departmentId} options={departments.map((id) => ({ value: id, label: departmentName(catalogue, id, locale) }))} />
        ) : null}
        <SelectField name="zeitraum" label={a.window} value={String(figures.days)} options={dashboardWindows.map((d) => ({ value: String(d), label: a.windowDays(d) }))} />
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{m.show}</span>
        </button>
      </form>
      <div class="kern-table-responsive">
        <table class="kern-table">
          <caption class="kern-title">{`${a.dashboardTitle} (${a.windowDays(figures.days)})`}</caption>
          <thead class="kern-table__header">
            <tr>
              <th scope="col">{a.figure}</th>
              <th scope="col">{a.value}</th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {rows.map(([k, v]) => (
              <tr>
                <th scope="row">{k}</th>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 class="kern-heading-medium">{a.openByState}</h2>
      {Object.keys(figures.openByState).length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <ul class="kern-list">
          {Object.entries(figures.openByState).map(([state, n]) => (
            <li>
              <a class="kern-link" href={`/verwaltung/vorgaenge?referat=${encodeURIComponent(figures.departmentId)}&stand=${encodeURIComponent(state)}`}>
                {stateLabel(kindOf(state), state, locale)}: {n}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a class="kern-link" href="/verwaltung/vorgaenge">
          {m.back}
        </a>
      </p>
    </BackofficeLayout>
  );
}
