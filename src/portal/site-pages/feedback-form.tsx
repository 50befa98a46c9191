// The accessibility feedback form. Works without JavaScript; shown again with everything typed kept and
// each problem beside its field when the server finds something to fix.
import { CsrfField, RadioGroup, TextArea, TextField, usePage, type FieldErrors } from "../../platform/html/index.ts";
import { EMAIL_MAX, MESSAGE_MAX, NAME_MAX } from "./accessibility-feedback-input.ts";
import { feedbackMessages } from "./feedback-messages.ts";

export interface FeedbackFormState {
  errors: FieldErrors;
  values: Readonly<Record<string, string>>;
}

export const emptyFeedbackForm: FeedbackFormState = { errors: {}, values: {} };

/** Yes/no: whether the person wants an answer. */
function AnswerChoice({ value, error }: { value: string | undefined; error: string | undefined }) {
  const m = feedbackMessages.in(usePage().locale);
  const options = [
    { value: "yes", label: m.answerYes },
    { value: "no", label: m.answerNo },
  ];
  return <RadioGroup name="answer" legend={m.answerLegend} options={options} value={value} error={error} required />;
}

export function FeedbackForm({ state }: { state: FeedbackFormState }) {
  const m = feedbackMessages.in(usePage().locale);
  const { errors, values } = state;
  return (
    // novalidate: the server's messages say what to fix in plain words; browser bubbles would come first and differ.
    <form method="post" action="/barrierefreiheit/rueckmeldung" novalidate>
      <CsrfField />
      <TextArea name="message" label={m.messageLabel} hint={m.messageHint} error={errors.message} value={values.message} rows={8} maxLength={MESSAGE_MAX} />
      <TextField name="name" label={m.nameLabel} error={errors.name} value={values.name} optional autocomplete="name" maxLength={NAME_MAX} />
      <TextField
        name="email"
        type="email"
        label={m.emailLabel}
        hint={m.emailHint}
        error={errors.email}
        value={values.email}
        optional
        autocomplete="email"
        inputMode="email"
        maxLength={EMAIL_MAX}
      />
      <AnswerChoice value={values.answer} error={errors.answer} />
      <p class="kern-body">
        {m.privacyHint}{" "}
        <a class="kern-link" href="/datenschutz#rueckmeldungen">
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
  );
}
