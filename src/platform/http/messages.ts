// Texts of the error pages.
import { defineMessages } from "../i18n/index.ts";

export const httpMessages = defineMessages({
  de: {
    notFoundTitle: "Seite nicht gefunden",
    notFoundText: "Diese Seite gibt es nicht oder nicht mehr. Vielleicht hat sich die Adresse geändert oder sie wurde falsch eingegeben.",
    forbiddenTitle: "Kein Zugriff",
    forbiddenText: "Sie haben keine Berechtigung, diese Seite zu sehen oder diese Aktion auszuführen.",
    csrfTitle: "Ihre Eingabe konnte nicht sicher übermittelt werden",
    csrfText:
      "Zu Ihrem Schutz prüfen wir bei jedem Absenden, dass das Formular von dieser Website stammt. Diese Prüfung ist fehlgeschlagen – meist, weil die Seite sehr lange geöffnet war, Cookies blockiert sind oder das Formular von einer anderen Website kam.",
    csrfNext: "Gehen Sie bitte zurück, laden Sie die Seite neu und senden Sie das Formular noch einmal ab. Ihre Angaben wurden nicht gespeichert.",
    tooManyTitle: "Zu viele Anfragen",
    tooManyText: "Sie haben in kurzer Zeit sehr viele Anfragen gestellt. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.",
    badRequestTitle: "Anfrage nicht verständlich",
    badRequestText: "Ihr Browser hat eine Anfrage gesendet, die wir nicht verarbeiten können.",
    serverErrorTitle: "Es ist ein Fehler aufgetreten",
    serverErrorText: "Auf unserer Seite ist ein technischer Fehler aufgetreten. Ihre Eingabe wurde nicht gespeichert. Bitte versuchen Sie es später noch einmal.",
    unavailableTitle: "Dienst vorübergehend nicht verfügbar",
    unavailableText: "Der Dienst wird gerade neu gestartet oder gewartet. Bitte versuchen Sie es in wenigen Minuten erneut.",
    errorReference: (id: string) => `Wenn Sie uns kontaktieren, nennen Sie bitte diese Fehlernummer: ${id}`,
    goHome: "Zur Startseite",
    goBack: "Zurück zur vorherigen Seite",
    help: "Hilfe erhalten Sie auch telefonisch unter der Behördennummer 115.",
  },
  en: {
    notFoundTitle: "Page not found",
    notFoundText: "This page does not exist or no longer exists. The address may have changed or may have been mistyped.",
    forbiddenTitle: "Access denied",
    forbiddenText: "You are not allowed to see this page or to do this.",
    csrfTitle: "Your entry could not be sent securely",
    csrfText:
      "To protect you, we check with every submission that the form came from this website. That check failed – usually because the page was open for a very long time, cookies are blocked, or the form came from another website.",
    csrfNext: "Please go back, reload the page and submit the form again. Nothing you entered has been saved.",
    tooManyTitle: "Too many requests",
    tooManyText: "You have sent a lot of requests in a short time. Please wait a minute and try again.",
    badRequestTitle: "Request not understood",
    badRequestText: "Your browser sent a request we cannot process.",
    serverErrorTitle: "Something went wrong",
    serverErrorText: "A technical error occurred on our side. Your entry has not been saved. Please try again later.",
    unavailableTitle: "Service temporarily unavailable",
    unavailableText: "The service is restarting or under maintenance. Please try again in a few minutes.",
    errorReference: (id: string) => `If you contact us, please quote this error number: ${id}`,
    goHome: "Go to the home page",
    goBack: "Back to the previous page",
    help: "You can also get help by phone on 115, the public authorities' number.",
  },
});
