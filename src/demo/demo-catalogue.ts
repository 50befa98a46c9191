// München demo data for a first look, in the catalogue file format: a few departments, offices with
// opening hours, the services people ask for most and the life situations they belong to. Written for
// Stadttor; ids match the full catalogue (../shared/data), so importing that over the demo updates
// these entries instead of doubling them.
import type { CatalogueFile } from "../kernel/catalogue/index.ts";
import { demoLifeSituations } from "./demo-life-situations.ts";
import { demoServices } from "./demo-services.ts";

type Department = NonNullable<CatalogueFile["departments"]>[number];
type Location = NonNullable<CatalogueFile["locations"]>[number];

const demoDepartments: Department[] = [
  { id: "kvr", shortName: "KVR", name: "Kreisverwaltungsreferat", en: { name: "Department of Public Order" }, email: "kvr@stadttor.example", phone: "089 233-00000" },
  { id: "mor", shortName: "MOR", name: "Mobilitätsreferat", en: { name: "Mobility Department" }, email: "mobilitaet@stadttor.example", phone: "089 233-00001" },
  { id: "bau", shortName: "BAU", name: "Baureferat", en: { name: "Department of Public Works" }, email: "bau@stadttor.example", phone: "089 233-00002" },
  { id: "ska", shortName: "SKA", name: "Stadtkämmerei", en: { name: "City Treasury" }, email: "steuern@stadttor.example", phone: "089 233-00003" },
  { id: "awm", shortName: "AWM", name: "Abfallwirtschaftsbetrieb München", en: { name: "Munich Waste Management" }, email: "awm@stadttor.example", phone: "089 233-00004" },
  { id: "rku", shortName: "RKU", name: "Referat für Klima- und Umweltschutz", en: { name: "Department of Climate and Environmental Protection" }, email: "rku@stadttor.example", phone: "089 233-00005" },
  { id: "plan", shortName: "PLAN", name: "Referat für Stadtplanung und Bauordnung", en: { name: "Department of Urban Planning and Building Regulation" }, email: "plan@stadttor.example", phone: "089 233-00006" },
];

const officeHours = [
  { weekdays: [1, 2, 5], opens: "07:30", closes: "12:00" },
  { weekdays: [3], opens: "08:30", closes: "12:00" },
  { weekdays: [4], opens: "08:30", closes: "15:00" },
];

const stepFree = { de: "Stufenloser Eingang, Aufzug und eine barrierefreie Toilette.", en: "Step-free entrance, lift and an accessible toilet." };

function office(id: string, departmentId: string, de: string, en: string, street: string, postalCode: string, geo: [number, number], accessible: boolean, openingHours = officeHours): Location {
  return {
    id, departmentId, name: de, en: { name: en, ...(accessible ? { accessibilityNote: stepFree.en } : {}) },
    address: { street, postalCode, city: "München" }, geo, openingHours, accessible,
    ...(accessible ? { accessibilityNote: stepFree.de } : {}),
  };
}

const demoLocations: Location[] = [
  office("bb-ruppertstrasse", "kvr", "Bürgerbüro Ruppertstraße", "Citizens' Office Ruppertstraße", "Ruppertstraße 19", "80337", [11.5541, 48.1234], true),
  office("bb-pasing", "kvr", "Bürgerbüro Pasing", "Citizens' Office Pasing", "Landsberger Straße 486", "81241", [11.4617, 48.1462], true),
  office("bb-orleansplatz", "kvr", "Bürgerbüro Orleansplatz", "Citizens' Office Orleansplatz", "Orleansplatz 11", "81667", [11.6043, 48.1276], false),
  office("kfz-eichstaetter-strasse", "kvr", "Kfz-Zulassungsstelle Eichstätter Straße", "Vehicle Registration Office Eichstätter Straße", "Eichstätter Straße 2", "80686", [11.5225, 48.1398], true, [
    { weekdays: [1, 2, 3, 4, 5], opens: "07:30", closes: "12:00" },
    { weekdays: [4], opens: "14:00", closes: "17:30" },
  ]),
  office("wertstoffhof-arnulfstrasse", "awm", "Wertstoffhof Arnulfstraße", "Recycling Centre Arnulfstraße", "Arnulfstraße 290", "80639", [11.5229, 48.1452], true, [
    { weekdays: [1, 2, 3, 4, 5], opens: "07:00", closes: "18:00" },
    { weekdays: [6], opens: "07:30", closes: "15:00" },
  ]),
];

export const demoCatalogue: CatalogueFile = {
  version: 1,
  notes: "Stadttor-Demodaten: eigene Texte, fiktive Kontaktdaten.",
  city: { name: "München", ags: "09162000", bbox: [11.36, 48.061, 11.723, 48.248] },
  departments: demoDepartments,
  locations: demoLocations,
  services: demoServices,
  lifeSituations: demoLifeSituations,
};
