// The catalogue file format (../shared/data/README.md, version 1) as zod schemas, plus the optional
// fields Stadttor adds (prerequisites, procedure, online target, trust level, steps, Leichte Sprache).
// German texts stand at the top of each entry; `en` and `de-simple` blocks carry translations.
import { z } from "zod";

const idMessage = "must be lowercase letters, digits and hyphens";
const idPattern = /^[a-z0-9-]+$/;
export const EntryId = z.string().regex(idPattern, idMessage).max(100);

/** Why `id` cannot name an entry, or null; for forms that say it in their own words. */
export function entryIdProblem(id: string): "format" | null {
  return !idPattern.test(id) || id.length > 100 ? "format" : null;
}
const Text = z.string().max(20_000).refine((s) => s.trim() !== "", "must not be empty");
const ShortText = z.string().max(500).refine((s) => s.trim() !== "", "must not be empty");
const Texts = z.array(Text).max(200);
const Ids = z.array(EntryId).max(5_000);
const WebAddress = z.httpUrl({ message: "must be an http(s) address" });
/** "HH:MM", 00:00–23:59; a closing time may also be 24:00 (open until midnight). */
const Time = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "must be a time HH:MM");
const PublicationStateInput = z.enum(["draft", "published", "archived"]);

const NameOnly = z.strictObject({ name: ShortText.optional() });

export const DepartmentInput = z.strictObject({
  id: EntryId,
  name: ShortText,
  shortName: ShortText,
  email: z.email({ message: "must be an e-mail address" }).nullish(),
  phone: ShortText.nullish(),
  website: WebAddress.nullish(),
  en: NameOnly.optional(),
  "de-simple": NameOnly.optional(),
});

const OpeningRuleInput = z.strictObject({
  weekdays: z.array(z.int().min(1, "weekdays are 1 (Monday) to 7 (Sunday)").max(7, "weekdays are 1 (Monday) to 7 (Sunday)")).min(1),
  opens: Time,
  closes: Time,
});

const LocationTranslation = z.strictObject({ name: ShortText.optional(), accessibilityNote: Text.optional() });

export const LocationInput = z.strictObject({
  id: EntryId,
  name: ShortText,
  departmentId: EntryId,
  address: z.strictObject({
    street: ShortText,
    postalCode: z.string().regex(/^\d{5}$/, "must be a German postal code of 5 digits"),
    city: ShortText,
  }),
  /** [longitude, latitude], as GeoJSON writes them. */
  geo: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).nullish(),
  openingHours: z.array(OpeningRuleInput).max(100).default([]),
  accessible: z.boolean().default(false),
  accessibilityNote: Text.nullish(),
  en: LocationTranslation.optional(),
  "de-simple": LocationTranslation.optional(),
});

const CostInput = z.strictObject({
  label: ShortText,
  amountCents: z.int().min(0).max(100_000_000),
  en: z.strictObject({ label: ShortText.optional() }).optional(),
  "de-simple": z.strictObject({ label: ShortText.optional() }).optional(),
});

/** Lists (documents, prerequisites, procedure) are translated item by item: same length, same order. */
const ServiceTranslation = z.strictObject({
  name: ShortText.optional(),
  summary: Text.optional(),
  description: Text.optional(),
  synonyms: z.array(ShortText).max(200).optional(),
  requiredDocuments: Texts.optional(),
  prerequisites: Texts.optional(),
  procedure: Texts.optional(),
  processingTime: ShortText.optional(),
});

export const ServiceInput = z.strictObject({
  id: EntryId,
  leikaKey: z.string().regex(/^99\d{12}$/, "must be 14 digits starting with 99").nullish(),
  name: ShortText,
  summary: Text,
  description: Text.nullish(),
  synonyms: z.array(ShortText).max(200).default([]),
  departmentId: EntryId,
  locationIds: Ids.default([]),
  costs: z.array(CostInput).max(50).default([]),
  requiredDocuments: Texts.default([]),
  prerequisites: Texts.default([]),
  procedure: Texts.default([]),
  legalBasis: z.array(ShortText).max(100).default([]),
  processingTime: ShortText.nullish(),
  online: z
    .strictObject({
      available: z.boolean(),
      kind: z.enum(["form", "appointment", "report", "external"]).nullable(),
      url: WebAddress.nullish(),
      target: ShortText.nullish(),
    })
    .optional(),
  trustLevel: z.enum(["none", "level1", "level3", "level4"]).default("none"),
  appointment: z.strictObject({ bookable: z.boolean(), durationMinutes: z.int().min(1).max(480).nullish() }).optional(),
  relatedServiceIds: Ids.default([]),
  popularity: z.int().min(1).max(100).default(50),
  state: PublicationStateInput.optional(),
  en: ServiceTranslation.optional(),
  "de-simple": ServiceTranslation.optional(),
});

const StepTranslation = z.strictObject({ title: ShortText.optional(), text: Text.optional() });

const StepInput = z.strictObject({
  title: ShortText,
  text: Text.nullish(),
  serviceIds: Ids.default([]),
  en: StepTranslation.optional(),
  "de-simple": StepTranslation.optional(),
});

const LifeSituationTranslation = z.strictObject({ name: ShortText.optional(), description: Text.optional() });

export const LifeSituationInput = z.strictObject({
  id: EntryId,
  name: ShortText,
  /** The introduction shown above the steps. */
  description: Text,
  /** The primary services: what this life situation is about. */
  serviceIds: Ids.default([]),
  /** Also useful, shown after the primary ones. */
  secondaryServiceIds: Ids.default([]),
  steps: z.array(StepInput).max(50).default([]),
  state: PublicationStateInput.optional(),
  en: LifeSituationTranslation.optional(),
  "de-simple": LifeSituationTranslation.optional(),
});

/**
 * The file's frame. Entries are checked one by one (see validate-catalogue-file.ts), so that one broken
 * entry does not hide the problems of the others.
 */
export const CatalogueFileFrame = z.strictObject({
  version: z.literal(1, { message: "must be 1 (the only catalogue file version so far)" }),
  notes: z.unknown().optional(),
  city: z
    .strictObject({
      name: ShortText,
      ags: z.string().regex(/^\d{8}$/, "must be the 8-digit Amtlicher Gemeindeschlüssel").optional(),
      /** [minLon, minLat, maxLon, maxLat] */
      bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
    })
    .optional(),
  departments: z.array(z.unknown()).default([]),
  locations: z.array(z.unknown()).default([]),
  lifeSituations: z.array(z.unknown()).default([]),
  services: z.array(z.unknown()).default([]),
});

export type DepartmentInput = z.output<typeof DepartmentInput>;
export type LocationInput = z.output<typeof LocationInput>;
export type ServiceInput = z.output<typeof ServiceInput>;
export type LifeSituationInput = z.output<typeof LifeSituationInput>;

/** A catalogue file as written (optional fields may be left out), e.g. for the demo seed. */
export interface CatalogueFile {
  version: 1;
  notes?: unknown;
  city?: z.input<typeof CatalogueFileFrame>["city"];
  departments?: z.input<typeof DepartmentInput>[];
  locations?: z.input<typeof LocationInput>[];
  lifeSituations?: z.input<typeof LifeSituationInput>[];
  services?: z.input<typeof ServiceInput>[];
}

/** A checked catalogue file: every entry valid, every reference inside the file resolved or known. */
export interface ValidCatalogue {
  bbox: readonly [number, number, number, number] | undefined;
  departments: DepartmentInput[];
  locations: LocationInput[];
  lifeSituations: LifeSituationInput[];
  services: ServiceInput[];
}
