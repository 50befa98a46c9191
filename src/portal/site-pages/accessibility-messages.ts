// Texts of the accessibility statement (structure of the EU model statement, Implementing Decision (EU) 2018/1523).
import { defineMessages } from "../../platform/i18n/index.ts";

export const accessibilityMessages = defineMessages({
  de: {
    title: "Erklärung zur Barrierefreiheit",
    intro: (body: string) =>
      `Die ${body} ist bemüht, ihre Website Stadttor im Einklang mit Artikel 13 Bayerisches Behindertengleichstellungsgesetz (BayBGG) und der Bayerischen Digitalverordnung (BayDiV) barrierefrei zugänglich zu machen. Die BayDiV hat die frühere Bayerische Barrierefreie Informationstechnik-Verordnung (BayBITV) abgelöst. Sie verweist auf die Anforderungen der Barrierefreie-Informationstechnik-Verordnung des Bundes (BITV 2.0), mit denen die Richtlinie (EU) 2016/2102 umgesetzt wird.`,
    scopeHeading: "Geltungsbereich",
    scopeText: "Diese Erklärung gilt für alle Seiten dieser Stadttor-Installation, einschließlich der Formulare.",
    statusHeading: "Stand der Vereinbarkeit mit den Anforderungen",
    statusText:
      "Diese Website ist teilweise mit den Anforderungen vereinbar. Stadttor wird gerade aufgebaut. Die unten aufgeführten Inhalte und Funktionen sind noch nicht barrierefrei oder fehlen noch. Neue Bereiche prüfen wir, bevor sie freigeschaltet werden.",
    gapsHeading: "Nicht barrierefreie Inhalte",
    gapsText: "Die folgenden Inhalte sind nicht oder noch nicht barrierefrei:",
    gaps: {
      signLanguage:
        "Gebärdensprache: Die Videos in Deutscher Gebärdensprache werden gerade produziert. Bis sie fertig sind, beschreibt die Seite „Gebärdensprache“ jedes geplante Video und bietet seinen vollständigen Inhalt als Text.",
      easyLanguage: "Leichte Sprache: Bisher gibt es eine Übersichtsseite in Leichter Sprache. Die übrigen Inhalte sind noch nicht in Leichte Sprache übertragen.",
      pdf: "PDF-Dokumente: Dokumente im PDF-Format, auf die Leistungsseiten künftig verweisen (zum Beispiel Merkblätter der Referate), sind noch nicht durchgängig barrierefrei. Auf Wunsch senden wir Ihnen ihren Inhalt in einer für Sie zugänglichen Form.",
      underConstruction: "Bereiche im Aufbau: Mehrere Bereiche (zum Beispiel Termine buchen und Anliegen melden) sind noch nicht verfügbar. Ihre Seiten sagen das und nennen andere Wege, das Anliegen zu erledigen.",
      fullAudit: "Eine vollständige Prüfung nach BITV 2.0 durch eine unabhängige Prüfstelle hat noch nicht stattgefunden. Die Aussagen dieser Erklärung beruhen auf unserer Selbstbewertung.",
    },
    methodHeading: "Erstellung dieser Erklärung",
    created: (date: string) => `Diese Erklärung wurde am ${date} erstellt.`,
    reviewed: (date: string) => `Sie wurde zuletzt am ${date} überprüft.`,
    methodText: "Die Aussagen beruhen auf einer Selbstbewertung. Dafür haben wir:",
    methods: {
      axe: "die Seiten in einem echten Browser automatisch mit dem Prüfwerkzeug axe-core auf Verstöße gegen die WCAG 2.1 (Stufen A und AA) geprüft,",
      keyboard: "alle Seiten und Formulare allein mit der Tastatur bedient,",
      screenReader: "die Seiten mit einem Bildschirmleseprogramm gelesen und die Formulare damit ausgefüllt.",
    },
    feedbackHeading: "Feedback und Kontakt",
    feedbackText:
      "Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Oder brauchen Sie Inhalte, die nicht barrierefrei sind, in einer zugänglichen Form? Dann schreiben Sie uns über das Formular unten oder an unsere Kontaktstelle:",
    answerPeriod: (weeks: number) => `Wir antworten Ihnen so schnell wie möglich, spätestens innerhalb von ${weeks} Wochen.`,
    enforcementHeading: "Durchsetzungsverfahren",
    enforcementText: (weeks: number) =>
      `Wenn Sie auf Ihre Rückmeldung innerhalb von ${weeks} Wochen keine oder keine zufriedenstellende Antwort erhalten haben, können Sie sich an die Durchsetzungs- und Überwachungsstelle wenden. Sie prüft auf Ihren Antrag, ob Maßnahmen gegenüber der Stadt erforderlich sind, und hilft, eine Lösung zu finden. Das Verfahren ist für Sie kostenlos. Zuständig ist in Bayern nach § 11 BayDiV:`,
  },
  en: {
    title: "Accessibility statement",
    intro: (body: string) =>
      `${body} is committed to making its website Stadttor accessible in accordance with Article 13 of the Bavarian Disability Equality Act (BayBGG) and the Bavarian Digital Regulation (BayDiV). The BayDiV replaced the former Bavarian Accessible Information Technology Regulation (BayBITV). It refers to the requirements of the federal Accessible Information Technology Regulation (BITV 2.0), which implements Directive (EU) 2016/2102.`,
    scopeHeading: "Scope",
    scopeText: "This statement applies to all pages of this Stadttor installation, including its forms.",
    statusHeading: "Compliance status",
    statusText:
      "This website is partially compliant with the requirements. Stadttor is under construction. The content and functions listed below are not yet accessible or not yet available. We check new areas before they go live.",
    gapsHeading: "Non-accessible content",
    gapsText: "The following content is not, or not yet, accessible:",
    gaps: {
      signLanguage:
        "Sign language: the videos in German Sign Language are being produced. Until they are ready, the “Sign language” page describes each planned video and gives its full content as text.",
      easyLanguage: "Easy-to-read language: so far there is one overview page in Leichte Sprache (easy-to-read German). The rest of the content has not yet been written in Leichte Sprache.",
      pdf: "PDF documents: PDF documents that service pages will link to (for example departments' leaflets) are not yet consistently accessible. On request, we will send you their content in a form you can use.",
      underConstruction: "Areas under construction: several areas (for example booking appointments and reporting issues) are not yet available. Their pages say so and name other ways to get things done.",
      fullAudit: "No full BITV 2.0 audit by an independent testing body has taken place yet. This statement is based on our self-assessment.",
    },
    methodHeading: "Preparation of this statement",
    created: (date: string) => `This statement was prepared on ${date}.`,
    reviewed: (date: string) => `It was last reviewed on ${date}.`,
    methodText: "It is based on a self-assessment. For it, we have:",
    methods: {
      axe: "checked the pages automatically in a real browser with the axe-core testing tool for violations of WCAG 2.1 (levels A and AA),",
      keyboard: "used all pages and forms with the keyboard only,",
      screenReader: "read the pages and filled in the forms with a screen reader.",
    },
    feedbackHeading: "Feedback and contact",
    feedbackText:
      "Have you noticed any barriers? Or do you need content that is not accessible in a form you can use? Please write to us using the form below or contact our contact point:",
    answerPeriod: (weeks: number) => `We will answer as soon as possible, within ${weeks} weeks at the latest.`,
    enforcementHeading: "Enforcement procedure",
    enforcementText: (weeks: number) =>
      `If you have received no answer, or no satisfactory answer, to your feedback within ${weeks} weeks, you can turn to the enforcement and monitoring body. At your request, it examines whether the city must take action and helps to find a solution. The procedure is free of charge for you. In Bavaria, under § 11 BayDiV, the responsible body is:`,
  },
});
