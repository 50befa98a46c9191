// Texts of the privacy notice (Art. 13 GDPR), second half: legal bases, recipients, your rights, complaints.
import { defineMessages } from "../../platform/i18n/index.ts";

export const privacyRightsMessages = defineMessages({
  de: {
    basisHeading: "Zwecke und Rechtsgrundlagen",
    basisText:
      "Wir verarbeiten personenbezogene Daten, um Ihnen die Leistungen der Stadt online anzubieten, diese Website sicher zu betreiben und Ihre Anliegen zu bearbeiten. Das ist eine Aufgabe im öffentlichen Interesse. Rechtsgrundlage ist Artikel 6 Absatz 1 Buchstabe e DSGVO in Verbindung mit Artikel 4 Absatz 1 Bayerisches Datenschutzgesetz (BayDSG). Für Rückmeldungen zur Barrierefreiheit kommt Artikel 13 Bayerisches Behindertengleichstellungsgesetz (BayBGG) in Verbindung mit der Bayerischen Digitalverordnung (BayDiV) hinzu, die uns einen solchen Rückmeldeweg vorschreiben.",
    recipientsHeading: "Empfänger und Übermittlung",
    recipientsText:
      "Ihre Daten erhalten nur die Stellen der Stadt, die Ihr Anliegen bearbeiten, und die städtische Informationstechnik, die diese Website betreibt. Wir geben keine Daten an Dritte weiter, verkaufen keine Daten und übermitteln keine Daten in Länder außerhalb der Europäischen Union.",
    voluntaryHeading: "Müssen Sie Daten angeben?",
    voluntaryText:
      "Nein. Sie können diese Website lesen, ohne Angaben über sich zu machen. In Formularen sind nur die Angaben Pflicht, ohne die wir Ihr Anliegen nicht bearbeiten können; alle anderen Felder sind mit „optional“ gekennzeichnet.",
    automatedHeading: "Keine automatisierte Entscheidung",
    automatedText: "Wir treffen keine Entscheidungen über Sie, die ausschließlich automatisiert erfolgen, und bilden keine Profile (Artikel 22 DSGVO).",
    rightsHeading: "Ihre Rechte",
    rightsText: "Sie haben gegenüber der Stadt folgende Rechte in Bezug auf Ihre personenbezogenen Daten:",
    rights: {
      access: "Auskunft über die gespeicherten Daten (Artikel 15 DSGVO)",
      rectification: "Berichtigung unrichtiger Daten (Artikel 16 DSGVO)",
      erasure: "Löschung (Artikel 17 DSGVO)",
      restriction: "Einschränkung der Verarbeitung (Artikel 18 DSGVO)",
      portability: "Datenübertragbarkeit (Artikel 20 DSGVO), soweit die Verarbeitung auf Ihrer Einwilligung oder einem Vertrag beruht",
      objection: "Widerspruch gegen die Verarbeitung aus Gründen, die sich aus Ihrer besonderen Situation ergeben (Artikel 21 DSGVO)",
    },
    rightsContact: "Wenden Sie sich dafür formlos an die verantwortliche Stelle oder an den Datenschutzbeauftragten (Adressen oben).",
    complaintHeading: "Beschwerde bei der Aufsichtsbehörde",
    complaintText:
      "Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren, wenn Sie meinen, dass die Stadt Ihre Daten nicht rechtmäßig verarbeitet (Artikel 77 DSGVO). Für öffentliche Stellen in Bayern wie die Stadt ist das:",
    complaintPrivateText:
      "Das Bayerische Landesamt für Datenschutzaufsicht ist nur für Unternehmen, Vereine und andere nicht-öffentliche Stellen in Bayern zuständig, nicht für die Stadtverwaltung:",
    updatedHeading: "Stand",
    updated: (date: string) => `Diese Datenschutzerklärung wurde zuletzt am ${date} aktualisiert.`,
  },
  en: {
    basisHeading: "Purposes and legal bases",
    basisText:
      "We process personal data to offer you the city's services online, to run this website securely and to deal with your requests. This is a task carried out in the public interest. The legal basis is Article 6 (1) (e) GDPR in conjunction with Article 4 (1) of the Bavarian Data Protection Act (BayDSG). For accessibility feedback, Article 13 of the Bavarian Disability Equality Act (BayBGG) and the Bavarian Digital Regulation (BayDiV) also apply; they require us to offer this way of giving feedback.",
    recipientsHeading: "Recipients and transfers",
    recipientsText:
      "Your data is received only by the city offices that deal with your request and by the city's IT department that runs this website. We do not pass data on to third parties, do not sell data and do not transfer data to countries outside the European Union.",
    voluntaryHeading: "Do you have to give us data?",
    voluntaryText:
      "No. You can read this website without telling us anything about yourself. In forms, only the details without which we cannot deal with your request are mandatory; all other fields are marked “optional”.",
    automatedHeading: "No automated decisions",
    automatedText: "We make no decisions about you based solely on automated processing, and we do not create profiles (Article 22 GDPR).",
    rightsHeading: "Your rights",
    rightsText: "You have the following rights towards the city regarding your personal data:",
    rights: {
      access: "access to the data stored about you (Article 15 GDPR)",
      rectification: "rectification of inaccurate data (Article 16 GDPR)",
      erasure: "erasure (Article 17 GDPR)",
      restriction: "restriction of processing (Article 18 GDPR)",
      portability: "data portability (Article 20 GDPR), where processing is based on your consent or a contract",
      objection: "objection to processing on grounds relating to your particular situation (Article 21 GDPR)",
    },
    rightsContact: "To exercise them, simply write to the controller or the data protection officer (addresses above).",
    complaintHeading: "Complaint to the supervisory authority",
    complaintText:
      "You can complain to a data protection supervisory authority if you believe the city is not processing your data lawfully (Article 77 GDPR). For public bodies in Bavaria, such as the city, this is:",
    complaintPrivateText:
      "The Bavarian State Office for Data Protection Supervision (BayLDA) is responsible only for companies, associations and other non-public bodies in Bavaria, not for the city administration:",
    updatedHeading: "Last updated",
    updated: (date: string) => `This privacy notice was last updated on ${date}.`,
  },
});
