// Texts of making new recovery codes that the login texts (login-messages.ts) don't already have: the code
// that confirms it, and why it was refused.
import { defineMessages } from "../platform/i18n/index.ts";

export const recoveryMessages = defineMessages({
  de: {
    codeLabel: "Aktueller Code aus Ihrer Authenticator-App",
    codeHint: "Zur Sicherheit: Neue Codes gibt es nur mit dem sechsstelligen Code, den Ihre App gerade anzeigt.",
    invalidCode: "Der Code ist falsch oder abgelaufen. Bitte geben Sie den Code ein, den Ihre Authenticator-App gerade anzeigt.",
    replayedCode: "Dieser Code wurde schon verwendet. Bitte warten Sie auf den nächsten Code Ihrer Authenticator-App.",
    notEnrolled: "Für Ihren Zugang ist keine Authenticator-App eingerichtet. Wiederherstellungscodes gibt es nur zusammen mit einer.",
    mailSent: "Wir haben Ihnen eine E-Mail geschickt, dass neue Codes erzeugt wurden.",
  },
  en: {
    codeLabel: "Current code from your authenticator app",
    codeHint: "For your security: new codes need the six-digit code your app shows right now.",
    invalidCode: "The code is wrong or has expired. Please enter the code your authenticator app shows right now.",
    replayedCode: "This code was already used. Please wait for the next code of your authenticator app.",
    notEnrolled: "Your account has no authenticator app set up. Recovery codes only come together with one.",
    mailSent: "We have sent you an e-mail that new codes were made.",
  },
});
