// /anfrage/neu: the enquiry form. Works without JavaScript; shown again with everything typed kept and each
// problem beside its field (and in the error summary) when the server finds something to fix.
import { Breadcrumbs, CsrfField, ErrorSummary, htmlMessages, Layout, NotificationBanner, TextArea, TextField, usePage, type FieldErrors } from "../../platform/html/index.ts";
import { enquiryMessages } from "./messages.ts";
import { UNKNOWN_DEPARTMENT, type DepartmentChoice } from "./routing.ts";
import { EMAIL_MAX, MESSAGE_MAX, SUBJECT_MAX } from "./submit-enquiry.ts";

export interface EnquiryFormState {
  errors: FieldErrors;
  values: Readonly<Record<string, string>>;
}

export const emptyEnquiryForm: EnquiryFormState = { errors: {}, values: {} };

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  const h = htmlMessages.in(usePage().locale);
  if (!error) return null;
  return (
    <p class="kern-error" id={id}>
      <span class="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
      <span class="kern-body">
        <span class="kern-sr-only">{h.errorPrefix} </span>
        {error}
      </span>
    </p>
  );
}

function DepartmentSelect({ departments, value, error }: { departments: DepartmentChoice[]; value: string | undefined; error: string | undefined }) {
  const m = enquiryMessages.in(usePage().locale);
  const selected = value ?? UNKNOWN_DEPARTMENT;
  return (
    <div class="kern-form-input st-field">
      <label class="kern-label" for="department">
        {m.departmentLabel}
      </label>
      <div class="kern-hint" id="department-hinweis">
        {m.departmentHint}
      </div>
      <FieldError id="department-fehler" error={error} />
      <div class="kern-form-input__select-wrapper">
        <select
          class={`kern-form-input__select${error ? " kern-form-input__select--error" : ""}`}
          id="department"
          name="department"
          aria-invalid={error ? "true" : undefined}
          aria-describedby={error ? "department-hinweis department-fehler" : "department-hinweis"}
        >
          <option value={UNKNOWN_DEPARTMENT} selected={selected === UNKNOWN_DEPARTMENT}>
            {m.departmentUnknown}
          </option>
          {departments.map((d) => (
            <option value={d.id} selected={selected === d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function PublicChoice({ checked, error }: { checked: boolean; error: string | undefined }) {
  const m = enquiryMessages.in(usePage().locale);
  return (
    <fieldset class={`kern-fieldset st-field${error ? " kern-fieldset--error" : ""}`} aria-describedby={error ? "isPublic-hinweis isPublic-fehler" : "isPublic-hinweis"}>
      <legend class="kern-label">{m.publicLegend}</legend>
      <div class="kern-hint" id="isPublic-hinweis">
        {m.publicHint}
      </div>
      <FieldError id="isPublic-fehler" error={error} />
      <div class="kern-fieldset__body">
        <div class="kern-form-check">
          <input class="kern-form-check__checkbox" type="checkbox" id="isPublic" name="isPublic" value="ja" checked={checked} />
          <label class="kern-label" for="isPublic">
            {m.publicLabel}
          </label>
        </div>
      </div>
    </fieldset>
  );
}

export interface EnquiryFormPageProps {
  state: EnquiryFormState;
  departments: DepartmentChoice[];
  /** Not logged in as a citizen: ask for the address the answer and the secret link go to. */
  needsEmail: boolean;
  /** A citizen whose address is not confirmed yet: no form, but how to confirm it. */
  unconfirmedEmail?: string | undefined;
}

/** In place of the form: confirming the address first, with the resend button of "Mein Konto". */
function ConfirmFirst({ email }: { email: string }) {
  const m = enquiryMessages.in(usePage().locale);
  return (
    <NotificationBanner title={m.unconfirmedTitle} tone="warning">
      <p class="kern-body">{m.unconfirmedText(email)}</p>
      <form method="post" action="/konto/bestaetigung-senden">
        <CsrfField />
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{m.unconfirmedResend}</span>
        </button>
      </form>
    </NotificationBanner>
  );
}

export function EnquiryFormPage({ state, departments, needsEmail, unconfirmedEmail }: EnquiryFormPageProps) {
  const { locale } = usePage();
  const m = enquiryMessages.in(locale);
  const { errors, values } = state;
  return (
    <Layout title={Object.keys(errors).length > 0 ? `${htmlMessages.in(locale).errorPrefix} ${m.title}` : m.title} narrow beforeContent={<Breadcrumbs items={[{ href: "/", label: m.home }, { label: m.title }]} />}>
      <ErrorSummary errors={errors} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <p class="kern-body">
        {m.servicesHint}{" "}
        <a class="kern-link" href="/leistungen">
          {m.servicesLink}
        </a>
      </p>
      {needsEmail ? (
        <p class="kern-body">
          {m.loginHint}{" "}
          <a class="kern-link" href="/konto/anmelden?zurueck=%2Fanfrage%2Fneu">
            {m.loginLink}
          </a>
        </p>
      ) : null}
      {unconfirmedEmail !== undefined ? (
        <ConfirmFirst email={unconfirmedEmail} />
      ) : (
        // novalidate: the server's messages say what to fix in plain words; browser bubbles would differ.
        <form method="post" action="/anfrage/neu" novalidate>
          <CsrfField />
          <TextField name="subject" label={m.subjectLabel} hint={m.subjectHint} error={errors.subject} value={values.subject} maxLength={SUBJECT_MAX} />
          <TextArea name="message" label={m.messageLabel} hint={m.messageHint} error={errors.message} value={values.message} rows={8} maxLength={MESSAGE_MAX} />
          <DepartmentSelect departments={departments} value={values.department} error={errors.department} />
          <PublicChoice checked={values.isPublic === "ja"} error={errors.isPublic} />
          {needsEmail ? (
            <TextField
              name="contactEmail"
              type="email"
              label={m.emailLabel}
              hint={m.emailHint}
              error={errors.contactEmail}
              value={values.contactEmail}
              autocomplete="email"
              inputMode="email"
              maxLength={EMAIL_MAX}
            />
          ) : null}
          <p class="kern-body">
            {m.privacyHint}{" "}
            <a class="kern-link" href="/datenschutz#vorgaenge">
              {m.privacyLink}
            </a>
            .
          </p>
          <div class="st-form-actions">
            <button class="kern-btn kern-btn--primary" type="submit">
              <span class="kern-label">{m.submit}</span>
            </button>
          </div>
        </form>
      )}
    </Layout>
  );
}
