// Texts of the privacy notice (Art. 13 GDPR), first half: who is responsible and what the site processes.
import { defineMessages } from "../../platform/i18n/index.ts";

/** From identity's session policies, so the notice says what the sessions do. */
export interface SessionPeriods {
  idleMinutes: number;
  citizenHours: number;
  staffHours: number;
}

export const privacyMessages = defineMessages({
  de: {
    title: "Datenschutzerklärung",
    lead: "Hier erfahren Sie, welche personenbezogenen Daten diese Website verarbeitet, wozu, auf welcher Rechtsgrundlage und welche Rechte Sie haben (Artikel 13 Datenschutz-Grundverordnung, DSGVO).",
    summaryHeading: "Das Wichtigste in Kürze",
    summary: {
      noTracking: "Wir setzen keine Analyse- oder Tracking-Werkzeuge ein und binden keine Dienste Dritter ein.",
      cookies: "Wir setzen nur zwei technisch notwendige Cookies: für Ihre Sprachwahl und zum Schutz von Formularen.",
      logs: "Unsere Server-Protokolle enthalten keine IP-Adressen.",
      forms: "Was Sie in ein Formular eingeben, nutzen wir nur, um Ihr Anliegen zu bearbeiten.",
    },
    controllerHeading: "Verantwortliche Stelle",
    controllerText: "Verantwortlich für die Verarbeitung personenbezogener Daten auf dieser Website ist:",
    dpoHeading: "Datenschutzbeauftragte Stelle",
    dpoText: "Bei Fragen zum Datenschutz erreichen Sie den behördlichen Datenschutzbeauftragten der Stadt unter:",
    cookiesHeading: "Cookies",
    cookiesText:
      "Cookies sind kleine Textdateien, die Ihr Browser speichert. Diese Website setzt nur Cookies, die für den Betrieb technisch notwendig sind. Dafür brauchen wir nach § 25 Absatz 2 Nummer 2 Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG) keine Einwilligung. Keines dieser Cookies dient der Wiedererkennung über Websites hinweg.",
    cookieTableCaption: "Cookies dieser Website",
    cookieName: "Name",
    cookiePurpose: "Zweck",
    cookieLifetime: "Speicherdauer",
    langPurpose: "Merkt sich, ob Sie die Website auf Deutsch oder Englisch lesen möchten. Wird nur gesetzt, wenn Sie die Sprache wechseln.",
    langLifetime: "1 Jahr",
    csrfPurpose: "Schützt Formulare vor Missbrauch durch andere Websites (Cross-Site-Request-Forgery). Enthält eine Zufallszahl, keine Angaben über Sie. Wird gesetzt, wenn Sie eine Seite mit einem Formular öffnen.",
    csrfLifetime: "bis Sie den Browser schließen",
    sessionCookieNote: (p: SessionPeriods) =>
      `Wenn Sie sich bei „Mein Konto“ oder in der Verwaltung anmelden, setzen wir zusätzlich das Sitzungs-Cookie „sid“. Es enthält nur eine zufällige Kennung, an der wir Sie während der Anmeldung wiedererkennen; bei uns ist davon nur ein Prüfwert gespeichert. Es endet mit der Abmeldung, nach ${p.idleMinutes} Minuten ohne Aktivität und spätestens nach ${p.citizenHours} Stunden (Verwaltung: ${p.staffHours} Stunden).`,
    logsHeading: "Server-Protokolle",
    logsText:
      "Bei jedem Aufruf protokolliert der Server: Zeitpunkt, eine zufällige Anfragenummer, die Art der Anfrage, die aufgerufene Adresse ohne Suchbegriffe und sonstige Parameter, den Statuscode und die Bearbeitungsdauer. IP-Adressen, Cookies und Formularinhalte werden nicht protokolliert.",
    logsPurpose: "Zweck: Betrieb und Sicherheit der Website, Fehlersuche.",
    logsRetention: (days: number) => `Speicherdauer: Die Protokolle werden nach ${days} Tagen gelöscht.`,
    rateLimitText:
      "Zum Schutz vor Überlastung zählt der Server die Anfragen je IP-Adresse für die Dauer von einer Minute im Arbeitsspeicher. Die IP-Adresse wird dabei nicht dauerhaft gespeichert und nach Ablauf der Minute verworfen.",
    usageHeading: "Zählung der Seitenaufrufe",
    usageText: (days: number) =>
      `Damit wir häufig genutzte Leistungen auf der Startseite zeigen und passende Leistungen vorschlagen können, zählen wir, wie oft die Seiten einzelner Leistungen aufgerufen und ihre Online-Angebote gestartet werden. Kommen Sie von einer Leistungsseite direkt zur nächsten, zählen wir anhand der Herkunftsadresse, die Ihr Browser mitsendet (Referer), auch dieses Paar von Leistungen. Damit jeder Besuch nur einmal am Tag zählt, bildet der Server aus Ihrer IP-Adresse einen Prüfwert mit einem täglich neuen Schlüssel, nur im Arbeitsspeicher und nur bis zum Tagesende. Gespeichert wird nur, welche Leistungsseite oder welches Paar an welchem Tag wie oft aufgerufen wurde – ohne IP-Adresse, ohne Cookie und ohne Kennung; nach ${days} Tagen werden auch diese Zahlen gelöscht. Ein Rückschluss auf Sie ist nicht möglich.`,
    feedbackHeading: "Rückmeldungen zur Barrierefreiheit",
    feedbackText:
      "Wenn Sie uns über das Formular in der Erklärung zur Barrierefreiheit eine Barriere melden, speichern wir Ihre Beschreibung, Ihren Wunsch nach einer Antwort und – nur wenn Sie diese angeben – Ihren Namen und Ihre E-Mail-Adresse. Die Kontaktstelle Barrierefreiheit der Stadt erhält eine Benachrichtigung und bearbeitet Ihre Rückmeldung. Ihre E-Mail-Adresse nutzen wir nur, um Ihnen zu antworten.",
    feedbackRetention: (years: number) => `Speicherdauer: Wir löschen Rückmeldungen ${years} Jahre nach ihrem Eingang.`,
    casesHeading: "Anfragen und Vorgänge",
    casesText:
      "Wenn Sie uns eine Anfrage schicken (und künftig eine Meldung, eine Beschwerde oder einen Antrag), wird daraus ein Vorgang mit Aktenzeichen. Wir speichern Ihren Text, die gewählte Stelle, Ihr Konto oder – ohne Konto – Ihre E-Mail-Adresse, und den Verlauf: was die Stadt getan hat, Nachrichten zwischen Ihnen und der Stadt und interne Notizen der Mitarbeitenden. Die zuständige Dienststelle bearbeitet den Vorgang; gibt sie ihn an eine andere Stelle ab, sehen Sie das im Verlauf. Rechtsgrundlage ist die Erfüllung der Aufgaben der Stadt (Artikel 6 Absatz 1 Buchstabe e DSGVO in Verbindung mit Artikel 4 Absatz 1 Bayerisches Datenschutzgesetz). Ohne Konto erreichen Sie Ihren Vorgang über einen persönlichen Link, den wir Ihnen per E-Mail schicken; die E-Mails enthalten nie den Inhalt des Vorgangs. Wenn Sie einen Vorgang öffentlich sichtbar machen, zeigen wir auf seiner öffentlichen Seite nur Art, Titel, Stand und die Maßnahmen der Stadt – nie Ihren Text, Ihren Namen oder Ihre Kontaktdaten.",
    casesRetention:
      "Speicherdauer: Vorgänge sind Akten der Stadt und werden nach den Aufbewahrungsfristen der zuständigen Dienststelle aufbewahrt, auch wenn Sie Ihr Konto löschen; dann wird nur die Verbindung zu Ihrem Konto entfernt.",
    noThirdPartyHeading: "Keine Dienste Dritter, kein Tracking",
    noThirdPartyText:
      "Diese Website lädt keine Inhalte von anderen Servern: Schriften, Bilder und Programme liegen auf unserem eigenen Server. Wir verwenden keine Analyse-Werkzeuge, keine Werbung, keine Schaltflächen sozialer Netzwerke und keine eingebetteten Karten oder Videos fremder Anbieter. Es findet kein Tracking und keine Profilbildung statt.",
  },
  en: {
    title: "Privacy notice",
    lead: "This page explains which personal data this website processes, for what purpose, on which legal basis, and what rights you have (Article 13 General Data Protection Regulation, GDPR).",
    summaryHeading: "In brief",
    summary: {
      noTracking: "We use no analytics or tracking tools and embed no third-party services.",
      cookies: "We set only two technically necessary cookies: for your language choice and to protect forms.",
      logs: "Our server logs contain no IP addresses.",
      forms: "What you enter in a form is used only to deal with your request.",
    },
    controllerHeading: "Controller",
    controllerText: "The controller responsible for processing personal data on this website is:",
    dpoHeading: "Data protection officer",
    dpoText: "If you have questions about data protection, you can reach the city's data protection officer at:",
    cookiesHeading: "Cookies",
    cookiesText:
      "Cookies are small text files stored by your browser. This website sets only cookies that are technically necessary to run it. Under § 25 (2) no. 2 of the German Telecommunications Digital Services Data Protection Act (TDDDG), they need no consent. None of these cookies recognises you across websites.",
    cookieTableCaption: "Cookies of this website",
    cookieName: "Name",
    cookiePurpose: "Purpose",
    cookieLifetime: "Kept for",
    langPurpose: "Remembers whether you want to read the website in German or English. Set only when you switch language.",
    langLifetime: "1 year",
    csrfPurpose: "Protects forms against misuse by other websites (cross-site request forgery). Contains a random number, nothing about you. Set when you open a page with a form.",
    csrfLifetime: "until you close your browser",
    sessionCookieNote: (p: SessionPeriods) =>
      `When you sign in to “My account” or the back office, we also set the session cookie “sid”. It holds only a random identifier by which we recognise you while you are signed in; we store only a hash of it. It ends when you sign out, after ${p.idleMinutes} minutes without activity and after ${p.citizenHours} hours at the latest (back office: ${p.staffHours} hours).`,
    logsHeading: "Server logs",
    logsText:
      "For every request, the server logs: the time, a random request number, the kind of request, the address requested without search terms or other parameters, the status code and the processing time. IP addresses, cookies and form contents are not logged.",
    logsPurpose: "Purpose: running the website securely, finding errors.",
    logsRetention: (days: number) => `Kept for: logs are deleted after ${days} days.`,
    rateLimitText:
      "To protect against overload, the server counts requests per IP address for one minute in its working memory. The IP address is not stored permanently and is discarded when the minute is over.",
    usageHeading: "Counting page views",
    usageText: (days: number) =>
      `So that we can show frequently needed services on the home page and suggest services that fit, we count how often the pages of individual services are viewed and their online offers started. When you go straight from one service page to another, we also count this pair of services, using the previous address your browser sends along (Referer). So that each visit counts only once a day, the server derives a check value from your IP address with a key that changes daily, in working memory only and only until the end of the day. We store only which service page or pair was viewed how often on which day – no IP address, no cookie and no identifier; these numbers too are deleted after ${days} days. Nothing can be traced back to you.`,
    feedbackHeading: "Accessibility feedback",
    feedbackText:
      "If you report a barrier using the form in the accessibility statement, we store your description, whether you want an answer and – only if you give them – your name and e-mail address. The city's accessibility contact point is notified and deals with your feedback. We use your e-mail address only to answer you.",
    feedbackRetention: (years: number) => `Kept for: we delete feedback ${years} years after it was received.`,
    casesHeading: "Enquiries and cases",
    casesText:
      "When you send us an enquiry (and in future a report, a complaint or an application), it becomes a case with a reference number. We store your text, the office you chose, your account or – without an account – your e-mail address, and the history: what the city did, messages between you and the city, and internal notes of staff. The responsible office handles the case; if it hands it to another office, you see that in the history. The legal basis is the performance of the city's tasks (Article 6(1)(e) GDPR in conjunction with Article 4(1) of the Bavarian Data Protection Act). Without an account you reach your case through a personal link we send you by e-mail; the e-mails never contain the content of the case. If you make a case public, its public page shows only its kind, title, status and the city's actions – never your text, your name or your contact details.",
    casesRetention:
      "Kept for: cases are the city's files and are kept for the retention periods of the responsible office, also when you delete your account; then only the link to your account is removed.",
    noThirdPartyHeading: "No third-party services, no tracking",
    noThirdPartyText:
      "This website loads nothing from other servers: fonts, images and scripts are on our own server. We use no analytics tools, no advertising, no social media buttons and no embedded maps or videos from other providers. There is no tracking and no profiling.",
  },
});
