// Checks a whole catalogue file before anything is written: every entry against the schema, the rules
// inside each entry, duplicate ids, and every reference (to the file itself or to what the database
// already holds). Reports all problems at once, each with its path in the file.
import type { z } from "zod";
import {
  CatalogueFileFrame,
  DepartmentInput,
  LifeSituationInput,
  LocationInput,
  ServiceInput,
  type ValidCatalogue,
} from "./import-schema.ts";
import { importErrorMessages, problem, problemsFromZod, type ImportProblem, type JsonPath } from "./import-problems.ts";
import { checkLifeSituation, checkLocation, checkService } from "./validate-entries.ts";

/** Ids the database holds already: a file may refer to them without carrying them. */
export interface KnownIds {
  departments: ReadonlySet<string>;
  locations: ReadonlySet<string>;
  services: ReadonlySet<string>;
  lifeSituations: ReadonlySet<string>;
}

export type ValidationResult = { ok: true; catalogue: ValidCatalogue } | { ok: false; problems: ImportProblem[] };

type Collection = "departments" | "locations" | "lifeSituations" | "services";

interface Parsed<T> {
  entries: Array<{ value: T; index: number }>;
  /** Ids of every entry that has one, valid or not: a broken entry still exists for references. */
  ids: Set<string>;
}

function parseEach<T>(items: readonly unknown[], schema: z.ZodType<T>, collection: Collection, problems: ImportProblem[]): Parsed<T> {
  const entries: Parsed<T>["entries"] = [];
  const ids = new Set<string>();
  const firstAt = new Map<string, number>();
  items.forEach((item, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id === "string") {
      const first = firstAt.get(id);
      if (first !== undefined) problems.push(problem([collection, index, "id"], `"${id}" appears twice (also ${collection}[${first}])`));
      else firstAt.set(id, index);
      ids.add(id);
    }
    const parsed = schema.safeParse(item, { error: importErrorMessages });
    if (parsed.success) entries.push({ value: parsed.data, index });
    else problems.push(...problemsFromZod(parsed.error, [collection, index]));
  });
  return { entries, ids };
}

/**
 * Checks a parsed JSON document. `known` are the ids in the database; pass "unchecked" to check the
 * file alone (references that the file does not resolve are then left for the import to check).
 */
export function validateCatalogueFile(input: unknown, known: KnownIds | "unchecked"): ValidationResult {
  const frame = CatalogueFileFrame.safeParse(input, { error: importErrorMessages });
  if (!frame.success) return { ok: false, problems: problemsFromZod(frame.error, []) };
  const problems: ImportProblem[] = [];
  const file = frame.data;
  const departments = parseEach(file.departments, DepartmentInput, "departments", problems);
  const locations = parseEach(file.locations, LocationInput, "locations", problems);
  const services = parseEach(file.services, ServiceInput, "services", problems);
  const lifeSituations = parseEach(file.lifeSituations, LifeSituationInput, "lifeSituations", problems);

  const exists = (kind: Collection, inFile: Set<string>) => (id: string) => known === "unchecked" || inFile.has(id) || known[kind].has(id);
  const department = exists("departments", departments.ids);
  const location = exists("locations", locations.ids);
  const service = exists("services", services.ids);
  const refer = (at: JsonPath, id: string, found: (id: string) => boolean, what: string) => {
    if (!found(id)) problems.push(problem(at, `unknown ${what} "${id}"`));
  };
  const referAll = (at: JsonPath, ids: readonly string[], found: (id: string) => boolean, what: string) =>
    ids.forEach((id, i) => refer([...at, i], id, found, what));

  const bbox = file.city?.bbox;
  for (const { value: l, index } of locations.entries) {
    const at = ["locations", index];
    problems.push(...checkLocation(l, at, bbox));
    refer([...at, "departmentId"], l.departmentId, department, "department");
  }
  for (const { value: s, index } of services.entries) {
    const at = ["services", index];
    problems.push(...checkService(s, at));
    refer([...at, "departmentId"], s.departmentId, department, "department");
    referAll([...at, "locationIds"], s.locationIds, location, "location");
    referAll([...at, "relatedServiceIds"], s.relatedServiceIds, service, "service");
  }
  for (const { value: ls, index } of lifeSituations.entries) {
    const at = ["lifeSituations", index];
    problems.push(...checkLifeSituation(ls, at));
    referAll([...at, "serviceIds"], ls.serviceIds, service, "service");
    referAll([...at, "secondaryServiceIds"], ls.secondaryServiceIds, service, "service");
    ls.steps.forEach((step, i) => referAll([...at, "steps", i, "serviceIds"], step.serviceIds, service, "service"));
  }
  if (problems.length > 0) return { ok: false, problems: sortByPlace(problems) };
  const values = <T>(p: Parsed<T>) => p.entries.map((e) => e.value);
  return {
    ok: true,
    catalogue: {
      bbox,
      departments: values(departments),
      locations: values(locations),
      services: values(services),
      lifeSituations: values(lifeSituations),
    },
  };
}

const collectionOrder = ["", "version", "city", "departments", "locations", "services", "lifeSituations"];

/** File order: by collection, then by entry index, so the list reads from top to bottom. */
function sortByPlace(problems: ImportProblem[]): ImportProblem[] {
  const key = (p: ImportProblem) => {
    const m = /^([A-Za-z]*)(?:\[(\d+)\])?/.exec(p.path);
    return [collectionOrder.indexOf(m?.[1] ?? ""), Number(m?.[2] ?? -1)] as const;
  };
  return problems
    .map((p, i) => ({ p, i, k: key(p) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map((x) => x.p);
}
