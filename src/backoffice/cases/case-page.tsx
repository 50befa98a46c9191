// /verwaltung/vorgaenge/<reference>: one case with all its data, the forms staff act with (each carrying
// the version it showed) and the full timeline. Buttons for steps come from findCaseForStaff().actions —
// the same rule changeCaseState enforces — and each form appears only where can() allows it.
import { casePriorities, type StaffCase } from "../../kernel/cases/index.ts";
import type { CatalogueSnapshot } from "../../kernel/catalogue/index.ts";
import { can, type DepartmentMember, type StaffActor } from "../../kernel/identity/index.ts";
import { formatDate } from "../../platform/i18n/index.ts";
import { Breadcrumbs, CsrfField, ErrorSummary, NotificationBanner, SummaryList, TextArea, TextField, usePage, type FieldErrors, type Tone } from "../../platform/html/index.ts";
import { BackofficeLayout } from "../backoffice-layout.tsx";
import { CheckboxField, SelectField, StateTag, categoryLabel, departmentName, dueText, formatDay, kindLabel, text } from "./case-labels.tsx";
import { caseLinkMessages } from "./case-link-messages.ts";
import { caseMessages } from "./case-messages.ts";
import { CaseTimeline, Paragraphs } from "./case-timeline.tsx";

export type CaseForm = "schritt" | "notiz" | "mitteilung" | "nachricht" | "zuweisung" | "abgabe" | "details" | "link";

/** Which actions the kernel offers in this build (the action use cases arrive one by one). */
export interface CaseFeatures {
  note: boolean;
  update: boolean;
  message: boolean;
  details: boolean;
  reassign: boolean;
}

export interface CasePageProps {
  actor: StaffActor;
  c: StaffCase;
  catalogue: CatalogueSnapshot;
  members: DepartmentMember[];
  assigneeName: string | null;
  /** Departments a case may be handed to. */
  departments: string[];
  templates: Array<{ id: string; title: string }>;
  features: CaseFeatures;
  /** What the person typed into one form, shown again after a refusal. */
  typed?: { form: CaseForm; values: Record<string, string> } | undefined;
  errors?: FieldErrors;
  banner?: { tone: Tone; text: string } | undefined;
  notice?: string | undefined;
  /** Text filled in from a template (?vorlage=… / ?nachricht-vorlage=…). */
  prefill?: { mitteilung?: string; nachricht?: string };
  chosenTemplate?: { mitteilung?: string; nachricht?: string };
}

function Submit({ label, name, value, secondary }: { label: string; name?: string; value?: string; secondary?: boolean }) {
  return (
    <button class={`kern-btn kern-btn--${secondary ? "secondary" : "primary"}`} type="submit" name={name} value={value}>
      <span class="kern-label">{label}</span>
    </button>
  );
}

