// Texts of the case page's "Persönlichen Link erneuern" section and of a tampered form (case-messages.ts is full).
import { defineMessages } from "../../platform/i18n/index.ts";

export const caseLinkMessages = defineMessages({
  de: {
    linkTitle: "Persönlicher Link",
    linkHint: "Wer keinen Zugang zu einem Bürgerkonto hat, erreicht den Vorgang über einen persönlichen Link. Ist er in falsche Hände geraten, erneuern Sie ihn: Alle bisherigen Links gelten dann nicht mehr, der neue geht an die Kontaktadresse.",
    linkSubmit: "Persönlichen Link erneuern",
    linkRenewed: "Der persönliche Link ist erneuert und an die Kontaktadresse geschickt. Frühere Links gelten nicht mehr.",
    brokenForm: "Das Formular war unvollständig. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
  },
  en: {
    linkTitle: "Personal link",
    linkHint: "Without a citizen account, the case is reached through a personal link. If it got into the wrong hands, renew it: every earlier link stops working and the new one goes to the contact address.",
    linkSubmit: "Renew the personal link",
    linkRenewed: "The personal link is renewed and has been sent to the contact address. Earlier links no longer work.",
    brokenForm: "The form was incomplete. Please reload the page and try again.",
  },
});
