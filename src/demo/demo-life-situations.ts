// The demo's life situations; "Umzug" with steps, to show how a life situation guides through its services.
import type { CatalogueFile } from "../kernel/catalogue/index.ts";

type LifeSituation = NonNullable<CatalogueFile["lifeSituations"]>[number];

export const demoLifeSituations: LifeSituation[] = [
  {
    id: "umzug", name: "Umzug", en: { name: "Moving house", description: "New home, new address: what to take care of when you move." },
    description: "Neue Wohnung, neue Adresse: Das ist bei einem Umzug zu erledigen.",
    serviceIds: ["wohnsitz-anmelden", "meldebescheinigung", "bewohnerparkausweis"],
    secondaryServiceIds: ["sperrmuell-abholung"],
    steps: [
      {
        title: "Vor dem Umzug", text: "Alte Möbel rechtzeitig zur Abholung anmelden.", serviceIds: ["sperrmuell-abholung"],
        en: { title: "Before you move", text: "Book the collection of old furniture in good time." },
      },
      {
        title: "In den ersten zwei Wochen", text: "Neue Adresse anmelden – das ist Pflicht.", serviceIds: ["wohnsitz-anmelden"],
        en: { title: "Within the first two weeks", text: "Register your new address – this is required." },
      },
      {
        title: "Danach", text: "Parkausweis und Bescheinigungen für die neue Adresse beantragen.", serviceIds: ["bewohnerparkausweis", "meldebescheinigung"],
        en: { title: "After that", text: "Apply for a parking permit and certificates for the new address." },
      },
    ],
  },
  {
    id: "geburt", name: "Geburt eines Kindes", en: { name: "Birth of a child", description: "Welcome! These steps follow the birth of a child." },
    description: "Willkommen! Diese Schritte stehen nach der Geburt an.", serviceIds: ["geburt-beurkunden", "reisepass-beantragen"],
  },
  {
    id: "hund-haustier", name: "Hund und Haustier", en: { name: "Dogs and pets", description: "What dog owners need to do." },
    description: "Was Sie als Hundehalterin oder Hundehalter erledigen müssen.", serviceIds: ["hundesteuer-anmelden"],
  },
  {
    id: "gewerbe-gruenden", name: "Gewerbe gründen", en: { name: "Starting a business", description: "From trade licence to permit: how to start in Munich." },
    description: "Vom Gewerbeschein bis zur Genehmigung: so starten Sie in München.", serviceIds: ["gewerbe-anmelden"],
  },
  {
    id: "heirat", name: "Heirat", en: { name: "Getting married", description: "From giving notice of marriage to new documents." },
    description: "Von der Anmeldung der Eheschließung bis zu neuen Dokumenten.",
    serviceIds: ["eheschliessung-anmelden"], secondaryServiceIds: ["personalausweis-beantragen", "reisepass-beantragen"],
  },
  {
    id: "ausweise-dokumente", name: "Ausweise und Dokumente", en: { name: "ID and documents", description: "Identity card, passport and certificates." },
    description: "Personalausweis, Reisepass und Bescheinigungen.", serviceIds: ["personalausweis-beantragen", "reisepass-beantragen", "meldebescheinigung"],
  },
  {
    id: "auto-verkehr", name: "Auto und Verkehr", en: { name: "Cars and traffic", description: "Register a vehicle, park, report damage." },
    description: "Fahrzeug zulassen, parken, Schäden melden.", serviceIds: ["kfz-zulassung", "bewohnerparkausweis", "strassenschaden-melden"],
  },
];
