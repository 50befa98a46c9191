// The fields of the location form: name, department, address, coordinates, accessibility and a week of
// opening hours (a fieldset per weekday with "opens"/"closes" pairs).
import { SelectField, TextArea, TextField, usePage } from "../../platform/html/index.ts";
import { Checkbox, choicesOf, Fieldset } from "./editor-fields.tsx";
import { one } from "./form-values.ts";
import type { FieldsProps } from "./form-types.ts";
import { hourRows, hoursField, weekdays } from "./location-form.ts";
import { locationFormMessages } from "./location-form-messages.ts";
import { serviceFormMessages } from "./service-form-messages.ts";

export function LocationFields({ values, errors, options, isNew }: FieldsProps) {
  const { locale } = usePage();
  const m = locationFormMessages.in(locale);
  const s = serviceFormMessages.in(locale);
  const v = (name: string) => one(values, name);
  const field = (name: string, label: string, extra: { hint?: string; optional?: boolean; maxLength?: number; inputMode?: "numeric" | "decimal" } = {}) => (
    <TextField
      name={name} label={label} value={v(name)} error={errors[name]} optional={extra.optional ?? true} maxLength={extra.maxLength ?? 500}
      {...(extra.hint ? { hint: extra.hint } : {})} {...(extra.inputMode ? { inputMode: extra.inputMode } : {})}
    />
  );
  return (
    <>
      <h2 class="kern-heading-medium">{m.basics}</h2>
      {isNew ? field("id", s.id, { hint: m.idHint, maxLength: 100 }) : null}
      {field("nameDe", m.nameDe, { optional: false })}
      {field("nameEn", m.nameEn)}
      <SelectField name="departmentId" label={m.departmentId} value={v("departmentId")} error={errors.departmentId} options={choicesOf([["", s.noChoice], ...options.departments])} />

      <h2 class="kern-heading-medium">{m.address}</h2>
      {field("street", m.street, { optional: false })}
      {field("postalCode", m.postalCode, { optional: false, maxLength: 5, inputMode: "numeric" })}
      {field("city", m.city, { optional: false })}
      {field("longitude", m.longitude, { hint: m.coordinatesHint, maxLength: 30, inputMode: "decimal" })}
      {field("latitude", m.latitude, { maxLength: 30, inputMode: "decimal" })}

      <h2 class="kern-heading-medium">{m.accessibility}</h2>
      <Checkbox id="accessible" name="accessible" value="ja" label={m.accessible} checked={v("accessible") === "ja"} />
      <TextArea name="accessibilityNoteDe" label={m.accessibilityNoteDe} value={v("accessibilityNoteDe")} error={errors.accessibilityNoteDe} optional rows={3} />
      <TextArea name="accessibilityNoteEn" label={m.accessibilityNoteEn} value={v("accessibilityNoteEn")} error={errors.accessibilityNoteEn} optional rows={3} />

      <Fieldset id="openingHours" legend={m.openingHours} hint={m.openingHoursHint} error={errors.openingHours}>
        {weekdays.map((day) => {
          const name = m.weekdays[String(day) as keyof typeof m.weekdays];
          return (
            <Fieldset id={`hours-${day}`} legend={name}>
              {Array.from({ length: hourRows(values, day) }, (_, i) => (
                <div class="st-field">
                  {field(hoursField(day, i, "opens"), m.opens(name, i + 1), { maxLength: 5 })}
                  {field(hoursField(day, i, "closes"), m.closes(name, i + 1), { maxLength: 5 })}
                </div>
              ))}
            </Fieldset>
          );
        })}
      </Fieldset>
    </>
  );
}
