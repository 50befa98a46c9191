// Whose Postkorb an actor may see: a citizen their own, nobody anyone else's. Every query and use case of
// the mailbox filters by this id, so a message of another account is simply not found (404, not 403).
import type { Actor } from "../identity/index.ts";

/** The account whose messages `actor` may read and change; undefined (deny) for everyone but citizens. */
export function mailboxOwner(actor: Actor): string | undefined {
  return actor.kind === "citizen" ? actor.id : undefined;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Message ids come from URLs: anything not shaped like one is not found before it reaches the database. */
export function isMessageId(value: string): boolean {
  return uuidPattern.test(value);
}
