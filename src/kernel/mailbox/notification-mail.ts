// The e-mail that tells someone a new message waits in their Postkorb. It says that and nothing else —
// no subject, no sender, no content — because e-mail travels and is stored outside the city's control.
import { defineMessages, type Locale } from "../../platform/i18n/index.ts";

const notificationMessages = defineMessages({
  de: {
    subject: "Neue Nachricht in Ihrem Postkorb",
    text: (link: string) =>
      "Guten Tag,\n\n" +
      "in Ihrem Postkorb liegt eine neue Nachricht für Sie.\n\n" +
      "Zum Schutz Ihrer Daten steht ihr Inhalt nicht in dieser E-Mail. Sie lesen die Nachricht, nachdem Sie sich angemeldet haben:\n" +
      `${link}\n\n` +
      "Diese E-Mail wurde automatisch versandt. Benachrichtigungen können Sie in Ihrem Konto abschalten.",
  },
  en: {
    subject: "New message in your mailbox",
    text: (link: string) =>
      "Hello,\n\n" +
      "there is a new message for you in your mailbox.\n\n" +
      "To protect your data, its content is not part of this e-mail. You can read the message after logging in:\n" +
      `${link}\n\n` +
      "This e-mail was sent automatically. You can switch notifications off in your account.",
  },
});

export function newMessageMail(to: string, link: string, locale: Locale) {
  const m = notificationMessages.in(locale);
  return { to, subject: m.subject, text: m.text(link) };
}
