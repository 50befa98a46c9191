// kernel/mailbox: the Postkorb — messages from the city to an account, their notification e-mail, and the
// queries and state changes behind /konto/postkorb. Other modules deliver only through deliverMessage.
import { fileURLToPath } from "node:url";
import { registerPersonalData } from "../identity/index.ts";
import type { MigrationSource } from "../../platform/db/index.ts";
import { mailboxPersonalData } from "./personal-data.ts";
import "./tables.ts";

export {
  deliverMessage,
  deliverMessageInput,
  InvalidMessageError,
  type DeliverMessageInput,
  type DeliverMessageOptions,
  type DeliveredMessage,
} from "./deliver-message.ts";
export { changeMessageState, type ChangeMessageStateInput, type ChangeMessageStateResult } from "./change-message-state.ts";
export {
  listMessages,
  findMessage,
  countUnreadMessages,
  MESSAGES_PER_PAGE,
  type MailboxBox,
  type MailboxMessage,
  type MessageListItem,
  type MessagePage,
  type AttachmentInfo,
  type SenderName,
} from "./mailbox-queries.ts";
export { mailboxOwner, isMessageId } from "./mailbox-owner.ts";
export { nextState, type MessageState, type MessageEvent } from "./message-state.ts";
export { parseMessageBody, type Block, type Inline } from "./message-body.ts";
export { mailboxPersonalData } from "./personal-data.ts";

// Whoever loads the mailbox (every app and migration run does, through modules.ts) has it in "Meine Daten"
// and "Konto löschen"; registering again replaces, so building many apps in one process is harmless.
registerPersonalData(mailboxPersonalData);

export const mailboxMigrations: MigrationSource = { module: "mailbox", dir: fileURLToPath(new URL("./migrations", import.meta.url)) };
