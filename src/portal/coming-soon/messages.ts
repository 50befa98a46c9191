// Texts of the "coming soon" pages.
import { defineMessages } from "../../platform/i18n/index.ts";

export const comingSoonMessages = defineMessages({
  de: {
    badge: "Kommt bald",
    inProgress: "Dieser Bereich von Stadttor wird gerade gebaut.",
    meanwhile: "Bis dahin",
    meanwhileText: "Ihr Anliegen erledigen Sie wie bisher telefonisch unter der Behördennummer 115 (Montag bis Freitag, 8 bis 18 Uhr) oder persönlich in einem Bürgerbüro.",
    enquiryText: "Oder schreiben Sie uns online:",
    enquiryLink: "Anfrage an die Stadt",
    home: "Zur Startseite",
  },
  en: {
    badge: "Coming soon",
    inProgress: "This part of Stadttor is being built.",
    meanwhile: "Until then",
    meanwhileText: "Please get in touch as before by phone on 115, the public authorities' number (Monday to Friday, 8 am to 6 pm), or in person at a citizens' office.",
    enquiryText: "Or write to us online:",
    enquiryLink: "Enquiry to the city",
    home: "Go to the home page",
  },
});
