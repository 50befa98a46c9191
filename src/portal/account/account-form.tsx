// One shape for the small forms of "Mein Konto" (log in, register, passwords, e-mail): heading, intro, error
// summary, fields, button. Passwords are never written back into the page, whatever else is kept.
import type { ComponentChildren } from "preact";
import { Breadcrumbs, CsrfField, ErrorSummary, Layout, TextField, usePage, type FieldErrors } from "../../platform/html/index.ts";
import { authMessages } from "./auth-messages.ts";

export interface FormFieldSpec {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  hint?: string;
  autocomplete?: string;
  optional?: boolean;
  maxLength?: number;
}

export interface FormState {
  errors: FieldErrors;
  values: Readonly<Record<string, string>>;
}

export const emptyForm: FormState = { errors: {}, values: {} };

export interface AccountFormPageProps {
  title: string;
  intro?: ComponentChildren;
  action: string;
  fields: FormFieldSpec[];
  submit: string;
  state: FormState;
  /** Inside the form, after the fields (hidden fields such as the return path). */
  hidden?: Record<string, string>;
  /** Below the form: links to other journeys, alternatives. */
  after?: ComponentChildren;
  /** The account pages of a logged-in person sit under "Mein Konto" in the breadcrumbs. */
  inAccount?: boolean;
}

export function AccountBreadcrumbs({ title, inAccount }: { title: string; inAccount?: boolean | undefined }) {
  const m = authMessages.in(usePage().locale);
  const trail = inAccount ? [{ href: "/", label: m.home }, { href: "/konto", label: m.account }, { label: title }] : [{ href: "/", label: m.home }, { label: title }];
  return <Breadcrumbs items={trail} />;
}

export function AccountFormPage(props: AccountFormPageProps) {
  const { title, intro, action, fields, submit, state, hidden, after, inAccount } = props;
  return (
    <Layout title={title} narrow beforeContent={<AccountBreadcrumbs title={title} inAccount={inAccount} />}>
      <ErrorSummary errors={state.errors} />
      <h1 class="kern-heading-x-large">{title}</h1>
      {typeof intro === "string" ? <p class="kern-body">{intro}</p> : intro}
      {/* novalidate: the server's messages say what to fix in plain words; browser bubbles would differ. */}
      <form method="post" action={action} novalidate>
        <CsrfField />
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        {fields.map((f) => (
          <TextField
            name={f.name}
            label={f.label}
            type={f.type ?? "text"}
            hint={f.hint}
            error={state.errors[f.name]}
            value={f.type === "password" ? undefined : state.values[f.name]}
            autocomplete={f.autocomplete}
            optional={f.optional}
            maxLength={f.maxLength}
          />
        ))}
        <div class="st-form-actions">
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{submit}</span>
          </button>
        </div>
      </form>
      {after}
    </Layout>
  );
}

export interface MessagePageProps {
  title: string;
  text: string;
  links?: Array<{ href: string; label: string }>;
  inAccount?: boolean;
  children?: ComponentChildren;
}

/** A page that only tells something: "check your mail", "link expired", "logged out". */
export function MessagePage({ title, text, links, inAccount, children }: MessagePageProps) {
  return (
    <Layout title={title} narrow beforeContent={<AccountBreadcrumbs title={title} inAccount={inAccount} />}>
      <h1 class="kern-heading-x-large">{title}</h1>
      <p class="kern-body">{text}</p>
      {children}
      {(links ?? []).map((l) => (
        <p class="kern-body">
          <a class="kern-link" href={l.href}>
            {l.label}
          </a>
        </p>
      ))}
    </Layout>
  );
}
