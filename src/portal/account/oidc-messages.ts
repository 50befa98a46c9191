// Texts of the login through an external provider (BundID, the city's SSO) and its error page.
import { defineMessages } from "../../platform/i18n/index.ts";

export const oidcMessages = defineMessages({
  de: {
    alternativesHeading: "Andere Wege zur Anmeldung",
    errorTitle: "Anmeldung nicht möglich",
    unavailable: "Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal.",
    invalidResponse: "Die Antwort des Anmeldedienstes konnte nicht geprüft werden. Bitte starten Sie die Anmeldung noch einmal.",
    stateMismatch: "Diese Anmeldung gehört nicht zu Ihrem Browser oder wurde schon verwendet. Bitte starten Sie die Anmeldung noch einmal.",
    expired: "Die Anmeldung hat zu lange gedauert. Bitte starten Sie sie noch einmal.",
    denied: "Die Anmeldung wurde beim Anmeldedienst abgebrochen oder Sie haben die Weitergabe Ihrer Daten nicht erlaubt. Sie wurden nicht angemeldet.",
    noEmail: "Der Anmeldedienst hat uns keine E-Mail-Adresse übermittelt. Ohne E-Mail-Adresse können wir kein Konto für Sie anlegen. Bitte erlauben Sie die Weitergabe Ihrer E-Mail-Adresse oder registrieren Sie sich mit E-Mail-Adresse und Passwort.",
    emailTaken: "Für die E-Mail-Adresse aus dem Anmeldedienst gibt es schon ein Konto. Zu Ihrem Schutz verbinden wir es nur, wenn beide Seiten die Adresse bestätigt haben. Bitte melden Sie sich mit E-Mail-Adresse und Passwort an.",
    noStaffAccount: "Für diese Anmeldung gibt es keinen Zugang zur Verwaltung. Bitte wenden Sie sich an die Administration Ihres Referats.",
    wrongAccountKind: "Diese Anmeldung gehört zu einem anderen Bereich. Bitte nutzen Sie die passende Anmeldeseite.",
    backToLogin: "Zurück zur Anmeldung",
  },
  en: {
    alternativesHeading: "Other ways to log in",
    errorTitle: "Login not possible",
    unavailable: "The login service cannot be reached right now. Please try again in a few minutes.",
    invalidResponse: "The login service's answer could not be verified. Please start the login again.",
    stateMismatch: "This login does not belong to your browser or was already used. Please start the login again.",
    expired: "The login took too long. Please start it again.",
    denied: "The login was cancelled at the login service, or you did not allow your data to be passed on. You have not been logged in.",
    noEmail: "The login service did not give us an e-mail address. Without one we cannot create an account for you. Please allow the service to pass on your e-mail address, or register with e-mail address and password.",
    emailTaken: "There already is an account for the e-mail address from the login service. To protect you, we only connect them when both sides have confirmed the address. Please log in with e-mail address and password.",
    noStaffAccount: "This login gives no access to the back office. Please contact your department's administrators.",
    wrongAccountKind: "This login belongs to another area. Please use the matching login page.",
    backToLogin: "Back to the login",
  },
});
