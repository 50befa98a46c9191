// /konto/profil: name, postal address, language and the Postkorb notification, all in one form.
import { CsrfField, ErrorSummary, Layout, RadioGroup, TextField, usePage } from "../../platform/html/index.ts";
import { AccountBreadcrumbs, type FormState } from "./account-form.tsx";
import { settingsMessages } from "./settings-messages.ts";

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
        <RadioGroup
          name="language"
          legend={m.languageLegend}
          options={[{ value: "de", label: m.german }, { value: "en", label: m.english }]}
          value={values.language}
          error={errors.language}
        />
        <RadioGroup
          name="notifyByEmail"
          legend={m.notifyLegend}
          hint={m.notifyHint}
          options={[{ value: "yes", label: m.yes }, { value: "no", label: m.no }]}
          value={values.notifyByEmail}
          error={errors.notifyByEmail}
        />
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
