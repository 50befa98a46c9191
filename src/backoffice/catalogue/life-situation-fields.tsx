// The fields of the life situation form: name, introduction, ordered steps (each with its services) and the
// services it groups.
import { SelectField, TextArea, TextField, usePage } from "../../platform/html/index.ts";
import { CheckboxGroup, choicesOf, Fieldset } from "./editor-fields.tsx";
import { many, one } from "./form-values.ts";
import type { FieldsProps } from "./form-types.ts";
import { primaryRows, secondaryRows, stepRows, stepServiceChoices } from "./life-situation-form.ts";
import { lifeSituationFormMessages } from "./life-situation-form-messages.ts";
import { serviceFormMessages } from "./service-form-messages.ts";

export function LifeSituationFields({ values, errors, options, isNew }: FieldsProps) {
  const { locale } = usePage();
  const m = lifeSituationFormMessages.in(locale);
  const s = serviceFormMessages.in(locale);
  const v = (name: string) => one(values, name);
  const choices = choicesOf([["", s.noChoice], ...options.services]);
  const serviceName = new Map(options.services);
  const stepChoices = stepServiceChoices(values).map((id) => [id, serviceName.get(id) ?? id] as const);
  const serviceRows = (prefix: string, count: number, label: (n: number) => string) =>
    Array.from({ length: count }, (_, i) => <SelectField name={`${prefix}-${i}`} label={label(i + 1)} value={v(`${prefix}-${i}`)} error={errors[`${prefix}-${i}`]} options={choices} />);
  return (
    <>
      <h2 class="kern-heading-medium">{m.basics}</h2>
      {isNew ? <TextField name="id" label={s.id} hint={m.idHint} value={v("id")} error={errors.id} optional maxLength={100} /> : null}
      <TextField name="nameDe" label={m.nameDe} value={v("nameDe")} error={errors.nameDe} maxLength={500} />
      <TextField name="nameEn" label={m.nameEn} value={v("nameEn")} error={errors.nameEn} optional maxLength={500} />
      <TextArea name="introDe" label={m.introDe} value={v("introDe")} error={errors.introDe} rows={4} />
      <TextArea name="introEn" label={m.introEn} value={v("introEn")} error={errors.introEn} optional rows={4} />

      <Fieldset id="steps" legend={m.steps} hint={m.stepsHint}>
        {Array.from({ length: stepRows(values) }, (_, i) => (
          <div class="st-field">
            <TextField name={`step-${i}-title`} label={m.stepTitle(i + 1)} value={v(`step-${i}-title`)} error={errors[`step-${i}-title`]} optional maxLength={500} />
            <TextArea name={`step-${i}-text`} label={m.stepText(i + 1)} value={v(`step-${i}-text`)} error={errors[`step-${i}-text`]} optional rows={3} />
            {stepChoices.length > 0 ? (
              <CheckboxGroup name={`step-${i}-services`} legend={m.stepServices(i + 1)} values={many(values, `step-${i}-services`)} error={errors[`step-${i}-services`]} options={stepChoices} />
            ) : null}
          </div>
        ))}
      </Fieldset>
      <Fieldset id="primary" legend={m.primary} hint={m.primaryHint}>
        {serviceRows("primary", primaryRows(values), m.primaryField)}
      </Fieldset>
      <Fieldset id="secondary" legend={m.secondary} hint={m.secondaryHint}>
        {serviceRows("secondary", secondaryRows(values), m.secondaryField)}
      </Fieldset>
    </>
  );
}
