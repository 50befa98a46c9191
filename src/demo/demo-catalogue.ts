// München demo data for a first look: a few departments, offices with opening hours, the services people
// ask for most and the life situations they belong to. Written for Stadttor; the full catalogue is imported.
import type { LocalizedText, OnlineKind } from "../kernel/catalogue/index.ts";

export interface DemoDepartment { id: string; shortName: string; name: LocalizedText; email: string; phone: string }
export interface DemoLocation {
  id: string; departmentId: string; name: LocalizedText; street: string; postalCode: string;
  geo: [number, number]; accessible: boolean;
  hours: Array<{ weekdays: number[]; opens: string; closes: string }>;
}
export interface DemoService {
  id: string; name: LocalizedText; summary: LocalizedText; synonyms: string[]; departmentId: string;
  onlineKind: OnlineKind | null; popularity: number; locationIds: string[];
}
export interface DemoLifeSituation { id: string; name: LocalizedText; introduction: LocalizedText; serviceIds: string[] }

export const demoDepartments: DemoDepartment[] = [
  { id: "kvr", shortName: "KVR", name: { de: "Kreisverwaltungsreferat", en: "Department of Public Order" }, email: "kvr@stadttor.example", phone: "089 233-00000" },
  { id: "mor", shortName: "MOR", name: { de: "Mobilitätsreferat", en: "Mobility Department" }, email: "mobilitaet@stadttor.example", phone: "089 233-00001" },
  { id: "bau", shortName: "BAU", name: { de: "Baureferat", en: "Department of Public Works" }, email: "bau@stadttor.example", phone: "089 233-00002" },
  { id: "ska", shortName: "SKA", name: { de: "Stadtkämmerei", en: "City Treasury" }, email: "steuern@stadttor.example", phone: "089 233-00003" },
  { id: "awm", shortName: "AWM", name: { de: "Abfallwirtschaftsbetrieb München", en: "Munich Waste Management" }, email: "awm@stadttor.example", phone: "089 233-00004" },
  { id: "rku", shortName: "RKU", name: { de: "Referat für Klima- und Umweltschutz", en: "Department of Climate and Environmental Protection" }, email: "rku@stadttor.example", phone: "089 233-00005" },
];

const officeHours = [
  { weekdays: [1, 2, 5], opens: "07:30", closes: "12:00" },
  { weekdays: [3], opens: "08:30", closes: "12:00" },
  { weekdays: [4], opens: "08:30", closes: "15:00" },
];

export const demoLocations: DemoLocation[] = [
  { id: "bb-ruppertstrasse", departmentId: "kvr", name: { de: "Bürgerbüro Ruppertstraße", en: "Citizens' Office Ruppertstraße" }, street: "Ruppertstraße 19", postalCode: "80337", geo: [11.5541, 48.1234], accessible: true, hours: officeHours },
  { id: "bb-pasing", departmentId: "kvr", name: { de: "Bürgerbüro Pasing", en: "Citizens' Office Pasing" }, street: "Landsberger Straße 486", postalCode: "81241", geo: [11.4617, 48.1462], accessible: true, hours: officeHours },
  { id: "bb-orleansplatz", departmentId: "kvr", name: { de: "Bürgerbüro Orleansplatz", en: "Citizens' Office Orleansplatz" }, street: "Orleansplatz 11", postalCode: "81667", geo: [11.6043, 48.1276], accessible: false, hours: officeHours },
  { id: "kfz-eichstaetter-strasse", departmentId: "kvr", name: { de: "Kfz-Zulassungsstelle Eichstätter Straße", en: "Vehicle Registration Office Eichstätter Straße" }, street: "Eichstätter Straße 2", postalCode: "80686", geo: [11.5225, 48.1398], accessible: true, hours: [{ weekdays: [1, 2, 3, 4, 5], opens: "07:30", closes: "12:00" }, { weekdays: [4], opens: "14:00", closes: "17:30" }] },
  { id: "wertstoffhof-arnulfstrasse", departmentId: "awm", name: { de: "Wertstoffhof Arnulfstraße", en: "Recycling Centre Arnulfstraße" }, street: "Arnulfstraße 290", postalCode: "80639", geo: [11.5229, 48.1452], accessible: true, hours: [{ weekdays: [1, 2, 3, 4, 5], opens: "07:00", closes: "18:00" }, { weekdays: [6], opens: "07:30", closes: "15:00" }] },
];

const buergerbueros = ["bb-ruppertstrasse", "bb-pasing", "bb-orleansplatz"];

