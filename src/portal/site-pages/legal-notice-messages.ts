// Texts of the Impressum (§ 5 DDG, § 18 MStV). The operator's own details come from site-operator.ts.
import { defineMessages } from "../../platform/i18n/index.ts";

export const legalNoticeMessages = defineMessages({
  de: {
    title: "Impressum",
    lead: "Angaben nach § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Medienstaatsvertrag (MStV).",
    providerHeading: "Anbieterin",
    providerText: "Diese Website wird betrieben von:",
    legalFormHeading: "Rechtsform und Vertretung",
    legalForm: (body: string) => `Die ${body} ist eine Gebietskörperschaft des öffentlichen Rechts.`,
    representedBy: (name: string | undefined) => (name ? `Sie wird vertreten durch den Oberbürgermeister ${name}.` : "Sie wird vertreten durch den Oberbürgermeister."),
    supervisionHeading: "Zuständige Aufsichtsbehörde",
    vatHeading: "Umsatzsteuer-Identifikationsnummer",
    vatText: (id: string) => `Umsatzsteuer-Identifikationsnummer nach § 27a Umsatzsteuergesetz: ${id}`,
    editorialHeading: "Verantwortlich für den Inhalt",
    editorialText: "Verantwortlich für journalistisch-redaktionell gestaltete Inhalte nach § 18 Absatz 2 MStV:",
    softwareHeading: "Über die Software",
    softwareText:
      "Stadttor ist eine Open-Source-Software für das digitale Rathaus deutscher Städte. Sie steht unter der Lizenz EUPL-1.2 (European Union Public Licence). Jede Stadt kann sie frei nutzen, prüfen und verbessern.",
    linksHeading: "Links auf andere Websites",
    linksText: "Für die Inhalte anderer Websites, auf die wir verlinken, sind deren Anbieter verantwortlich. Wenn wir von einem Rechtsverstoß auf einer verlinkten Seite erfahren, entfernen wir den Link.",
    moreHeading: "Weitere Informationen",
    privacyLink: "Datenschutzerklärung",
    accessibilityLink: "Erklärung zur Barrierefreiheit",
  },
  en: {
    title: "Legal notice",
    lead: "Information required by § 5 of the German Digital Services Act (DDG) and § 18 of the Interstate Media Treaty (MStV).",
    providerHeading: "Provider",
    providerText: "This website is run by:",
    legalFormHeading: "Legal form and representation",
    legalForm: (body: string) => `${body} is a territorial authority under public law.`,
    representedBy: (name: string | undefined) => (name ? `It is represented by the Lord Mayor, ${name}.` : "It is represented by the Lord Mayor (Oberbürgermeister)."),
    supervisionHeading: "Supervisory authority",
    vatHeading: "VAT identification number",
    vatText: (id: string) => `VAT identification number under § 27a of the German VAT Act: ${id}`,
    editorialHeading: "Responsible for the content",
    editorialText: "Responsible for journalistic and editorial content under § 18 (2) MStV:",
    softwareHeading: "About the software",
    softwareText:
      "Stadttor is open-source software for the digital town hall of German cities. It is licensed under the EUPL-1.2 (European Union Public Licence). Every city may use, inspect and improve it freely.",
    linksHeading: "Links to other websites",
    linksText: "The providers of other websites we link to are responsible for their content. If we learn of an infringement on a linked page, we remove the link.",
    moreHeading: "More information",
    privacyLink: "Privacy notice",
    accessibilityLink: "Accessibility statement",
  },
});
