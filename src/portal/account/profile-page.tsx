// /konto/profil: name, postal address, language and the Postkorb notification, all in one form.
import { CsrfField, ErrorSummary, Layout, TextField, usePage } from "../../platform/html/index.ts";
import { AccountBreadcrumbs, type FormState } from "./account-form.tsx";
import { settingsMessages } from "./settings-messages.ts";

function Choice({ name, legend, hint, options, value }: { name: string; legend: string; hint?: string; options: Array<[string, string]>; value: string | undefined }) {
  return (
    <fieldset class="kern-fieldset st-field" aria-describedby={hint ? `${name}-hinweis` : undefined}>
      <legend class="kern-label">{legend}</legend>
      {hint ? (
        <div class="kern-hint" id={`${name}-hinweis`}>
          {hint}
        </div>
      ) : null}
      <div class="kern-fieldset__body">
        {options.map(([optionValue, label], i) => {
          // The first radio carries the field's id, so the error summary's link lands on it.
          const id = i === 0 ? name : `${name}-${optionValue}`;
          return (
            <div class="kern-form-check">
              <input class="kern-form-check__radio" type="radio" id={id} name={name} value={optionValue} checked={value === optionValue} />
              <label class="kern-label" for={id}>
                {label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function ProfilePage({ state }: { state: FormState }) {
  const m = settingsMessages.in(usePage().locale);
  const { errors, values } = state;
  return (
    <Layout title={m.profileTitle} narrow beforeContent={<AccountBreadcrumbs title={m.profileTitle} inAccount />}>
      <ErrorSummary errors={errors} />
      <h1 class="kern-heading-x-large">{m.profileTitle}</h1>
      <p class="kern-body">{m.profileIntro}</p>
      <form method="post" action="/konto/profil" novalidate>
        <CsrfField />
        <TextField name="displayName" label={m.displayName} value={values.displayName} error={errors.displayName} optional autocomplete="name" maxLength={200} />
        <TextField name="street" label={m.street} value={values.street} error={errors.street} optional autocomplete="street-address" maxLength={200} />
        <TextField name="postalCode" label={m.postalCode} value={values.postalCode} error={errors.postalCode} optional autocomplete="postal-code" inputMode="numeric" maxLength={5} />
        <TextField name="city" label={m.city} value={values.city} error={errors.city} optional autocomplete="address-level2" maxLength={100} />
        <Choice name="language" legend={m.languageLegend} options={[["de", m.german], ["en", m.english]]} value={values.language} />
        <Choice name="notifyByEmail" legend={m.notifyLegend} hint={m.notifyHint} options={[["yes", m.yes], ["no", m.no]]} value={values.notifyByEmail} />
        <div class="st-form-actions">
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{m.save}</span>
          </button>
        </div>
      </form>
      <p class="kern-body">
        <a class="kern-link" href="/konto">
          {m.back}
        </a>
      </p>
    </Layout>
  );
}
