// Texts of the Postkorb messages and e-mails that tell a citizen what happened to their case.
import { defineMessages } from "../../platform/i18n/index.ts";

export const notificationMessages = defineMessages({
  de: {
    createdSubject: (ref: string) => `Ihr Vorgang ${ref} ist eingegangen`,
    createdBody: (title: string, ref: string) =>
      `Vielen Dank. Ihr Vorgang „${title}“ ist bei uns eingegangen.\n\nAktenzeichen: ${ref}\n\nBitte geben Sie das Aktenzeichen an, wenn Sie uns dazu schreiben oder anrufen.`,
    stateSubject: (ref: string, state: string) => `Ihr Vorgang ${ref}: ${state}`,
    stateBody: (title: string, ref: string, state: string) => `Ihr Vorgang „${title}“ (${ref}) hat einen neuen Stand: ${state}.`,
    updateSubject: (ref: string) => `Neuigkeiten zu Ihrem Vorgang ${ref}`,
    updateBody: (title: string, ref: string) => `Zu Ihrem Vorgang „${title}“ (${ref}) gibt es Neuigkeiten:`,
    messageSubject: (ref: string) => `Nachricht zu Ihrem Vorgang ${ref}`,
    messageBody: (title: string, ref: string) => `Zu Ihrem Vorgang „${title}“ (${ref}) haben wir Ihnen geschrieben:`,
    nextStep: "So geht es weiter:",
    // The e-mail for people without an account: it carries the secret link, never the case's content.
    mailText: (subjectLine: string, link: string) =>
      "Guten Tag,\n\n" +
      `${subjectLine}.\n\n` +
      "Den aktuellen Stand, alle Nachrichten und die Möglichkeit zu antworten finden Sie hier:\n" +
      `${link}\n\n` +
      "Bitte geben Sie diesen Link nicht weiter: Wer ihn kennt, kann Ihren Vorgang sehen.\n\n" +
      "Diese E-Mail wurde automatisch versandt.",
  },
  en: {
    createdSubject: (ref: string) => `We have received your case ${ref}`,
    createdBody: (title: string, ref: string) =>
      `Thank you. We have received your case "${title}".\n\nReference: ${ref}\n\nPlease quote the reference when you write or call us about it.`,
    stateSubject: (ref: string, state: string) => `Your case ${ref}: ${state}`,
    stateBody: (title: string, ref: string, state: string) => `Your case "${title}" (${ref}) has a new status: ${state}.`,
    updateSubject: (ref: string) => `News about your case ${ref}`,
    updateBody: (title: string, ref: string) => `There is news about your case "${title}" (${ref}):`,
    messageSubject: (ref: string) => `Message about your case ${ref}`,
    messageBody: (title: string, ref: string) => `We have written to you about your case "${title}" (${ref}):`,
    nextStep: "What happens next:",
    mailText: (subjectLine: string, link: string) =>
      "Hello,\n\n" +
      `${subjectLine}.\n\n` +
      "You can see the current status and all messages, and reply, here:\n" +
      `${link}\n\n` +
      "Please do not share this link: anyone who has it can see your case.\n\n" +
      "This e-mail was sent automatically.",
  },
});