export function CasePage(props: CasePageProps) {
  const { actor, c, catalogue, members, assigneeName, departments, templates, features, typed, errors = {}, banner, notice, prefill = {}, chosenTemplate = {} } = props;
  const { locale } = usePage();
  const m = caseMessages.in(locale);
  const val = (form: CaseForm, field: string) => (typed?.form === form ? typed.values[field] : undefined);
  const path = `/verwaltung/vorgaenge/${c.reference}`;
  const on = { departmentId: c.departmentId };
  const mayAct = can(actor, "case.act", on);
  const due = dueText(c.dueDate, c.isOpen, c.pausedAt !== null, locale);
  const needsComment = c.actions.filter((a) => a.requiresComment).map((a) => text(a.label, locale));
  const Version = () => <input type="hidden" name="version" value={String(c.version)} />;
  const contact = c.contact.kind === "account" ? m.contactAccount : c.contact.kind === "email" ? c.contact.email : m.contactNone;
  const templateChooser = (field: "vorlage" | "nachricht-vorlage", anchor: string, chosen?: string) =>
    templates.length > 0 ? (
      <form method="get" action={`${path}#${anchor}`} class="st-filter-form">
        <SelectField name={field} label={m.template} value={chosen} options={[{ value: "", label: m.chooseTemplate }, ...templates.map((t) => ({ value: t.id, label: t.title }))]} />
        <Submit label={m.useTemplate} secondary />
      </form>
    ) : null;

  return (
    <BackofficeLayout actor={actor} title={`${c.reference} – ${c.title}`}>
      <Breadcrumbs items={[{ href: "/verwaltung/vorgaenge", label: m.inboxTitle }, { label: c.reference }]} />
      {notice ? <NotificationBanner title={notice} tone="success" /> : null}
      {banner ? <NotificationBanner title={banner.text} tone={banner.tone} /> : null}
      <ErrorSummary errors={errors} />
      <h1 class="kern-heading-x-large">
        <span class="st-muted">{c.reference}</span> {c.title}
      </h1>
      <p>
        <StateTag kind={c.kind} state={c.state} locale={locale} />
      </p>

      <section aria-labelledby="angaben">
        <h2 class="kern-heading-medium" id="angaben">
          {m.data}
        </h2>
        <SummaryList
          rows={[
            { key: m.kind, value: kindLabel(c.kind, locale) },
            { key: m.category, value: categoryLabel(c.kind, c.category, locale) },
            { key: m.department, value: departmentName(catalogue, c.departmentId, locale) },
            { key: m.assignee, value: assigneeName ?? m.nobody },
            { key: m.priority, value: m.priorities[c.priority] ?? c.priority },
            { key: m.due, value: c.dueDate ? `${formatDay(c.dueDate, locale)}${due ? ` (${due.text})` : ""}` : "–" },
            { key: m.opened, value: formatDate(c.openedAt, locale, { dateStyle: "medium", timeStyle: "short" }) },
            { key: m.firstResponse, value: c.firstResponseAt ? formatDate(c.firstResponseAt, locale, { dateStyle: "medium", timeStyle: "short" }) : "–" },
            { key: m.contact, value: contact },
            { key: m.publicCase, value: c.isPublic ? m.yes : m.no },
          ]}
        />
        <h3 class="kern-heading-small">{m.description}</h3>
        {c.description ? <Paragraphs text={c.description} /> : <p class="kern-body">–</p>}
      </section>

      <section aria-labelledby="schritte">
        <h2 class="kern-heading-medium" id="schritte">
          {m.actions}
        </h2>
        {c.actions.length === 0 ? (
          <p class="kern-body">{m.noActions}</p>
        ) : (
          <form method="post" action={`${path}/schritt`} novalidate>
            <CsrfField />
            <Version />
            <TextArea name="kommentar" label={m.comment} hint={needsComment.length > 0 ? `${m.commentHint} ${m.commentRequiredHint} (${needsComment.join(", ")})` : m.commentHint} optional value={val("schritt", "kommentar")} error={errors.kommentar} maxLength={5000} rows={3} />
            <div class="st-form-actions">
              {c.actions.map((a, i) => (
                <Submit label={text(a.label, locale)} name="aktion" value={a.action} secondary={i > 0} />
              ))}
            </div>
          </form>
        )}
      </section>

      {mayAct && features.update ? (
        <section aria-labelledby="mitteilung-titel" id="mitteilung-bereich">
          <h2 class="kern-heading-medium" id="mitteilung-titel">
            {m.updateTitle}
          </h2>
          {templateChooser("vorlage", "mitteilung-bereich", chosenTemplate.mitteilung)}
          <form method="post" action={`${path}/mitteilung`} novalidate>
            <CsrfField />
            <Version />
            <TextArea name="mitteilung" label={m.text} hint={m.updateHint} value={val("mitteilung", "mitteilung") ?? prefill.mitteilung} error={errors.mitteilung} maxLength={5000} />
            <Submit label={m.updateSubmit} />
          </form>
        </section>
      ) : null}

      {mayAct && features.message ? (
        <section aria-labelledby="nachricht-titel" id="nachricht-bereich">
          <h2 class="kern-heading-medium" id="nachricht-titel">
            {m.messageTitle}
          </h2>
          {c.contact.kind === "none" ? (
            <p class="kern-body">{m.noContact}</p>
          ) : (
            <>
              {templateChooser("nachricht-vorlage", "nachricht-bereich", chosenTemplate.nachricht)}
              <form method="post" action={`${path}/nachricht`} novalidate>
                <CsrfField />
                <Version />
                <TextArea name="nachricht" label={m.text} hint={m.messageHint} value={val("nachricht", "nachricht") ?? prefill.nachricht} error={errors.nachricht} maxLength={10000} />
                <Submit label={m.messageSubmit} />
              </form>
            </>
          )}
        </section>
      ) : null}

      {mayAct && features.note ? (
        <section aria-labelledby="notiz-titel">
          <h2 class="kern-heading-medium" id="notiz-titel">
            {m.noteTitle} <span class="kern-badge kern-badge--warning">{m.internal}</span>
          </h2>
          <form method="post" action={`${path}/notiz`} novalidate>
            <CsrfField />
            <Version />
            <TextArea name="notiz" label={m.text} hint={m.noteHint} value={val("notiz", "notiz")} error={errors.notiz} maxLength={20000} rows={3} />
            <Submit label={m.noteSubmit} />
          </form>
        </section>
      ) : null}

      {can(actor, "case.assign", on) ? (
        <section aria-labelledby="zuweisung-titel">
          <h2 class="kern-heading-medium" id="zuweisung-titel">
            {m.assignTitle}
          </h2>
          <form method="post" action={`${path}/zuweisung`} novalidate>
            <CsrfField />
            <Version />
            <SelectField
              name="bearbeitung"
              label={m.assignee}
              value={val("zuweisung", "bearbeitung") ?? c.assigneeId ?? ""}
              error={errors.bearbeitung}
              options={[
                { value: "", label: m.unassigned },
                ...(members.some((p) => p.id === actor.id) ? [] : [{ value: actor.id, label: actor.displayName }]),
                // Whoever holds it now stays selectable, so saving the form never unassigns by accident.
                ...(c.assigneeId && c.assigneeId !== actor.id && !members.some((p) => p.id === c.assigneeId) ? [{ value: c.assigneeId, label: assigneeName ?? c.assigneeId }] : []),
                ...members.map((p) => ({ value: p.id, label: p.displayName })),
              ]}
            />
            <Submit label={m.assignSubmit} />
          </form>
        </section>
      ) : null}

      {mayAct && features.details ? (
        <section aria-labelledby="details-titel">
          <h2 class="kern-heading-medium" id="details-titel">
            {m.detailsTitle}
          </h2>
          <form method="post" action={`${path}/details`} novalidate>
            <CsrfField />
            <Version />
            <SelectField name="prioritaet" label={m.priority} value={val("details", "prioritaet") ?? c.priority} error={errors.prioritaet} options={casePriorities.map((p) => ({ value: p, label: m.priorities[p] ?? p }))} />
            <TextField name="frist" label={m.dueDate} type="date" optional value={val("details", "frist") ?? c.dueDate ?? ""} error={errors.frist} />
            {c.isPublic ? <CheckboxField name="oeffentlich" label={m.keepPublic} checked={typed?.form === "details" ? typed.values.oeffentlich === "1" : true} /> : null}
            <Submit label={m.detailsSubmit} />
          </form>
        </section>
      ) : null}

      {mayAct && c.contact.kind === "email" ? (
        <section aria-labelledby="link-titel">
          <h2 class="kern-heading-medium" id="link-titel">
            {caseLinkMessages.in(locale).linkTitle}
          </h2>
          <p class="kern-body">{caseLinkMessages.in(locale).linkHint}</p>
          <form method="post" action={`${path}/link`}>
            <CsrfField />
            <Submit label={caseLinkMessages.in(locale).linkSubmit} secondary />
          </form>
        </section>
      ) : null}

      {features.reassign && can(actor, "case.reassign", on) ? (
        <section aria-labelledby="abgabe-titel">
          <h2 class="kern-heading-medium" id="abgabe-titel">
            {m.reassignTitle}
          </h2>
          <p class="kern-body">{m.reassignHint}</p>
          <form method="post" action={`${path}/abgabe`} novalidate>
            <CsrfField />
            <Version />
            <SelectField
              name="referat"
              label={m.reassignTo}
              value={val("abgabe", "referat") ?? ""}
              error={errors.referat}
              options={[{ value: "", label: m.chooseDepartment }, ...departments.filter((id) => id !== c.departmentId).map((id) => ({ value: id, label: departmentName(catalogue, id, locale) }))]}
            />
            <TextArea name="grund" label={m.reassignReason} value={val("abgabe", "grund")} error={errors.grund} maxLength={2000} rows={3} />
            <Submit label={m.reassignSubmit} />
          </form>
        </section>
      ) : null}

      <section aria-labelledby="verlauf">
        <h2 class="kern-heading-medium" id="verlauf">
          {m.timeline}
        </h2>
        <CaseTimeline c={c} catalogue={catalogue} locale={locale} />
      </section>
      <p>
        <a class="kern-link" href="/verwaltung/vorgaenge">
          {m.back}
        </a>
      </p>
    </BackofficeLayout>
  );
}
