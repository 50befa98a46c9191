// What differs between the kinds of entry in the editor: how an entry becomes form values, how values
// become an entry again, which fields the form shows, and where a problem found by the import's checks goes.
import type { FunctionComponent } from "preact";
import type { EditableKind, EntryContent } from "../../kernel/catalogue/index.ts";
import type { FormValues } from "./form-values.ts";
import type { FieldsProps, FormContext } from "./form-types.ts";
import { LifeSituationFields } from "./life-situation-fields.tsx";
import { lifeSituationField, lifeSituationValues, readLifeSituationForm } from "./life-situation-form.ts";
import { LocationFields } from "./location-fields.tsx";
import { locationField, locationValues, readLocationForm } from "./location-form.ts";
import { ServiceFields } from "./service-fields.tsx";
import { readServiceForm, serviceValues } from "./service-form.ts";

export interface KindForm<K extends EditableKind> {
  values(entry: EntryContent[K]): FormValues;
  /** Values for an empty form. */
  blank: FormValues;
  read(values: FormValues, ctx: FormContext<K>): { ok: true; entry: EntryContent[K] } | { ok: false; errors: Record<string, string> };
  Fields: FunctionComponent<FieldsProps>;
  /** The form field for a path inside the entry (`costs[1].amountCents` → `cost-amount-1`). */
  fieldOf(path: string): string;
}

const serviceField = (path: string): string => {
  const [head, index, sub] = path.split(/[[\].]+/).filter(Boolean);
  if (head === "costs") return `cost-${sub === "label" ? "label" : "amount"}-${index ?? 0}`;
  if (head === "relatedServiceIds") return `related-${index ?? 0}`;
  if (head === "online") return index === "url" ? "onlineUrl" : index === "target" ? "onlineTarget" : "onlineKind";
  if (head === "en") return { name: "nameEn", summary: "summaryEn", description: "descriptionEn", processingTime: "processingTimeEn" }[index ?? ""] ?? "nameEn";
  const map: Record<string, string> = { name: "nameDe", summary: "summaryDe", description: "descriptionDe", processingTime: "processingTimeDe", id: "nameDe" };
  return map[head ?? ""] ?? head ?? "nameDe";
};

export const kindForms: { [K in EditableKind]: KindForm<K> } = {
  service: {
    values: serviceValues,
    blank: { onlineKind: "none", trustLevel: "none", departmentId: "" },
    read: readServiceForm,
    Fields: ServiceFields,
    fieldOf: serviceField,
  },
  location: { values: locationValues, blank: { departmentId: "", city: "" }, read: readLocationForm, Fields: LocationFields, fieldOf: locationField },
  "life-situation": { values: lifeSituationValues, blank: {}, read: readLifeSituationForm, Fields: LifeSituationFields, fieldOf: lifeSituationField },
};
