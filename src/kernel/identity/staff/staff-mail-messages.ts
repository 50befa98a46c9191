// Texts of the e-mails to staff members: the invitation of a new one, the notice that new recovery codes were
// made, and the notice that an administrator reset the second factor. Staff may read either language, so each
// carries both.
import { defineMessages } from "../../../platform/i18n/index.ts";

export const staffMailMessages = defineMessages({
  de: {
    subject: "Ihr Zugang zur Verwaltung von Stadttor / Your Stadttor back-office account",
    body: (name: string, link: string, hours: number) =>
      `Guten Tag ${name},\n\nfür Sie wurde ein Zugang zur Verwaltung von Stadttor eingerichtet. Bitte legen Sie über diesen Link Ihr Passwort fest:\n\n${link}\n\nDer Link gilt ${hours} Stunden und nur einmal. Bei der ersten Anmeldung richten Sie außerdem eine Authenticator-App als zweiten Faktor ein.\n\nWenn Sie keinen Zugang erwartet haben, ignorieren Sie diese E-Mail bitte.`,
    recoveryCodesSubject: "Neue Wiederherstellungscodes für Ihren Stadttor-Zugang / New recovery codes for your Stadttor account",
    recoveryCodesBody: (name: string, when: string) =>
      `Guten Tag ${name},\n\nam ${when} wurden für Ihren Zugang zur Verwaltung von Stadttor neue Wiederherstellungscodes erzeugt. Alle früheren Codes gelten nicht mehr.\n\nWenn Sie das nicht waren, melden Sie sich bitte sofort bei der IT-Sicherheit Ihrer Dienststelle: Dann kennt jemand Ihr Passwort und Ihren zweiten Faktor.`,
    secondFactorResetSubject: "Zweiter Faktor für Ihren Stadttor-Zugang zurückgesetzt / Second factor of your Stadttor account reset",
    secondFactorResetBody: (name: string, when: string, by: string) =>
      `Guten Tag ${name},\n\nam ${when} hat ${by} den zweiten Faktor Ihres Zugangs zur Verwaltung von Stadttor zurückgesetzt. Ihre bisherige Authenticator-App und Ihre Wiederherstellungscodes gelten nicht mehr, und Sie wurden überall abgemeldet.\n\nBei Ihrer nächsten Anmeldung richten Sie nach dem Passwort eine neue Authenticator-App ein.\n\nWenn Sie darum nicht gebeten haben, melden Sie sich bitte sofort bei der IT-Sicherheit Ihrer Dienststelle.`,
  },
  en: {
    subject: "Ihr Zugang zur Verwaltung von Stadttor / Your Stadttor back-office account",
    body: (name: string, link: string, hours: number) =>
      `Hello ${name},\n\nan account for the Stadttor back office has been created for you. Please set your password with this link:\n\n${link}\n\nThe link works once and for ${hours} hours. At your first login you will also set up an authenticator app as a second factor.\n\nIf you did not expect this, please ignore this e-mail.`,
    recoveryCodesSubject: "Neue Wiederherstellungscodes für Ihren Stadttor-Zugang / New recovery codes for your Stadttor account",
    recoveryCodesBody: (name: string, when: string) =>
      `Hello ${name},\n\non ${when} new recovery codes were made for your Stadttor back-office account. All earlier codes no longer work.\n\nIf this was not you, please tell your department's IT security at once: someone then knows your password and your second factor.`,
    secondFactorResetSubject: "Zweiter Faktor für Ihren Stadttor-Zugang zurückgesetzt / Second factor of your Stadttor account reset",
    secondFactorResetBody: (name: string, when: string, by: string) =>
      `Hello ${name},\n\non ${when} ${by} reset the second factor of your Stadttor back-office account. Your previous authenticator app and your recovery codes no longer work, and you have been logged out everywhere.\n\nAt your next login, after your password, you will set up a new authenticator app.\n\nIf you did not ask for this, please tell your department's IT security at once.`,
  },
});
