// Texts of the privacy notice's "how long we keep it" section. The numbers are parameters: the page passes the
// constants the retention jobs delete by, so the notice cannot promise one period while the code keeps another.
import { defineMessages } from "../../platform/i18n/index.ts";

export interface RetentionPeriods {
  sessionIdleMinutes: number;
  sessionHours: number;
  linkDaysAfterExpiry: number;
  loginAttemptHours: number;
  loginHandshakeMinutes: number;
  securityLogMonths: number;
  unsentMailDays: number;
  feedbackYears: number;
  usageDays: number;
}

export const privacyRetentionMessages = defineMessages({
  de: {
    heading: "Wie lange wir Daten speichern",
    intro:
      "Wir löschen Daten, sobald wir sie nicht mehr brauchen. Das erledigen Hintergrundaufgaben des Servers von selbst: stündlich für Sitzungen, Anmeldedaten und E-Mails, täglich für alles andere. Jeder Löschlauf wird mit der Zahl der gelöschten Einträge protokolliert, ohne deren Inhalt.",
    caption: "Speicherdauer",
    what: "Daten",
    howLong: "Speicherdauer",
    data: {
      session: "Sitzung nach der Anmeldung bei „Mein Konto“ oder in der Verwaltung",
      links: "Links in E-Mails (Adresse bestätigen, Passwort festlegen, Adresse ändern)",
      attempts: "Anmeldeversuche: ein Prüfwert der eingegebenen E-Mail-Adresse, die IP-Adresse und ob die Anmeldung gelang (Schutz vor dem Erraten von Passwörtern)",
      handshake: "Zwischendaten einer Anmeldung mit BundID oder Passkey",
      securityLog: "Protokolleinträge zu sicherheitsrelevanten Ereignissen (etwa Anmeldungen, fehlgeschlagene Anmeldungen, Änderungen am Konto) mit der internen Nummer des Kontos, ohne Name und E-Mail-Adresse",
      mail: "E-Mails, die wir Ihnen schicken, im Postausgang",
      feedback: "Rückmeldungen zur Barrierefreiheit",
      usage: "Zählungen der Seitenaufrufe (ohne Bezug zu Personen)",
    },
    session: (p: RetentionPeriods) => `bis zur Abmeldung, nach ${p.sessionIdleMinutes} Minuten ohne Aktivität oder spätestens nach ${p.sessionHours} Stunden; gelöscht innerhalb einer Stunde danach`,
    links: (p: RetentionPeriods) => `bis ${p.linkDaysAfterExpiry} Tage nach Ablauf des Links, damit ein später Klick „abgelaufen“ statt „unbekannt“ anzeigt`,
    attempts: (p: RetentionPeriods) => `${p.loginAttemptHours} Stunden`,
    handshake: (p: RetentionPeriods) => `bis sie ablaufen, höchstens ${p.loginHandshakeMinutes} Minuten`,
    securityLog: (p: RetentionPeriods) => `${p.securityLogMonths} Monate`,
    mail: (p: RetentionPeriods) => `bis sie zugestellt sind (gelöscht innerhalb einer Stunde danach), höchstens ${p.unsentMailDays} Tage`,
    feedback: (p: RetentionPeriods) => `${p.feedbackYears} Jahre nach ihrem Eingang`,
    usage: (p: RetentionPeriods) => `${p.usageDays} Tage`,
  },
  en: {
    heading: "How long we keep data",
    intro:
      "We delete data as soon as we no longer need it. Background tasks on the server do this on their own: every hour for sessions, login data and e-mails, every day for everything else. Each deletion run is logged with the number of entries deleted, not their content.",
    caption: "Retention periods",
    what: "Data",
    howLong: "Kept for",
    data: {
      session: "Session after signing in to “My account” or the back office",
      links: "Links in e-mails (confirm address, set password, change address)",
      attempts: "Login attempts: a hash of the e-mail address entered, the IP address and whether the login succeeded (protection against password guessing)",
      handshake: "Intermediate data of a login with BundID or a passkey",
      securityLog: "Log entries about security events (such as logins, failed logins, changes to the account) with the account's internal number, without name or e-mail address",
      mail: "E-mails we send you, in the outbox",
      feedback: "Accessibility feedback",
      usage: "Page view counts (not related to any person)",
    },
    session: (p: RetentionPeriods) => `until you sign out, after ${p.sessionIdleMinutes} minutes without activity or after ${p.sessionHours} hours at the latest; deleted within an hour after that`,
    links: (p: RetentionPeriods) => `until ${p.linkDaysAfterExpiry} days after the link expired, so that a late click shows “expired” rather than “unknown”`,
    attempts: (p: RetentionPeriods) => `${p.loginAttemptHours} hours`,
    handshake: (p: RetentionPeriods) => `until it expires, at most ${p.loginHandshakeMinutes} minutes`,
    securityLog: (p: RetentionPeriods) => `${p.securityLogMonths} months`,
    mail: (p: RetentionPeriods) => `until they are delivered (deleted within an hour after that), at most ${p.unsentMailDays} days`,
    feedback: (p: RetentionPeriods) => `${p.feedbackYears} years after it was received`,
    usage: (p: RetentionPeriods) => `${p.usageDays} days`,
  },
});
