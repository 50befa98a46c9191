// Areas of the portal that are announced on the start page but not built yet. Each gets an honest
// "kommt bald" page that says what will be possible and how to get it done today.
import type { Locale } from "../../platform/i18n/index.ts";

export interface UpcomingArea {
  path: string;
  title: Record<Locale, string>;
  promise: Record<Locale, string>;
}

export const upcomingAreas: UpcomingArea[] = [
  { path: "/anliegen/neu", title: { de: "Anliegen melden", en: "Report an issue" }, promise: { de: "Hier melden Sie bald Schäden und Mängel im Stadtgebiet mit Ort und Foto und verfolgen öffentlich, was die Stadt unternimmt.", en: "Soon you will report damage and defects in the city here, with place and photo, and follow publicly what the city does." } },
  { path: "/termine", title: { de: "Termin buchen", en: "Book an appointment" }, promise: { de: "Hier buchen Sie bald Termine in allen Bürgerbüros und Dienststellen, verschieben oder sagen sie ab.", en: "Soon you will book, move or cancel appointments at every citizens' office and department here." } },
  { path: "/beschwerden/neu", title: { de: "Beschwerde einreichen", en: "Make a complaint" }, promise: { de: "Hier reichen Sie bald Beschwerden an einer zentralen Stelle ein – mit verbindlicher Antwortfrist.", en: "Soon you will submit complaints to one central place here – with a binding response deadline." } },
  { path: "/ideen", title: { de: "Ideen einbringen", en: "Share an idea" }, promise: { de: "Hier schlagen Sie bald Ideen für die Stadt vor, unterstützen Vorschläge anderer und lesen die Stellungnahmen der Stadt.", en: "Soon you will propose ideas for the city, support others' proposals and read the city's official answers here." } },
  { path: "/beteiligung", title: { de: "Mitreden und beteiligen", en: "Take part" }, promise: { de: "Hier finden Sie bald Umfragen, Diskussionen, Bürgerhaushalte und Beteiligungsverfahren.", en: "Soon you will find surveys, debates, participatory budgets and consultations here." } },
  { path: "/formulare", title: { de: "Formulare und Anträge", en: "Forms and applications" }, promise: { de: "Hier füllen Sie bald Anträge aller Referate online aus und senden sie ohne Papier ab.", en: "Soon you will fill in and send applications to every department online here, without paper." } },
];
