// The catalogue file check on its own (no database): the shared München file passes, and broken files
// get every problem named with its path in the file.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProblems, validateCatalogueFile, type CatalogueFile, type KnownIds } from "./index.ts";

const shared = JSON.parse(readFileSync(new URL("../../../../shared/data/munich-catalogue.json", import.meta.url), "utf8")) as CatalogueFile;
const nothingKnown: KnownIds = { departments: new Set(), locations: new Set(), services: new Set(), lifeSituations: new Set() };

/** A small valid file that each test breaks in its own way. */
function smallFile(): CatalogueFile {
  return {
    version: 1,
    city: { name: "München", bbox: [11.36, 48.061, 11.723, 48.248] },
    departments: [{ id: "kvr", name: "Kreisverwaltungsreferat", shortName: "KVR" }],
    locations: [
      {
        id: "bb-mitte", name: "Bürgerbüro Mitte", departmentId: "kvr", address: { street: "Ruppertstraße 19", postalCode: "80337", city: "München" },
        geo: [11.55, 48.12], openingHours: [{ weekdays: [1, 2], opens: "08:00", closes: "12:00" }], accessible: true,
      },
    ],
    services: [
      { id: "ausweis", leikaKey: "99009001001000", name: "Ausweis beantragen", summary: "Kurz.", departmentId: "kvr", locationIds: ["bb-mitte"] },
      { id: "pass", name: "Pass beantragen", summary: "Kurz.", departmentId: "kvr", relatedServiceIds: ["ausweis"] },
    ],
    lifeSituations: [{ id: "reisen", name: "Reisen", description: "Unterwegs.", serviceIds: ["pass"], steps: [{ title: "Vorher", serviceIds: ["ausweis"] }] }],
  };
}

function problemsOf(file: unknown, known: KnownIds | "unchecked" = nothingKnown): string[] {
  const result = validateCatalogueFile(file, known);
  return result.ok ? [] : formatProblems(result.problems);
}

describe("validateCatalogueFile", () => {
  it("accepts the shared München catalogue with all 179 services", () => {
    const result = validateCatalogueFile(shared, nothingKnown);
    expect(result.ok ? [] : formatProblems(result.problems)).toEqual([]);
    if (!result.ok) return;
    expect(result.catalogue.services).toHaveLength(179);
    expect(result.catalogue.departments.length).toBeGreaterThan(10);
  });

  it("accepts the small file", () => {
    expect(problemsOf(smallFile())).toEqual([]);
  });

  it("names every broken field with its path, in file order", () => {
    const file = smallFile() as { services: Array<Record<string, unknown>>; locations: Array<Record<string, unknown>> } & CatalogueFile;
    file.services[0]!.leikaKey = "12345";
    file.services[1]!.popularity = 500;
    file.services[1]!.onlineOffer = true;
    file.locations[0]!.openingHours = [
      { weekdays: [1, 8], opens: "08:00", closes: "12:00" },
      { weekdays: [3], opens: "14:00", closes: "13:00" },
    ];
    expect(problemsOf(file)).toEqual([
      "locations[0].openingHours[0].weekdays[1]: weekdays are 1 (Monday) to 7 (Sunday)",
      "services[0].leikaKey: must be 14 digits starting with 99",
      "services[1].popularity: must be at most 100",
      "services[1].onlineOffer: unknown field (misspelt?)",
    ]);
  });

  it("finds opening hours that close before they open or overlap", () => {
    const file = smallFile();
    file.locations![0]!.openingHours = [
      { weekdays: [1, 2], opens: "08:00", closes: "12:00" },
      { weekdays: [2], opens: "11:30", closes: "15:00" },
      { weekdays: [4], opens: "14:00", closes: "13:00" },
    ];
    expect(problemsOf(file)).toEqual([
      "locations[0].openingHours[2].closes: must be later than opens (14:00)",
      "locations[0].openingHours[1]: overlaps openingHours[0] on Tuesday",
    ]);
  });

  it("finds duplicate ids and references to entries that exist nowhere", () => {
    const file = smallFile();
    file.services!.push({ id: "ausweis", name: "Doppelt", summary: "Noch einmal.", departmentId: "gibts-nicht", locationIds: ["bb-nirgends"] });
    file.lifeSituations![0]!.steps![0]!.serviceIds = ["ausweis", "fehlt"];
    expect(problemsOf(file)).toEqual([
      'services[2].id: "ausweis" appears twice (also services[0])',
      'services[2].departmentId: unknown department "gibts-nicht"',
      'services[2].locationIds[0]: unknown location "bb-nirgends"',
      'lifeSituations[0].steps[0].serviceIds[1]: unknown service "fehlt"',
    ]);
  });

  it("accepts references to entries the database already holds, and leaves them open when unchecked", () => {
    const file = smallFile();
    file.services!.push({ id: "neue-leistung", name: "Neu", summary: "Neu.", departmentId: "rku", relatedServiceIds: ["alt"] });
    expect(problemsOf(file)).toHaveLength(2);
    expect(problemsOf(file, { ...nothingKnown, departments: new Set(["rku"]), services: new Set(["alt"]) })).toEqual([]);
    expect(problemsOf(file, "unchecked")).toEqual([]);
  });

  it("checks the online offer, appointments, self-references and translated lists", () => {
    const file = smallFile();
    Object.assign(file.services![0]!, {
      online: { available: true, kind: null },
      appointment: { bookable: true },
      relatedServiceIds: ["ausweis"],
      requiredDocuments: ["Foto", "alter Ausweis"],
      en: { requiredDocuments: ["photo"] },
    });
    file.services![1]!.online = { available: true, kind: "external", url: "javascript:alert(1)" };
    expect(problemsOf(file)).toEqual([
      "services[0].online.kind: is required when the offer is available",
      "services[0].appointment.durationMinutes: is required when bookable",
      "services[0].relatedServiceIds[0]: a service cannot be related to itself",
      "services[0].en.requiredDocuments: has 1 entries, requiredDocuments has 2 (translate item by item)",
      "services[1].online.url: must be an http(s) address",
    ]);
  });

  it("notices coordinates written as [latitude, longitude]", () => {
    const file = smallFile();
    file.locations![0]!.geo = [48.12, 11.55];
    expect(problemsOf(file)).toEqual(["locations[0].geo: looks like [latitude, longitude]; write [longitude, latitude]"]);
  });

  it("reports a wrong frame without looking into the entries", () => {
    expect(problemsOf({ version: 2, services: {} })).toEqual([
      "version: must be 1 (the only catalogue file version so far)",
      "services: must be a list",
    ]);
    expect(problemsOf([])).toEqual(["must be an object"]);
  });
});
