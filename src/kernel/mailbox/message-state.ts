// The life of a Postkorb message as an explicit state machine: opening marks it read, archiving moves it
// out of the inbox, and archiving is reversible (back to "read", since it was seen before it was archived).
export type MessageState = "unread" | "read" | "archived";
export type MessageEvent = "open" | "archive" | "unarchive";

const transitions: Record<MessageState, Partial<Record<MessageEvent, MessageState>>> = {
  // Archiving straight from the inbox is allowed: someone who files a letter unopened has still dealt with it.
  unread: { open: "read", archive: "archived" },
  read: { archive: "archived" },
  archived: { unarchive: "read" },
};

/** The state after `event`, or undefined when the event does not apply (e.g. opening a read message). */
export function nextState(state: MessageState, event: MessageEvent): MessageState | undefined {
  return transitions[state][event];
}
