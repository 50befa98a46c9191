// The demo's services: the ones people ask for most, a few with full detail (costs, documents, steps,
// Leichte Sprache) so the service page has something to show. Texts are Stadttor's own.
import type { CatalogueFile } from "../kernel/catalogue/index.ts";

type Service = NonNullable<CatalogueFile["services"]>[number];

const buergerbueros = ["bb-ruppertstrasse", "bb-pasing", "bb-orleansplatz"];
const free = [{ label: "gebührenfrei", amountCents: 0, en: { label: "free of charge" } }];

export const demoServices: Service[] = [
  {
    id: "wohnsitz-anmelden", departmentId: "kvr", popularity: 98, locationIds: buergerbueros,
    name: "Wohnsitz anmelden", summary: "Nach einem Umzug nach München melden Sie Ihre neue Wohnung innerhalb von zwei Wochen an.",
    synonyms: ["Ummeldung", "Anmeldung", "Umzug melden", "Meldeadresse"],
    description: "Wer in München eine Wohnung bezieht, meldet sich innerhalb von zwei Wochen an. Das geht online mit der Online-Ausweisfunktion oder mit Termin im Bürgerbüro. Sie können auch eine Person mit Vollmacht schicken.",
    costs: free,
    requiredDocuments: ["Personalausweis oder Reisepass", "Bestätigung der Vermieterin oder des Vermieters (Wohnungsgeberbestätigung)"],
    prerequisites: ["Sie sind in eine Wohnung in München eingezogen."],
    procedure: ["Wohnungsgeberbestätigung von der Vermieterin oder dem Vermieter holen.", "Online anmelden oder einen Termin im Bürgerbüro buchen.", "Meldebestätigung aufbewahren."],
    legalBasis: ["§ 17 Bundesmeldegesetz (BMG)"],
    processingTime: "sofort",
    online: { available: true, kind: "form", target: "wohnsitz-anmelden" },
    trustLevel: "level3",
    appointment: { bookable: true, durationMinutes: 15 },
    relatedServiceIds: ["meldebescheinigung", "bewohnerparkausweis", "personalausweis-beantragen"],
    en: {
      name: "Register your address",
      summary: "After moving to Munich, register your new home within two weeks.",
      description: "Anyone moving into a home in Munich registers within two weeks: online with the eID function of the identity card, or by appointment at a citizens' office. Someone with your written authorisation may go for you.",
      synonyms: ["registration", "Anmeldung", "address registration"],
      requiredDocuments: ["Identity card or passport", "Confirmation from your landlord (Wohnungsgeberbestätigung)"],
      prerequisites: ["You have moved into a home in Munich."],
      procedure: ["Get the confirmation from your landlord.", "Register online or book an appointment at a citizens' office.", "Keep the confirmation of registration."],
      processingTime: "immediately",
    },
    "de-simple": {
      name: "Neue Wohnung melden",
      summary: "Sie wohnen jetzt in München? Dann müssen Sie das der Stadt sagen. Sie haben dafür 2 Wochen Zeit.",
    },
  },
  {
    id: "personalausweis-beantragen", leikaKey: "99009001001000", departmentId: "kvr", popularity: 95, locationIds: buergerbueros,
    name: "Personalausweis beantragen", summary: "Den neuen Personalausweis beantragen Sie persönlich mit Termin in einem Bürgerbüro.",
    synonyms: ["Perso", "Ausweis", "ID-Karte"],
    description: "Der Personalausweis wird in der Bundesdruckerei hergestellt. Deshalb kommen Sie zweimal: einmal zum Beantragen mit Foto und Fingerabdrücken, einmal zum Abholen – oder Sie lassen ihn sich schicken.",
    costs: [
      { label: "ab 24 Jahren", amountCents: 4600, en: { label: "aged 24 or over" } },
      { label: "unter 24 Jahren", amountCents: 2760, en: { label: "under 24" } },
    ],
    requiredDocuments: ["bisheriger Ausweis oder Reisepass", "ein aktuelles biometrisches Passfoto"],
    procedure: ["Termin im Bürgerbüro buchen.", "Persönlich beantragen: Foto und Fingerabdrücke.", "Nach Nachricht abholen oder zuschicken lassen."],
    legalBasis: ["Personalausweisgesetz (PAuswG)"],
    processingTime: "etwa drei bis vier Wochen",
    online: { available: true, kind: "appointment", target: "personalausweis-beantragen" },
    appointment: { bookable: true, durationMinutes: 15 },
    relatedServiceIds: ["reisepass-beantragen"],
    en: {
      name: "Apply for an identity card", summary: "Apply in person for a new identity card at a citizens' office, by appointment.",
      requiredDocuments: ["your current identity card or passport", "a recent biometric passport photo"],
      procedure: ["Book an appointment at a citizens' office.", "Apply in person: photo and fingerprints.", "Collect it when notified, or have it sent to you."],
      processingTime: "about three to four weeks",
    },
  },
  {
    id: "reisepass-beantragen", departmentId: "kvr", popularity: 88, locationIds: buergerbueros, synonyms: ["Pass", "Reisepass", "Pass verlängern"],
    name: "Reisepass beantragen", summary: "Für Reisen außerhalb der EU brauchen Sie einen gültigen Reisepass. Die Herstellung dauert einige Wochen.",
    online: { available: true, kind: "appointment" }, appointment: { bookable: true, durationMinutes: 15 },
    relatedServiceIds: ["personalausweis-beantragen"],
    en: { name: "Apply for a passport", summary: "You need a valid passport to travel outside the EU. Production takes a few weeks." },
  },
  {
    id: "kfz-zulassung", departmentId: "kvr", popularity: 80, locationIds: ["kfz-eichstaetter-strasse"], synonyms: ["Auto anmelden", "Kennzeichen", "Zulassung"],
    name: "Fahrzeug zulassen", summary: "Ein neues oder gebrauchtes Fahrzeug lassen Sie online oder bei der Zulassungsstelle zu.",
    online: { available: true, kind: "form" }, trustLevel: "level3", appointment: { bookable: true, durationMinutes: 20 },
    en: { name: "Register a vehicle", summary: "Register a new or used vehicle online or at the registration office." },
  },
  {
    id: "sperrmuell-abholung", departmentId: "awm", popularity: 62, synonyms: ["Sperrmüll", "Möbel entsorgen"],
    name: "Sperrmüll abholen lassen", summary: "Große Gegenstände wie Möbel holt der Abfallwirtschaftsbetrieb gegen Gebühr bei Ihnen ab.",
    procedure: ["Gegenstände auflisten.", "Abholtermin online bestellen.", "Am Abholtag alles gut erreichbar bereitstellen."],
    online: { available: true, kind: "form" },
    en: {
      name: "Bulky waste collection", summary: "Munich Waste Management collects large items such as furniture for a fee.",
      procedure: ["List the items.", "Order a collection date online.", "On the day, put everything where it is easy to reach."],
    },
  },
  {
    id: "meldebescheinigung", departmentId: "kvr", popularity: 60, locationIds: buergerbueros, synonyms: ["Meldebestätigung", "Wohnsitzbescheinigung"],
    name: "Meldebescheinigung beantragen", summary: "Die Meldebescheinigung bestätigt, wo Sie gemeldet sind – zum Beispiel für Arbeitgeber oder Banken.",
    online: { available: true, kind: "form" }, trustLevel: "level3",
    relatedServiceIds: ["wohnsitz-anmelden"],
    en: { name: "Certificate of registration", summary: "Confirms where you are registered, for example for employers or banks." },
  },
  {
    id: "gewerbe-anmelden", departmentId: "kvr", popularity: 55, synonyms: ["Gewerbeanmeldung", "Selbstständig machen", "Firma gründen"],
    name: "Gewerbe anmelden", summary: "Wer ein Gewerbe beginnt, meldet es vorher an. Das geht vollständig online.",
    online: { available: true, kind: "form" }, trustLevel: "level3",
    en: { name: "Register a business", summary: "Anyone starting a trade registers it beforehand. This can be done fully online." },
  },
  {
    id: "bewohnerparkausweis", departmentId: "kvr", popularity: 55, synonyms: ["Parkausweis", "Anwohnerparken", "Parklizenz"],
    name: "Bewohnerparkausweis beantragen", summary: "Mit dem Bewohnerparkausweis parken Sie in Ihrem Lizenzgebiet ohne Parkschein.",
    online: { available: true, kind: "form" }, trustLevel: "level1",
    en: { name: "Residents' parking permit", summary: "Park in your permit zone without a parking ticket." },
  },
  {
    id: "hundesteuer-anmelden", departmentId: "ska", popularity: 38, synonyms: ["Hund anmelden", "Hundemarke"],
    name: "Hund zur Hundesteuer anmelden", summary: "Wer in München einen Hund hält, meldet ihn innerhalb von zwei Wochen zur Hundesteuer an.",
    online: { available: true, kind: "form" },
    en: { name: "Register a dog for dog tax", summary: "Dog owners in Munich register their dog for dog tax within two weeks." },
  },
  {
    id: "geburt-beurkunden", departmentId: "kvr", popularity: 45, synonyms: ["Geburtsurkunde", "Baby anmelden"],
    name: "Geburt beurkunden lassen", summary: "Das Standesamt beurkundet die Geburt Ihres Kindes und stellt die Geburtsurkunden aus.",
    online: { available: true, kind: "form" },
    en: { name: "Register a birth", summary: "The registry office records your child's birth and issues birth certificates." },
  },
  {
    id: "eheschliessung-anmelden", departmentId: "kvr", popularity: 35, synonyms: ["Heiraten", "Hochzeit", "Trauung"],
    name: "Eheschließung anmelden", summary: "Vor der Trauung melden Sie die Eheschließung beim Standesamt an.",
    online: { available: true, kind: "appointment" }, appointment: { bookable: true, durationMinutes: 30 },
    en: { name: "Give notice of marriage", summary: "Before the wedding, give notice of your marriage at the registry office." },
  },
  {
    id: "strassenschaden-melden", departmentId: "bau", popularity: 40, synonyms: ["Schlagloch", "Straßenschaden", "Loch in der Straße", "Gehweg kaputt"],
    name: "Schaden an Straße oder Gehweg melden", summary: "Schlaglöcher, lose Platten oder defekte Straßenlaternen melden Sie online – mit Ort und Foto.",
    costs: free,
    online: { available: true, kind: "report", target: "strassenschaden" },
    en: { name: "Report damage to a road or pavement", summary: "Report potholes, loose paving or broken street lights online, with place and photo." },
  },
  {
    id: "baumfaellung", departmentId: "plan", popularity: 20, synonyms: ["Baum fällen", "Baumschutz"],
    name: "Baumfällung genehmigen lassen", summary: "Geschützte Bäume dürfen nur mit Genehmigung gefällt werden.",
    online: { available: true, kind: "form" },
    en: { name: "Permit to fell a tree", summary: "Protected trees may only be felled with a permit." },
  },
];
