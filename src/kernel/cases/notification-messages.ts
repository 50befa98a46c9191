// Texts of the Postkorb messages and e-mails that tell a citizen what happened to their case.
import { defineMessages } from "../../platform/i18n/index.ts";

export const notificationMessages = defineMessages({
  de: {
    createdSubject: (ref: string) => `Ihr Anliegen ${ref} ist eingegangen`,
    createdBody: (title: string, ref: string) =>
      `Vielen Dank. Ihr Anliegen „${title}“ ist bei uns eingegangen.\n\nAktenzeichen: ${ref}\n\nBitte geben Sie das Aktenzeichen an, wenn Sie uns dazu schreiben oder anrufen.`,
    stateSubject: (ref: string, state: string) => `Ihr Anliegen ${ref}: ${state}`,
    stateBody: (title: string, ref: string, state: string) => `Ihr Anliegen „${title}“ (${ref}) hat einen neuen Stand: ${state}.`,
    updateSubject: (ref: string) => `Neuigkeiten zu Ihrem Anliegen ${ref}`,
    updateBody: (title: string, ref: string) => `Zu Ihrem Anliegen „${title}“ (${ref}) gibt es Neuigkeiten:`,
    messageSubject: (ref: string) => `Nachricht zu Ihrem Anliegen ${ref}`,
    messageBody: (title: string, ref: string) => `Zu Ihrem Anliegen „${title}“ (${ref}) haben wir Ihnen geschrieben:`,
    nextStep: "So geht es weiter:",
    // The e-mail for people without an account: it carries the secret link, never the case's content.
    mailText: (subjectLine: string, link: string) =>
      "Guten Tag,\n\n" +
      `${subjectLine}.\n\n` +
      "Den aktuellen Stand, alle Nachrichten und die Möglichkeit zu antworten finden Sie hier:\n" +
      `${link}\n\n` +
      "Bitte geben Sie diesen Link nicht weiter: Wer ihn kennt, kann Ihr Anliegen sehen.\n\n" +
      "Diese E-Mail wurde automatisch versandt.",
  },
  en: {
    createdSubject: (ref: string) => `We have received your request ${ref}`,
    createdBody: (title: string, ref: string) =>
      `Thank you. We have received your request "${title}".\n\nReference: ${ref}\n\nPlease quote the reference when you write or call us about it.`,
    stateSubject: (ref: string, state: string) => `Your request ${ref}: ${state}`,
    stateBody: (title: string, ref: string, state: string) => `Your request "${title}" (${ref}) has a new status: ${state}.`,
    updateSubject: (ref: string) => `News about your request ${ref}`,
    updateBody: (title: string, ref: string) => `There is news about your request "${title}" (${ref}):`,
    messageSubject: (ref: string) => `Message about your request ${ref}`,
    messageBody: (title: string, ref: string) => `We have written to you about your request "${title}" (${ref}):`,
    nextStep: "What happens next:",
    mailText: (subjectLine: string, link: string) =>
      "Hello,\n\n" +
      `${subjectLine}.\n\n` +
      "You can see the current status and all messages, and reply, here:\n" +
      `${link}\n\n` +
      "Please do not share this link: anyone who has it can see your request.\n\n" +
      "This e-mail was sent automatically.",
  },
});