export const demoServices: DemoService[] = [
  { id: "wohnsitz-anmelden", departmentId: "kvr", onlineKind: "form", popularity: 98, locationIds: buergerbueros, synonyms: ["Ummeldung", "Anmeldung", "Umzug melden", "Meldeadresse"],
    name: { de: "Wohnsitz anmelden", en: "Register your address" }, summary: { de: "Nach einem Umzug nach München melden Sie Ihre neue Wohnung innerhalb von zwei Wochen an.", en: "After moving to Munich, register your new home within two weeks." } },
  { id: "personalausweis-beantragen", departmentId: "kvr", onlineKind: "appointment", popularity: 95, locationIds: buergerbueros, synonyms: ["Perso", "Ausweis", "ID-Karte"],
    name: { de: "Personalausweis beantragen", en: "Apply for an identity card" }, summary: { de: "Den neuen Personalausweis beantragen Sie persönlich mit Termin in einem Bürgerbüro.", en: "Apply in person for a new identity card at a citizens' office, by appointment." } },
  { id: "reisepass-beantragen", departmentId: "kvr", onlineKind: "appointment", popularity: 88, locationIds: buergerbueros, synonyms: ["Pass", "Reisepass", "Pass verlängern"],
    name: { de: "Reisepass beantragen", en: "Apply for a passport" }, summary: { de: "Für Reisen außerhalb der EU brauchen Sie einen gültigen Reisepass. Die Herstellung dauert einige Wochen.", en: "You need a valid passport to travel outside the EU. Production takes a few weeks." } },
  { id: "kfz-zulassung", departmentId: "kvr", onlineKind: "form", popularity: 80, locationIds: ["kfz-eichstaetter-strasse"], synonyms: ["Auto anmelden", "Kennzeichen", "Zulassung"],
    name: { de: "Fahrzeug zulassen", en: "Register a vehicle" }, summary: { de: "Ein neues oder gebrauchtes Fahrzeug lassen Sie online oder bei der Zulassungsstelle zu.", en: "Register a new or used vehicle online or at the registration office." } },
  { id: "sperrmuell-abholung", departmentId: "awm", onlineKind: "form", popularity: 62, locationIds: [], synonyms: ["Sperrmüll", "Möbel entsorgen"],
    name: { de: "Sperrmüll abholen lassen", en: "Bulky waste collection" }, summary: { de: "Große Gegenstände wie Möbel holt der Abfallwirtschaftsbetrieb gegen Gebühr bei Ihnen ab.", en: "Munich Waste Management collects large items such as furniture for a fee." } },
  { id: "meldebescheinigung", departmentId: "kvr", onlineKind: "form", popularity: 60, locationIds: buergerbueros, synonyms: ["Meldebestätigung", "Wohnsitzbescheinigung"],
    name: { de: "Meldebescheinigung beantragen", en: "Certificate of registration" }, summary: { de: "Die Meldebescheinigung bestätigt, wo Sie gemeldet sind – zum Beispiel für Arbeitgeber oder Banken.", en: "Confirms where you are registered, for example for employers or banks." } },
  { id: "gewerbe-anmelden", departmentId: "kvr", onlineKind: "form", popularity: 55, locationIds: [], synonyms: ["Gewerbeanmeldung", "Selbstständig machen", "Firma gründen"],
    name: { de: "Gewerbe anmelden", en: "Register a business" }, summary: { de: "Wer ein Gewerbe beginnt, meldet es vorher an. Das geht vollständig online.", en: "Anyone starting a trade registers it beforehand. This can be done fully online." } },
  { id: "bewohnerparkausweis", departmentId: "kvr", onlineKind: "form", popularity: 55, locationIds: [], synonyms: ["Parkausweis", "Anwohnerparken", "Parklizenz"],
    name: { de: "Bewohnerparkausweis beantragen", en: "Residents' parking permit" }, summary: { de: "Mit dem Bewohnerparkausweis parken Sie in Ihrem Lizenzgebiet ohne Parkschein.", en: "Park in your permit zone without a parking ticket." } },
  { id: "hundesteuer-anmelden", departmentId: "ska", onlineKind: "form", popularity: 38, locationIds: [], synonyms: ["Hund anmelden", "Hundemarke"],
    name: { de: "Hund zur Hundesteuer anmelden", en: "Register a dog for dog tax" }, summary: { de: "Wer in München einen Hund hält, meldet ihn innerhalb von zwei Wochen zur Hundesteuer an.", en: "Dog owners in Munich register their dog for dog tax within two weeks." } },
  { id: "geburt-beurkunden", departmentId: "kvr", onlineKind: "form", popularity: 45, locationIds: [], synonyms: ["Geburtsurkunde", "Baby anmelden"],
    name: { de: "Geburt beurkunden lassen", en: "Register a birth" }, summary: { de: "Das Standesamt beurkundet die Geburt Ihres Kindes und stellt die Geburtsurkunden aus.", en: "The registry office records your child's birth and issues birth certificates." } },
  { id: "eheschliessung-anmelden", departmentId: "kvr", onlineKind: "appointment", popularity: 35, locationIds: [], synonyms: ["Heiraten", "Hochzeit", "Trauung"],
    name: { de: "Eheschließung anmelden", en: "Give notice of marriage" }, summary: { de: "Vor der Trauung melden Sie die Eheschließung beim Standesamt an.", en: "Before the wedding, give notice of your marriage at the registry office." } },
  { id: "schlagloch-melden", departmentId: "bau", onlineKind: "report", popularity: 40, locationIds: [], synonyms: ["Straßenschaden", "Loch in der Straße", "Gehweg kaputt"],
    name: { de: "Schaden an Straße oder Gehweg melden", en: "Report damage to a road or pavement" }, summary: { de: "Schlaglöcher, lose Platten oder defekte Straßenlaternen melden Sie online – mit Ort und Foto.", en: "Report potholes, loose paving or broken street lights online, with place and photo." } },
  { id: "baumfaellung-genehmigung", departmentId: "rku", onlineKind: "form", popularity: 20, locationIds: [], synonyms: ["Baum fällen", "Baumschutz"],
    name: { de: "Baumfällung genehmigen lassen", en: "Permit to fell a tree" }, summary: { de: "Geschützte Bäume dürfen nur mit Genehmigung gefällt werden.", en: "Protected trees may only be felled with a permit." } },
];

