// The e-mails of citizen accounts, German and English, written to the outbox in the use case's transaction.
// Mails never contain a password, only single-use links that expire.
import type { Tx } from "../../../platform/db/index.ts";
import { defineMessages, type Locale } from "../../../platform/i18n/index.ts";
import type { JobQueue } from "../../../platform/jobs/index.ts";
import { enqueueMail } from "../../../platform/mail/index.ts";

/** What a use case needs to send account mails: the queue, the site's address for links, the reader's language. */
export interface AccountMailContext {
  jobs: JobQueue;
  publicUrl: string;
  locale: Locale;
}

const closing = { de: "\n\nIhr Stadttor-Team", en: "\n\nYour Stadttor team" };

const mails = defineMessages({
  de: {
    confirmSubject: "Bitte bestätigen Sie Ihre E-Mail-Adresse",
    confirmText: (link: string) =>
      `Guten Tag,\n\nSie haben ein Konto bei Stadttor angelegt. Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link:\n\n${link}\n\nDer Link gilt 24 Stunden und nur einmal. Wenn Sie kein Konto angelegt haben, müssen Sie nichts tun.`,
    existsSubject: "Anmeldeversuch mit Ihrer E-Mail-Adresse",
    existsText: (link: string) =>
      `Guten Tag,\n\njemand wollte mit Ihrer E-Mail-Adresse ein neues Konto bei Stadttor anlegen. Sie haben bereits ein Konto.\n\nWaren Sie das und haben Ihr Passwort vergessen? Hier können Sie ein neues Passwort festlegen:\n\n${link}\n\nWenn Sie es nicht waren, müssen Sie nichts tun: Ihr Konto bleibt unverändert.`,
    resetSubject: "Neues Passwort für Ihr Stadttor-Konto",
    resetText: (link: string) =>
      `Guten Tag,\n\nüber diesen Link legen Sie ein neues Passwort fest:\n\n${link}\n\nDer Link gilt 1 Stunde und nur einmal. Wenn Sie kein neues Passwort angefordert haben, müssen Sie nichts tun.`,
    changeSubject: "Bitte bestätigen Sie Ihre neue E-Mail-Adresse",
    changeText: (link: string) =>
      `Guten Tag,\n\nbitte bestätigen Sie mit diesem Link, dass Ihr Stadttor-Konto künftig diese E-Mail-Adresse verwendet:\n\n${link}\n\nDer Link gilt 24 Stunden und nur einmal.`,
    changeNoticeSubject: "Ihre E-Mail-Adresse soll geändert werden",
    changeNoticeText: (masked: string) =>
      `Guten Tag,\n\nfür Ihr Stadttor-Konto wurde eine neue E-Mail-Adresse angegeben (${masked}). Sie wird erst verwendet, wenn sie über einen Link an die neue Adresse bestätigt wurde.\n\nWaren Sie das nicht? Dann ändern Sie bitte sofort Ihr Passwort.`,
    passwordChangedSubject: "Ihr Passwort wurde geändert",
    passwordChangedText:
      "Guten Tag,\n\ndas Passwort Ihres Stadttor-Kontos wurde geändert. Alle anderen Anmeldungen wurden beendet.\n\nWaren Sie das nicht? Dann setzen Sie bitte über „Passwort vergessen“ sofort ein neues Passwort.",
    deletedSubject: "Ihr Stadttor-Konto wurde gelöscht",
    deletedText:
      "Guten Tag,\n\nIhr Stadttor-Konto und die dazu gespeicherten Daten wurden gelöscht. Was wir aus welchem Grund noch aufbewahren, steht auf der Seite, die Ihnen nach dem Löschen angezeigt wurde, und in der Datenschutzerklärung.",
  },
  en: {
    confirmSubject: "Please confirm your e-mail address",
    confirmText: (link: string) =>
      `Hello,\n\nyou created an account with Stadttor. Please confirm your e-mail address with this link:\n\n${link}\n\nThe link works once and for 24 hours. If you did not create an account, you need not do anything.`,
    existsSubject: "Registration attempt with your e-mail address",
    existsText: (link: string) =>
      `Hello,\n\nsomeone tried to create a new Stadttor account with your e-mail address. You already have an account.\n\nWas it you and did you forget your password? You can set a new password here:\n\n${link}\n\nIf it was not you, you need not do anything: your account stays as it is.`,
    resetSubject: "New password for your Stadttor account",
    resetText: (link: string) =>
      `Hello,\n\nuse this link to set a new password:\n\n${link}\n\nThe link works once and for 1 hour. If you did not ask for a new password, you need not do anything.`,
    changeSubject: "Please confirm your new e-mail address",
    changeText: (link: string) =>
      `Hello,\n\nplease confirm with this link that your Stadttor account shall use this e-mail address from now on:\n\n${link}\n\nThe link works once and for 24 hours.`,
    changeNoticeSubject: "Your e-mail address is about to change",
    changeNoticeText: (masked: string) =>
      `Hello,\n\na new e-mail address was entered for your Stadttor account (${masked}). It is used only once it was confirmed through a link sent to the new address.\n\nWas it not you? Then please change your password right away.`,
    passwordChangedSubject: "Your password was changed",
    passwordChangedText:
      "Hello,\n\nthe password of your Stadttor account was changed. All other sessions were ended.\n\nWas it not you? Then please set a new password right away through “Forgot password”.",
    deletedSubject: "Your Stadttor account was deleted",
    deletedText:
      "Hello,\n\nyour Stadttor account and the data stored with it were deleted. What we keep and why is described on the page shown after the deletion and in the privacy notice.",
  },
});

export type AccountMailKind = "confirm" | "exists" | "reset" | "change" | "changeNotice" | "passwordChanged" | "deleted";

/** "e…@beispiel.de": enough for the owner to recognise, not enough for a stranger to learn the address. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}…@${domain}`;
}

export async function sendAccountMail(
  tx: Tx,
  ctx: AccountMailContext,
  to: string,
  kind: AccountMailKind,
  arg = "",
): Promise<void> {
  const m = mails.in(ctx.locale);
  const link = `${ctx.publicUrl}${arg}`;
  const content: Record<AccountMailKind, [string, string]> = {
    confirm: [m.confirmSubject, m.confirmText(link)],
    exists: [m.existsSubject, m.existsText(link)],
    reset: [m.resetSubject, m.resetText(link)],
    change: [m.changeSubject, m.changeText(link)],
    changeNotice: [m.changeNoticeSubject, m.changeNoticeText(arg)],
    passwordChanged: [m.passwordChangedSubject, m.passwordChangedText],
    deleted: [m.deletedSubject, m.deletedText],
  };
  const [subject, text] = content[kind];
  await enqueueMail(tx, ctx.jobs, { to, subject, text: text + closing[ctx.locale] });
}
