// Texts of the e-mail a new staff member receives. Staff may read either language, so it carries both.
import { defineMessages } from "../../../platform/i18n/index.ts";

export const staffMailMessages = defineMessages({
  de: {
    subject: "Ihr Zugang zur Verwaltung von Stadttor / Your Stadttor back-office account",
    body: (name: string, link: string, hours: number) =>
      `Guten Tag ${name},\n\nfür Sie wurde ein Zugang zur Verwaltung von Stadttor eingerichtet. Bitte legen Sie über diesen Link Ihr Passwort fest:\n\n${link}\n\nDer Link gilt ${hours} Stunden und nur einmal. Bei der ersten Anmeldung richten Sie außerdem eine Authenticator-App als zweiten Faktor ein.\n\nWenn Sie keinen Zugang erwartet haben, ignorieren Sie diese E-Mail bitte.`,
  },
  en: {
    subject: "Ihr Zugang zur Verwaltung von Stadttor / Your Stadttor back-office account",
    body: (name: string, link: string, hours: number) =>
      `Hello ${name},\n\nan account for the Stadttor back office has been created for you. Please set your password with this link:\n\n${link}\n\nThe link works once and for ${hours} hours. At your first login you will also set up an authenticator app as a second factor.\n\nIf you did not expect this, please ignore this e-mail.`,
  },
});
