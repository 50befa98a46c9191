// Texts of the page for Deutsche Gebärdensprache (BITV 2.0 § 4 and Anlage 2): until the videos exist, each
// section says what its video will show and gives the video's full content as text.
import { defineMessages } from "../../platform/i18n/index.ts";

export const signLanguageMessages = defineMessages({
  de: {
    title: "Gebärdensprache",
    heading: "Informationen in Deutscher Gebärdensprache",
    statusTitle: "Die Videos werden gerade produziert",
    statusText:
      "Auf dieser Seite erklären wir Stadttor bald in Videos in Deutscher Gebärdensprache. Die Videos werden gerade mit gehörlosen Gebärdensprach-Profis produziert. Bis sie fertig sind, beschreiben wir hier jedes geplante Video und bieten Ihnen seinen vollständigen Inhalt als Text.",
    videoLabel: "Video in Vorbereitung",
    videoShows: "Das Video zeigt:",
    textHeading: "Text zum Video",
    welcomeHeading: "Willkommen bei Stadttor",
    welcomeVideo: "Eine gehörlose Person begrüßt Sie vor dem Münchner Rathaus in Gebärdensprache und erklärt, was Stadttor ist.",
    welcomeText: {
      a: "Stadttor ist die Website der Stadt München für alle Leistungen der Verwaltung. Man nennt sie auch das digitale Rathaus.",
      b: "Hier finden Sie, was die Stadt für Sie tut – vom Personalausweis bis zur Anmeldung Ihrer Wohnung – und erledigen es nach und nach auch online.",
    },
    offerHeading: "Was Sie hier tun können",
    offerVideo: "Die gebärdende Person zeigt die Startseite und die wichtigsten Bereiche von Stadttor auf einem Bildschirm neben sich.",
    offerText: {
      a: "Sie können alle Leistungen der Stadt von A bis Z ansehen und nach einer Leistung suchen.",
      b: "Unter „Lebenslagen“ finden Sie alles, was zusammengehört, wenn sich in Ihrem Leben etwas ändert, zum Beispiel bei einem Umzug oder der Geburt eines Kindes.",
      c: "Bald können Sie hier auch Termine buchen, Schäden in der Stadt melden, Anträge stellen und bei Beteiligungen mitreden. Bereiche, die noch nicht fertig sind, sind mit „Kommt bald“ gekennzeichnet.",
    },
    navigationHeading: "So finden Sie sich zurecht",
    navigationVideo: "Die gebärdende Person zeigt Schritt für Schritt, wo Menü, Suche, Sprachwechsel und die Links am Seitenende sind.",
    navigationText: {
      a: "Oben auf jeder Seite ist das Hauptmenü mit den wichtigsten Bereichen. Ein Klick auf „Stadttor“ oben links führt immer zur Startseite.",
      b: "Auf der Startseite gibt es ein Suchfeld. Geben Sie ein Stichwort ein, zum Beispiel „Ausweis“, und wählen Sie „Suchen“.",
      c: "Oben rechts wechseln Sie zwischen Deutsch und Englisch.",
      d: "Ganz unten auf jeder Seite finden Sie das Impressum, den Datenschutz, die Erklärung zur Barrierefreiheit, die Seite in Leichter Sprache und diese Seite.",
      e: "Sie können alle Seiten auch nur mit der Tastatur bedienen.",
    },
    contactHeading: "Kontakt und Hilfe",
    contactVideo: "Die gebärdende Person erklärt, wie Sie die Stadt schriftlich und persönlich erreichen.",
    contactText: {
      a: "Sie können der Stadt per E-Mail schreiben. Die Adresse steht unten.",
      b: "Probleme mit der Barrierefreiheit von Stadttor melden Sie am einfachsten über das Formular in der Erklärung zur Barrierefreiheit.",
      c: "In einem Bürgerbüro hilft man Ihnen persönlich. Wenn Sie für Ihren Termin eine Gebärdensprachdolmetscherin oder einen Gebärdensprachdolmetscher brauchen, sagen Sie es uns bitte vorher. In Verwaltungsverfahren trägt die Stadt die Kosten.",
      d: "Telefonische Auskunft gibt die Behördennummer 115.",
    },
    statementHeading: "Erklärung zur Barrierefreiheit",
    statementVideo: "Die gebärdende Person fasst die Erklärung zur Barrierefreiheit zusammen und zeigt, wo das Formular für Rückmeldungen ist.",
    statementText: {
      a: "Die Stadt will, dass alle Menschen Stadttor gut nutzen können. In der Erklärung zur Barrierefreiheit steht, was schon barrierefrei ist und was noch fehlt – zum Beispiel diese Videos.",
    },
    statementFeedback: (weeks: number) =>
      `Dort können Sie uns Barrieren melden. Wir antworten innerhalb von ${weeks} Wochen. Wenn Sie keine zufriedenstellende Antwort bekommen, können Sie sich an die staatliche Durchsetzungsstelle wenden; auch das ist in der Erklärung beschrieben.`,
    statementEasy: "Einen Überblick in Leichter Sprache gibt es ebenfalls.",
    statementLink: "Zur Erklärung zur Barrierefreiheit",
    easyLink: "Zur Seite in Leichter Sprache",
  },
  en: {
    title: "Sign language",
    heading: "Information in German Sign Language",
    statusTitle: "The videos are being produced",
    statusText:
      "On this page we will soon explain Stadttor in videos in German Sign Language (DGS). The videos are being produced with deaf sign language professionals. Until they are ready, we describe each planned video here and give you its full content as text.",
    videoLabel: "Video in preparation",
    videoShows: "The video shows:",
    textHeading: "Text of the video",
    welcomeHeading: "Welcome to Stadttor",
    welcomeVideo: "A deaf signer welcomes you in front of Munich's town hall and explains what Stadttor is.",
    welcomeText: {
      a: "Stadttor is the City of Munich's website for all services of the administration. It is also called the digital town hall.",
      b: "Here you find what the city does for you – from identity cards to registering your home – and, step by step, you can do it online.",
    },
    offerHeading: "What you can do here",
    offerVideo: "The signer shows the home page and the most important areas of Stadttor on a screen beside them.",
    offerText: {
      a: "You can look at all city services from A to Z and search for a service.",
      b: "Under “Life situations” you find everything that belongs together when something in your life changes, for example when you move house or have a baby.",
      c: "Soon you will also be able to book appointments, report damage in the city, make applications and take part in consultations. Areas that are not ready yet are marked “Coming soon”.",
    },
    navigationHeading: "How to find your way",
    navigationVideo: "The signer shows step by step where the menu, the search, the language switch and the links at the bottom of the page are.",
    navigationText: {
      a: "At the top of every page is the main menu with the most important areas. Selecting “Stadttor” at the top left always takes you to the home page.",
      b: "On the home page there is a search box. Enter a keyword, for example “identity card”, and choose “Search”.",
      c: "At the top right you switch between German and English.",
      d: "At the very bottom of every page you find the legal notice, the privacy notice, the accessibility statement, the page in easy-to-read language and this page.",
      e: "You can use every page with the keyboard only.",
    },
    contactHeading: "Contact and help",
    contactVideo: "The signer explains how to reach the city in writing and in person.",
    contactText: {
      a: "You can write to the city by e-mail. The address is below.",
      b: "The easiest way to report accessibility problems with Stadttor is the form in the accessibility statement.",
      c: "At a citizens' office, staff help you in person. If you need a sign language interpreter for your appointment, please tell us beforehand. In administrative procedures, the city pays the costs.",
      d: "Information by phone is available on 115, the public authorities' number.",
    },
    statementHeading: "Accessibility statement",
    statementVideo: "The signer sums up the accessibility statement and shows where the feedback form is.",
    statementText: {
      a: "The city wants everyone to be able to use Stadttor well. The accessibility statement says what is already accessible and what is still missing – for example these videos.",
    },
    statementFeedback: (weeks: number) =>
      `There you can report barriers to us. We answer within ${weeks} weeks. If you do not get a satisfactory answer, you can turn to the state enforcement body; this is also described in the statement.`,
    statementEasy: "There is also an overview in easy-to-read language.",
    statementLink: "Go to the accessibility statement",
    easyLink: "Go to the page in easy-to-read language",
  },
});