export const demoLifeSituations: DemoLifeSituation[] = [
  { id: "umzug", name: { de: "Umzug", en: "Moving house" }, introduction: { de: "Neue Wohnung, neue Adresse: Das ist bei einem Umzug zu erledigen.", en: "New home, new address: what to take care of when you move." }, serviceIds: ["wohnsitz-anmelden", "meldebescheinigung", "bewohnerparkausweis", "sperrmuell-abholung"] },
  { id: "geburt", name: { de: "Geburt eines Kindes", en: "Birth of a child" }, introduction: { de: "Willkommen! Diese Schritte stehen nach der Geburt an.", en: "Welcome! These steps follow the birth of a child." }, serviceIds: ["geburt-beurkunden", "reisepass-beantragen"] },
  { id: "hund-haustier", name: { de: "Hund und Haustier", en: "Dogs and pets" }, introduction: { de: "Was Sie als Hundehalterin oder Hundehalter erledigen müssen.", en: "What dog owners need to do." }, serviceIds: ["hundesteuer-anmelden"] },
  { id: "gewerbe-gruenden", name: { de: "Gewerbe gründen", en: "Starting a business" }, introduction: { de: "Vom Gewerbeschein bis zur Genehmigung: so starten Sie in München.", en: "From trade licence to permit: how to start in Munich." }, serviceIds: ["gewerbe-anmelden"] },
  { id: "heirat", name: { de: "Heirat", en: "Getting married" }, introduction: { de: "Von der Anmeldung der Eheschließung bis zu neuen Dokumenten.", en: "From giving notice of marriage to new documents." }, serviceIds: ["eheschliessung-anmelden", "personalausweis-beantragen", "reisepass-beantragen"] },
  { id: "ausweise-dokumente", name: { de: "Ausweise und Dokumente", en: "ID and documents" }, introduction: { de: "Personalausweis, Reisepass und Bescheinigungen.", en: "Identity card, passport and certificates." }, serviceIds: ["personalausweis-beantragen", "reisepass-beantragen", "meldebescheinigung"] },
  { id: "auto-verkehr", name: { de: "Auto und Verkehr", en: "Cars and traffic" }, introduction: { de: "Fahrzeug zulassen, parken, Schäden melden.", en: "Register a vehicle, park, report damage." }, serviceIds: ["kfz-zulassung", "bewohnerparkausweis", "schlagloch-melden"] },
];

/** Demo staff: one per department plus administrators. Passwords are printed on start (never in production). */
export const demoStaff = [
  { email: "sachbearbeitung.kvr@stadttor.example", name: "Kim Berger (KVR)", roles: [{ role: "staff", departmentId: "kvr" }] },
  { email: "sachbearbeitung.bau@stadttor.example", name: "Jonas Huber (Baureferat)", roles: [{ role: "staff", departmentId: "bau" }] },
  { email: "leitung.kvr@stadttor.example", name: "Aylin Demir (KVR, Leitung)", roles: [{ role: "staff", departmentId: "kvr" }, { role: "department-admin", departmentId: "kvr" }] },
  { email: "redaktion@stadttor.example", name: "Paula Schmid (Redaktion)", roles: [{ role: "editor", departmentId: null }] },
  { email: "admin@stadttor.example", name: "Plattform-Administration", roles: [{ role: "platform-admin", departmentId: null }] },
] as const;

export const DEMO_STAFF_PASSWORD = "Stadttor-Demo-2026";
