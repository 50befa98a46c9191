// Texts of the catalogue pages shared by several of them (A–Z, life situations, breadcrumbs).
import { defineMessages } from "../../platform/i18n/index.ts";

export const cataloguePageMessages = defineMessages({
  de: {
    home: "Startseite",
    servicesTitle: "Leistungen von A bis Z",
    servicesLead: (n: number) => `Alle ${n} Leistungen der Stadt, alphabetisch sortiert.`,
    lettersNav: "Anfangsbuchstaben",
    mostUsed: "Häufig genutzt",
    lifeTitle: "Lebenslagen",
    lifeLead: "Leistungen, die bei einem Ereignis im Leben zusammengehören.",
    lifeSteps: "Schritt für Schritt",
    lifePrimary: "Das ist zu erledigen",
    lifeSecondary: "Das kann auch wichtig sein",
  },
  en: {
    home: "Home",
    servicesTitle: "Services from A to Z",
    servicesLead: (n: number) => `All ${n} city services in alphabetical order.`,
    lettersNav: "First letters",
    mostUsed: "Most used",
    lifeTitle: "Life situations",
    lifeLead: "Services that belong together when something happens in your life.",
    lifeSteps: "Step by step",
    lifePrimary: "What needs doing",
    lifeSecondary: "May also matter",
  },
});
