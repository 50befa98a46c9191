// /verwaltung/vorgaenge/vorlagen: a department's response templates for its administrators — the list with
// edit and delete, and one form for a new or the chosen template.
import type { ResponseTemplate } from "../../kernel/cases/index.ts";
import type { CatalogueSnapshot } from "../../kernel/catalogue/index.ts";
import type { StaffActor } from "../../kernel/identity/index.ts";
import { CsrfField, ErrorSummary, NotificationBanner, TextArea, TextField, usePage, type FieldErrors } from "../../platform/html/index.ts";
import { BackofficeLayout } from "../backoffice-layout.tsx";
import { SelectField, departmentName } from "./case-labels.tsx";
import { caseAdminMessages } from "./case-admin-messages.ts";
import { caseMessages } from "./case-messages.ts";

export interface TemplatesPageProps {
  actor: StaffActor;
  catalogue: CatalogueSnapshot;
  departmentId: string;
  departments: string[];
  templates: ResponseTemplate[];
  /** The template being edited; undefined for a new one. */
  editing?: ResponseTemplate | undefined;
  values?: { titel?: string; text?: string };
  errors?: FieldErrors;
  notice?: string | undefined;
}

export function TemplatesPage({ actor, catalogue, departmentId, departments, templates, editing, values = {}, errors = {}, notice }: TemplatesPageProps) {
  const { locale } = usePage();
  const m = caseMessages.in(locale);
  const a = caseAdminMessages.in(locale);
  const name = departmentName(catalogue, departmentId, locale);
  const base = `/verwaltung/vorgaenge/vorlagen?referat=${encodeURIComponent(departmentId)}`;
  return (
    <BackofficeLayout actor={actor} title={`${m.templates} – ${name}`}>
      {notice ? <NotificationBanner title={notice} tone="success" /> : null}
      <ErrorSummary errors={errors} />
      <h1 class="kern-heading-x-large">
        {m.templates}: {name}
      </h1>
      <p class="kern-body">{a.templatesLead}</p>
      {departments.length > 1 ? (
        <form method="get" action="/verwaltung/vorgaenge/vorlagen" class="st-filter-form" aria-label={m.switchDepartment}>
          <SelectField name="referat" label={m.department} value={departmentId} options={departments.map((id) => ({ value: id, label: departmentName(catalogue, id, locale) }))} />
          <button class="kern-btn kern-btn--secondary" type="submit">
            <span class="kern-label">{m.show}</span>
          </button>
        </form>
      ) : null}
      {templates.length === 0 ? (
        <p class="kern-body">{a.noTemplates}</p>
      ) : (
        <ul class="kern-list st-role-list">
          {templates.map((t) => (
            <li>
              <span>{t.title}</span>
              <a class="kern-link" href={`${base}&bearbeiten=${t.id}#titel`} aria-label={a.templateEditLabel(t.title)}>
                {a.templateEdit}
              </a>
              <form method="post" action="/verwaltung/vorgaenge/vorlagen/loeschen" class="st-inline-form">
                <CsrfField />
                <input type="hidden" name="id" value={t.id} />
                <input type="hidden" name="referat" value={departmentId} />
                <button class="kern-btn kern-btn--secondary kern-btn--x-small" type="submit" aria-label={a.templateDeleteLabel(t.title)}>
                  <span class="kern-label">{a.templateDelete}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <h2 class="kern-heading-medium">{editing ? editing.title : a.templateNew}</h2>
      <form method="post" action="/verwaltung/vorgaenge/vorlagen" novalidate>
        <CsrfField />
        <input type="hidden" name="referat" value={departmentId} />
        {editing ? <input type="hidden" name="id" value={editing.id} /> : null}
        <TextField name="titel" label={a.templateTitle} value={values.titel ?? editing?.title} error={errors.titel} maxLength={120} />
        <TextArea name="text" label={a.templateBody} hint={a.templatesLead} value={values.text ?? editing?.body} error={errors.text} maxLength={5000} rows={6} />
        <div class="st-form-actions">
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{a.templateSave}</span>
          </button>
          {editing ? (
            <a class="kern-link" href={base}>
              {a.templateCancel}
            </a>
          ) : null}
        </div>
      </form>
      <p>
        <a class="kern-link" href="/verwaltung/vorgaenge">
          {m.back}
        </a>
      </p>
    </BackofficeLayout>
  );
}
