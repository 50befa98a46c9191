// The e-mail to an account's owner when a passkey was added or removed, so someone who did not do it notices.
// It names no passkey (its name is typed by whoever added it, and could be made to look like instructions),
// carries no secret and no token link: only when it happened and where to look.
import type { Tx } from "../../../platform/db/index.ts";
import { defineMessages, formatDate } from "../../../platform/i18n/index.ts";
import { enqueueMail } from "../../../platform/mail/index.ts";
import type { AccountMailContext } from "../citizen/account-mails.ts";

const mails = defineMessages({
  de: {
    addedSubject: "Ein Passkey wurde Ihrem Konto hinzugefügt",
    addedText: (when: string, link: string) =>
      `Guten Tag,\n\nam ${when} wurde Ihrem Stadttor-Konto ein Passkey hinzugefügt. Mit ihm kann man sich ohne Passwort bei Ihrem Konto anmelden.\n\nWenn Sie das nicht waren: Melden Sie sich bitte an, entfernen Sie den Passkey unter „Mein Konto › Passkeys“ und ändern Sie gegebenenfalls Ihr Passwort:\n\n${link}`,
    removedSubject: "Ein Passkey wurde aus Ihrem Konto entfernt",
    removedText: (when: string, link: string) =>
      `Guten Tag,\n\nam ${when} wurde ein Passkey aus Ihrem Stadttor-Konto entfernt. Mit ihm können Sie sich nicht mehr anmelden.\n\nWenn Sie das nicht waren: Melden Sie sich bitte an, prüfen Sie Ihre Passkeys unter „Mein Konto › Passkeys“ und ändern Sie gegebenenfalls Ihr Passwort:\n\n${link}`,
    closing: "\n\nIhr Stadttor-Team",
  },
  en: {
    addedSubject: "A passkey was added to your account",
    addedText: (when: string, link: string) =>
      `Hello,\n\non ${when} a passkey was added to your Stadttor account. It lets someone log in to your account without a password.\n\nIf this was not you: please log in, remove the passkey under “My account › Passkeys” and change your password if you have one:\n\n${link}`,
    removedSubject: "A passkey was removed from your account",
    removedText: (when: string, link: string) =>
      `Hello,\n\non ${when} a passkey was removed from your Stadttor account. It can no longer be used to log in.\n\nIf this was not you: please log in, check your passkeys under “My account › Passkeys” and change your password if you have one:\n\n${link}`,
    closing: "\n\nYour Stadttor team",
  },
});

export async function sendPasskeyMail(tx: Tx, ctx: AccountMailContext, accountId: string, kind: "added" | "removed", at = new Date()): Promise<void> {
  const account = await tx.selectFrom("identity.account").select("email").where("id", "=", accountId).executeTakeFirstOrThrow();
  const m = mails.in(ctx.locale);
  const when = formatDate(at, ctx.locale, { dateStyle: "long", timeStyle: "short" });
  const link = `${ctx.publicUrl}/konto/passkeys`;
  const [subject, text] = kind === "added" ? [m.addedSubject, m.addedText(when, link)] : [m.removedSubject, m.removedText(when, link)];
  await enqueueMail(tx, ctx.jobs, { to: account.email, subject, text: text + m.closing });
}
