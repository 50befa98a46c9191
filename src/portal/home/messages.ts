// Texts of the start page.
import { defineMessages } from "../../platform/i18n/index.ts";

export const homeMessages = defineMessages({
  de: {
    title: "Startseite",
    heading: (city: string) => `Das digitale Rathaus ${city}`,
    lead: "Alle Leistungen der Stadt an einem Ort: Anträge stellen, Termine buchen, Anliegen melden und mitreden – online, rund um die Uhr.",
    entryHeading: "Was möchten Sie tun?",
    mostUsedHeading: "Häufig genutzte Leistungen",
    mostUsedAll: "Alle Leistungen von A bis Z",
    lifeHeading: "Lebenslagen",
    lifeLead: "Was ist zu tun, wenn sich im Leben etwas ändert? Hier finden Sie alles, was zusammengehört.",
    lifeAll: "Alle Lebenslagen",
  },
  en: {
    title: "Home",
    heading: (city: string) => `${city}'s digital town hall`,
    lead: "All city services in one place: apply, book appointments, report issues and have your say – online, around the clock.",
    entryHeading: "What would you like to do?",
    mostUsedHeading: "Most used services",
    mostUsedAll: "All services from A to Z",
    lifeHeading: "Life situations",
    lifeLead: "What needs doing when something changes in your life? Everything that belongs together.",
    lifeAll: "All life situations",
  },
});

/** The base components' entry points; `href`s lead to "coming soon" until each component exists. */
export const entryPoints = [
  { href: "/anliegen/neu", de: ["Anliegen melden", "Schlagloch, defekte Laterne, wilder Müll: Melden Sie, was kaputt ist."], en: ["Report an issue", "Pothole, broken street light, fly-tipping: tell us what is broken."] },
  { href: "/termine", de: ["Termin buchen", "Einen Termin im Bürgerbüro und in allen Dienststellen buchen."], en: ["Book an appointment", "Book an appointment at a citizens' office or any department."] },
  { href: "/beschwerden/neu", de: ["Beschwerde einreichen", "Unzufrieden mit der Stadtverwaltung? Sagen Sie es uns."], en: ["Make a complaint", "Unhappy with the city administration? Tell us."] },
  { href: "/ideen", de: ["Ideen einbringen", "Ihr Vorschlag für eine bessere Stadt – andere können ihn unterstützen."], en: ["Share an idea", "Your proposal for a better city – others can support it."] },
  { href: "/beteiligung", de: ["Mitreden und beteiligen", "Umfragen, Bürgerhaushalt und Beteiligungsverfahren."], en: ["Take part", "Surveys, participatory budget and consultations."] },
  { href: "/anfrage/neu", de: ["Frage an die Stadt", "Kein passender Online-Dienst? Schreiben Sie uns Ihre Frage oder Ihr Anliegen."], en: ["Ask the city", "No online service that fits? Write to us with your question or request."] },
  { href: "/formulare", de: ["Formulare und Anträge", "Anträge online ausfüllen und absenden – ohne Papier."], en: ["Forms and applications", "Fill in and send applications online – no paper."] },
] as const;
