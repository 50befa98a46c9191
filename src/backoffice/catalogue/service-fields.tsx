// The fields of the service form, grouped as the service page shows them. Long lists are textareas with one
// item per line; costs are label + amount rows; related services are ordered selects.
import { SelectField, TextArea, TextField, usePage } from "../../platform/html/index.ts";
import { CheckboxGroup, choicesOf, Fieldset } from "./editor-fields.tsx";
import { many, one } from "./form-values.ts";
import type { FieldsProps } from "./form-types.ts";
import { costRows, onlineKinds, RELATED_ROWS, trustLevels } from "./service-form.ts";
import { serviceFormMessages } from "./service-form-messages.ts";

export function ServiceFields({ values, errors, options, isNew, id }: FieldsProps) {
  const { locale } = usePage();
  const m = serviceFormMessages.in(locale);
  const v = (name: string) => one(values, name);
  const field = (name: string, label: string, extra: { hint?: string; optional?: boolean; maxLength?: number } = {}) => (
    <TextField name={name} label={label} value={v(name)} error={errors[name]} optional={extra.optional ?? true} maxLength={extra.maxLength ?? 500} {...(extra.hint ? { hint: extra.hint } : {})} />
  );
  const area = (name: string, label: string, hint?: string, rows = 5) => (
    <TextArea name={name} label={label} value={v(name)} error={errors[name]} optional rows={rows} {...(hint ? { hint } : {})} />
  );
  const services = options.services.filter(([sid]) => sid !== id);
  return (
    <>
      <h2 class="kern-heading-medium">{m.basics}</h2>
      {isNew ? field("id", m.id, { hint: m.idHint, maxLength: 100 }) : null}
      {field("nameDe", m.nameDe, { optional: false })}
      {field("nameEn", m.nameEn)}
      <TextArea name="summaryDe" label={m.summaryDe} value={v("summaryDe")} error={errors.summaryDe} rows={3} />
      {area("summaryEn", m.summaryEn, undefined, 3)}
      {area("descriptionDe", m.descriptionDe, undefined, 6)}
      {area("descriptionEn", m.descriptionEn, undefined, 6)}
      {field("leikaKey", m.leikaKey, { hint: m.leikaHint, maxLength: 20 })}
      {area("synonyms", m.synonyms, m.perLine, 4)}

      <h2 class="kern-heading-medium">{m.content}</h2>
      {area("prerequisites", m.prerequisites, m.perLine)}
      <Fieldset id="costs" legend={m.costs} hint={m.costsHint}>
        {Array.from({ length: costRows(values) }, (_, i) => (
          <div class="st-field">
            <TextField name={`cost-label-${i}`} label={m.costLabel(i + 1)} value={v(`cost-label-${i}`)} error={errors[`cost-label-${i}`]} optional maxLength={500} />
            <TextField name={`cost-amount-${i}`} label={m.costAmount(i + 1)} value={v(`cost-amount-${i}`)} error={errors[`cost-amount-${i}`]} optional inputMode="decimal" maxLength={20} />
          </div>
        ))}
      </Fieldset>
      {area("requiredDocuments", m.requiredDocuments, m.perLine)}
      {area("procedure", m.procedure, m.procedureHint)}
      {field("processingTimeDe", m.processingTimeDe)}
      {field("processingTimeEn", m.processingTimeEn)}
      {area("legalBasis", m.legalBasis, m.legalHint, 3)}

      <h2 class="kern-heading-medium">{m.responsibility}</h2>
      <SelectField name="departmentId" label={m.departmentId} value={v("departmentId")} error={errors.departmentId} options={choicesOf([["", m.noChoice], ...options.departments])} />
      <CheckboxGroup name="locationIds" legend={m.locationIds} values={many(values, "locationIds")} error={errors.locationIds} options={options.locations} />

      <h2 class="kern-heading-medium">{m.online}</h2>
      <SelectField name="onlineKind" label={m.onlineKind} value={v("onlineKind") || "none"} error={errors.onlineKind} options={choicesOf(onlineKinds.map((k) => [k, m.onlineKinds[k]] as const))} />
      {field("onlineUrl", m.onlineUrl, { maxLength: 2000 })}
      {field("onlineTarget", m.onlineTarget, { hint: m.onlineTargetHint })}
      <SelectField name="trustLevel" label={m.trustLevel} value={v("trustLevel") || "none"} error={errors.trustLevel} options={choicesOf(trustLevels.map((k) => [k, m.trustLevels[k]] as const))} />

      <Fieldset id="related" legend={m.related} hint={m.relatedHint}>
        {Array.from({ length: RELATED_ROWS }, (_, i) => (
          <SelectField name={`related-${i}`} label={m.relatedField(i + 1)} value={v(`related-${i}`)} error={errors[`related-${i}`]} options={choicesOf([["", m.noChoice], ...services])} />
        ))}
      </Fieldset>
    </>
  );
}
